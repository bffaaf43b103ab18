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
//!   that names the option. So do the fixes given back to `applyFixes`.
//! - A `Validator` keeps state between calls, since a form sends nearly the same table on every
//!   keystroke: the last table and its diagnostics, so that JS sends only the texts that
//!   changed since (the same table again is answered from them); a [`crate::Checker`], which
//!   parses again only the changed rows and runs again only the rules that read what changed;
//!   and the diagnostics it last returned, whose JS objects `pack.js` keeps (unchanged ones
//!   cross as references).
//! - TypeScript types are hand-written below, so the `.d.ts` has no `any`.
//!
//! The crate builds two wasm modules from this boundary: the validator's (`jixiao`:
//! `wasm/validator.rs`, what a form loads) and, with the feature `wasm-importer`, the importer's
//! (`jixiao/import`: `wasm/importer.rs`, loaded when the user pastes a table). A form that is only
//! typed into never downloads the importer (12 KB gzip of the validator's module before the split).

mod pack;

#[cfg(feature = "wasm-importer")]
mod importer;
#[cfg(not(feature = "wasm-importer"))]
mod validator;

#[cfg(feature = "wasm-importer")]
pub use importer::{import_grid, import_text};
#[cfg(not(feature = "wasm-importer"))]
pub use validator::{normalize, Validator};

use crate::profile::Profile;
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
  /**
   * Language of messages, titles and descriptions. Each validator module has one: `jixiao` is
   * zh-CN and `jixiao/en` is English; each takes only its own (the default), and names the other
   * module when asked for the other language. The importer, `jixiao/import`, takes both.
   */
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
    let options = pack::options(&options).map_err(|e| error(format!("invalid options: {e}")))?;
    Profile::from_options(options).map_err(error)
}
