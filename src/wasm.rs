//! The WebAssembly boundary: the one module that turns JS values into the model and results
//! back into plain JS objects. Everything here is thin; the logic lives in the library.
//!
//! - Tables cross as one packed string (`wasm/pack.rs`, with its JS half `wasm/pack.js`): JS reports
//!   each field's kind and text, and `input::finish` turns them into the table and
//!   the `invalid-input` issues, so a half-filled form (nulls, numbers, an `indicators` that is
//!   not an array, not an object at all) yields diagnostics, never an exception. Results come
//!   back the same way. One crossing each way instead of about ten per field, and no JSON
//!   code in the wasm (serde_json's was 13 KB gzip; its reader would add as much again).
//! - Options cross the same way and become a [`Profile`] through
//!   [`Profile::from_options`], as the CLI's profile files do; a bad one throws a JS `Error`
//!   that names the option.
//! - TypeScript types are hand-written below, so the `.d.ts` has no `any`.

mod pack;

use crate::diagnostic::{Diagnostic, Fix, Path};
use crate::input::InputIssue;
use crate::profile::Profile;
use crate::raw::RawTable;
use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = r#"
/** How serious a finding is: errors block submission (强制性审核), warnings and info advise (提示性审核). */
export type Severity = "error" | "warning" | "info";
/** A rule's configured level: a severity, or switched off. */
export type Level = Severity | "off";
/**
 * Where a diagnostic points, in the dot-index form that Element Plus / Ant Design form items use
 * as `prop`: `""` (the whole input), `"projectName"`, `"indicators"`, `"indicators.3"`,
 * `"indicators.3.value"`.
 */
export type Path = string;

/** One indicator row as the library returns it: every cell is text. */
export interface RawIndicator {
  /** 一级指标 */ level1: string;
  /** 二级指标 */ level2: string;
  /** 三级指标 (the indicator's name) */ name: string;
  /** 运算符号 */ operator: string;
  /** 指标值 */ value: string;
  /** 度量单位 */ unit: string;
  /** 完成时限 */ deadline: string;
  /** 权重, present only when not empty */ weight?: string;
  /** 指标方向 (正向/反向), present only when not empty */ direction?: string;
}

/** 绩效目标表 as the library returns it (from `normalize`, `applyFixes`, imports). */
export interface RawTable {
  /** 预算年度, absent when the table does not say. */
  year?: number;
  /** 项目(政策)名称 */ projectName: string;
  /** 主管部门 */ department: string;
  /** 实施单位 */ implementingUnit: string;
  /** 预算资金情况, in the profile's amount unit unless the text names one. */ budget: string;
  /** 总体目标 */ overallGoal: string;
  /** 绩效指标 */ indicators: RawIndicator[];
}

/** An indicator row as a form may hold it while the user types: anything may be missing or null. */
export interface IndicatorInput {
  level1?: string | null;
  level2?: string | null;
  name?: string | null;
  operator?: string | null;
  value?: string | number | null;
  unit?: string | null;
  deadline?: string | null;
  weight?: string | number | null;
  direction?: string | null;
}

/**
 * A table as a form may hold it. Values of the wrong type (or input that is not an object at all)
 * are reported as `invalid-input` diagnostics, never thrown.
 */
export interface TableInput {
  year?: number | string | null;
  projectName?: string | null;
  department?: string | null;
  implementingUnit?: string | null;
  budget?: string | number | null;
  overallGoal?: string | null;
  indicators?: IndicatorInput[] | null;
}

/** A one-click fix: write `value` at `path`, or remove the row at `path` when `value` is `null`. */
export interface Fix {
  path: Path;
  value: string | null;
  /** What the button says: `改为 ＝`, `删除重复行`. */
  label: string;
}

/** One finding. */
export interface Diagnostic {
  /** The rule's stable kebab-case id, e.g. `rate-at-least-100`. */
  rule: string;
  severity: Severity;
  path: Path;
  /** In the validator's locale. */
  message: string;
  fix?: Fix;
}

/** Counts by severity. */
export interface Counts {
  error: number;
  warning: number;
  info: number;
}

/** What `Validator.validate` returns. */
export interface ValidationResult {
  /** In form order: header fields, then rows and their cells. */
  diagnostics: Diagnostic[];
  counts: Counts;
}

/** One review rule, as `Validator.rules()` lists it. */
export interface RuleMeta {
  id: string;
  /** The rule's default level. */
  level: Level;
  /** The level it runs at under this validator's options. */
  configuredLevel: Level;
  /** One line, in the validator's locale. */
  title: string;
  /** Why it matters, in the validator's locale. */
  description: string;
}

/** Per-deployment settings. Every field is optional; unknown fields are an error. */
export interface Options {
  /** Taxonomy: 财预〔2020〕10号 (default) or 财预〔2021〕101号. */
  framework?: "2020" | "2021" | 2020 | 2021;
  /** Budget year when the table does not give one. */
  year?: number | null;
  /** Language of messages, titles and descriptions (default `zh-CN`). */
  locale?: "zh-CN" | "en";
  /** The unit of the budget and of cost targets written without one (default 万元). */
  amountUnit?: "万元" | "元";
  /** Most decimals allowed in the budget, 0–10 (default 6). */
  amountDecimals?: number;
  /** Lowest acceptable satisfaction target in percent, 0–100 (default 85). */
  satisfactionMin?: number | string;
  /** Graded wording accepted for qualitative (定性) targets. */
  qualitativeGrades?: string[];
  /** Whether every row needs a deadline (default true). */
  deadlineRequired?: boolean;
  /** Per-rule level overrides: rule id → level. */
  rules?: Record<string, Level>;
  limits?: {
    /** Most indicator rows checked (default 200). */
    maxRows?: number;
    /** Most characters of one text field checked (default 2000). */
    maxTextLength?: number;
    /** Most characters in the whole table; rows past it are not checked (default 20000). */
    maxInputLength?: number;
  };
}

/** A note from an importer about the table at index `table`. */
export interface ImportDiagnostic extends Diagnostic {
  table: number;
}

/** What `importText` and `importGrid` return. */
export interface ImportResult {
  tables: RawTable[];
  diagnostics: ImportDiagnostic[];
}
"#;

/// A JS `Error` with `message`.
fn error(message: impl fmt::Display) -> JsValue {
    js_sys::Error::new(&message.to_string()).into()
}

/// The profile the options describe; `undefined`/`null` give the defaults. The error names the
/// offending option (`invalid option \`limits.maxRows\`: …`).
fn profile_from(options: JsValue) -> Result<Profile, JsValue> {
    let options =
        pack::options(&options).map_err(|e| error(format!("invalid options: {}", thrown(&e))))?;
    Profile::from_options(options).map_err(error)
}

/// What JS threw, for a message: an `Error`'s message, else a general word.
fn thrown(e: &JsValue) -> String {
    match e.dyn_ref::<js_sys::Error>() {
        Some(e) => e.message().into(),
        None => "a getter or Proxy trap threw".into(),
    }
}

/// What a table that JS cannot even hand over (a getter or Proxy trap that throws, a function
/// or Symbol, a BigInt beyond 64 bits) is read as: not a table at all.
fn unreadable() -> (RawTable, Vec<InputIssue>) {
    (
        RawTable::default(),
        vec![InputIssue {
            path: Path::Root,
            found: "a value that cannot be read (a function, Symbol or throwing getter)",
        }],
    )
}

/// Most rows of a table that `applyFixes` and `normalize` rewrite.
const MAX_REWRITE_ROWS: u32 = 100_000;

/// Reads a table whole, to rewrite it: what cannot be read throws, since a table rewritten
/// from part of its input would lose what the user typed.
fn read_whole_table(table: JsValue) -> Result<(RawTable, Vec<InputIssue>), JsValue> {
    let packed = pack::tokens(&table, MAX_REWRITE_ROWS, None)
        .map_err(|e| error(format!("cannot read the table: {}", thrown(&e))))?;
    let (root, rows) =
        pack::read(&packed, MAX_REWRITE_ROWS).ok_or_else(|| error("cannot read the table"))?;
    if rows > MAX_REWRITE_ROWS {
        return Err(error(format!(
            "cannot read the table: {rows} rows, more than {MAX_REWRITE_ROWS}"
        )));
    }
    Ok(crate::input::finish(root))
}

#[wasm_bindgen]
extern "C" {
    /// `Array.isArray`, with a revoked Proxy's `TypeError` caught. Every call into JS that can
    /// throw goes through a `catch` import: an exception that unwinds through wasm leaks its
    /// stack and, repeated, corrupts the instance.
    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    fn is_array(value: &JsValue) -> Result<bool, JsValue>;
}

/// A JS number as JS prints it (`125.07`, `1e+21`).
fn number_text(n: &JsValue) -> String {
    let text = n.unchecked_ref::<js_sys::Number>().to_string_with_radix(10);
    text.map(String::from).unwrap_or_default()
}

/// Reviews 绩效目标表 under one set of options (a profile). Create it once and reuse it.
#[wasm_bindgen]
pub struct Validator {
    profile: Profile,
    /// The last table checked and its diagnostics. Forms check the same table many times: an
    /// Element Plus form's `validate()` runs every field's rule, each a `validateField` of the
    /// whole table, and blur and submit check a table that has not changed.
    last: RefCell<Option<Checked>>,
}

/// Most bytes of a packed table kept as the last one checked (the default limits allow about
/// 60 000 bytes of text).
const MAX_CACHED: usize = 1 << 18;

struct Checked {
    /// The table as packed: equal strings are equal tables.
    packed: String,
    diagnostics: Rc<Vec<Diagnostic>>,
}

impl Validator {
    /// Every diagnostic of `table`, from the last call when the table has not changed.
    fn check(&self, table: JsValue) -> Rc<Vec<Diagnostic>> {
        // One row past the limit, so that it is reported.
        let max_rows = u32::try_from(self.profile.limits.max_rows)
            .unwrap_or(u32::MAX)
            .saturating_add(1);
        let Ok(packed) = pack::tokens(&table, max_rows, Some(&self.profile.limits)) else {
            let (raw, issues) = unreadable();
            return Rc::new(crate::validate_input(&raw, issues, &self.profile));
        };
        if let Some(last) = &*self.last.borrow() {
            if last.packed == packed {
                return Rc::clone(&last.diagnostics);
            }
        }
        let (raw, issues) = pack::read(&packed, max_rows)
            .map(|(root, _)| crate::input::finish(root))
            .unwrap_or_else(unreadable);
        let diagnostics = Rc::new(crate::validate_input(&raw, issues, &self.profile));
        // A table far beyond the limits is not kept: it would hold its size in memory.
        let keep = packed.len() <= MAX_CACHED;
        *self.last.borrow_mut() = keep.then(|| Checked {
            packed,
            diagnostics: Rc::clone(&diagnostics),
        });
        diagnostics
    }
}

#[wasm_bindgen]
impl Validator {
    /// Creates a validator. Throws an `Error` naming the option when an option is unknown or
    /// out of range.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
    ) -> Result<Validator, JsValue> {
        Ok(Validator {
            profile: profile_from(options)?,
            last: RefCell::default(),
        })
    }

    /// Checks a whole table. Never throws for bad input: what is not a table is reported as
    /// `invalid-input` diagnostics.
    #[wasm_bindgen(unchecked_return_type = "ValidationResult")]
    pub fn validate(
        &self,
        #[wasm_bindgen(unchecked_param_type = "TableInput | null | undefined")] table: JsValue,
    ) -> JsValue {
        pack::validation(&self.check(table))
    }

    /// The diagnostics at `path` or inside it (`"indicators.3"` gives the row and its cells),
    /// for a keystroke or a blur. Throws when `path` names no field of a table.
    #[wasm_bindgen(js_name = validateField, unchecked_return_type = "Diagnostic[]")]
    pub fn validate_field(
        &self,
        #[wasm_bindgen(unchecked_param_type = "TableInput | null | undefined")] table: JsValue,
        #[wasm_bindgen(unchecked_param_type = "Path")] path: &str,
    ) -> Result<JsValue, JsValue> {
        let Some(path) = Path::parse(path) else {
            return Err(error(format!("not a table path: “{path}”")));
        };
        let diagnostics = self.check(table);
        let at: Vec<Diagnostic> = diagnostics
            .iter()
            .filter(|d| d.path.is_within(&path))
            .cloned()
            .collect();
        Ok(pack::diagnostics(&at))
    }

    /// A new table with the fixes of `diagnostics` applied (by default, those of
    /// `validate(table)`). The input is never modified. Throws an `Error` when the table
    /// cannot be read whole (a throwing getter, a Symbol, more than 100 000 rows).
    #[wasm_bindgen(js_name = applyFixes, unchecked_return_type = "RawTable")]
    pub fn apply_fixes(
        &self,
        #[wasm_bindgen(unchecked_param_type = "TableInput")] table: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "Diagnostic[]")] diagnostics: JsValue,
    ) -> Result<JsValue, JsValue> {
        let (raw, issues) = read_whole_table(table)?;
        let diagnostics = if diagnostics.is_null_or_undefined() {
            crate::validate_input(&raw, issues, &self.profile)
        } else {
            fixes_of(&diagnostics)?
        };
        Ok(pack::table(&crate::apply_fixes(&raw, &diagnostics)))
    }

    /// The table in canonical form, under this validator's amount unit. Throws like
    /// `applyFixes` when the table cannot be read whole.
    #[wasm_bindgen(unchecked_return_type = "RawTable")]
    pub fn normalize(
        &self,
        #[wasm_bindgen(unchecked_param_type = "TableInput")] table: JsValue,
    ) -> Result<JsValue, JsValue> {
        let raw = read_whole_table(table)?.0;
        Ok(pack::table(&crate::normalize(&raw, &self.profile)))
    }

    /// Every rule with its level, title and description in the validator's locale.
    #[wasm_bindgen(unchecked_return_type = "RuleMeta[]")]
    pub fn rules(&self) -> JsValue {
        pack::rules(&self.profile)
    }
}

/// The table in canonical form (operators ≥ ＞ ＝ ＜ ≤ 定性, combined value cells split, level
/// names, units, deadlines and amounts in their stored spelling). Idempotent.
#[wasm_bindgen(unchecked_return_type = "RawTable")]
pub fn normalize(
    #[wasm_bindgen(unchecked_param_type = "TableInput")] table: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let profile = profile_from(options)?;
    let raw = read_whole_table(table)?.0;
    Ok(pack::table(&crate::normalize(&raw, &profile)))
}

/// Reads pasted Excel/WPS text: one or many tables.
#[wasm_bindgen(js_name = importText, unchecked_return_type = "ImportResult")]
pub fn import_text(
    text: &str,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let profile = profile_from(options)?;
    Ok(pack::import(&crate::import_text(text, &profile)))
}

/// Reads a grid of cells, e.g. a clipboard HTML table turned into rows of text. Numbers (as JS
/// prints them) and `null` are taken as text; anything else throws.
#[wasm_bindgen(js_name = importGrid, unchecked_return_type = "ImportResult")]
pub fn import_grid(
    #[wasm_bindgen(unchecked_param_type = "(string | number | null)[][]")] cells: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let profile = profile_from(options)?;
    let rows = grid_of(&cells)?;
    Ok(pack::import(&crate::import_grid(&rows, &profile)))
}

/// A JS array's `length` (read through `Reflect.get`, which catches a Proxy's trap), or
/// `None` when `value` is not an array or its length cannot be read.
fn array_len(value: &JsValue) -> Option<u32> {
    if !is_array(value).ok()? {
        return None;
    }
    let len = js_sys::Reflect::get(value, &JsValue::from_str("length")).ok()?;
    // A real array's length is a u32; a Proxy may say anything (`as` saturates).
    Some(len.as_f64()? as u32)
}

/// The elements of a JS array, or `None` when `value` is not one.
fn elements(value: &JsValue) -> Option<impl Iterator<Item = JsValue> + '_> {
    let len = array_len(value)?;
    Some((0..len).map(move |i| js_sys::Reflect::get_u32(value, i).unwrap_or(JsValue::UNDEFINED)))
}

/// `value[key]`, `undefined` when it cannot be read.
fn get(value: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// The fixes carried by diagnostics passed back from JS, as diagnostics for
/// [`crate::apply_fixes`]. Only `fix` is read; diagnostics without one are skipped. Read by hand
/// rather than through serde: this is the whole need, and serde's code for it is ten times larger.
fn fixes_of(diagnostics: &JsValue) -> Result<Vec<Diagnostic>, JsValue> {
    let items = elements(diagnostics).ok_or_else(|| error("diagnostics must be an array"))?;
    let mut out = Vec::new();
    for (i, d) in items.enumerate() {
        let fix = if d.is_object() {
            get(&d, "fix")
        } else {
            JsValue::UNDEFINED
        };
        if fix.is_null_or_undefined() {
            continue;
        }
        let bad = |what: &str| error(format!("diagnostics[{i}].fix.{what}"));
        let path = get(&fix, "path")
            .as_string()
            .and_then(|p| Path::parse(&p))
            .ok_or_else(|| bad("path is not a table path"))?;
        let value = match get(&fix, "value") {
            v if v.is_null() || v.is_undefined() => None,
            v => Some(
                v.as_string()
                    .ok_or_else(|| bad("value is not text or null"))?,
            ),
        };
        let label = get(&fix, "label").as_string().unwrap_or_default();
        out.push(Diagnostic {
            rule: String::new(),
            severity: crate::Severity::Info,
            path,
            message: String::new(),
            fix: Some(Fix { path, value, label }),
        });
    }
    Ok(out)
}

/// Rows of cells from JS: text, numbers (as JS prints them) or `null`/`undefined` (empty).
fn grid_of(cells: &JsValue) -> Result<Vec<Vec<String>>, JsValue> {
    let not_grid = || error("cells must be an array of rows (arrays) of text");
    let rows = elements(cells).ok_or_else(not_grid)?;
    let mut out = Vec::new();
    for row in rows {
        let mut texts = Vec::new();
        for cell in elements(&row).ok_or_else(not_grid)? {
            texts.push(if let Some(s) = cell.as_string() {
                s
            } else if cell.is_null_or_undefined() {
                String::new()
            } else if cell.as_f64().is_some() {
                number_text(&cell)
            } else {
                return Err(not_grid());
            });
        }
        out.push(texts);
    }
    Ok(out)
}
