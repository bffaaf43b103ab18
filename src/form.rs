//! A live form's table, as an editor holds a document for a language server: the form sends
//! the one cell that changed ([`Form::set`]) and gets back only the findings that changed
//! ([`Change`]), so that it touches only the fields those name.
//!
//! What makes a keystroke cheap: the form parses again only the edited row (or the header),
//! and runs again the row rules of that row only ([`crate::rules::Check::Row`]: a row rule
//! reads its row and the header, nothing else) and every table rule. A header edit, a change in
//! what reading the input found, and every structural edit (rows inserted, removed, moved)
//! check the whole table again. The answer is always what [`crate::validate`] gives for the
//! same table (the `form_matches_fresh_validation` property holds it to that).

use crate::diagnostic::{Counts, Diagnostic, Path};

use crate::indicator::Indicator;
use crate::input::{InputIssue, Loose};
use crate::profile::Profile;
use crate::raw::{ExecField, Field, RawIndicator, RawTable};
use crate::rules::{Env, Setup};
use crate::table::{Columns, Header, Issue, Table};
use serde::Serialize;
use std::collections::HashSet;
use std::fmt;

/// What an edit changed in the findings: the diagnostics to show, the ids of those to take
/// away, and the counts after the edit.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Change {
    pub added: Vec<Diagnostic>,
    pub removed: Vec<String>,
    pub counts: Counts,
}

/// An edit that names nothing in the table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormError {
    /// The path names no field or cell of the table (`indicators.9.value` in a table of 3 rows).
    NoSuchPath(String),
    /// A row index past the end.
    NoSuchRow { index: usize, len: usize },
    /// No current finding has this id, or it has no fix.
    NoSuchFix(String),
}

impl FormError {
    /// A stable code for programs: `no-such-path`, `no-such-row`, `no-such-fix`.
    pub fn code(&self) -> &'static str {
        match self {
            FormError::NoSuchPath(_) => "no-such-path",
            FormError::NoSuchRow { .. } => "no-such-row",
            FormError::NoSuchFix(_) => "no-such-fix",
        }
    }
}

impl fmt::Display for FormError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormError::NoSuchPath(p) => write!(f, "not a field of the table: “{p}”"),
            FormError::NoSuchRow { index, len } => {
                write!(f, "no row {index}: the table has {len} rows")
            }
            FormError::NoSuchFix(id) => write!(f, "no current finding with a fix has id “{id}”"),
        }
    }
}

impl std::error::Error for FormError {}

/// A table being filled in, with its current findings.
#[derive(Clone, Debug)]
pub struct Form {
    profile: Profile,
    setup: Setup,
    raw: RawTable,
    /// Values of the wrong type found in what was loaded or set.
    input_issues: Vec<InputIssue>,
    table: Table,
    /// Per row checked: its row rules' findings.
    row_findings: Vec<Vec<Diagnostic>>,
    /// Every finding, in order, with ids.
    current: Vec<Diagnostic>,
}

impl Form {
    /// An empty table under `profile`.
    pub fn new(profile: Profile) -> Form {
        let mut form = Form {
            setup: Setup::new(&profile),
            table: Table::parse(&RawTable::default(), Vec::new(), &profile),
            profile,
            raw: RawTable::default(),
            input_issues: Vec::new(),
            row_findings: Vec::new(),
            current: Vec::new(),
        };
        form.recheck();
        form
    }

    pub fn profile(&self) -> &Profile {
        &self.profile
    }

    /// The table as typed.
    pub fn table(&self) -> &RawTable {
        &self.raw
    }

    /// Every current finding, in form order; those at `path` or inside it when given.
    pub fn diagnostics(&self, path: Option<Path>) -> Vec<&Diagnostic> {
        self.current
            .iter()
            .filter(|d| path.is_none_or(|p| d.path.is_within(&p)))
            .collect()
    }

    pub fn counts(&self) -> Counts {
        Counts::of(&self.current)
    }

    /// Replaces the whole table (with the issues found reading it, [`crate::input::read`]).
    pub fn load(&mut self, raw: RawTable, issues: Vec<InputIssue>) -> Change {
        self.raw = raw;
        self.input_issues = issues;
        self.recheck()
    }

    /// Sets one field or cell to `text`.
    pub fn set(&mut self, path: Path, text: impl Into<String>) -> Result<Change, FormError> {
        self.set_loose(path, Loose::text(text.into()))
    }

    /// Sets one field or cell to a value as JS or JSON gave it: a number where text is
    /// expected is kept as text, with the `invalid-input` finding the contract says.
    pub fn set_loose(&mut self, path: Path, value: Loose) -> Result<Change, FormError> {
        let mut issues = Vec::new();
        let text = match path {
            Path::Field(Field::Year) => {
                self.raw.year = crate::input::year(value, &mut issues);
                None
            }
            Path::Field(f) => Some((value.take(path, f.takes_numbers(), &mut issues), f)),
            Path::Cell(i, c) => {
                let len = self.raw.indicators.len();
                let row = self
                    .raw
                    .indicators
                    .get_mut(i)
                    .ok_or(FormError::NoSuchRow { index: i, len })?;
                *row.cell_mut(c) = value.take(path, c.takes_numbers(), &mut issues);
                None
            }
            Path::Exec(f) => {
                let cell = self
                    .raw
                    .execution
                    .get_or_insert_with(Default::default)
                    .get_mut(f)
                    .ok_or_else(|| FormError::NoSuchPath(path.to_string()))?;
                *cell = value.take(path, f != ExecField::Reason, &mut issues);
                None
            }
            Path::Source(i, Some(f)) => {
                let cell = self
                    .raw
                    .execution
                    .as_mut()
                    .and_then(|e| e.sources.as_mut()?.get_mut(i)?.get_mut(f))
                    .ok_or_else(|| FormError::NoSuchPath(path.to_string()))?;
                *cell = value.take(path, f != ExecField::Name, &mut issues);
                None
            }
            Path::Root
            | Path::Indicators
            | Path::Row(_)
            | Path::Execution
            | Path::Source(_, None) => return Err(FormError::NoSuchPath(path.to_string())),
        };
        if let Some((text, f)) = text {
            self.raw.set_field(f, text);
        }
        let issues_before = self.input_issues.len();
        self.input_issues.retain(|i| i.path != path);
        let issues_changed = self.input_issues.len() != issues_before || !issues.is_empty();
        self.input_issues.extend(issues);
        if issues_changed {
            return Ok(self.recheck());
        }
        Ok(match path {
            Path::Cell(i, _) => self.recheck_row(i),
            // The stage decides which rules run; the execution block is read by table rules.
            Path::Field(Field::Stage) | Path::Exec(_) | Path::Source(..) => self.recheck(),
            _ => self.recheck_header(),
        })
    }

    /// Inserts `row` (an empty row when `None`) before row `index` (`index` = the number of
    /// rows appends it).
    pub fn insert_row(
        &mut self,
        index: usize,
        row: Option<RawIndicator>,
    ) -> Result<Change, FormError> {
        self.insert_read(index, row.unwrap_or_default(), Vec::new())
    }

    /// [`Form::insert_row`] of a row read by [`crate::input::row_of`], with its issues.
    pub fn insert_read(
        &mut self,
        index: usize,
        row: RawIndicator,
        issues: Vec<InputIssue>,
    ) -> Result<Change, FormError> {
        let len = self.raw.indicators.len();
        if index > len {
            return Err(FormError::NoSuchRow { index, len });
        }
        self.raw.indicators.insert(index, row);
        shift_issues(&mut self.input_issues, |i| {
            if i >= index {
                Some(i + 1)
            } else {
                Some(i)
            }
        });
        self.input_issues.extend(issues);
        Ok(self.recheck())
    }

    /// Removes row `index`.
    pub fn remove_row(&mut self, index: usize) -> Result<Change, FormError> {
        let len = self.raw.indicators.len();
        if index >= len {
            return Err(FormError::NoSuchRow { index, len });
        }
        self.raw.indicators.remove(index);
        shift_issues(&mut self.input_issues, |i| match i.cmp(&index) {
            std::cmp::Ordering::Less => Some(i),
            std::cmp::Ordering::Equal => None,
            std::cmp::Ordering::Greater => Some(i - 1),
        });
        Ok(self.recheck())
    }

    /// Moves row `from` so that it ends up at index `to`.
    pub fn move_row(&mut self, from: usize, to: usize) -> Result<Change, FormError> {
        let len = self.raw.indicators.len();
        for index in [from, to] {
            if index >= len {
                return Err(FormError::NoSuchRow { index, len });
            }
        }
        let row = self.raw.indicators.remove(from);
        self.raw.indicators.insert(to, row);
        shift_issues(&mut self.input_issues, |i| {
            Some(if i == from {
                to
            } else if from < to && i > from && i <= to {
                i - 1
            } else if to < from && i >= to && i < from {
                i + 1
            } else {
                i
            })
        });
        Ok(self.recheck())
    }

    /// Applies the fix of the current finding `id`.
    pub fn apply_fix(&mut self, id: &str) -> Result<Change, FormError> {
        let d = self
            .current
            .iter()
            .find(|d| d.id == id && d.fix.is_some())
            .ok_or_else(|| FormError::NoSuchFix(id.to_string()))?;
        let fixed = crate::fix::apply_fixes(&self.raw, std::slice::from_ref(d));
        if let Some(crate::Fix {
            path: Path::Row(i),
            value: None,
            ..
        }) = d.fix
        {
            return self.remove_row(i);
        }
        self.input_issues.retain(|i| {
            d.fix
                .as_ref()
                .is_none_or(|f| !f.paths().any(|p| p == i.path))
        });
        self.raw = fixed;
        Ok(self.recheck())
    }

    fn env(&self) -> Env<'_> {
        Env {
            profile: &self.profile,
            setup: &self.setup,
            issues: &self.table.issues,
        }
    }

    /// Parses and checks the whole table again.
    fn recheck(&mut self) -> Change {
        self.table = Table::parse(&self.raw, self.input_issues.clone(), &self.profile);
        let env = Env {
            profile: &self.profile,
            setup: &self.setup,
            issues: &self.table.issues,
        };
        self.row_findings = self
            .table
            .indicators
            .iter()
            .map(|r| check_row(r, &self.table.header, env))
            .collect();
        self.finish()
    }

    /// After row `i` changed: parses it again and runs its row rules and the table rules.
    fn recheck_row(&mut self, i: usize) -> Change {
        if !self.fits(i) {
            return self.recheck();
        }
        let max_len = self.profile.limits.max_text_length;
        let mut issues = Vec::new();
        let row = crate::table::parse_row(i, &self.raw.indicators[i], max_len, &mut issues);
        // Texts over the limit are reported: the issues then change, and with them what
        // every rule may read.
        let was_clipped = self
            .table
            .issues
            .iter()
            .any(|x| matches!(x, Issue::TextTooLong { path, .. } if path.row() == Some(i)));
        if !issues.is_empty() || was_clipped {
            return self.recheck();
        }
        self.table.indicators[i] = row;
        if self.table.framework(&self.profile) != self.table.header.framework
            || Columns::of(&self.table.indicators, &self.profile) != self.table.header.columns
        {
            // The table now reads in the other framework, or a column came into use or out:
            // every rule may read that.
            return self.recheck();
        }
        let findings = check_row(&self.table.indicators[i], &self.table.header, self.env());
        self.row_findings[i] = findings;
        self.finish()
    }

    /// After a header field changed: parses the header again; every row rule may read it.
    fn recheck_header(&mut self) -> Change {
        let mut issues = Vec::new();
        let header = Header::parse(&self.raw, &self.profile, &mut issues);
        let was_clipped = self.table.issues.iter().any(|x| {
            matches!(
                x,
                Issue::TextTooLong {
                    path: Path::Field(_),
                    ..
                }
            )
        });
        if !issues.is_empty() || was_clipped || !self.fits(0) {
            return self.recheck();
        }
        self.table.header = header;
        self.table.header.framework = self.table.framework(&self.profile);
        self.table.header.columns = Columns::of(&self.table.indicators, &self.profile);
        let env = self.env();
        let findings = self
            .table
            .indicators
            .iter()
            .map(|r| check_row(r, &self.table.header, env))
            .collect();
        self.row_findings = findings;
        self.finish()
    }

    /// True when the table is checked whole and within the limits, so that row `i` can be
    /// read again alone: no rows past the limits before or now.
    fn fits(&self, i: usize) -> bool {
        let limits = &self.profile.limits;
        let whole = self.table.indicators.len() == self.raw.indicators.len()
            && self.raw.indicators.len() <= limits.max_rows
            && !self
                .table
                .issues
                .iter()
                .any(|x| matches!(x, Issue::TooManyRows { .. } | Issue::InputTooLong { .. }));
        whole
            && i <= self.raw.indicators.len()
            && crate::table::header_len(&self.raw, limits.max_text_length)
                + self
                    .raw
                    .indicators
                    .iter()
                    .map(|r| crate::table::row_len(r, limits.max_text_length))
                    .sum::<usize>()
                <= limits.max_input_length
    }

    /// Runs the table rules, puts every finding in order and says what changed.
    fn finish(&mut self) -> Change {
        let mut all: Vec<Diagnostic> = self.row_findings.iter().flatten().cloned().collect();
        all.extend(crate::rules::check_table(&self.table, self.env()));
        let all = crate::rules::finish(&self.table, all);
        let before: HashSet<&str> = self.current.iter().map(|d| d.id.as_str()).collect();
        let after: HashSet<&str> = all.iter().map(|d| d.id.as_str()).collect();
        let change = Change {
            added: all
                .iter()
                .filter(|d| !before.contains(d.id.as_str()))
                .cloned()
                .collect(),
            removed: self
                .current
                .iter()
                .filter(|d| !after.contains(d.id.as_str()))
                .map(|d| d.id.clone())
                .collect(),
            counts: Counts::of(&all),
        };
        self.current = all;
        change
    }
}

/// A row's findings with their ids' stable part, worked out once: a keystroke elsewhere copies
/// them into the answer without hashing each message again.
fn check_row(row: &Indicator, header: &Header, env: Env) -> Vec<Diagnostic> {
    let mut findings = crate::rules::check_row(row, header, env);
    for d in &mut findings {
        d.id = d.base_id();
    }
    findings
}

/// Moves the row index of each issue in a row by `map` (`None`: the row is gone).
fn shift_issues(issues: &mut Vec<InputIssue>, map: impl Fn(usize) -> Option<usize>) {
    issues.retain_mut(|issue| match issue.path {
        Path::Row(i) => map(i).map(|j| issue.path = Path::Row(j)).is_some(),
        Path::Cell(i, c) => map(i).map(|j| issue.path = Path::Cell(j, c)).is_some(),
        _ => true,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::raw::Column;
    use crate::rules::testing::{good, row};

    fn fresh(raw: &RawTable) -> Vec<Diagnostic> {
        crate::validate(raw, &Profile::default())
    }

    fn ids(d: &[&Diagnostic]) -> Vec<String> {
        d.iter().map(|d| d.id.clone()).collect()
    }

    #[test]
    fn a_keystroke_sends_only_what_changed() {
        let mut f = Form::new(Profile::default());
        let load = f.load(good(), vec![]);
        assert!(
            load.added.is_empty(),
            "a good table is clean: {:?}",
            load.added
        );
        assert!(!load.removed.is_empty(), "the empty form's findings go");
        assert_eq!(load.counts, Counts::default());
        // ≥ 100 % on 体检报告合格率
        let c = f.set(Path::Cell(1, Column::Value), "100").unwrap();
        let rules: Vec<_> = c.added.iter().map(|d| d.rule.as_str()).collect();
        assert_eq!(rules, ["rate-at-least-100"]);
        assert!(c.removed.is_empty());
        assert_eq!(c.counts.warning, 1);
        let mut t = good();
        t.indicators[1].value = "100".into();
        assert_eq!(
            ids(&f.diagnostics(None)),
            ids(&fresh(&t).iter().collect::<Vec<_>>())
        );
        let c = f.set(Path::Cell(1, Column::Value), "98").unwrap();
        assert_eq!(c.added, []);
        assert_eq!(c.removed.len(), 1);
        assert!(c.removed[0].starts_with("rate-at-least-100@indicators.1"));
        assert_eq!(c.counts, Counts::default());
    }

    #[test]
    fn a_finding_in_another_row_comes_and_goes() {
        let mut f = Form::new(Profile::default());
        f.load(good(), vec![]);
        let name = good().indicators[0].name.clone();
        let c = f.set(Path::Cell(1, Column::Name), name.clone()).unwrap();
        assert!(c.added.iter().any(|d| d.rule == "duplicate-indicator"));
        let c = f
            .set(Path::Cell(1, Column::Name), "体检报告合格率")
            .unwrap();
        assert!(c.added.is_empty());
        assert!(c
            .removed
            .iter()
            .any(|id| id.starts_with("duplicate-indicator")));
    }

    #[test]
    fn rows_inserted_removed_moved() {
        let mut f = Form::new(Profile::default());
        f.load(good(), vec![]);
        let c = f.insert_row(2, None).unwrap();
        let rules: Vec<_> = c.added.iter().map(|d| d.rule.as_str()).collect();
        assert_eq!(rules, ["missing-indicator-name"], "an empty row");
        let c = f.set(Path::Cell(2, Column::Name), "培训人次").unwrap();
        assert!(!c.added.is_empty());
        f.move_row(2, 0).unwrap();
        assert_eq!(f.table().indicators[0].name, "培训人次");
        let same = fresh(f.table());
        assert_eq!(
            ids(&f.diagnostics(None)),
            ids(&same.iter().collect::<Vec<_>>())
        );
        let c = f.remove_row(0).unwrap();
        assert_eq!(c.counts, Counts::default());
        assert_eq!(f.table(), &good());
        assert_eq!(
            f.remove_row(7),
            Err(FormError::NoSuchRow { index: 7, len: 7 })
        );
        assert_eq!(
            f.set(Path::Cell(9, Column::Name), "x").map(|_| ()),
            Err(FormError::NoSuchRow { index: 9, len: 7 })
        );
    }

    #[test]
    fn header_edits_reach_row_rules() {
        let mut f = Form::new(Profile::default());
        let mut t = good();
        t.indicators.push(row(
            "产出指标",
            "时效指标",
            "验收及时率",
            "≥",
            "95",
            "%",
            "2024年6月",
        ));
        f.load(t, vec![]);
        assert_eq!(f.counts(), Counts::default());
        let c = f.set(Path::Field(Field::Year), "2025").unwrap();
        assert!(c.added.iter().any(|d| d.rule == "deadline-outside-year"));
        let c = f.set(Path::Field(Field::Year), "2024").unwrap();
        assert!(c.added.is_empty() && !c.removed.is_empty());
    }

    #[test]
    fn fixes_apply_by_id() {
        let mut f = Form::new(Profile::default());
        let mut t = good();
        t.indicators[3].operator = "≥".into();
        let c = f.load(t, vec![]);
        let d = c.added.iter().find(|d| d.rule == "cost-direction").unwrap();
        let c = f.apply_fix(&d.id).unwrap();
        assert_eq!(c.removed, std::slice::from_ref(&d.id));
        assert_eq!(f.table().indicators[3].operator, "≤");
        assert!(matches!(f.apply_fix(&d.id), Err(FormError::NoSuchFix(_))));
    }

    #[test]
    fn wrong_types_are_findings() {
        let mut f = Form::new(Profile::default());
        f.load(good(), vec![]);
        let c = f
            .set_loose(Path::Cell(0, Column::Name), Loose::number(5.0))
            .unwrap();
        assert!(c.added.iter().any(|d| d.rule == "invalid-input"));
        let c = f
            .set(Path::Cell(0, Column::Name), "老年人健康体检人数")
            .unwrap();
        assert!(c.removed.iter().any(|id| id.starts_with("invalid-input")));
        assert_eq!(f.counts(), Counts::default());
        assert!(matches!(
            f.set(Path::Row(0), "x"),
            Err(FormError::NoSuchPath(_))
        ));
    }
}
