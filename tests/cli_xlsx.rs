//! The command-line tool over workbooks and folders: sheet and cell in every output, the
//! review workbook read back by a second reader (calamine), CSV, SARIF, unreadable files,
//! and `export --xlsx` read back to the same tables.
#![cfg(feature = "cli")]

use calamine::{open_workbook_auto, Data, Reader};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

mod common;

fn jixiao(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jixiao"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run jixiao")
}

fn dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("jixiao-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// A folder as a reviewer receives it: the seed as a workbook, a sub-folder with a table
/// exported to Excel and a text paste, a damaged workbook, a password-protected one, and a
/// file nobody asked for.
fn inbox() -> PathBuf {
    let d = dir("inbox");
    std::fs::write(d.join("seed.xlsx"), common::seed_workbook().unwrap()).unwrap();
    let sub = d.join("教育局");
    std::fs::create_dir_all(&sub).unwrap();
    let out = jixiao(&[
        "export",
        "--xlsx",
        s(&sub.join("good.xlsx")),
        "tests/data/good.json",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::copy("tests/data/seed-yinshua.json", sub.join("yinshua.json")).unwrap();
    let good = std::fs::read(sub.join("good.xlsx")).unwrap();
    std::fs::write(d.join("damaged.xlsx"), &good[..good.len() / 2]).unwrap();
    std::fs::write(d.join("locked.xlsx"), common::encrypted_package()).unwrap();
    std::fs::write(d.join("readme.md"), "not a table").unwrap();
    std::fs::write(d.join("~$seed.xlsx"), "an Office lock file").unwrap();
    d
}

fn json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)))
}

#[test]
fn a_folder_is_checked_and_unreadable_workbooks_reported() {
    let d = inbox();
    let out = jixiao(&["check", "--format", "json", s(&d)]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    // Two unreadable workbooks: said on stderr, exit 2, and the rest checked.
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("damaged.xlsx") && stderr.contains("locked.xlsx"),
        "{stderr}"
    );
    assert!(stderr.contains("密码"), "{stderr}");
    assert!(
        !stderr.contains("readme") && !stderr.contains("~$"),
        "{stderr}"
    );
    let v = json(&out);
    let reports = v.as_array().unwrap();
    assert_eq!(reports.len(), 12, "10 seed tables, good.json, yinshua.json");
    let seed: Vec<&Value> = reports
        .iter()
        .filter(|r| r["file"].as_str().unwrap().ends_with("seed.xlsx"))
        .collect();
    assert_eq!(seed.len(), 10);
    for r in &seed {
        assert_eq!(r["sheet"], "2024年绩效目标表");
        for d in r["diagnostics"].as_array().unwrap() {
            assert_eq!(d["sheet"], "2024年绩效目标表");
            let cell = d["cell"].as_str().unwrap();
            assert!(cell.chars().next().unwrap().is_ascii_uppercase(), "{cell}");
        }
    }
    let good = reports
        .iter()
        .find(|r| r["file"].as_str().unwrap().ends_with("good.xlsx"))
        .unwrap();
    assert_eq!(good["verdict"], "通过");
    assert_eq!(good["grade"], "优");
    // JSON and text tables have no sheet or cell.
    let yinshua = reports
        .iter()
        .find(|r| r["file"].as_str().unwrap().ends_with("yinshua.json"))
        .unwrap();
    assert!(yinshua.get("sheet").is_none());
    assert!(yinshua["diagnostics"][0].get("cell").is_none());
}

#[test]
fn text_output_names_file_sheet_and_cell() {
    let d = dir("text");
    let book = d.join("seed.xlsx");
    std::fs::write(&book, common::seed_workbook().unwrap()).unwrap();
    let out = jixiao(&["check", s(&book)]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    // Every finding names the file, the sheet and a cell; 办公楼维修维护's third row (维修合格率,
    // "≥100%") is row 60 of the sheet, its operator in column E.
    let places: Vec<&str> = text.lines().filter(|l| l.starts_with("  --> ")).collect();
    let prefix = format!("  --> {} › 2024年绩效目标表!", s(&book));
    assert!(!places.is_empty());
    assert!(places.iter().all(|l| l.starts_with(&prefix)), "{text}");
    let row3 = format!("{prefix}E60: 办公楼维修维护 › indicators.2.operator");
    assert!(places.contains(&row3.as_str()), "{text}");
    // The same findings as the pasted text: the summary lines agree.
    let pasted = String::from_utf8(jixiao(&["check", "tests/data/seed.txt"]).stdout).unwrap();
    assert_eq!(text.lines().last(), pasted.lines().last());
}

fn cell_text(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) => format!("{f}"),
        Data::Int(i) => i.to_string(),
        other => other.to_string(),
    }
}

#[test]
fn the_review_workbook_agrees_with_json() {
    let d = inbox();
    let review = d.join("review.xlsx");
    let out = jixiao(&["check", "--format", "json", "--report", s(&review), s(&d)]);
    let v = json(&out);
    let reports = v.as_array().unwrap();
    let mut book = open_workbook_auto(&review).expect("calamine reads the review workbook");
    assert_eq!(
        book.sheet_names(),
        ["汇总", "问题清单", "审核规则", "无法读取"]
    );

    let summary = book.worksheet_range("汇总").unwrap();
    let rows: Vec<Vec<String>> = summary
        .rows()
        .map(|r| r.iter().map(cell_text).collect())
        .collect();
    let head = &rows[0];
    let col = |name: &str| head.iter().position(|h| h == name).unwrap();
    assert_eq!(rows.len(), reports.len() + 1, "one row per table");
    for r in reports {
        let sheet = r["sheet"].as_str().unwrap_or("");
        let project = r["projectName"].as_str().unwrap();
        let row = rows
            .iter()
            .find(|row| {
                row[col("文件")] == r["file"].as_str().unwrap()
                    && row[col("工作表")] == sheet
                    && row[col("项目名称")] == project
            })
            .unwrap_or_else(|| panic!("no summary row for {project}"));
        let counts = &r["counts"];
        for (name, key) in [("错误", "error"), ("警告", "warning"), ("提示", "info")] {
            assert_eq!(row[col(name)], counts[key].to_string(), "{project} {name}");
            let n = r["diagnostics"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|d| d["severity"] == key)
                .count();
            assert_eq!(counts[key], n, "{project}");
        }
        assert_eq!(row[col("审核结论")], r["verdict"].as_str().unwrap());
        assert_eq!(row[col("质量等级")], r["grade"].as_str().unwrap());
        assert_eq!(row[col("得分")], r["score"].to_string());
        assert_eq!(row[col("主管部门")], r["department"].as_str().unwrap());
        let pass = counts["error"] == 0 && r["score"].as_u64().unwrap() >= 60;
        let verdict = if pass { "通过" } else { "退回修改" };
        assert_eq!(r["verdict"], verdict);
        // The drafted opinion: 无问题 exactly where the table has no finding of that section.
        let goal = &row[col("审核意见：总体目标")];
        let goal_findings = r["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["path"] == "overallGoal");
        assert_eq!(goal != "无问题", goal_findings, "{project}: {goal}");
    }
    // Returned tables come first.
    let verdicts: Vec<&str> = rows[1..]
        .iter()
        .map(|r| r[col("审核结论")].as_str())
        .collect();
    let first_pass = verdicts.iter().position(|v| *v == "通过").unwrap();
    assert!(
        verdicts[first_pass..].iter().all(|v| *v == "通过"),
        "{verdicts:?}"
    );

    let findings = book.worksheet_range("问题清单").unwrap();
    let total: usize = reports
        .iter()
        .map(|r| r["diagnostics"].as_array().unwrap().len())
        .sum();
    assert_eq!(findings.height(), total + 1);
    let rules = book.worksheet_range("审核规则").unwrap();
    assert_eq!(rules.height(), jixiao::rules::ALL.len() + 1);
    let unreadable = book.worksheet_range("无法读取").unwrap();
    assert_eq!(unreadable.height(), 3);
}

#[test]
fn csv_and_sarif() {
    let d = dir("formats");
    let book = d.join("seed.xlsx");
    std::fs::write(&book, common::seed_workbook().unwrap()).unwrap();
    let v = json(&jixiao(&["check", "--format", "json", s(&book)]));
    let total: usize = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["diagnostics"].as_array().unwrap().len())
        .sum();

    let out = jixiao(&["check", "--format", "csv", s(&book)]);
    let csv = String::from_utf8(out.stdout).unwrap();
    assert!(csv.starts_with("file,sheet,cell,project,row,path,rule,severity,message,fix\r\n"));
    let records = csv.matches("\r\n").count() - 1;
    assert_eq!(records, total);
    assert!(csv.contains(",2024年绩效目标表,E60,办公楼维修维护,第3行,indicators.2.operator,rate-at-least-100,warning,"), "{csv}");

    let out = jixiao(&["check", "--format", "sarif", s(&book)]);
    let log = json(&out);
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(rules.len(), jixiao::rules::ALL.len() + 1);
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), total);
    for r in results {
        let i = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[i]["id"], r["ruleId"]);
        assert!(["error", "warning", "note"].contains(&r["level"].as_str().unwrap()));
        let region = &r["locations"][0]["physicalLocation"]["region"];
        assert!(region["startLine"].as_u64().unwrap() >= 1);
    }
    let hit = results
        .iter()
        .find(|r| r["properties"]["cell"] == "E60")
        .unwrap();
    assert_eq!(hit["ruleId"], "rate-at-least-100");
    assert_eq!(
        hit["locations"][0]["physicalLocation"]["region"]["startLine"],
        60
    );
    assert_eq!(
        hit["locations"][0]["physicalLocation"]["region"]["startColumn"],
        5
    );
}

/// The summary of a batch of the three forms: each table's form, and what a self-evaluation
/// states of itself (总分, 评价等级).
#[cfg(feature = "lifecycle")]
#[test]
fn the_review_summary_shows_the_form_and_the_stated_score() {
    let d = dir("forms");
    for f in [
        "tests/data/lifecycle/central.txt",
        "tests/data/lifecycle/monitoring.txt",
        "tests/data/seed-shaoxiandui.json",
    ] {
        let name = Path::new(f).file_name().unwrap();
        std::fs::copy(f, d.join(name)).unwrap();
    }
    let review = d.join("review.xlsx");
    let out = jixiao(&["check", "--format", "json", "--report", s(&review), s(&d)]);
    let v = json(&out);
    let stages: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["stage"].as_str().unwrap())
        .collect();
    assert_eq!(stages, ["selfEvaluation", "monitoring", "target"]);
    let mut book = open_workbook_auto(&review).unwrap();
    let rows: Vec<Vec<String>> = book
        .worksheet_range("汇总")
        .unwrap()
        .rows()
        .map(|r| r.iter().map(cell_text).collect())
        .collect();
    let head = &rows[0];
    let col = |name: &str| head.iter().position(|h| h == name).unwrap();
    let by_file = |file: &str| {
        rows.iter()
            .find(|r| r[col("文件")].ends_with(file))
            .unwrap_or_else(|| panic!("{file}"))
    };
    let se = by_file("central.txt");
    assert_eq!(
        (
            se[col("表别")].as_str(),
            se[col("自评总分")].as_str(),
            se[col("自评等级")].as_str()
        ),
        ("自评表", "89.73", "良")
    );
    let mo = by_file("monitoring.txt");
    assert_eq!(
        (mo[col("表别")].as_str(), mo[col("自评总分")].as_str()),
        ("监控表", "")
    );
    let target = by_file("seed-shaoxiandui.json");
    assert_eq!(
        (
            target[col("表别")].as_str(),
            target[col("自评等级")].as_str()
        ),
        ("目标表", "")
    );
    // The rules sheet names the forms each rule checks.
    let rules: Vec<Vec<String>> = book
        .worksheet_range("审核规则")
        .unwrap()
        .rows()
        .map(|r| r.iter().map(cell_text).collect())
        .collect();
    assert_eq!(rules[0][4], "检查的表");
    let rate = rules.iter().find(|r| r[0] == "rate-at-least-100").unwrap();
    assert_eq!(rate[4], "目标表、监控表、自评表");
}

#[test]
fn export_xlsx_reads_back_to_the_same_tables() {
    let d = dir("export");
    let profile = jixiao::Profile::default();
    let later: &[&str] = if cfg!(feature = "lifecycle") {
        &[
            "tests/data/lifecycle/central.txt",
            "tests/data/lifecycle/monitoring.txt",
        ]
    } else {
        &[]
    };
    for &input in [
        "tests/data/good.json",
        "tests/data/seed-yinshua.json",
        "tests/data/seed.txt",
    ]
    .iter()
    .chain(later)
    {
        let out_path = d.join("out.xlsx");
        let out = jixiao(&["export", "--xlsx", s(&out_path), input]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = std::fs::read_to_string(input).unwrap();
        let want: Vec<jixiao::RawTable> = if input.ends_with(".json") {
            let t = jixiao::input::read(&mut serde_json::Deserializer::from_str(&text))
                .unwrap()
                .0;
            vec![t]
        } else {
            jixiao::import_text(&text, &profile).tables
        };
        let bytes = std::fs::read(&out_path).unwrap();
        let sheets = jixiao::workbook::import(&bytes, &profile).unwrap();
        assert_eq!(sheets.len(), want.len(), "{input}: one sheet per table");
        let got: Vec<jixiao::RawTable> = sheets
            .into_iter()
            .flat_map(|s| {
                assert!(
                    s.import.diagnostics.is_empty(),
                    "{input}: {:?}",
                    s.import.diagnostics
                );
                s.import.tables
            })
            .collect();
        assert_eq!(got, want, "{input}");
        // The level cells are merged in the written file.
        let mut book = open_workbook_auto(&out_path).unwrap();
        let first = book.sheet_names()[0].clone();
        if let calamine::Sheets::Xlsx(x) = &mut book {
            let merged = x.worksheet_merge_cells(&first).unwrap().unwrap();
            assert!(
                merged.iter().any(|m| m.start.1 == 1 && m.end.0 > m.start.0),
                "{input}"
            );
        }
    }
    let out = jixiao(&["export", "tests/data/good.json"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_workbook_the_reader_panics_on_stops_only_itself() {
    let d = dir("panic");
    std::fs::write(d.join("a-damaged.xls"), common::xls_calamine_panics_on()).unwrap();
    std::fs::write(d.join("b-seed.xlsx"), common::seed_workbook().unwrap()).unwrap();
    let out = jixiao(&["check", "--format", "json", s(&d)]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("a-damaged.xls"), "{stderr}");
    assert!(stderr.contains("the reader stopped"), "{stderr}");
    assert_eq!(json(&out).as_array().unwrap().len(), 10);
}
