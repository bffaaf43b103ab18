//! The validator's module (`jixiao`): [`Form`], the live document a form edits, and the
//! stateless calls for servers and batches (`validate`, `validateField`, `applyFixes`,
//! `normalize`, `rules`).

use super::{error, is_array, profile_from, read, to_js};
use crate::diagnostic::{Counts, Diagnostic, Path};
use crate::form::{Change, FormError};
use crate::input::{InputIssue, Kind, Loose};
use crate::profile::Profile;
use crate::raw::RawTable;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Reads a table leniently. At most `max_rows` rows are read (one more than a limit is enough
/// to report it); what cannot be read at all is not a table (`invalid-input` at the root).
fn read_table(value: &JsValue, max_rows: u32) -> (RawTable, Vec<InputIssue>) {
    read(value, max_rows)
        .map(|v| crate::input::table(&v))
        .unwrap_or_else(|_| unreadable())
}

/// What a value that JS cannot even hand over is read as: not a table at all.
fn unreadable() -> (RawTable, Vec<InputIssue>) {
    (
        RawTable::default(),
        vec![InputIssue {
            path: crate::diagnostic::Path::Root,
            found: "a value that cannot be read (a function, Symbol or throwing getter)",
        }],
    )
}

impl From<FormError> for JsValue {
    fn from(e: FormError) -> JsValue {
        let path = match &e {
            FormError::NoSuchPath(p) => Some(p.clone()),
            FormError::NoSuchRow { index, .. } => Some(format!("indicators.{index}")),
            FormError::NoSuchFix(_) => None,
        };
        error(e.code(), &e, path.as_deref().map(|p| ("path", p)))
    }
}

/// Most rows of a table that `applyFixes` and `normalize` rewrite: a table rewritten from part
/// of its input would lose what the user typed, so beyond this they throw.
const MAX_REWRITE_ROWS: u32 = 100_000;

/// A path as written, or the error that says it names nothing.
fn path_of(path: &str) -> Result<Path, JsValue> {
    Path::parse(path).ok_or_else(|| FormError::NoSuchPath(path.to_string()).into())
}

/// Reads a table whole, to rewrite it.
fn read_whole_table(table: &JsValue) -> Result<(RawTable, Vec<InputIssue>), JsValue> {
    let read = read_table(table, MAX_REWRITE_ROWS + 1);
    if read
        .1
        .iter()
        .any(|i| i.path == Path::Root && i.found.starts_with("a value"))
    {
        return Err(error("unreadable", "cannot read the table: a value that cannot be read (a function, Symbol or throwing getter)", None));
    }
    if read.0.indicators.len() > MAX_REWRITE_ROWS as usize {
        return Err(error(
            "unreadable",
            format_args!("cannot read the table: more than {MAX_REWRITE_ROWS} rows"),
            None,
        ));
    }
    Ok(read)
}

/// One row past the profile's limit, so that it is reported.
fn rows_to_read(profile: &Profile) -> u32 {
    u32::try_from(profile.limits.max_rows)
        .unwrap_or(u32::MAX)
        .saturating_add(1)
}

/// A table being filled in: load it once, then send each edit; each call answers with the
/// findings it added and the ids of those it removed.
#[wasm_bindgen]
pub struct Form {
    form: crate::Form,
}

#[wasm_bindgen]
impl Form {
    /// An empty form under `options`. Throws an `Error` naming the option when an option is
    /// unknown or out of range.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
    ) -> Result<Form, JsValue> {
        Ok(Form {
            form: crate::Form::new(profile_from(&options)?),
        })
    }

    /// Replaces the whole table. Never throws for bad input: what is not a table is reported
    /// as `invalid-input` findings.
    #[wasm_bindgen(unchecked_return_type = "Change")]
    pub fn load(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "TableInput")] table: JsValue,
    ) -> JsValue {
        let max = rows_to_read(self.form.profile());
        let (raw, issues) = read_table(&table, max);
        change(self.form.load(raw, issues))
    }

    /// Sets one field or cell (`"indicators.3.value"`) to what was typed. A number where text
    /// is expected is kept, as an `invalid-input` finding. Throws when the path names nothing.
    #[wasm_bindgen(unchecked_return_type = "Change")]
    pub fn set(
        &mut self,
        path: &str,
        #[wasm_bindgen(unchecked_param_type = "string | number | null")] value: JsValue,
    ) -> Result<JsValue, JsValue> {
        let path = path_of(path)?;
        Ok(change(self.form.set_loose(path, loose(&value))?))
    }

    /// Inserts a row (empty when not given) before row `index`; `index` = the number of rows
    /// appends it.
    #[wasm_bindgen(js_name = insertRow, unchecked_return_type = "Change")]
    pub fn insert_row(
        &mut self,
        index: usize,
        #[wasm_bindgen(unchecked_optional_param_type = "IndicatorInput")] row: JsValue,
    ) -> Result<JsValue, JsValue> {
        let (row, issues) = match row.is_undefined() {
            true => Default::default(),
            false => read(&row, 1)
                .map(|v| crate::input::row_of(&v, index))
                .unwrap_or_else(|_| {
                    (
                        Default::default(),
                        vec![InputIssue {
                            path: Path::Row(index),
                            found: "a value that cannot be read",
                        }],
                    )
                }),
        };
        Ok(change(self.form.insert_read(index, row, issues)?))
    }

    /// Removes row `index`.
    #[wasm_bindgen(js_name = removeRow, unchecked_return_type = "Change")]
    pub fn remove_row(&mut self, index: usize) -> Result<JsValue, JsValue> {
        Ok(change(self.form.remove_row(index)?))
    }

    /// Moves row `from` so that it ends up at index `to`.
    #[wasm_bindgen(js_name = moveRow, unchecked_return_type = "Change")]
    pub fn move_row(&mut self, from: usize, to: usize) -> Result<JsValue, JsValue> {
        Ok(change(self.form.move_row(from, to)?))
    }

    /// Applies the fix of the current finding `id`.
    #[wasm_bindgen(js_name = applyFix, unchecked_return_type = "Change")]
    pub fn apply_fix(&mut self, id: &str) -> Result<JsValue, JsValue> {
        Ok(change(self.form.apply_fix(id)?))
    }

    /// The current findings, in form order: all, or those at `path` or inside it
    /// (`"indicators.3"` gives the row and its cells).
    #[wasm_bindgen(unchecked_return_type = "Diagnostic[]")]
    pub fn diagnostics(&self, path: Option<String>) -> Result<JsValue, JsValue> {
        let path = path.as_deref().map(path_of).transpose()?;
        Ok(to_js(&self.form.diagnostics(path)))
    }

    /// Counts of the current findings by severity.
    #[wasm_bindgen(unchecked_return_type = "Counts")]
    pub fn counts(&self) -> JsValue {
        to_js(&self.form.counts())
    }

    /// The table as typed.
    #[wasm_bindgen(unchecked_return_type = "RawTable")]
    pub fn table(&self) -> JsValue {
        to_js(self.form.table())
    }
}

fn change(c: Change) -> JsValue {
    to_js(&c)
}

/// A JS value as typed into one cell, read without running page code that could throw while
/// the Form is borrowed (only `typeof` checks, and `is_array`, which cannot throw).
fn loose(v: &JsValue) -> Loose {
    if let Some(s) = v.as_string() {
        Loose::text(s)
    } else if let Some(n) = v.as_f64() {
        Loose::number(n)
    } else if v.is_null() || v.is_undefined() {
        Loose::default()
    } else if let Some(b) = v.as_bool() {
        Loose {
            text: b.to_string(),
            kind: Kind::Bool,
        }
    } else {
        Loose {
            text: String::new(),
            kind: if is_array(v) {
                Kind::Array
            } else {
                Kind::Object
            },
        }
    }
}

/// What `validate` returns.
#[derive(Serialize)]
struct ValidationResult<'a> {
    diagnostics: &'a [Diagnostic],
    counts: Counts,
}

/// Checks a whole table. Never throws for bad input: what is not a table is reported as
/// `invalid-input` diagnostics. Throws an `Error` naming the option when an option is wrong.
#[wasm_bindgen(unchecked_return_type = "ValidationResult")]
pub fn validate(
    #[wasm_bindgen(unchecked_param_type = "TableInput")] table: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let profile = profile_from(&options)?;
    let (raw, issues) = read_table(&table, rows_to_read(&profile));
    let diagnostics = crate::validate_input(&raw, issues, &profile);
    Ok(to_js(&ValidationResult {
        counts: Counts::of(&diagnostics),
        diagnostics: &diagnostics,
    }))
}

/// The diagnostics at `path` or inside it (`"indicators.3"` gives the row and its cells).
/// Throws when `path` names no field of a table.
#[wasm_bindgen(js_name = validateField, unchecked_return_type = "Diagnostic[]")]
pub fn validate_field(
    #[wasm_bindgen(unchecked_param_type = "TableInput")] table: JsValue,
    path: &str,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let path = path_of(path)?;
    let profile = profile_from(&options)?;
    let (raw, issues) = read_table(&table, rows_to_read(&profile));
    let mut d = crate::validate_input(&raw, issues, &profile);
    d.retain(|d| d.path.is_within(&path));
    Ok(to_js(&d))
}

/// A new table with the fixes of `diagnostics` applied (by default, those of
/// `validate(table, options)`). The input is never modified. Throws when the table cannot be
/// read whole (a throwing getter, a Symbol, more than 100 000 rows).
#[wasm_bindgen(js_name = applyFixes, unchecked_return_type = "RawTable")]
pub fn apply_fixes(
    #[wasm_bindgen(unchecked_param_type = "TableInput")] table: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Diagnostic[]")] diagnostics: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let profile = profile_from(&options)?;
    let (raw, issues) = read_whole_table(&table)?;
    let fixes = if diagnostics.is_null_or_undefined() {
        crate::validate_input(&raw, issues, &profile)
    } else {
        fixes_of(&diagnostics)?
    };
    Ok(to_js(&crate::apply_fixes(&raw, &fixes)))
}

/// The table in canonical form (operators ≥ ＞ ＝ ＜ ≤ 定性, combined value cells split, level
/// names, units, deadlines and amounts in their stored spelling). Idempotent.
#[wasm_bindgen(unchecked_return_type = "RawTable")]
pub fn normalize(
    #[wasm_bindgen(unchecked_param_type = "TableInput")] table: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let profile = profile_from(&options)?;
    let raw = read_whole_table(&table)?.0;
    Ok(to_js(&crate::normalize(&raw, &profile)))
}

/// Every rule with its level, title and description in the options' locale.
#[wasm_bindgen(unchecked_return_type = "RuleMeta[]")]
pub fn rules(
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsValue> {
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct RuleMeta {
        id: crate::rules::RuleId,
        level: crate::diagnostic::Level,
        configured_level: crate::diagnostic::Level,
        title: &'static str,
        description: &'static str,
    }
    let profile = profile_from(&options)?;
    let zh = profile.zh();
    let list: Vec<RuleMeta> = crate::rules::ALL
        .iter()
        .map(|r| RuleMeta {
            id: r.id,
            level: r.level,
            configured_level: profile.level(r),
            title: r.title.get(zh),
            description: r.description.get(zh),
        })
        .collect();
    Ok(to_js(&list))
}

/// The fixes carried by diagnostics passed back from JS. Only `fix` is read; diagnostics
/// without one are skipped.
fn fixes_of(given: &JsValue) -> Result<Vec<Diagnostic>, JsValue> {
    use crate::input::Value;
    let unreadable = || error("unreadable", "the diagnostics cannot be read", None);
    let given = read(given, MAX_REWRITE_ROWS).map_err(|_| unreadable())?;
    let Value::List(given) = given else {
        return Err(error(
            "unreadable",
            "the diagnostics must be an array",
            None,
        ));
    };
    let mut out = Vec::new();
    for (i, d) in given.iter().enumerate() {
        let Some(fix) = d.get("fix").filter(|f| **f != Value::Null) else {
            continue;
        };
        let bad = |what: &str| {
            let path = format!("diagnostics.{i}.fix.{what}");
            error(
                "unreadable",
                format_args!("{path} cannot be read"),
                Some(("path", &path)),
            )
        };
        let path_of = |v: Option<&Value>| match v {
            Some(Value::Text(p)) => Path::parse(p),
            _ => None,
        };
        let path = path_of(fix.get("path")).ok_or_else(|| bad("path"))?;
        let value = match fix.get("value") {
            Some(Value::Text(t)) => Some(t.clone()),
            None | Some(Value::Null) => None,
            Some(_) => return Err(bad("value")),
        };
        let also = match fix.get("also") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::List(l)) => l
                .iter()
                .map(|e| match (path_of(e.get("path")), e.get("value")) {
                    (Some(path), Some(Value::Text(value))) => Some(crate::diagnostic::Edit {
                        path,
                        value: value.clone(),
                    }),
                    _ => None,
                })
                .collect::<Option<Vec<_>>>()
                .ok_or_else(|| bad("also"))?,
            Some(_) => return Err(bad("also")),
        };
        let label = match fix.get("label") {
            Some(Value::Text(t)) => t.clone(),
            _ => String::new(),
        };
        out.push(Diagnostic {
            id: String::new(),
            rule: crate::rules::RuleId::import_repaired,
            severity: crate::Severity::Info,
            path,
            message: String::new(),
            fix: Some(crate::diagnostic::Fix {
                path,
                value,
                label,
                also,
            }),
        });
    }
    Ok(out)
}

#[cfg(feature = "lifecycle")]
#[wasm_bindgen(typescript_custom_section)]
const LIFECYCLE_TS_TYPES: &str = r#"
/** A monitoring light, as `computed` names it (蓝灯 · 绿灯 · 黄灯 · 红灯). */
export type LightName = "blue" | "green" | "yellow" | "red";
"#;

/// What a later form computes from its own cells (`jixiao/lifecycle` only): the execution
/// rate, its light (monitoring) and score (self-evaluation), each row's completion, expected
/// score and light, the total and its grade, the month and time progress — the values the
/// rules test the typed ones against, for a page to show beside them. Decimals are strings;
/// `null` where nothing can be computed. Never throws for bad input; throws for a wrong option.
#[cfg(feature = "lifecycle")]
#[wasm_bindgen(unchecked_return_type = "Computed")]
pub fn computed(
    #[wasm_bindgen(unchecked_param_type = "TableInput")] table: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let profile = profile_from(&options)?;
    let (raw, issues) = read_table(&table, rows_to_read(&profile));
    let table = crate::table::Table::parse(&raw, issues, &profile);
    Ok(computed_js(&crate::lifecycle::computed(
        &table,
        &profile.lifecycle,
    )))
}

/// [`crate::lifecycle::Computed`] as the plain object its serde derive describes (the same
/// keys, decimals as strings, `None` as null), built field by field: through serde, the three
/// structs' serializers cost the module 2.8 KB gzip, over its ceiling.
#[cfg(feature = "lifecycle")]
fn computed_js(c: &crate::lifecycle::Computed) -> JsValue {
    use rust_decimal::Decimal;
    fn object(fields: &[(&str, JsValue)]) -> JsValue {
        let o = js_sys::Object::new();
        for (k, v) in fields {
            let _ = js_sys::Reflect::set(&o, &JsValue::from_str(k), v);
        }
        o.into()
    }
    let dec = |d: Option<Decimal>| d.map_or(JsValue::NULL, |d| JsValue::from(d.to_string()));
    let text = |t: Option<&str>| t.map_or(JsValue::NULL, JsValue::from_str);
    let execution = c.execution.as_ref().map_or(JsValue::NULL, |e| {
        object(&[
            ("rate", dec(e.rate)),
            ("light", text(e.light)),
            ("score", dec(e.score)),
        ])
    });
    let rows: js_sys::Array = c
        .indicators
        .iter()
        .map(|r| {
            object(&[
                ("completion", dec(r.completion)),
                ("score", dec(r.score)),
                ("light", text(r.light)),
            ])
        })
        .collect();
    object(&[
        ("stage", JsValue::from_str(c.stage.key())),
        ("month", c.month.map_or(JsValue::NULL, JsValue::from)),
        ("timeProgress", dec(c.time_progress)),
        ("execution", execution),
        ("indicators", rows.into()),
        ("totalScore", dec(c.total_score)),
        ("grade", text(c.grade)),
    ])
}
