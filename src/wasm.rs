//! The WebAssembly boundary: JS values into the value tree the CLI reads JSON into
//! ([`crate::input::Value`], then [`crate::input::table`] for tables and
//! [`Profile::from_options`] for options), and results back out through serde by
//! serde-wasm-bindgen. Nothing here knows a rule.
//!
//! - What a page hands over is first copied as plain data in JS (`plain.js`, through a
//!   `catch` import), so that a throwing getter or a revoked Proxy is an error there, never
//!   under the wasm reader; then read leniently: a half-filled form (nulls, numbers, an
//!   `indicators` that is not an array, not an object at all) yields `invalid-input`
//!   diagnostics, never an exception.
//! - That copy becomes a [`crate::input::Value`] by a walk over its six kinds of JS value
//!   ([`read`]), not by serde-wasm-bindgen's `Deserializer`: the deserializer's type-error
//!   machinery (float formatting, quoted strings) cost 13.5 KB gzip of the validator module,
//!   10 % of what a form downloads, for messages the lenient reader never shows.
//! - Errors thrown to JS are `Error`s with a `code` (`invalid-option`, `no-such-path`, …) and
//!   the `option` or `path` they name.
//! - TypeScript declarations come from the Rust types (tsify), with [`crate::rules::RuleId`]
//!   as a string-literal union.
//!
//! The crate builds two wasm modules from this boundary: the validator's (`jixiao`:
//! `wasm/validator.rs`, what a form loads) and, with the feature `wasm-importer`, the importer's
//! (`jixiao/import`: `wasm/importer.rs`, loaded when the user pastes a table), and with the
//! feature `wasm-xlsx` the workbook reader's (`jixiao/xlsx`: `wasm/xlsx.rs`, loaded when the
//! user opens a file).

#[cfg(all(feature = "wasm-importer", not(feature = "wasm-xlsx")))]
mod importer;
#[cfg(not(any(feature = "wasm-importer", feature = "wasm-xlsx")))]
mod validator;
#[cfg(feature = "wasm-xlsx")]
mod xlsx;

#[cfg(all(feature = "wasm-importer", not(feature = "wasm-xlsx")))]
pub use importer::{import_grid, import_text};
#[cfg(all(
    feature = "lifecycle",
    not(any(feature = "wasm-importer", feature = "wasm-xlsx"))
))]
pub use validator::computed;
#[cfg(not(any(feature = "wasm-importer", feature = "wasm-xlsx")))]
pub use validator::{apply_fixes, normalize, rules, validate, validate_field, Form};
#[cfg(feature = "wasm-xlsx")]
pub use xlsx::{read_workbook, review_opinion};

use crate::input::Value;
use crate::profile::{Profile, ProfileError};
use serde::Serialize;
use std::fmt;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = r#"
/**
 * Where a diagnostic points, in the dot-index form that Element Plus / Ant Design form items use
 * as `prop`: `""` (the whole input), `"projectName"`, `"indicators"`, `"indicators.3"`,
 * `"indicators.3.value"`.
 */
export type Path = string;

/** What `validate` returns. */
export interface ValidationResult {
  /** In form order: header fields, then rows and their cells. */
  diagnostics: Diagnostic[];
  counts: Counts;
}

/** One review rule, as `rules()` lists it. */
export interface RuleMeta {
  id: RuleId;
  /** The rule's default level. */
  level: Level;
  /** The level it runs at under these options. */
  configuredLevel: Level;
  /** One line, in the options' locale. */
  title: string;
  /** Why it matters, in the options' locale. */
  description: string;
}

/** Per-deployment settings. Every field is optional; an unknown field is an error. */
export interface Options {
  /** Taxonomy: 财预〔2020〕10号 (default) or 财预〔2021〕101号. */
  framework?: "2020" | "2021" | 2020 | 2021 | null;
  /** Budget year when the table does not give one. */
  year?: number | null;
  /** Language of messages, titles and descriptions (default zh-CN). */
  locale?: "zh-CN" | "zh" | "en" | "en-US" | "en-GB" | null;
  /** The unit of the budget and of cost targets written without one (default 万元). */
  amountUnit?: "万元" | "元" | null;
  /** Most decimals allowed in the budget, 0–10 (default 6). */
  amountDecimals?: number | null;
  /** Lowest acceptable satisfaction target in percent, 0–100 (default 85). */
  satisfactionMin?: number | string | null;
  /** Graded wording accepted for qualitative (定性) targets. */
  qualitativeGrades?: string[] | null;
  /** Whether every row needs a deadline (default true). */
  deadlineRequired?: boolean | null;
  /** Per-rule level overrides. */
  rules?: Partial<Record<RuleId, Level>> | null;
  /** The header fields this deployment's form has (others are not asked for). */
  fields?: ("projectName" | "department" | "implementingUnit" | "budget" | "overallGoal" | "tasks" | "period")[] | null;
  /** The indicator columns this deployment's form has (others are not asked for). */
  columns?: ("level1" | "level2" | "name" | "operator" | "value" | "unit" | "deadline" | "weight" | "direction")[] | null;
  /**
   * The later forms' settings (运行监控, 绩效自评): grade bands, scoring variants, light bands…
   * (LIFECYCLE.md §5). Only the module `jixiao/lifecycle` reads it.
   */
  lifecycle?: Record<string, unknown> | null;
  /** The approved target table, for `target-changed` on a later form (`jixiao/lifecycle`). */
  approved?: TableInput | null;
  limits?: {
    /** Most indicator rows checked (default 200). */
    maxRows?: number | null;
    /** Most characters of one text field checked (default 2000). */
    maxTextLength?: number | null;
    /** Most characters in the whole table; rows past it are not checked (default 20000). */
    maxInputLength?: number | null;
  } | null;
}

/** The execution block of a later form (预算执行情况); cells as typed, `null` where the form has none. */
export interface ExecutionInput {
  initialBudget?: string | number | null;
  annualBudget?: string | number | null;
  executed?: string | number | null;
  rate?: string | number | null;
  weight?: string | number | null;
  score?: string | number | null;
  reason?: string | null;
  projectedExecuted?: string | number | null;
  light?: string | null;
  measures?: string | null;
  sources?: SourceInput[] | null;
}

/** One funding source row of the execution block (资金来源). */
export interface SourceInput {
  name?: string | null;
  initialBudget?: string | number | null;
  annualBudget?: string | number | null;
  executed?: string | number | null;
  rate?: string | number | null;
}

/** An error thrown by jixiao: `code` says what went wrong, `option` or `path` what it names. */
export interface JixiaoError extends Error {
  code:
    | "invalid-option" | "unknown-option" | "invalid-options"
    | "no-such-path" | "no-such-row" | "no-such-fix" | "unreadable" | "not-initialized";
  option?: string;
  path?: string;
}
"#;

#[wasm_bindgen(module = "/src/wasm/plain.js")]
extern "C" {
    /// A plain-data copy of `value` ([`plain.js`]); throws (caught) on what cannot be read.
    #[wasm_bindgen(catch, js_name = plain)]
    fn plain_copy(value: &JsValue, max_items: u32) -> Result<JsValue, JsValue>;
    /// `Array.isArray`, false where it would throw (a revoked Proxy).
    #[cfg(not(any(feature = "wasm-importer", feature = "wasm-xlsx")))]
    #[wasm_bindgen(js_name = isArray)]
    fn is_array(value: &JsValue) -> bool;
}

/// What a page hands over, as a value tree: `Err` when it cannot be read (a function, a
/// Symbol, a throwing getter). Arrays keep at most `max_items` elements.
fn read(value: &JsValue, max_items: u32) -> Result<Value, JsValue> {
    plain_copy(value, max_items).map(|v| walk(&v))
}

/// The value tree of a plain-data copy (null, booleans, numbers, strings, arrays, objects).
fn walk(v: &JsValue) -> Value {
    if let Some(b) = v.as_bool() {
        Value::Bool(b)
    } else if let Some(n) = v.as_f64() {
        Value::number(n)
    } else if let Some(s) = v.as_string() {
        Value::Text(s)
    } else if js_sys::Array::is_array(v) {
        Value::List(js_sys::Array::from(v).iter().map(|x| walk(&x)).collect())
    } else if v.is_object() {
        let entries = js_sys::Object::entries(v.unchecked_ref());
        Value::Object(
            entries
                .iter()
                .map(|e| {
                    let e: js_sys::Array = e.unchecked_into();
                    (e.get(0).as_string().unwrap_or_default(), walk(&e.get(1)))
                })
                .collect(),
        )
    } else {
        Value::Null
    }
}

/// A JS `Error` with `message`, a `code`, and the option or path it names.
fn error(code: &str, message: impl fmt::Display, named: Option<(&str, &str)>) -> JsValue {
    let e = js_sys::Error::new(&message.to_string());
    let set = |k: &str, v: &str| {
        let _ = js_sys::Reflect::set(&e, &k.into(), &v.into());
    };
    set("code", code);
    if let Some((key, value)) = named {
        set(key, value);
    }
    e.into()
}

impl From<ProfileError> for JsValue {
    fn from(e: ProfileError) -> JsValue {
        error(
            e.code(),
            format_args!("invalid options: {e}"),
            e.option().map(|o| ("option", o)),
        )
    }
}

/// The profile the options describe; `undefined`/`null` give the defaults.
fn profile_from(options: &JsValue) -> Result<Profile, JsValue> {
    let options = read(options, 10_000).map_err(|_| {
        error(
            "invalid-options",
            "invalid options: a value that cannot be read (a function, Symbol or throwing getter)",
            None,
        )
    })?;
    Ok(Profile::from_options(options)?)
}

/// A result as plain JS objects, as `JSON.parse` of the CLI's output gives them: maps as
/// objects, `None` as `null` (a fix that removes its row has `value: null`), fields the types
/// skip when empty absent.
fn to_js<T: Serialize + ?Sized>(value: &T) -> JsValue {
    value
        .serialize(
            &serde_wasm_bindgen::Serializer::new()
                .serialize_maps_as_objects(true)
                .serialize_missing_as_null(true),
        )
        .unwrap_or(JsValue::UNDEFINED)
}
