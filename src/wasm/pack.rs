//! The Rust half of the packed strings that carry tables in and results out (the JS half, and
//! why, is `pack.js` beside this file). A packed string is a list of tokens, each ended by
//! NUL; inside a token NUL is written `\u{1}0` and `\u{1}` is written `\u{1}1`.

use crate::diagnostic::Diagnostic;
#[cfg(not(feature = "wasm-importer"))]
use crate::input::{InIndicator, InTable, Item, List};
use crate::input::{Kind, Loose};
use crate::profile::OptionValue;
#[cfg(not(feature = "wasm-importer"))]
use crate::profile::{Limits, Profile};
use crate::raw::{Column, RawTable};
use std::borrow::Cow;
use std::fmt::Write as _;
#[cfg(not(feature = "wasm-importer"))]
use std::rc::Rc;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/wasm/pack.js")]
extern "C" {
    /// The table's tokens, or for a validator (`kept` is its JS side) its changes since the
    /// last table; for what JS cannot read (a throwing getter or Proxy trap, a function, Symbol
    /// or BigInt beyond 64 bits), what was thrown ([`caught`]).
    #[wasm_bindgen(js_name = packTable)]
    fn pack_table(
        table: &JsValue,
        max_rows: u32,
        max_text: f64,
        max_input: f64,
        kept: &JsValue,
        held: bool,
    ) -> String;
    /// The fixes' tokens; for a non-array, and like `packTable`, what was thrown.
    #[wasm_bindgen(js_name = packFixes)]
    fn pack_fixes(diagnostics: &JsValue) -> String;
    /// The options' tokens; like `packTable`, what was thrown.
    #[wasm_bindgen(js_name = packOptions)]
    fn pack_options(options: &JsValue) -> String;
    /// `{ diagnostics, counts }`, or with a `path` the diagnostics at or inside it.
    #[wasm_bindgen(js_name = unpackValidation)]
    fn unpack_validation(packed: &str, kept: &JsValue, path: Option<String>) -> JsValue;
    #[wasm_bindgen(js_name = unpackTable)]
    fn unpack_table(packed: &str) -> JsValue;
    #[wasm_bindgen(js_name = unpackImport)]
    fn unpack_import(packed: &str) -> JsValue;
    #[wasm_bindgen(js_name = unpackRules)]
    fn unpack_rules(packed: &str) -> JsValue;
}

// ---- in ----

/// What a pack function of pack.js gave: its tokens, or (after U+0002) the message of what was
/// thrown while reading. JS catches it there: an exception thrown into wasm needs a `catch`
/// shim for every import.
fn caught(packed: String) -> Result<String, String> {
    match packed.strip_prefix('\u{2}') {
        Some(message) => Err(message.to_owned()),
        None => Ok(packed),
    }
}

#[cfg(not(feature = "wasm-importer"))]
/// A table's tokens: its first `max_rows` rows, with their texts when `limits` allow them to
/// be checked (`None`: every text, for rewriting the table). `Err` carries the message of what
/// JS threw.
pub fn tokens(table: &JsValue, max_rows: u32, limits: Option<&Limits>) -> Result<String, String> {
    let (text, input) = limits.map_or((f64::INFINITY, f64::INFINITY), |l| {
        (l.max_text_length as f64, l.max_input_length as f64)
    });
    caught(pack_table(
        table,
        max_rows,
        text,
        input,
        &JsValue::UNDEFINED,
        false,
    ))
}

#[cfg(not(feature = "wasm-importer"))]
/// A table for the validator whose JS side is `kept`, as it changed since the last one, which
/// the validator holds when `held`. `Err` carries the message of what JS threw.
pub fn checked(
    table: &JsValue,
    max_rows: u32,
    limits: &Limits,
    kept: &JsValue,
    held: bool,
) -> Result<Checked, String> {
    let (text, input) = (
        limits.max_text_length as f64,
        limits.max_input_length as f64,
    );
    let packed = caught(pack_table(table, max_rows, text, input, kept, held))?;
    let Some(changes) = packed.strip_prefix("D\0") else {
        let tokens = packed.strip_prefix("F\0").unwrap_or(&packed);
        return Ok(Checked::Table(tokens.to_owned()));
    };
    let mut t = Tokens(changes.split_terminator('\0'));
    let mut texts = Vec::new();
    while let Some(i) = t.next() {
        let i = i.parse().ok();
        let text = t.next().map(Cow::into_owned);
        texts.push(i.zip(text).ok_or("malformed changes")?);
    }
    Ok(Checked::Texts(texts))
}

#[cfg(not(feature = "wasm-importer"))]
/// A table as [`checked`] reads it.
pub enum Checked {
    /// Only texts changed: each field's index (a header field's in [`crate::raw::Field::ALL`],
    /// then 9 per row in [`Column::ALL`]'s order) and its new text.
    Texts(Vec<(usize, String)>),
    /// The table's tokens, for [`read`].
    Table(String),
}

#[cfg(not(feature = "wasm-importer"))]
/// The table in `packed` (from [`tokens`] with the same `max_rows`), with the length of its
/// `indicators` array (0 when it has none). `None` only for a string `packTable` cannot write.
pub fn read(packed: &str, max_rows: u32) -> Option<(Item<InTable>, u32)> {
    let mut t = Tokens(packed.split_terminator('\0'));
    let root = t.next()?;
    if root != "o" {
        return Some((Item::Wrong(found(&root)), 0));
    }
    let mut header = [(); 6].map(|_| Loose::default());
    for field in &mut header {
        *field = t.loose()?;
    }
    let [year, project_name, department, implementing_unit, budget, overall_goal] = header;
    let mut len = 0;
    let indicators = match &*t.next()? {
        "u" => List::Ok(Vec::new()),
        "a" => {
            len = t.next()?.parse().ok()?;
            let mut rows = Vec::new();
            for _ in 0..len.min(max_rows) {
                rows.push(t.row()?);
            }
            List::Ok(rows)
        }
        other => List::Wrong(found(other)),
    };
    let table = InTable {
        year,
        project_name,
        department,
        implementing_unit,
        budget,
        overall_goal,
        indicators,
    };
    Some((Item::Ok(table), len))
}

#[cfg(not(feature = "wasm-importer"))]
/// The fixes of diagnostics given back from JS: for each diagnostic that has one, its index and
/// the fix's `path`, `value` and `label` as fields. `Err` carries the message of what JS threw.
pub fn fixes(diagnostics: &JsValue) -> Result<Vec<(usize, [Loose; 3])>, String> {
    let packed = caught(pack_fixes(diagnostics))?;
    let mut t = Tokens(packed.split_terminator('\0'));
    let mut out = Vec::new();
    while let Some(i) = t.next() {
        let malformed = || "malformed packed fixes".to_owned();
        let i = i.parse().map_err(|_| malformed())?;
        let mut fields = [(); 3].map(|_| Loose::default());
        for f in &mut fields {
            *f = t.loose().ok_or_else(malformed)?;
        }
        out.push((i, fields));
    }
    Ok(out)
}

/// Options read from JS. `Err` carries the message of what JS threw.
pub fn options(options: &JsValue) -> Result<OptionValue, String> {
    let packed = caught(pack_options(options))?;
    Tokens(packed.split_terminator('\0'))
        .option()
        .ok_or_else(|| "malformed packed options".to_owned())
}

#[cfg(not(feature = "wasm-importer"))]
/// What a value's token (kind letter, then text) names, as
/// [`crate::input::InputIssue::found`] says it.
fn found(token: &str) -> &'static str {
    match token.as_bytes().first() {
        Some(b's') => "string",
        Some(b'n' | b'f') => "number",
        Some(b'b') => "boolean",
        Some(b'a') => "array",
        Some(b'o') => "object",
        _ => "null",
    }
}

/// The value of a field's token: its kind's letter, then its text ("f": a number's bits).
fn field(token: &str) -> Option<Loose> {
    let (kind, text) = (token.get(..1)?, token.get(1..)?);
    let with = |kind| Loose {
        text: text.to_owned(),
        kind,
    };
    Some(match kind {
        "s" => with(Kind::Str),
        "n" => with(Kind::Num),
        "f" => Loose::number(f64::from_bits(u64::from_str_radix(text, 16).ok()?)),
        "b" => with(Kind::Bool),
        "a" => with(Kind::Array),
        "o" => with(Kind::Object),
        _ => Loose::default(),
    })
}

/// The tokens of a packed string, unescaped.
struct Tokens<'a>(std::str::SplitTerminator<'a, char>);

impl<'a> Tokens<'a> {
    fn next(&mut self) -> Option<Cow<'a, str>> {
        let token = self.0.next()?;
        if !token.contains('\u{1}') {
            return Some(Cow::Borrowed(token));
        }
        let mut out = String::with_capacity(token.len());
        let mut chars = token.chars();
        while let Some(c) = chars.next() {
            out.push(match c {
                '\u{1}' if chars.next() == Some('0') => '\0',
                c => c,
            });
        }
        Some(Cow::Owned(out))
    }

    #[cfg(not(feature = "wasm-importer"))]
    /// A field: its kind's letter, then its text.
    fn loose(&mut self) -> Option<Loose> {
        field(&self.next()?)
    }

    /// An option's value: a field's token, with an array's or object's content after it.
    fn option(&mut self) -> Option<OptionValue> {
        let token = self.next()?;
        Some(match token.get(..1)? {
            "a" => {
                let n: usize = self.next()?.parse().ok()?;
                OptionValue::List((0..n).map(|_| self.option()).collect::<Option<_>>()?)
            }
            "o" => {
                let n: usize = self.next()?.parse().ok()?;
                let entries = (0..n).map(|_| Some((self.next()?.into_owned(), self.option()?)));
                OptionValue::Object(entries.collect::<Option<_>>()?)
            }
            _ => {
                let Loose { text, kind } = field(&token)?;
                match kind {
                    Kind::Str => OptionValue::Text(text),
                    Kind::Num => OptionValue::Number(text),
                    Kind::NotFinite => OptionValue::Number("NaN".into()),
                    Kind::Bool => OptionValue::Bool(text == "true"),
                    Kind::Null | Kind::Array | Kind::Object => OptionValue::Null,
                }
            }
        })
    }

    #[cfg(not(feature = "wasm-importer"))]
    /// A row: its kind, and for an object its 9 cells.
    fn row(&mut self) -> Option<Item<InIndicator>> {
        let kind = self.next()?;
        if kind != "o" {
            return Some(Item::Wrong(found(&kind)));
        }
        let mut cells = [(); 9].map(|_| Loose::default());
        for cell in &mut cells {
            *cell = self.loose()?;
        }
        let [level1, level2, name, operator, value, unit, deadline, weight, direction] = cells;
        Some(Item::Ok(InIndicator {
            level1,
            level2,
            name,
            operator,
            value,
            unit,
            deadline,
            weight,
            direction,
        }))
    }
}

// ---- out ----

/// Writes tokens.
#[derive(Default)]
struct Packer(String);

impl Packer {
    fn text(&mut self, text: &str) {
        // Bytes 0 and 1 are these characters only (UTF-8); searching bytes is much faster.
        if text.bytes().any(|b| b <= 1) {
            for c in text.chars() {
                match c {
                    '\0' => self.0.push_str("\u{1}0"),
                    '\u{1}' => self.0.push_str("\u{1}1"),
                    c => self.0.push(c),
                }
            }
        } else {
            self.0.push_str(text);
        }
        self.0.push('\0');
    }

    #[cfg(not(feature = "wasm-importer"))]
    /// A count or an index, without the formatting machinery (a result has one per
    /// diagnostic).
    fn count(&mut self, n: usize) {
        self.digits(n);
        self.0.push('\0');
    }

    #[cfg(not(feature = "wasm-importer"))]
    fn digits(&mut self, n: usize) {
        crate::text::push_int(&mut self.0, i64::try_from(n).unwrap_or(i64::MAX));
    }

    #[cfg(not(feature = "wasm-importer"))]
    /// References to the `n` diagnostics sent from index `k` on: `=k`, or `=k:n` for more
    /// than one.
    fn refs(&mut self, (k, n): (usize, usize)) {
        if n > 0 {
            self.0.push('=');
            self.digits(k);
            if n > 1 {
                self.0.push(':');
                self.digits(n);
            }
            self.0.push('\0');
        }
    }

    /// Numbers, paths: what never holds NUL.
    fn plain(&mut self, value: impl std::fmt::Display) {
        let _ = write!(self.0, "{value}\0");
    }

    fn diagnostic(&mut self, d: &Diagnostic) {
        self.text(&d.rule);
        self.text(d.severity.as_str());
        self.plain(d.path);
        self.text(&d.message);
        match &d.fix {
            None => self.text(""),
            Some(fix) => {
                self.text(if fix.value.is_some() {
                    "text"
                } else {
                    "remove"
                });
                self.plain(fix.path);
                self.text(fix.value.as_deref().unwrap_or(""));
                self.text(&fix.label);
            }
        }
    }

    #[cfg(not(feature = "wasm-importer"))]
    /// `list`, each diagnostic equal to the `k`-th of `sent` written as a reference to it
    /// ([`Packer::refs`]; a run of them as one).
    fn diagnostics(&mut self, list: &[Rc<Diagnostic>], sent: &[Rc<Diagnostic>]) {
        self.count(list.len());
        // Both lists are in form order (by path, then rule): one walk finds the equal ones.
        let mut j = 0;
        // The references not yet written: from, how many.
        let mut run = (0, 0);
        for d in list {
            // Most are the very diagnostic sent next, kept by the Checker since.
            let k = if sent.get(j).is_some_and(|s| Rc::ptr_eq(s, d)) {
                j += 1;
                Some(j - 1)
            } else {
                let key = d.path.sort_key();
                while sent.get(j).is_some_and(|s| s.path.sort_key() < key) {
                    j += 1;
                }
                let mut same_path = sent
                    .get(j..)
                    .unwrap_or_default()
                    .iter()
                    .take_while(|s| s.path.sort_key() == key);
                same_path
                    .position(|s| Rc::ptr_eq(s, d) || s == d)
                    .map(|k| j + k)
            };
            match k {
                Some(k) if run.1 > 0 && k == run.0 + run.1 => run.1 += 1,
                Some(k) => self.refs(std::mem::replace(&mut run, (k, 1))),
                None => {
                    self.refs(std::mem::take(&mut run));
                    self.diagnostic(d);
                }
            }
        }
        self.refs(run);
    }

    fn tables(&mut self, tables: &[RawTable]) {
        self.plain(tables.len());
        for t in tables {
            match t.year {
                Some(year) => self.plain(year),
                None => self.text(""),
            }
            for text in [
                &t.project_name,
                &t.department,
                &t.implementing_unit,
                &t.budget,
                &t.overall_goal,
            ] {
                self.text(text);
            }
            self.plain(t.indicators.len());
            for row in &t.indicators {
                for column in Column::ALL {
                    self.text(row.cell(column));
                }
            }
        }
    }
}

#[cfg(not(feature = "wasm-importer"))]
/// `{ diagnostics, counts }` of `list`, or with a `path` (`validateField`) the diagnostics at or
/// inside it. Those equal to one of `sent`, the last result, whose objects JS keeps in `kept`,
/// cross as references to them: their text is neither written nor decoded again. JS then keeps
/// the objects of `list`, which becomes the `sent` of the next call.
pub fn validation(
    list: &[Rc<Diagnostic>],
    sent: &[Rc<Diagnostic>],
    kept: &JsValue,
    path: Option<String>,
) -> JsValue {
    let mut p = Packer::default();
    p.diagnostics(list, sent);
    unpack_validation(&p.0, kept, path)
}

#[cfg(not(feature = "wasm-importer"))]
/// One `RawTable`.
pub fn table(table: &RawTable) -> JsValue {
    let mut p = Packer::default();
    p.tables(std::slice::from_ref(table));
    unpack_table(&p.0)
}

#[cfg(feature = "wasm-importer")]
/// `{ tables, diagnostics }`; each diagnostic with the index of its table.
pub fn import(result: &crate::import::Import) -> JsValue {
    let mut p = Packer::default();
    p.tables(&result.tables);
    p.plain(result.diagnostics.len());
    for d in &result.diagnostics {
        p.plain(d.table);
        p.diagnostic(&d.diagnostic);
    }
    unpack_import(&p.0)
}

#[cfg(not(feature = "wasm-importer"))]
/// `RuleMeta[]` under `profile`: id, level, configured level, title and description.
pub fn rules(profile: &Profile) -> JsValue {
    let zh = profile.zh();
    let mut p = Packer::default();
    p.plain(crate::rules::ALL.len());
    for r in crate::rules::ALL {
        p.text(r.id);
        p.text(r.level.as_str());
        p.text(profile.level(r).as_str());
        p.text(r.title.get(zh));
        p.text(r.description.get(zh));
    }
    unpack_rules(&p.0)
}
