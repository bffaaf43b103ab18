//! SARIF 2.1.0: one run of `jixiao`, its rules from the registry (and the importer's
//! `import-repaired`), one result per diagnostic.

use super::TableReport;
use crate::diagnostic::Severity;
use crate::profile::Profile;
use crate::rules;
use serde_json::{json, Value};

fn level(s: Option<Severity>) -> &'static str {
    match s {
        Some(Severity::Error) => "error",
        Some(Severity::Warning) => "warning",
        Some(Severity::Info) => "note",
        None => "none",
    }
}

/// The SARIF log of a batch.
pub fn sarif(reports: &[TableReport], profile: &Profile) -> Value {
    let zh = profile.zh();
    let mut ids: Vec<&str> = rules::ALL.iter().map(|r| r.id.as_str()).collect();
    let mut descriptors: Vec<Value> = rules::ALL
        .iter()
        .map(|r| {
            json!({
                "id": r.id.as_str(),
                "shortDescription": { "text": r.title.get(zh) },
                "fullDescription": { "text": r.description.get(zh) },
                "defaultConfiguration": { "level": level(profile.level(r).severity()) },
            })
        })
        .collect();
    ids.push(crate::import::REPAIRED.as_str());
    descriptors.push(json!({
        "id": crate::import::REPAIRED.as_str(),
        "shortDescription": { "text": if zh { "导入时修复了粘贴或表格版式造成的错位" } else { "The importer repaired what pasting or the layout broke" } },
        "defaultConfiguration": { "level": "note" },
    }));
    let mut results = Vec::new();
    for r in reports {
        for f in &r.diagnostics {
            let d = &f.diagnostic;
            let index = ids.iter().position(|id| *id == d.rule.as_str());
            let mut physical = json!({ "artifactLocation": { "uri": uri(&r.file) } });
            if let Some(at) = f.at {
                physical["region"] = json!({ "startLine": at.row + 1, "startColumn": at.col + 1 });
            }
            let mut name = String::new();
            if let (Some(sheet), Some(cell)) = (&r.sheet, &f.cell) {
                name = format!("{sheet}!{cell} ");
            }
            name.push_str(&r.project_name);
            let path = d.path.to_string();
            if !path.is_empty() {
                name.push_str(" › ");
                name.push_str(&path);
            }
            let mut result = json!({
                "ruleId": d.rule.as_str(),
                "level": level(Some(d.severity)),
                "message": { "text": d.message },
                "locations": [{
                    "physicalLocation": physical,
                    "logicalLocations": [{ "fullyQualifiedName": name, "kind": "element" }],
                }],
                "properties": {
                    "projectName": r.project_name,
                    "path": path,
                },
            });
            if let Some(i) = index {
                result["ruleIndex"] = json!(i);
            }
            if let Some(sheet) = &r.sheet {
                result["properties"]["sheet"] = json!(sheet);
            }
            if let Some(cell) = &f.cell {
                result["properties"]["cell"] = json!(cell);
            }
            if let Some(fix) = &d.fix {
                result["properties"]["fix"] = json!(fix.label);
            }
            results.push(result);
        }
    }
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "jixiao",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": descriptors,
            }},
            "results": results,
        }],
    })
}

/// A file name as a relative URI reference: `/` separators, spaces and `%` escaped.
fn uri(file: &str) -> String {
    let mut out = String::new();
    for ch in file.replace('\\', "/").chars() {
        match ch {
            ' ' => out.push_str("%20"),
            '%' => out.push_str("%25"),
            '#' => out.push_str("%23"),
            '?' => out.push_str("%3F"),
            c => out.push(c),
        }
    }
    out
}
