//! The WebAssembly boundary: the one module that turns JS values into the model and results
//! back into plain JS objects. Everything here is thin; the logic lives in the library.
//!
//! - Tables cross as one packed string (`wasm/pack.rs`, with its JS half `wasm/pack.js`): JS reports
//!   each field's kind and text, and `input::finish` turns them into the table and
//!   the `invalid-input` issues, so a half-filled form (nulls, numbers, an `indicators` that is
//!   not an array, not an object at all) yields diagnostics, never an exception. Results come
//!   back the same way. One crossing each way instead of about ten per field, and no JSON
//!   code in the wasm (serde_json's was 13 KB gzip; its reader would add as much again).
//! - Options are the [`Profile`], read through serde by `JsDe`; a bad one throws a JS
//!   `Error` that names the option.
//! - TypeScript types are hand-written below, so the `.d.ts` has no `any`.

mod pack;

use crate::diagnostic::{Diagnostic, Fix, Path};
use crate::input::InputIssue;
use crate::profile::Profile;
use crate::raw::RawTable;
use serde::de::{self, Visitor};
use serde::Deserialize;
use std::fmt;
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
    if options.is_null_or_undefined() {
        return Ok(Profile::default());
    }
    if is_array(&options).unwrap_or(false) {
        return Err(error("options must be an object"));
    }
    let profile = Profile::deserialize(JsDe(options)).map_err(|e| {
        if e.path.is_empty() {
            error(format!("invalid options: {}", e.message))
        } else {
            error(format!("invalid option `{}`: {}", e.path(), e.message))
        }
    })?;
    profile.validate().map_err(error)?;
    Ok(profile)
}

/// Reads a table leniently, for checking: input that JS cannot even hand over (a getter or
/// Proxy trap that throws, a function or Symbol, a BigInt beyond 64 bits) makes the whole
/// input one that is not a table.
fn read_table(table: JsValue, profile: &Profile) -> (RawTable, Vec<InputIssue>) {
    let max_rows = u32::try_from(profile.limits.max_rows).unwrap_or(u32::MAX);
    // One row past the limit, so that it is reported.
    match pack::read(&table, max_rows.saturating_add(1)) {
        Ok((root, _)) => crate::input::finish(root),
        Err(_) => (
            RawTable::default(),
            vec![InputIssue {
                path: Path::Root,
                found: "a value that cannot be read (a function, Symbol or throwing getter)",
            }],
        ),
    }
}

/// Most rows of a table that `applyFixes` and `normalize` rewrite.
const MAX_REWRITE_ROWS: u32 = 100_000;

/// Reads a table whole, to rewrite it: what cannot be read throws, since a table rewritten
/// from part of its input would lose what the user typed.
fn read_whole_table(table: JsValue) -> Result<(RawTable, Vec<InputIssue>), JsValue> {
    let (root, rows) = pack::read(&table, MAX_REWRITE_ROWS).map_err(|e| {
        let why = e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()));
        error(format!(
            "cannot read the table: {}",
            why.as_deref().unwrap_or("a getter or Proxy trap threw")
        ))
    })?;
    if rows > MAX_REWRITE_ROWS {
        return Err(error(format!(
            "cannot read the table: {rows} rows, more than {MAX_REWRITE_ROWS}"
        )));
    }
    Ok(crate::input::finish(root))
}

#[wasm_bindgen]
extern "C" {
    /// `Object.entries`, with a throwing getter or Proxy trap caught.
    #[wasm_bindgen(catch, js_namespace = Object, js_name = entries)]
    fn object_entries(value: &JsValue) -> Result<js_sys::Array, JsValue>;

    /// `Array.isArray`, with a revoked Proxy's `TypeError` caught. Every call into JS that can
    /// throw goes through a `catch` import: an exception that unwinds through wasm leaks its
    /// stack and, repeated, corrupts the instance.
    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    fn is_array(value: &JsValue) -> Result<bool, JsValue>;
}

/// A serde reader of JS values for the options, in place of serde-wasm-bindgen's
/// `Deserializer`, for two reasons. Size: its error messages never format an `f64`, which
/// keeps Rust's float printing (about 20 KB) out of the wasm; non-integer numbers are passed
/// as their JS text, so `Decimal` options are parsed from text. Strictness: objects are read
/// by walking their own keys, so `deny_unknown_fields` sees unknown options (serde-wasm-bindgen
/// reads only the known fields of a struct), and errors carry the path of the value they are
/// about. (Tables do not need serde: see [`pack`].)
struct JsDe(JsValue);

/// Most elements of an array in the options (a sparse array of length 2³² − 1 is refused, not
/// walked).
const MAX_OPTION_ITEMS: u32 = 10_000;

/// A reading error: the message, and the keys/indices from the root to the value.
#[derive(Debug)]
struct DeError {
    message: String,
    /// Innermost first, as the error travels out.
    path: Vec<String>,
}

impl DeError {
    fn path(&self) -> String {
        let mut p: Vec<&str> = self.path.iter().map(String::as_str).collect();
        p.reverse();
        p.join(".")
    }

    fn at(mut self, key: impl fmt::Display) -> DeError {
        self.path.push(key.to_string());
        self
    }
}

impl fmt::Display for DeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for DeError {}

/// What was found, for messages, without serde's `Display` for `Unexpected` (which prints
/// floats).
fn unexpected(u: de::Unexpected) -> String {
    use de::Unexpected as U;
    match u {
        U::Bool(b) => format!("boolean `{b}`"),
        U::Signed(n) => format!("integer `{n}`"),
        U::Unsigned(n) => format!("integer `{n}`"),
        U::Float(_) => "a number with a fraction".into(),
        U::Char(c) => format!("character `{c}`"),
        U::Str(s) => format!("string \"{s}\""),
        U::Unit | U::Option => "null".into(),
        U::Seq => "an array".into(),
        U::Map => "an object".into(),
        _ => "a value of another type".into(),
    }
}

impl de::Error for DeError {
    fn custom<T: fmt::Display>(msg: T) -> DeError {
        DeError {
            message: msg.to_string(),
            path: Vec::new(),
        }
    }
    fn invalid_type(u: de::Unexpected, exp: &dyn de::Expected) -> DeError {
        DeError::custom(format_args!(
            "invalid type: {}, expected {exp}",
            unexpected(u)
        ))
    }
    fn invalid_value(u: de::Unexpected, exp: &dyn de::Expected) -> DeError {
        DeError::custom(format_args!(
            "invalid value: {}, expected {exp}",
            unexpected(u)
        ))
    }
}

impl<'de> de::Deserializer<'de> for JsDe {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        // The generic part only dispatches; `classify` does the JS work once for all visitors.
        match classify(self.0)? {
            Js::Unit => visitor.visit_unit(),
            Js::Bool(b) => visitor.visit_bool(b),
            Js::Int(n) => visitor.visit_i64(n),
            Js::Text(s) => visitor.visit_string(s),
            Js::Seq(array, len) => visitor.visit_seq(JsSeq { array, i: 0, len }),
            Js::Map(entries, len) => visitor.visit_map(JsMap {
                entries,
                i: 0,
                len,
                key: String::new(),
            }),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        if self.0.is_null_or_undefined() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        use serde::de::IntoDeserializer;
        match self.0.as_string() {
            Some(s) => visitor.visit_enum(s.into_deserializer()),
            None => self.deserialize_any(visitor),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct newtype_struct seq tuple
        tuple_struct map struct identifier
    }
}

/// A JS value sorted by what serde can make of it.
enum Js {
    Unit,
    Bool(bool),
    Int(i64),
    /// Text, and numbers that are not safe integers as JS prints them.
    Text(String),
    Seq(JsValue, u32),
    Map(js_sys::Array, u32),
}

/// A JS number as JS prints it (`125.07`, `1e+21`).
fn number_text(n: &JsValue) -> String {
    let text = n.unchecked_ref::<js_sys::Number>().to_string_with_radix(10);
    text.map(String::from).unwrap_or_default()
}

fn classify(v: JsValue) -> Result<Js, DeError> {
    use de::Error as _;
    const MAX_SAFE: f64 = 9_007_199_254_740_991.0;
    Ok(if let Some(s) = v.as_string() {
        Js::Text(s)
    } else if v.is_null_or_undefined() {
        Js::Unit
    } else if let Some(b) = v.as_bool() {
        Js::Bool(b)
    } else if let Some(n) = v.as_f64() {
        if n.fract() == 0.0 && n.abs() <= MAX_SAFE {
            Js::Int(n as i64)
        } else {
            Js::Text(number_text(&v))
        }
    } else if is_array(&v).map_err(|_| DeError::custom("could not read the value"))? {
        let len = array_len(&v).ok_or_else(|| DeError::custom("could not read the array"))?;
        if len > MAX_OPTION_ITEMS {
            return Err(DeError::custom(format_args!(
                "an array of {len} elements, more than {MAX_OPTION_ITEMS}"
            )));
        }
        Js::Seq(v, len)
    } else if v.is_object() {
        let entries =
            object_entries(&v).map_err(|_| DeError::custom("could not read the object"))?;
        let len = entries.length();
        Js::Map(entries, len)
    } else if v.is_bigint() {
        Js::Int(i64::try_from(v).map_err(|_| DeError::custom("a BigInt beyond 64 bits"))?)
    } else {
        return Err(DeError::custom("a function or Symbol"));
    })
}

struct JsSeq {
    array: JsValue,
    i: u32,
    len: u32,
}

impl<'de> de::SeqAccess<'de> for JsSeq {
    type Error = DeError;
    fn next_element_seed<T: de::DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, DeError> {
        if self.i >= self.len {
            return Ok(None);
        }
        let i = self.i;
        self.i += 1;
        let item = js_sys::Reflect::get_u32(&self.array, i)
            .map_err(|_| <DeError as de::Error>::custom("could not read the array").at(i))?;
        seed.deserialize(JsDe(item)).map(Some).map_err(|e| e.at(i))
    }
    fn size_hint(&self) -> Option<usize> {
        Some((self.len - self.i) as usize)
    }
}

struct JsMap {
    entries: js_sys::Array,
    i: u32,
    len: u32,
    /// The key of the value about to be read, for error paths.
    key: String,
}

impl<'de> de::MapAccess<'de> for JsMap {
    type Error = DeError;
    fn next_key_seed<K: de::DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, DeError> {
        use serde::de::IntoDeserializer;
        if self.i >= self.len {
            return Ok(None);
        }
        // `Object.entries` made these arrays: plain `[key, value]` pairs, safe to index.
        let entry: js_sys::Array = self.entries.get(self.i).unchecked_into();
        let key = entry.get(0).as_string().unwrap_or_default();
        self.key.clone_from(&key);
        seed.deserialize(key.into_deserializer()).map(Some)
    }
    fn next_value_seed<V: de::DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, DeError> {
        let entry: js_sys::Array = self.entries.get(self.i).unchecked_into();
        self.i += 1;
        let value = entry.get(1);
        seed.deserialize(JsDe(value)).map_err(|e| e.at(&self.key))
    }
}

/// Reviews 绩效目标表 under one set of options (a profile). Create it once and reuse it.
#[wasm_bindgen]
pub struct Validator {
    profile: Profile,
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
        })
    }

    /// Checks a whole table. Never throws for bad input: what is not a table is reported as
    /// `invalid-input` diagnostics.
    #[wasm_bindgen(unchecked_return_type = "ValidationResult")]
    pub fn validate(
        &self,
        #[wasm_bindgen(unchecked_param_type = "TableInput | null | undefined")] table: JsValue,
    ) -> JsValue {
        let (raw, issues) = read_table(table, &self.profile);
        pack::validation(&crate::validate_input(&raw, issues, &self.profile))
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
        let (raw, issues) = read_table(table, &self.profile);
        let mut diagnostics = crate::validate_input(&raw, issues, &self.profile);
        diagnostics.retain(|d| d.path.is_within(&path));
        Ok(pack::diagnostics(&diagnostics))
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
