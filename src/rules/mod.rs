//! The rule registry: every review rule, one file each, with a stable kebab-case id.
//!
//! A rule is a [`Rule`] constant — id, default level, title and description in zh-CN and en —
//! and a `check` function that reads the typed [`Table`] and reports through a [`Context`].
//! Rules never parse strings: the model ([`crate::table`], [`crate::indicator`]) has done that.
//! Each says what it reads ([`Reads`]): a rule that looks at one row at a time checks the rows
//! of [`Context::rows`], so that while the user types only the edited row is checked again.
//! Ids never change; new rules are appended to [`ALL`], whose order breaks ties in the output.

use crate::diagnostic::{Diagnostic, Level, Path, Severity};
use crate::indicator::Indicator;
use crate::profile::Profile;
use crate::raw::Column;
use crate::table::Table;
use std::rc::Rc;

/// A text in both locales.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tr {
    pub zh: &'static str,
    pub en: &'static str,
}

impl Tr {
    pub fn get(&self, zh: bool) -> &'static str {
        if zh {
            self.zh
        } else {
            self.en
        }
    }

    /// The text with the locale a one-locale build has no use for left empty
    /// ([`crate::profile::BUILD_LOCALE`]), so that it is not in the binary.
    pub const fn in_build(self) -> Tr {
        match crate::profile::BUILD_LOCALE {
            Some(crate::profile::Locale::Zh) => Tr { en: "", ..self },
            Some(crate::profile::Locale::En) => Tr { zh: "", ..self },
            None => self,
        }
    }
}

/// One review rule.
#[derive(Clone, Copy, Debug)]
pub struct Rule {
    /// Stable kebab-case id, used in profiles and in every diagnostic.
    pub id: &'static str,
    /// The level it runs at unless the profile says otherwise.
    pub level: Level,
    /// One line: what it finds.
    pub title: Tr,
    /// Why it matters, in a sentence or two.
    pub description: Tr,
    /// What its findings depend on: a [`crate::Checker`] runs it again only when that changed.
    pub reads: Reads,
    pub check: fn(&Table, &mut Context),
}

/// What a rule's findings depend on, besides the profile and what reading the input found
/// (`Table::issues`, the number of rows): when those change, every rule runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reads {
    /// The header and these parts of each row alone: what it reports on a row, at the row
    /// or its cells, depends on that row only. It checks the rows of [`Context::rows`]: the
    /// rows whose parts it reads changed, or all of them when the header did. (Its messages
    /// name rows, so its parts include [`Parts::NAMES`].)
    Row(Parts),
    /// These parts of the table, in every row.
    Table(Parts),
}

/// Parts of a table, as bits: the header, and groups of columns that are read together.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Parts(u8);

impl Parts {
    /// Nothing but what reading the input found (`Table::issues`): a table with issues, or
    /// after one, is checked whole anyway.
    pub const NONE: Parts = Parts(0);
    /// The year and the header fields (表头).
    pub const HEADER: Parts = Parts(1);
    /// 一级指标 and 二级指标.
    pub const LEVELS: Parts = Parts(2);
    /// 三级指标, which every row label in a message also shows.
    pub const NAMES: Parts = Parts(4);
    /// Operator, value and unit: one typed target (`≥95%` in the value cell fills all three).
    pub const TARGETS: Parts = Parts(8);
    pub const DEADLINES: Parts = Parts(16);
    /// Weight and direction.
    pub const WEIGHTS: Parts = Parts(32);
    /// Which rows are empty ([`Indicator::is_empty`]), which depends on every cell but
    /// changes only when a row is cleared or first typed into.
    pub const FILLED: Parts = Parts(64);
    pub const ALL: Parts = Parts(127);

    pub const fn or(self, other: Parts) -> Parts {
        Parts(self.0 | other.0)
    }

    pub fn intersects(self, other: Parts) -> bool {
        self.0 & other.0 != 0
    }

    /// The group of a row's cell.
    pub fn of(column: Column) -> Parts {
        match column {
            Column::Level1 | Column::Level2 => Parts::LEVELS,
            Column::Name => Parts::NAMES,
            Column::Operator | Column::Value | Column::Unit => Parts::TARGETS,
            Column::Deadline => Parts::DEADLINES,
            Column::Weight | Column::Direction => Parts::WEIGHTS,
        }
    }
}

/// What a rule reports through: the table, the profile, and the output.
pub struct Context<'a> {
    pub profile: &'a Profile,
    pub table: &'a Table<'a>,
    rule: &'static str,
    severity: Severity,
    /// Which rows [`Context::rows`] gives: those whose changed parts (`None`: all rows) meet
    /// the parts the rule reads.
    only: Option<(&'a [Parts], Parts)>,
    out: Vec<Diagnostic>,
}

impl<'a> Context<'a> {
    pub fn new(table: &'a Table, profile: &'a Profile) -> Context<'a> {
        Context {
            profile,
            table,
            rule: "",
            severity: Severity::Error,
            only: None,
            out: Vec::new(),
        }
    }

    /// The rows a [`Reads::Row`] rule checks: every row, or only those whose parts it reads
    /// changed since a [`crate::Checker`]'s last table.
    pub fn rows(&self) -> impl Iterator<Item = &'a Indicator<'a>> + 'a {
        let only = self.only;
        self.table
            .indicators
            .iter()
            .filter(move |r| only.is_none_or(|(rows, p)| changed(rows, r.index, p)))
    }

    /// True when messages are to be Chinese.
    pub fn zh(&self) -> bool {
        self.profile.zh()
    }

    /// How reviewers name row `i`: `第3行（维修合格率）` / `row 3 (维修合格率)`. Written only
    /// when a message uses it, so rules may take it before deciding to report.
    pub fn row(&self, i: usize) -> RowLabel<'a> {
        RowLabel {
            table: self.table,
            i,
            zh: self.zh(),
        }
    }

    /// Reports a finding of the current rule at `path`; attach a fix on the result.
    pub fn report(&mut self, path: Path, message: String) -> &mut Diagnostic {
        self.out.push(Diagnostic {
            rule: self.rule.to_string(),
            severity: self.severity,
            path,
            message,
            fix: None,
        });
        self.out.last_mut().expect("just pushed")
    }

    /// Runs one rule at `severity`.
    fn run(&mut self, rule: &Rule, severity: Severity) {
        self.rule = rule.id;
        self.severity = severity;
        (rule.check)(self.table, self);
    }
}

/// A row's name in messages ([`Context::row`]).
#[derive(Clone, Copy)]
pub struct RowLabel<'a> {
    table: &'a Table<'a>,
    i: usize,
    zh: bool,
}

impl std::fmt::Display for RowLabel<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let n = self.i + 1;
        let name = self
            .table
            .indicators
            .get(self.i)
            .map_or("", |r| r.name.as_str());
        // Piece by piece: a nested `write!` costs a second pass of the formatting machinery
        // for every message. Messages take `{row}` with no width or flags.
        let (before, after, open, close) = if self.zh {
            ("第", "行", "（", "）")
        } else {
            ("row ", "", " (", ")")
        };
        f.write_str(before)?;
        std::fmt::Display::fmt(&n, f)?;
        f.write_str(after)?;
        if !name.is_empty() {
            f.write_str(open)?;
            f.write_str(name)?;
            f.write_str(close)?;
        }
        Ok(())
    }
}

/// Names quoted and joined as messages list them — `“产出指标”、“效益指标”` — from an iterator
/// of names, written only into the message that shows them.
pub struct Quoted<I>(pub I);

impl<'n, I: Iterator<Item = &'n str> + Clone> std::fmt::Display for Quoted<I> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, name) in self.0.clone().enumerate() {
            if i > 0 {
                f.write_str("、")?;
            }
            f.write_str("“")?;
            f.write_str(name)?;
            f.write_str("”")?;
        }
        Ok(())
    }
}

/// Picks the message for the context's locale; both arms are `format!` strings.
#[macro_export]
macro_rules! tr {
    ($cx:expr, $zh:literal, $en:literal $(,)?) => {
        if $cx.zh() {
            $crate::rules::format_sized(format_args!($zh))
        } else {
            $crate::rules::format_sized(format_args!($en))
        }
    };
}

/// `format!` into a string that most messages fit (they run 60 to 300 bytes): `format!` guesses
/// nothing for a template that starts with an argument (`{row}…`, as most messages do), and so
/// grew every message two or three times. One size for all: a length per call site cost wasm.
#[doc(hidden)]
pub fn format_sized(args: std::fmt::Arguments) -> String {
    let mut s = String::with_capacity(256);
    let _ = std::fmt::Write::write_fmt(&mut s, args);
    s
}

/// Quotes at most 20 characters of what was typed, so a pasted essay does not fill the message;
/// borrows a short text rather than copying it.
pub fn quote(s: &str) -> std::borrow::Cow<'_, str> {
    if crate::text::char_len(s) > 20 {
        s.chars().take(20).chain(['…']).collect::<String>().into()
    } else {
        s.into()
    }
}

/// Runs every enabled rule over `table` and returns the diagnostics in a stable order: by
/// path (header fields, then rows and their cells in form order), then by rule. Input that is
/// not a table at all gets only the diagnostic that says so.
pub fn check(table: &Table, profile: &Profile) -> Vec<Diagnostic> {
    // The findings kept are dropped first, so that each diagnostic is moved out, not copied.
    let out = check_again(
        table,
        profile,
        &mut Findings::default(),
        &Changes::EVERYTHING,
    );
    out.into_iter()
        .map(|d| Rc::try_unwrap(d).unwrap_or_else(|d| (*d).clone()))
        .collect()
}

/// Each rule's findings on the last table checked, in [`ALL`]'s order, for [`check_again`].
#[derive(Clone, Debug, Default)]
pub(crate) struct Findings(Vec<Vec<Rc<Diagnostic>>>);

/// What changed since the table whose [`Findings`] are kept.
#[derive(Clone, Debug, Default)]
pub(crate) struct Changes {
    /// Everything may have: the first table, other issues or another number of rows.
    pub everything: bool,
    pub parts: Parts,
    /// For each row, the parts of it that changed.
    pub rows: Vec<Parts>,
}

impl Changes {
    pub const EVERYTHING: Changes = Changes {
        everything: true,
        parts: Parts::ALL,
        rows: Vec::new(),
    };
}

/// Whether the parts `p` of row `i` changed (a row not in `rows` is new).
fn changed(rows: &[Parts], i: usize, p: Parts) -> bool {
    rows.get(i).is_none_or(|c| c.intersects(p))
}

/// [`check`], running again only the rules whose [`Reads`] changed, and a [`Reads::Row`] rule
/// only on the rows that changed; the other findings are those kept in `kept`, which is left
/// holding this table's. Gives what [`check`] gives (the `checker_matches_fresh_validation`
/// property and the `validate` fuzz target hold it to that).
pub(crate) fn check_again(
    table: &Table,
    profile: &Profile,
    kept: &mut Findings,
    changes: &Changes,
) -> Vec<Rc<Diagnostic>> {
    let everything = changes.everything || kept.0.len() != ALL.len();
    if everything {
        kept.0.clear();
        kept.0.resize_with(ALL.len(), Vec::new);
    }
    let mut cx = Context::new(table, profile);
    let mut order = Vec::new();
    for ((i, rule), found) in ALL.iter().enumerate().zip(&mut kept.0) {
        let Some(severity) = profile.level(rule).severity() else {
            continue;
        };
        // Some(None): run on the whole table; Some(Some(p)): on the rows whose parts `p`
        // changed.
        let run = match rule.reads {
            _ if everything => Some(None),
            Reads::Table(p) => p.intersects(changes.parts).then_some(None),
            Reads::Row(_) if changes.parts.intersects(Parts::HEADER) => Some(None),
            Reads::Row(p) => changes.parts.intersects(p).then_some(Some(p)),
        };
        if let Some(only) = run {
            let rows = &changes.rows[..];
            match only {
                None => found.clear(),
                Some(p) => found.retain(|d| d.path.row().is_some_and(|r| !changed(rows, r, p))),
            }
            cx.only = only.map(|p| (rows, p));
            cx.run(rule, severity);
            debug_assert!(
                matches!(rule.reads, Reads::Table(_))
                    || cx.out.iter().all(|d| d.path.row().is_some()),
                "{} reports outside rows",
                rule.id
            );
            found.extend(cx.out.drain(..).map(Rc::new));
        }
        // Sorts small keys, not the diagnostics; the position makes every key distinct, so
        // the order is a stable sort's.
        order.extend(
            found
                .iter()
                .enumerate()
                .map(|(pos, d)| (d.path.sort_key(), i, pos)),
        );
    }
    order.sort_unstable();
    let not_a_table = table.has_input_issue(Path::Root);
    order
        .into_iter()
        .map(|(_, i, pos)| &kept.0[i][pos])
        .filter(|d| !not_a_table || d.path == Path::Root)
        .map(Rc::clone)
        .collect()
}

/// The rule with this id.
pub fn find(id: &str) -> Option<&'static Rule> {
    ALL.iter().find(|r| r.id == id)
}

/// Every rule's id, in [`ALL`]'s order: for code that checks ids without running rules (a
/// profile's `rules` option). Reading [`ALL`] itself would keep every rule's `check` in a wasm
/// module that runs none, such as the importer's.
pub const IDS: [&str; ALL.len()] = {
    let mut ids = [""; ALL.len()];
    let mut i = 0;
    while i < ALL.len() {
        ids[i] = ALL[i].id;
        i += 1;
    }
    ids
};

pub mod cost_direction;
pub mod cost_exceeds_budget;
pub mod cost_not_monetary;
pub mod count_not_integer;
pub mod count_unit_mismatch;
pub mod deadline_format;
pub mod deadline_outside_year;
pub mod duplicate_indicator;
pub mod framework_mixed;
pub mod generic_indicator;
pub mod goal_generic;
pub mod goal_past_tense;
pub mod goal_placeholder;
pub mod goal_repeated_sentence;
pub mod goal_unrelated;
pub mod implausible_growth;
pub mod input_too_large;
pub mod invalid_amount;
pub mod invalid_input;
pub mod invalid_operator;
pub mod level2_mismatch;
pub mod missing_benefit_indicator;
pub mod missing_cost_indicator;
pub mod missing_deadline;
pub mod missing_indicator_name;
pub mod missing_operator;
pub mod missing_output_indicator;
pub mod missing_quantity_or_quality;
pub mod missing_satisfaction_indicator;
pub mod missing_unit;
pub mod missing_value;
pub mod mostly_qualitative;
pub mod name_too_long;
pub mod near_duplicate_indicator;
pub mod no_indicators;
pub mod operator_on_qualitative;
pub mod percent_out_of_range;
pub mod placeholder_value;
pub mod qualitative_grade;
pub mod rate_at_least_100;
pub mod rate_under_quantity;
pub mod rate_unit_mismatch;
pub mod required_field;
pub mod satisfaction_misplaced;
pub mod satisfaction_threshold;
pub mod unknown_level1;
pub mod unknown_unit;
pub mod value_in_unit;
pub mod weights_sum;

#[cfg(test)]
pub(crate) mod testing;

/// A rule with its title and description in the build's locales only ([`Tr::in_build`]).
const fn in_build(rule: Rule) -> Rule {
    Rule {
        title: rule.title.in_build(),
        description: rule.description.in_build(),
        ..rule
    }
}

/// Every rule, in the order their findings are listed when two share a path.
pub const ALL: &[Rule] = &[
    in_build(required_field::RULE),
    in_build(invalid_amount::RULE),
    in_build(goal_placeholder::RULE),
    in_build(goal_generic::RULE),
    in_build(goal_repeated_sentence::RULE),
    in_build(goal_unrelated::RULE),
    in_build(goal_past_tense::RULE),
    in_build(no_indicators::RULE),
    in_build(unknown_level1::RULE),
    in_build(level2_mismatch::RULE),
    in_build(framework_mixed::RULE),
    in_build(missing_output_indicator::RULE),
    in_build(missing_benefit_indicator::RULE),
    in_build(missing_satisfaction_indicator::RULE),
    in_build(missing_cost_indicator::RULE),
    in_build(missing_quantity_or_quality::RULE),
    in_build(weights_sum::RULE),
    in_build(missing_indicator_name::RULE),
    in_build(name_too_long::RULE),
    in_build(duplicate_indicator::RULE),
    in_build(near_duplicate_indicator::RULE),
    in_build(invalid_operator::RULE),
    in_build(missing_operator::RULE),
    in_build(operator_on_qualitative::RULE),
    in_build(missing_value::RULE),
    in_build(placeholder_value::RULE),
    in_build(missing_unit::RULE),
    in_build(value_in_unit::RULE),
    in_build(unknown_unit::RULE),
    in_build(percent_out_of_range::RULE),
    in_build(rate_at_least_100::RULE),
    in_build(implausible_growth::RULE),
    in_build(rate_unit_mismatch::RULE),
    in_build(rate_under_quantity::RULE),
    in_build(count_not_integer::RULE),
    in_build(count_unit_mismatch::RULE),
    in_build(cost_not_monetary::RULE),
    in_build(cost_exceeds_budget::RULE),
    in_build(cost_direction::RULE),
    in_build(satisfaction_threshold::RULE),
    in_build(satisfaction_misplaced::RULE),
    in_build(qualitative_grade::RULE),
    in_build(mostly_qualitative::RULE),
    in_build(generic_indicator::RULE),
    in_build(missing_deadline::RULE),
    in_build(deadline_format::RULE),
    in_build(deadline_outside_year::RULE),
    in_build(invalid_input::RULE),
    in_build(input_too_large::RULE),
];

pub mod prelude {
    pub use super::{Context, Parts, Quoted, Reads, Rule, Tr};
    pub use crate::diagnostic::{Level, Path};
    pub use crate::indicator::{Cell, Indicator, NameKind};
    pub use crate::operator::Operator;
    pub use crate::raw::{Column, Field};
    pub use crate::table::Table;
    pub use crate::taxonomy::{Framework, Level1, Level2};
    pub use crate::tr;
    pub use crate::unit::Unit;
    pub use crate::value::Target;
    pub use rust_decimal::Decimal;
}
