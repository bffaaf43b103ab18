//! The rule registry: every review rule, one file each, with a stable kebab-case id.
//!
//! A rule is a [`Rule`] constant — id, default level, title and description in zh-CN and en —
//! and a [`Check`]: a rule that looks at one row at a time is given that row and the table's
//! header (`Check::Row`), and can report only inside its row; a rule that compares rows is
//! given the whole table (`Check::Table`). A form checks again, on a keystroke, only the row
//! rules of the row typed in ([`crate::form::Form`]); the types make sure nothing else could
//! have changed. Rules never parse strings: the model (`table`, `indicator`) has done that. Ids never change; new rules are appended to [`ALL`],
//! whose order breaks ties in the output.

use crate::diagnostic::{Diagnostic, Level, Path, Severity};
use crate::indicator::{Grades, Indicator};
use crate::profile::Profile;
use crate::raw::{Column, Stage};
use crate::table::{Header, Issue, Table};
use serde::{Deserialize, Serialize};
use std::fmt;

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

/// A rule with its title and description in the build's locales only ([`Tr::in_build`]).
const fn in_build(rule: Rule) -> Rule {
    Rule {
        title: rule.title.in_build(),
        description: rule.description.in_build(),
        ..rule
    }
}

/// One review rule.
#[derive(Clone, Copy, Debug)]
pub struct Rule {
    /// Stable kebab-case id, used in profiles and in every diagnostic.
    pub id: RuleId,
    /// The level it runs at unless the profile says otherwise.
    pub level: Level,
    /// The forms it checks: target rules check every form's indicator columns (capped at
    /// warning in the later forms unless the profile says otherwise); the lifecycle rules
    /// their own form's cells.
    pub stages: Stages,
    /// One line: what it finds.
    pub title: Tr,
    /// Why it matters, in a sentence or two.
    pub description: Tr,
    pub check: Check,
}

/// The forms of the year a rule checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stages(u8);

impl Stages {
    pub const TARGET: Stages = Stages(1);
    pub const MONITORING: Stages = Stages(2);
    pub const SELF_EVALUATION: Stages = Stages(4);
    /// Both later forms.
    pub const LIFECYCLE: Stages = Stages(2 | 4);
    /// A target rule, also run on the later forms' indicator columns (capped at warning there).
    pub const ALL: Stages = Stages(1 | 2 | 4);
    /// A rule every form is judged by in full (not capped on the later forms): `weights-sum`.
    pub const EVERY_FORM: Stages = Stages(1 | 2 | 4 | 8);

    pub const fn has(self, stage: Stage) -> bool {
        let bit = match stage {
            Stage::Target => 1,
            Stage::Monitoring => 2,
            Stage::SelfEvaluation => 4,
        };
        self.0 & bit != 0
    }

    /// The stages, as the contract names them.
    pub fn keys(self) -> impl Iterator<Item = &'static str> {
        [Stage::Target, Stage::Monitoring, Stage::SelfEvaluation]
            .into_iter()
            .filter(move |s| self.has(*s))
            .map(Stage::key)
    }

    /// A rule of the target table that the later forms take over at a lower level.
    pub const fn is_target_rule(self) -> bool {
        self.0 & 1 != 0 && self.0 & 8 == 0
    }
}

type RowCheck = fn(&Indicator, &mut RowContext);
type TableCheck = fn(&Table, &mut Context);

/// What a rule looks at.
#[derive(Clone, Copy, Debug)]
pub enum Check {
    /// One row at a time, with the table's header: what it reports is inside that row.
    Row(RowCheck),
    /// The whole table.
    Table(TableCheck),
}

/// What every rule may read besides its row or table: the profile, its grades, the issues
/// found while reading the input; and which rules run, at what severity.
#[derive(Clone, Copy)]
pub struct Env<'a> {
    pub profile: &'a Profile,
    pub(crate) setup: &'a Setup,
    pub issues: &'a [Issue],
}

/// What a profile makes of the rules, worked out once per check (or once per form): the rules
/// it enables with their severities, and its grades compacted.
#[derive(Clone, Debug)]
pub struct Setup {
    rows: Vec<(&'static Rule, RowCheck, Severities)>,
    tables: Vec<(&'static Rule, TableCheck, Severities)>,
    pub grades: Grades,
}

/// A rule's severity on a target table and on the later forms.
#[derive(Clone, Copy, Debug)]
struct Severities {
    target: Severity,
    later: Severity,
}

impl Severities {
    /// The severity on a form of `stage`, `None` when the rule does not check that form.
    fn on(self, rule: &Rule, stage: Stage) -> Option<Severity> {
        rule.stages.has(stage).then_some(match stage {
            Stage::Target => self.target,
            _ => self.later,
        })
    }
}

impl Setup {
    pub fn new(profile: &Profile) -> Setup {
        let mut setup = Setup {
            rows: Vec::new(),
            tables: Vec::new(),
            grades: Grades::new(&profile.qualitative_grades),
        };
        for rule in ALL {
            let Some(severity) = profile.level(rule).severity() else {
                continue;
            };
            // Target rules on the later forms' indicator columns: a spot-check judges the
            // evaluation, not the targets approved a year before (LIFECYCLE.md §4.6).
            #[cfg(feature = "lifecycle")]
            let cap = profile.lifecycle.cap_target_rules;
            // Without the later forms' rules, no later form is checked.
            #[cfg(not(feature = "lifecycle"))]
            let cap = false;
            let capped =
                rule.stages.is_target_rule() && cap && !profile.rules.contains_key(&rule.id);
            let later = match severity {
                Severity::Error if capped => Severity::Warning,
                s => s,
            };
            let s = Severities {
                target: severity,
                later,
            };
            match rule.check {
                Check::Row(f) => setup.rows.push((rule, f, s)),
                Check::Table(f) => setup.tables.push((rule, f, s)),
            }
        }
        setup
    }
}

/// What a table rule reports through.
pub struct Context<'a> {
    pub profile: &'a Profile,
    pub table: &'a Table,
    pub grades: &'a Grades,
    rule: RuleId,
    severity: Severity,
    out: Vec<Diagnostic>,
}

impl<'a> Context<'a> {
    /// True when messages are to be Chinese.
    pub fn zh(&self) -> bool {
        self.profile.zh()
    }

    /// How reviewers name row `i`: `第3行（维修合格率）` / `row 3 (维修合格率)`. Written only
    /// when a message uses it, so rules may take it before deciding to report.
    pub fn row(&self, i: usize) -> RowLabel<'a> {
        RowLabel {
            n: i + 1,
            name: self.table.indicators.get(i).map_or("", |r| r.name.as_str()),
            zh: self.zh(),
        }
    }

    /// How reviewers name a run of rows (a merged cell): `第3行（维修合格率）` for one row,
    /// `第3至6行` / `rows 3–6` for more.
    pub fn rows_label(&self, run: &std::ops::Range<usize>) -> String {
        let (first, last) = (run.start, run.end.saturating_sub(1));
        if first >= last {
            return self.row(first).to_string();
        }
        let (a, b) = (first + 1, last + 1);
        crate::tr!(self, "第{a}至{b}行", "rows {a}–{b}")
    }

    /// Reports a finding of the current rule at `path`; attach a fix on the result.
    pub fn report(&mut self, path: Path, message: String) -> &mut Diagnostic {
        push(&mut self.out, self.rule, self.severity, path, message)
    }

    /// Reports a finding that needs judgement as info, whatever the rule's level (a rule that
    /// is off reports nothing).
    pub fn note(&mut self, path: Path, message: String) -> &mut Diagnostic {
        push(&mut self.out, self.rule, Severity::Info, path, message)
    }
}

/// A path inside the row a row rule is given: the only places it can report
/// ([`RowContext::cell`], [`RowContext::whole_row`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RowPath(Path);

impl From<RowPath> for Path {
    fn from(p: RowPath) -> Path {
        p.0
    }
}

/// What a row rule reports through: its row's index, the header, the profile.
pub struct RowContext<'a> {
    pub profile: &'a Profile,
    pub header: &'a Header,
    pub grades: &'a Grades,
    issues: &'a [Issue],
    index: usize,
    name: &'a str,
    rule: RuleId,
    severity: Severity,
    out: &'a mut Vec<Diagnostic>,
}

impl RowContext<'_> {
    /// True when messages are to be Chinese.
    pub fn zh(&self) -> bool {
        self.profile.zh()
    }

    /// How reviewers name this row: `第3行（维修合格率）` / `row 3 (维修合格率)`.
    pub fn row(&self) -> RowLabel<'_> {
        RowLabel {
            n: self.index + 1,
            name: self.name,
            zh: self.zh(),
        }
    }

    /// The path of one of this row's cells.
    pub fn cell(&self, column: Column) -> RowPath {
        RowPath(Path::Cell(self.index, column))
    }

    /// The path of this row as a whole.
    pub fn whole_row(&self) -> RowPath {
        RowPath(Path::Row(self.index))
    }

    /// Reports a finding in this row; attach a fix on the result.
    pub fn report(&mut self, at: RowPath, message: String) -> &mut Diagnostic {
        push(self.out, self.rule, self.severity, at.0, message)
    }

    /// Reports a finding that needs judgement as info, whatever the rule's level.
    pub fn note(&mut self, at: RowPath, message: String) -> &mut Diagnostic {
        push(self.out, self.rule, Severity::Info, at.0, message)
    }

    /// True when reading the input found a value of the wrong type in this cell.
    pub fn has_input_issue(&self, column: Column) -> bool {
        self.has_input_issue_at(self.cell(column))
    }

    /// [`RowContext::has_input_issue`] at a path of this row.
    pub fn has_input_issue_at(&self, at: RowPath) -> bool {
        crate::table::has_input_issue(self.issues, at.0)
    }
}

fn push(
    out: &mut Vec<Diagnostic>,
    rule: RuleId,
    severity: Severity,
    path: Path,
    message: String,
) -> &mut Diagnostic {
    out.push(Diagnostic {
        id: String::new(),
        rule,
        severity,
        path,
        message,
        fix: None,
    });
    out.last_mut().expect("just pushed")
}

/// A row's name in messages ([`Context::row`], [`RowContext::row`]).
#[derive(Clone, Copy)]
pub struct RowLabel<'a> {
    /// 1-based.
    n: usize,
    name: &'a str,
    zh: bool,
}

impl std::fmt::Display for RowLabel<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (before, after, open, close) = if self.zh {
            ("第", "行", "（", "）")
        } else {
            ("row ", "", " (", ")")
        };
        write!(f, "{before}{}{after}", self.n)?;
        if !self.name.is_empty() {
            write!(f, "{open}{}{close}", self.name)?;
        }
        Ok(())
    }
}

/// The runs of consecutive rows (as indices into `rows`) whose `key` is the same and not
/// `None`: the rows a merged cell covers when a table repeats its text on each (一级指标 cut down
/// five rows), which is one cell to the person who typed it and gets one finding.
pub fn merged_runs<'r, K: PartialEq>(
    rows: &'r [Indicator],
    key: impl Fn(&'r Indicator) -> Option<K>,
) -> Vec<std::ops::Range<usize>> {
    let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
    let mut last: Option<K> = None;
    for (i, row) in rows.iter().enumerate() {
        let k = key(row);
        match (&k, runs.last_mut()) {
            (Some(k), Some(run)) if run.end == i && last.as_ref() == Some(k) => run.end = i + 1,
            (Some(_), _) => runs.push(i..i + 1),
            (None, _) => {}
        }
        last = k;
    }
    runs
}

/// Level names quoted and joined as messages list them — `“产出指标”、“效益指标”`, and in
/// English with their meaning, `“产出指标” (output), “效益指标” (benefit)` — from an iterator
/// of (name, English) pairs, written only into the message that shows them.
pub struct Quoted<I> {
    pub names: I,
    pub zh: bool,
}

impl<I> Quoted<I> {
    pub fn new(names: I, zh: bool) -> Quoted<I> {
        Quoted { names, zh }
    }
}

impl<'n, I: Iterator<Item = (&'n str, &'n str)> + Clone> std::fmt::Display for Quoted<I> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, (name, english)) in self.names.clone().enumerate() {
            if i > 0 {
                f.write_str(if self.zh { "、" } else { ", " })?;
            }
            write!(f, "“{name}”")?;
            if !self.zh {
                write!(f, " ({english})")?;
            }
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

/// Runs every enabled rule over `table` and returns the diagnostics in a stable order
/// ([`sort`]). Input that is not a table at all gets only the diagnostic that says so.
pub fn check(table: &Table, profile: &Profile) -> Vec<Diagnostic> {
    let setup = Setup::new(profile);
    let env = Env {
        profile,
        setup: &setup,
        issues: &table.issues,
    };
    let mut out = Vec::new();
    for row in &table.indicators {
        out.extend(check_row(row, &table.header, env));
    }
    out.extend(check_table(table, env));
    finish(table, out)
}

/// Every enabled row rule's findings on one row.
pub(crate) fn check_row(row: &Indicator, header: &Header, env: Env) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for &(rule, check, severities) in &env.setup.rows {
        let Some(severity) = severities.on(rule, header.stage) else {
            continue;
        };
        let mut cx = RowContext {
            profile: env.profile,
            header,
            grades: &env.setup.grades,
            issues: env.issues,
            index: row.index,
            name: &row.name,
            rule: rule.id,
            severity,
            out: &mut out,
        };
        check(row, &mut cx);
    }
    out
}

/// Every enabled table rule's findings.
pub(crate) fn check_table(table: &Table, env: Env) -> Vec<Diagnostic> {
    let mut cx = Context {
        profile: env.profile,
        table,
        grades: &env.setup.grades,
        rule: RuleId::import_repaired,
        severity: Severity::Error,
        out: Vec::new(),
    };
    for &(rule, check, severities) in &env.setup.tables {
        let Some(severity) = severities.on(rule, table.header.stage) else {
            continue;
        };
        cx.rule = rule.id;
        cx.severity = severity;
        check(table, &mut cx);
    }
    cx.out
}

/// The findings in their stable order ([`sort`]); input that is not a table at all keeps only
/// the diagnostic that says so.
pub(crate) fn finish(table: &Table, mut out: Vec<Diagnostic>) -> Vec<Diagnostic> {
    if table.has_input_issue(Path::Root) {
        out.retain(|d| d.path == Path::Root);
    }
    sort(&mut out);
    Diagnostic::assign_ids(&mut out);
    out
}

/// Orders diagnostics by path (header fields, then rows and their cells in form order), then
/// by rule ([`ALL`]'s order), then by message.
pub fn sort(d: &mut Vec<Diagnostic>) {
    // Small keys are sorted, not the diagnostics; the position keeps equal keys in order.
    // `RuleId`'s order is the registry's.
    let mut keys: Vec<_> = d
        .iter()
        .enumerate()
        .map(|(i, x)| (x.path.sort_key(), x.rule, i))
        .collect();
    keys.sort_unstable();
    let mut slots: Vec<Option<Diagnostic>> = d.drain(..).map(Some).collect();
    d.extend(keys.into_iter().filter_map(|(_, _, i)| slots[i].take()));
}

/// The rule with this id.
pub fn find(id: &str) -> Option<&'static Rule> {
    ALL.iter().find(|r| r.id.as_str() == id)
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for RuleId {
    type Err = ();

    /// A rule's id as written (`rate-at-least-100`).
    fn from_str(s: &str) -> Result<RuleId, ()> {
        RuleId::RULES
            .iter()
            .chain([&RuleId::import_repaired])
            .copied()
            .find(|r| r.as_str() == s)
            .ok_or(())
    }
}

/// As its id, through [`RuleId::as_str`] (a derive would write every id a second time).
impl Serialize for RuleId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RuleId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<RuleId, D::Error> {
        let id = String::deserialize(d)?;
        id.parse()
            .map_err(|_| serde::de::Error::custom(format_args!("unknown rule id “{id}”")))
    }
}

impl PartialEq<str> for RuleId {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for RuleId {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

#[cfg(test)]
mod registry_tests;
#[cfg(test)]
pub(crate) mod testing;

/// Declares the rules, one module each, in the order their findings are listed when two
/// share a path: the modules, [`RuleId`] and [`ALL`]. A module's name is its rule's id with
/// `_` for `-` ([`RuleId::as_str`]), which the registry test checks.
macro_rules! registry {
    (target { $($rule:ident,)* } lifecycle { $($later:ident,)* }) => {
        $(pub(crate) mod $rule;)*
        /// The rules of the monitoring and self-evaluation forms (`src/rules/lifecycle/`).
        #[cfg(feature = "lifecycle")]
        pub(crate) mod lifecycle {
            $(pub(crate) mod $later;)*
        }

        /// Every rule's stable id; written kebab-case (`rate-at-least-100`) in profiles, in
        /// diagnostics and in TypeScript (a string-literal union).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
        #[cfg_attr(target_arch = "wasm32", serde(rename_all = "kebab-case"))]
        #[allow(non_camel_case_types)]
        pub enum RuleId {
            $($rule,)*
            $(#[cfg(feature = "lifecycle")] $later,)*
            /// What the importer reports about a repair it made (not a review rule).
            import_repaired,
        }

        impl RuleId {
            /// Every rule's id (not the importer's), in [`ALL`]'s order.
            #[cfg(feature = "lifecycle")]
            pub const RULES: &[RuleId] = &[$(RuleId::$rule,)* $(RuleId::$later,)*];
            /// Every rule's id (not the importer's), in [`ALL`]'s order.
            #[cfg(not(feature = "lifecycle"))]
            pub const RULES: &[RuleId] = &[$(RuleId::$rule,)*];

            /// The id as written: `rate-at-least-100`.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(RuleId::$rule => kebab!($rule),)*
                    $(#[cfg(feature = "lifecycle")] RuleId::$later => kebab!($later),)*
                    RuleId::import_repaired => "import-repaired",
                }
            }
        }

        /// Every rule, in [`RuleId::RULES`]'s order.
        #[cfg(feature = "lifecycle")]
        pub const ALL: &[Rule] = &[
            $(in_build($rule::RULE),)*
            $(in_build(lifecycle::$later::RULE),)*
        ];
        /// Every rule, in [`RuleId::RULES`]'s order: the target rules in a build without the
        /// later forms.
        #[cfg(not(feature = "lifecycle"))]
        pub const ALL: &[Rule] = &[$(in_build($rule::RULE),)*];
    };
}

/// A module name as its rule's id: `rate_at_least_100` → `"rate-at-least-100"`, at compile
/// time.
macro_rules! kebab {
    ($rule:ident) => {{
        const SNAKE: &str = stringify!($rule);
        const BYTES: [u8; SNAKE.len()] = {
            let mut b = [0u8; SNAKE.len()];
            let s = SNAKE.as_bytes();
            let mut i = 0;
            while i < s.len() {
                b[i] = if s[i] == b'_' { b'-' } else { s[i] };
                i += 1;
            }
            b
        };
        match std::str::from_utf8(&BYTES) {
            Ok(s) => s,
            Err(_) => panic!("ids are ASCII"),
        }
    }};
}

registry! {
  target {
    required_field,
    invalid_amount,
    goal_placeholder,
    goal_generic,
    goal_repeated_sentence,
    goal_unrelated,
    goal_past_tense,
    no_indicators,
    unknown_level1,
    level2_mismatch,
    framework_mixed,
    missing_output_indicator,
    missing_benefit_indicator,
    missing_satisfaction_indicator,
    missing_cost_indicator,
    missing_quantity_or_quality,
    weights_sum,
    missing_indicator_name,
    name_too_long,
    duplicate_indicator,
    near_duplicate_indicator,
    invalid_operator,
    missing_operator,
    operator_on_qualitative,
    missing_value,
    placeholder_value,
    missing_unit,
    value_in_unit,
    unknown_unit,
    percent_out_of_range,
    rate_at_least_100,
    implausible_growth,
    rate_unit_mismatch,
    rate_under_quantity,
    count_not_integer,
    count_unit_mismatch,
    cost_not_monetary,
    cost_exceeds_budget,
    cost_direction,
    satisfaction_threshold,
    satisfaction_misplaced,
    qualitative_grade,
    mostly_qualitative,
    generic_indicator,
    missing_deadline,
    deadline_format,
    deadline_outside_year,
    invalid_input,
    input_too_large,
    placeholder_in_name,
    name_value_conflict,
    satisfaction_direction,
    satisfaction_not_percent,
    cost_restates_budget,
    budget_unit_mismatch,
    value_unit_conflict,
    percent_on_non_ratio,
    sangong_increase,
  }
  lifecycle {
    // 绩效自评: the rows (actual, weight, score, reasons).
    actual_missing,
    actual_not_numeric,
    actual_has_operator,
    actual_unit_mismatch,
    actual_out_of_range,
    qualitative_actual_grade,
    qualitative_remark_missing,
    weight_invalid,
    score_missing,
    score_not_numeric,
    score_exceeds_weight,
    score_mismatch,
    full_score_unmet,
    qualitative_score_band,
    deviation_reason_missing,
    over_achievement_unexplained,

    // 绩效自评: the table (weights, totals, grade), the execution block, the narrative.
    cost_actual_vs_executed,
    target_changed,
    level1_weight_scheme,
    level1_weight_label,
    weight_concentration,
    total_score_sum,
    grade_mismatch,
    cost_score_cap,
    full_marks_low_execution,
    execution_field_missing,
    execution_rate_mismatch,
    execution_over_budget,
    execution_total_mismatch,
    execution_score_mismatch,
    execution_reason_missing,
    budget_adjustment_unexplained,
    guidance_text_left,
    completion_copies_goal,
    narrative_missing,
    narrative_insufficient,
    breakdown_sum_mismatch,

    // 绩效运行监控: month, lights, causes, likelihood, projection, measures.
    monitor_month_invalid,
    execution_behind_schedule,
    progress_light_mismatch,
    deviation_cause_invalid,
    deviation_explanation_missing,
    likelihood_invalid,
    likelihood_needs_projection,
    likelihood_contradicts_projection,
    projection_missing,
    measures_missing,

  }
}

pub(crate) mod prelude {
    pub use super::{Check, Context, Quoted, RowContext, Rule, RuleId, Stages, Tr};
    pub use crate::diagnostic::{Level, Path};
    pub use crate::indicator::{Cell, Indicator, NameKind};
    pub use crate::operator::Operator;
    pub use crate::raw::{Column, Field};
    pub use crate::table::Table;
    pub use crate::taxonomy::{Framework, Level1, Level2};
    pub use crate::unit::Unit;
    pub use crate::value::Target;
    pub use rust_decimal::Decimal;
}
