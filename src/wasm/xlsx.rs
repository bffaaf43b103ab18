//! The workbook reader's module (`jixiao/xlsx`, built with the feature `wasm-xlsx`): the
//! tables in a dropped or chosen `.xlsx`/`.xls`/`.ods`/`.et` file, read from its bytes with
//! calamine ([`crate::workbook`]) and the paste importer. Loaded only when a page opens a file:
//! calamine, zip and the XML reader are in no other module.
//!
//! It also holds `reviewOpinion` (the drafted 审核意见) and counts each table's findings: both
//! run the review rules, which this module therefore carries too. In the validator's module
//! `reviewOpinion` cost 3.7 KB gzip (1.2 KB as text only), which `jixiao` does not have under
//! its 128 KB ceiling.

use super::{error, profile_from, read, to_js};
use crate::diagnostic::{Counts, Diagnostic, Path};
use crate::raw::RawTable;
use crate::workbook::WorkbookError;
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_WORKBOOK: &str = r#"
/** What `readWorkbook` returns: every table found, sheet by sheet, in the workbook's order. */
export interface WorkbookResult {
  tables: WorkbookTable[];
  /** Every worksheet's name, in order, including those where no table was found. */
  sheets: string[];
}

/** One table found in a workbook. */
export interface WorkbookTable {
  /** The worksheet it is on. */
  sheet: string;
  /** Its index among the tables of that sheet (several can be stacked on one sheet). */
  index: number;
  /** Where the table starts on the sheet (`A1`), when known. */
  cell: string | null;
  /** The table as read, for `validate` or `Form.load`. */
  table: TableInput;
  /** The importer's notes on this table (rule `import-repaired`, severity info). */
  diagnostics: Diagnostic[];
  /** The findings of `validate(table, options)`, counted. */
  counts: Counts;
}
"#;

#[derive(Serialize)]
struct WorkbookResult {
    tables: Vec<WorkbookTable>,
    sheets: Vec<String>,
}

#[derive(Serialize)]
struct WorkbookTable {
    sheet: String,
    index: usize,
    cell: Option<String>,
    table: RawTable,
    diagnostics: Vec<Diagnostic>,
    counts: Counts,
}

/// Reads a workbook's bytes: every table on every worksheet. A file that is not a workbook,
/// is damaged or has a password to open throws an `Error` with `code` `"unreadable"` and
/// `reason` `"not-a-workbook"`, `"password"` or `"corrupt"`.
#[wasm_bindgen(js_name = readWorkbook, unchecked_return_type = "WorkbookResult")]
pub fn read_workbook(
    #[wasm_bindgen(unchecked_param_type = "Uint8Array | ArrayBuffer")] bytes: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let profile = profile_from(&options)?;
    let bytes = if bytes.is_instance_of::<js_sys::Uint8Array>() {
        js_sys::Uint8Array::unchecked_from_js(bytes).to_vec()
    } else if bytes.is_instance_of::<js_sys::ArrayBuffer>() {
        js_sys::Uint8Array::new(&bytes).to_vec()
    } else {
        return Err(error(
            "unreadable",
            "bytes must be a Uint8Array or an ArrayBuffer",
            None,
        ));
    };
    let sheets = crate::workbook::import(&bytes, &profile).map_err(|e| {
        let reason = match e {
            WorkbookError::NotAWorkbook => "not-a-workbook",
            WorkbookError::Password => "password",
            WorkbookError::Corrupt(_) => "corrupt",
        };
        error(
            "unreadable",
            e.message(profile.zh()),
            Some(("reason", reason)),
        )
    })?;
    let mut result = WorkbookResult {
        tables: Vec::new(),
        sheets: Vec::new(),
    };
    for s in sheets {
        let mut notes = s.import.diagnostics.clone();
        for (index, table) in s.import.tables.iter().enumerate() {
            let (mine, rest): (Vec<_>, Vec<_>) = notes.into_iter().partition(|d| d.table == index);
            notes = rest;
            result.tables.push(WorkbookTable {
                counts: Counts::of(&crate::validate(table, &profile)),
                sheet: s.sheet.clone(),
                index,
                cell: s.cell(index, &Path::Root),
                table: table.clone(),
                diagnostics: mine.into_iter().map(|d| d.diagnostic).collect(),
            });
        }
        result.sheets.push(s.sheet);
    }
    Ok(to_js(&result))
}

/// A drafted 审核意见 for a table, from the findings of `validate(table, options)`: one line
/// per section of the 绩效目标审核表 (总体目标, 产出指标, 效益指标, 满意度指标, then 成本指标
/// when the table has cost at level 1 and 其他 when something falls there), `…：无问题` where
/// nothing does. Throws only when an option is wrong.
#[wasm_bindgen(js_name = reviewOpinion)]
pub fn review_opinion(
    #[wasm_bindgen(unchecked_param_type = "TableInput")] table: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
) -> Result<String, JsValue> {
    let profile = profile_from(&options)?;
    let rows = u32::try_from(profile.limits.max_rows)
        .unwrap_or(u32::MAX)
        .saturating_add(1);
    let (raw, issues) = read(&table, rows)
        .map(|v| crate::input::table(&v))
        .map_err(|_| error("unreadable", "the table cannot be read", None))?;
    let diagnostics = crate::validate_input(&raw, issues, &profile);
    Ok(crate::review_opinion(&raw, &diagnostics, &profile).text(profile.zh(), false))
}
