//! The validator's module (`jixiao`): [`Validator`] and [`normalize`], everything a form needs
//! while the user types.

use super::{error, pack, profile_from};
use crate::diagnostic::{Diagnostic, Fix, Path};
use crate::input::{InputIssue, Kind, Loose};
use crate::profile::Profile;
use crate::raw::{Column, Field, RawTable};
use crate::Checker;
use std::cell::{Ref, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;

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
        .map_err(|e| error(format!("cannot read the table: {e}")))?;
    let (root, rows) =
        pack::read(&packed, MAX_REWRITE_ROWS).ok_or_else(|| error("cannot read the table"))?;
    if rows > MAX_REWRITE_ROWS {
        return Err(error(format!(
            "cannot read the table: {rows} rows, more than {MAX_REWRITE_ROWS}"
        )));
    }
    Ok(crate::input::finish(root))
}

/// Reviews 绩效目标表 under one set of options (a profile). Create it once and reuse it.
#[wasm_bindgen]
pub struct Validator {
    /// Checks under the options' profile, parsing again only the rows and header texts that
    /// changed since the last table: while the user types, one cell.
    checker: RefCell<Checker>,
    /// The last table checked, whose diagnostics are `sent`. Forms check the same table many
    /// times: an Element Plus form's `validate()` runs every field's rule, each a
    /// `validateField` of the whole table, and blur and submit check a table that has not
    /// changed. While it is held, JS sends only the texts that changed since (`packTable` in
    /// pack.js).
    last: RefCell<Option<Held>>,
    /// The diagnostics of the last table checked, and the JS object that keeps their JS objects
    /// (`kept.list`) and the last table as JS read it (`kept.last`): a diagnostic that is still
    /// there crosses as a reference to it, so its text is not written and decoded again.
    sent: RefCell<Found>,
    kept: JsValue,
}

/// The last table checked, as read, with what reading it found.
struct Held {
    table: RawTable,
    issues: Vec<InputIssue>,
}

/// A table's diagnostics, shared with the [`Checker`] that keeps them.
type Found = Rc<Vec<Rc<Diagnostic>>>;

impl Validator {
    fn profile(&self) -> Ref<'_, Profile> {
        Ref::map(self.checker.borrow(), Checker::profile)
    }

    /// `validate`'s result, or `validateField`'s at `path` (written as [`Path`] writes it).
    fn result(&self, table: JsValue, path: Option<String>) -> JsValue {
        let sent = Rc::clone(&self.sent.borrow());
        let diagnostics = self.check(table, &sent);
        let result = pack::validation(&diagnostics, &sent, &self.kept, path);
        *self.sent.borrow_mut() = diagnostics;
        result
    }

    /// Every diagnostic of `table`: `sent`, the last table's, when it has not changed.
    fn check(&self, table: JsValue, sent: &Found) -> Found {
        // One row past the limit, so that it is reported.
        let limits = self.profile().limits.clone();
        let max_rows = u32::try_from(limits.max_rows)
            .unwrap_or(u32::MAX)
            .saturating_add(1);
        let held = self.last.borrow().is_some();
        let input = pack::checked(&table, max_rows, &limits, &self.kept, held);
        let mut last = self.last.borrow_mut();
        let (table, issues, hold) = match (input, last.take()) {
            (Ok(pack::Checked::Texts(texts)), Some(mut held)) => {
                if texts.is_empty() {
                    *last = Some(held);
                    return Rc::clone(sent);
                }
                for (i, text) in texts {
                    let t = &mut held.table;
                    let n = Column::ALL.len();
                    let cell = match i.checked_sub(Field::ALL.len()) {
                        None => Field::ALL.get(i).and_then(|f| t.text_mut(*f)),
                        Some(c) => t
                            .indicators
                            .get_mut(c / n)
                            .map(|row| row.cell_mut(Column::ALL[c % n])),
                    };
                    // JS sends only the texts of fields it read.
                    if let Some(cell) = cell {
                        *cell = text;
                    }
                }
                (held.table, held.issues, true)
            }
            (Ok(pack::Checked::Table(packed)), _) => {
                let read =
                    pack::read(&packed, max_rows).map(|(root, _)| crate::input::finish(root));
                let hold = read.is_some();
                let (t, issues) = read.unwrap_or_else(unreadable);
                (t, issues, hold)
            }
            // What JS cannot hand over, or changes to a table not held (never sent).
            _ => {
                let (t, issues) = unreadable();
                (t, issues, false)
            }
        };
        let diagnostics = Rc::new(
            self.checker
                .borrow_mut()
                .validate_input(&table, issues.clone()),
        );
        *last = hold.then_some(Held { table, issues });
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
            checker: RefCell::new(Checker::new(profile_from(options)?)),
            last: RefCell::default(),
            sent: RefCell::default(),
            kept: js_sys::Object::new().into(),
        })
    }

    /// Checks a whole table. Never throws for bad input: what is not a table is reported as
    /// `invalid-input` diagnostics.
    #[wasm_bindgen(unchecked_return_type = "ValidationResult")]
    pub fn validate(
        &self,
        #[wasm_bindgen(unchecked_param_type = "TableInput | null | undefined")] table: JsValue,
    ) -> JsValue {
        self.result(table, None)
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
        Ok(self.result(table, Some(path.to_string())))
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
        // Through the validator's checker, like `validate`: one way of checking in the module.
        let diagnostics = if diagnostics.is_null_or_undefined() {
            self.checker.borrow_mut().validate_input(&raw, issues)
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
        Ok(pack::table(&crate::normalize(&raw, &self.profile())))
    }

    /// Every rule with its level, title and description in the validator's locale.
    #[wasm_bindgen(unchecked_return_type = "RuleMeta[]")]
    pub fn rules(&self) -> JsValue {
        pack::rules(&self.profile())
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

/// The fixes carried by diagnostics passed back from JS, as diagnostics for
/// [`crate::apply_fixes`]. Only `fix` is read; diagnostics without one are skipped.
fn fixes_of(diagnostics: &JsValue) -> Result<Vec<Rc<Diagnostic>>, JsValue> {
    let fixes = pack::fixes(diagnostics).map_err(error)?;
    let mut out = Vec::with_capacity(fixes.len());
    for (i, [path, value, label]) in fixes {
        let bad = |what: &str| error(format!("diagnostics[{i}].fix.{what}"));
        let text = |f: Loose| (f.kind == Kind::Str).then_some(f.text);
        let path = text(path)
            .and_then(|p| Path::parse(&p))
            .ok_or_else(|| bad("path is not a table path"))?;
        let value = match value.kind {
            Kind::Null => None,
            _ => Some(text(value).ok_or_else(|| bad("value is not text or null"))?),
        };
        out.push(Rc::new(Diagnostic {
            rule: String::new(),
            severity: crate::Severity::Info,
            path,
            message: String::new(),
            fix: Some(Fix {
                path,
                value,
                label: text(label).unwrap_or_default(),
            }),
        }));
    }
    Ok(out)
}
