//! A validator that remembers its last table, for a form that validates the same table on
//! every keystroke: only the rows and header texts that changed are parsed again, and only the
//! rules that read them run again ([`crate::rules::Reads`]).

use crate::amount::Amount;
use crate::diagnostic::Diagnostic;
use crate::indicator::{Cell, Indicator};
use crate::input::InputIssue;
use crate::profile::Profile;
use crate::raw::{Column, RawIndicator, RawTable};
use crate::rules::{Changes, Findings, Parts};
use crate::table::{Issue, Table};
use std::rc::Rc;

/// Checks tables under one profile, like [`crate::validate_input`], with the same results;
/// rows equal to the previous call's row at the same index are not parsed again, and findings
/// that depend only on what did not change are kept, not found again.
#[derive(Clone, Debug)]
pub struct Checker {
    profile: Profile,
    cache: ParseCache,
    findings: Findings,
}

impl Checker {
    pub fn new(profile: Profile) -> Checker {
        Checker {
            profile,
            cache: ParseCache::default(),
            findings: Findings::default(),
        }
    }

    pub fn profile(&self) -> &Profile {
        &self.profile
    }

    /// [`crate::validate`], reusing what did not change since the last call. The diagnostics
    /// are shared with the checker, which keeps them for the next call.
    pub fn validate(&mut self, raw: &RawTable) -> Vec<Rc<Diagnostic>> {
        self.validate_input(raw, Vec::new())
    }

    /// [`crate::validate_input`], reusing what did not change since the last call.
    pub fn validate_input(
        &mut self,
        raw: &RawTable,
        issues: Vec<InputIssue>,
    ) -> Vec<Rc<Diagnostic>> {
        let table = Table::parse_with(raw, issues, &self.profile, Some(&mut self.cache));
        let changes = &self.cache.changes;
        let d = crate::rules::check_again(&table, &self.profile, &mut self.findings, changes);
        self.cache.restore(table);
        d
    }
}

/// What [`crate::table::Table::parse_with`] keeps of the last table it parsed, and what it
/// found changed since the one before.
#[derive(Clone, Debug, Default)]
pub(crate) struct ParseCache {
    pub(crate) rows: RowCache,
    pub(crate) header: HeaderCache,
    /// Whether reading the last table found issues, and its number of rows checked.
    had_issues: bool,
    len: usize,
    /// Whether `rows` holds exactly the last table's rows: it does not when the last table's
    /// rows were not remembered ([`RowCache::same_table`]).
    complete: bool,
    pub(crate) changes: Changes,
}

impl ParseCache {
    /// Records what changed from the last table to this one: the rows' `parts` (in `rows`,
    /// per row), the header, `issues`. The header changed when the project name did (the
    /// rows were not `remember`ed), the `year` did, or a header text was read again (a text
    /// clipped to the limits is an issue, after which everything is checked again).
    /// `remember`: every row of this table is now in [`RowCache`] or was parsed clipped (and
    /// so is not there).
    pub(crate) fn changed(
        &mut self,
        year: Option<i32>,
        issues: &[Issue],
        mut parts: Parts,
        rows: Vec<Parts>,
        remember: bool,
    ) {
        let h = &mut self.header;
        if !remember
            || h.year != year
            || h.department.read_again
            || h.implementing_unit.read_again
            || h.budget.read_again
            || h.goal.read_again
        {
            parts = parts.or(Parts::HEADER);
        }
        h.year = year;
        // Issues (a value of the wrong type, a text over the limits) are rare: when there are
        // any, now or before, everything is checked again rather than compared.
        let everything =
            !issues.is_empty() || !self.complete || self.len != rows.len() || self.had_issues;
        self.had_issues = !issues.is_empty();
        self.len = rows.len();
        self.complete = remember;
        self.changes = Changes {
            everything,
            parts,
            rows,
        };
    }

    /// Takes back the readings `table` was lent ([`Memo::get`], [`RowCache::take`]), so that
    /// the next table is built from them without copying them.
    pub(crate) fn restore(&mut self, table: Table<'_>) {
        let h = &mut self.header;
        h.department.restore(table.department);
        h.implementing_unit.restore(table.implementing_unit);
        h.budget.restore(table.budget);
        h.goal.restore((table.overall_goal, table.goal_sentences));
        for ind in table.indicators {
            self.rows.restore(ind);
        }
    }
}

/// The readings of the header texts that cost more than comparing them, and the year.
#[derive(Clone, Debug, Default)]
pub(crate) struct HeaderCache {
    pub(crate) year: Option<i32>,
    pub(crate) department: Memo<String>,
    pub(crate) implementing_unit: Memo<String>,
    pub(crate) budget: Memo<Cell<Amount>>,
    /// The goal cleaned, and its sentences.
    pub(crate) goal: Memo<(String, Vec<String>)>,
}

/// The reading of one header text, kept while the text stays the same. Keyed by the text
/// read (clipped or not), since the reading depends on nothing else. The reading is lent to
/// the table built and given back after the check ([`Memo::restore`]); one not given back is
/// read again.
#[derive(Clone, Debug)]
pub(crate) struct Memo<T> {
    text: String,
    value: Option<T>,
    /// The last text given was another: the header changed.
    pub(crate) read_again: bool,
}

impl<T> Default for Memo<T> {
    fn default() -> Memo<T> {
        Memo {
            text: String::new(),
            value: None,
            read_again: true,
        }
    }
}

impl<T> Memo<T> {
    /// `read(text)`, from the memo when `text` is the one read last time.
    pub(crate) fn get(memo: Option<&mut Memo<T>>, text: &str, read: impl FnOnce(&str) -> T) -> T {
        let Some(m) = memo else {
            return read(text);
        };
        m.read_again = !(m.value.is_some() && same_text(&m.text, text));
        match m.value.take() {
            Some(v) if !m.read_again => v,
            _ => {
                m.text.clear();
                m.text.push_str(text);
                read(text)
            }
        }
    }

    /// Takes back the reading of the memo's text, lent by [`Memo::get`].
    fn restore(&mut self, value: T) {
        self.value = Some(value);
    }
}

/// The last parse of each row by index, for [`crate::table::Table::parse_with`]. Holds only
/// rows parsed whole (none clipped to `limits.maxTextLength`), so at most `limits.maxRows`.
#[derive(Clone, Debug, Default)]
pub(crate) struct RowCache {
    /// The text limit the lengths were counted under; another limit empties the cache.
    max_len: usize,
    rows: Vec<Option<Cached>>,
    /// The project name of the last table: rows are remembered only while it stays the same.
    project: String,
    /// Counts the checks, so that a row is given back only to the check it was lent to.
    check: u32,
}

/// A row as typed, its length as counted against `limits.maxInputLength`, and its parse.
#[derive(Clone, Debug)]
struct Cached {
    raw: RawIndicator,
    len: usize,
    /// Its `raw` is [`BLANK`]: a parse keeps only a borrow of its row, which the cache cannot
    /// hold; [`RowCache::take`] puts the caller's row back. `None` while it is lent to a table
    /// (or was not given back, when the row is parsed again).
    indicator: Option<Indicator<'static>>,
    /// The check that last took or put it ([`RowCache::check`]): only then may it be given back.
    lent_to: u32,
}

static BLANK: RawIndicator = RawIndicator {
    level1: String::new(),
    level2: String::new(),
    name: String::new(),
    operator: String::new(),
    value: String::new(),
    unit: String::new(),
    deadline: String::new(),
    weight: String::new(),
    direction: String::new(),
};

impl RowCache {
    /// Forgets everything counted under another text limit.
    pub(crate) fn limit(&mut self, max_len: usize) {
        if self.max_len != max_len {
            self.rows.clear();
            self.max_len = max_len;
        }
    }

    /// Whether the rows of the table named `project` are worth remembering: only when the
    /// last table had the same name. Another name is another table — a reviewer checking a
    /// year's tables one after another — whose rows would only be copied into the cache and
    /// never met again (remembering them cost 8 % of such a batch). A form typed into keeps
    /// its name, so only its first check and those that edit the name parse every row.
    pub(crate) fn same_table(&mut self, project: &str) -> bool {
        let same = self.project == project;
        if !same {
            self.project.clear();
            self.project.push_str(project);
        }
        same
    }

    /// Starts a check: what is lent from now on is given back by [`RowCache::restore`].
    pub(crate) fn start(&mut self) {
        self.check = self.check.wrapping_add(1);
    }

    /// Row `i`'s counted length and parse, lent until [`RowCache::restore`], when `row` is
    /// what was cached at `i`.
    pub(crate) fn take<'a>(
        &mut self,
        i: usize,
        row: &'a RawIndicator,
    ) -> Option<(usize, Indicator<'a>)> {
        let c = self.rows.get_mut(i)?.as_mut()?;
        if c.indicator.is_none() || !same_row(&c.raw, row) {
            return None;
        }
        c.lent_to = self.check;
        let indicator = c.indicator.take()?;
        Some((c.len, indicator.with_raw(row)))
    }

    /// Remembers `row`, of counted length `len`, as row `i`: its parse, lent to the table
    /// being built, is given back by [`RowCache::restore`].
    pub(crate) fn put(&mut self, i: usize, row: &RawIndicator, len: usize) {
        if self.rows.len() <= i {
            self.rows.resize_with(i + 1, || None);
        }
        self.rows[i] = Some(Cached {
            raw: row.clone(),
            len,
            indicator: None,
            lent_to: self.check,
        });
    }

    /// Takes back a row's parse lent to this check.
    fn restore(&mut self, ind: Indicator<'_>) {
        let Some(Some(c)) = self.rows.get_mut(ind.index) else {
            return;
        };
        if c.lent_to == self.check && c.indicator.is_none() {
            c.indicator = Some(ind.with_raw(&BLANK));
        }
    }

    /// The parts of row `i` that differ from `row`: every part when it is not cached.
    pub(crate) fn diff(&self, i: usize, row: &RawIndicator) -> Parts {
        let Some(Some(c)) = self.rows.get(i) else {
            return Parts::ALL;
        };
        let parts = Column::ALL
            .iter()
            .filter(|col| !same_text(c.raw.cell(**col), row.cell(**col)))
            .fold(Parts::NONE, |p, col| p.or(Parts::of(*col)));
        if c.raw.is_empty() == row.is_empty() {
            parts
        } else {
            parts.or(Parts::FILLED)
        }
    }

    /// Forgets row `i` (parsed clipped, so not cached).
    pub(crate) fn forget(&mut self, i: usize) {
        if let Some(r) = self.rows.get_mut(i) {
            *r = None;
        }
    }

    /// Forgets the rows from `n` on: the table has no more, or they were not parsed.
    pub(crate) fn truncate(&mut self, n: usize) {
        self.rows.truncate(n);
    }
}

/// `a == b`, lengths first and empty cells without `memcmp`: comparing two empty strings
/// through it cost ~130 ns each natively (glibc on AMD EPYC; measured), and the weight and
/// direction cells are usually empty, which made the compare a third of a row's parse.
fn same_row(a: &RawIndicator, b: &RawIndicator) -> bool {
    let (a, b) = (a.cells(), b.cells());
    let pairs = || a.iter().zip(&b);
    pairs().all(|(x, y)| x.len() == y.len()) && pairs().all(|(x, y)| same_text(x, y))
}

/// `a == b`, without `memcmp` for two empty strings (see [`same_row`]).
fn same_text(a: &str, b: &str) -> bool {
    a.len() == b.len() && (a.is_empty() || a == b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Path;
    use crate::raw::Column;
    use crate::rules::testing::{good, row};

    /// Checks `t` with `c` and fresh, asserts they agree, and returns the diagnostics.
    fn agree(c: &mut Checker, t: &RawTable) -> Vec<Diagnostic> {
        let d: Vec<Diagnostic> = c.validate(t).iter().map(|d| (**d).clone()).collect();
        assert_eq!(d, crate::validate(t, c.profile()));
        d
    }

    /// The rows the cache holds, by index (`None`: not cached).
    fn cached(c: &Checker) -> Vec<Option<&RawIndicator>> {
        c.cache
            .rows
            .rows
            .iter()
            .map(|r| r.as_ref().map(|r| &r.raw))
            .collect()
    }

    #[test]
    fn reused_rows_give_the_fresh_diagnostics() {
        let seed = include_str!("../tests/data/seed.txt");
        let tables = crate::import_text(seed, &Profile::default()).tables;
        assert!(tables.len() > 5);
        let mut c = Checker::new(Profile::default());
        for t in &tables {
            agree(&mut c, t);
            agree(&mut c, t);
            assert_eq!(
                cached(&c),
                t.indicators.iter().map(Some).collect::<Vec<_>>()
            );
        }
        // Back to the first: every row's index and text are its own again.
        agree(&mut c, &tables[0]);
    }

    #[test]
    fn what_a_table_was_lent_is_given_back() {
        // Each check lends the rows' and header's readings to the table it builds; after it,
        // the cache holds them again, so the next check copies nothing.
        let mut c = Checker::new(Profile::default());
        let t = good();
        for _ in 0..3 {
            agree(&mut c, &t);
            assert!(c
                .cache
                .rows
                .rows
                .iter()
                .all(|r| r.as_ref().is_some_and(|r| r.indicator.is_some())));
            let h = &c.cache.header;
            assert!(
                h.department.value.is_some() && h.goal.value.is_some() && h.budget.value.is_some()
            );
            assert!(!h.goal.read_again || c.cache.changes.everything);
        }
        // A row whose parse was not given back is parsed again, and the answer is the same.
        c.cache.rows.rows[1].as_mut().unwrap().indicator = None;
        c.cache.header.goal.value = None;
        agree(&mut c, &t);
    }

    #[test]
    fn a_changed_row_is_parsed_again() {
        let mut c = Checker::new(Profile::default());
        let t = good();
        assert_eq!(agree(&mut c, &t), []);
        let mut typed = t.clone();
        typed.indicators[1].value = "九十八".into();
        let d = agree(&mut c, &typed);
        assert!(d.iter().any(|d| d.path.is_within(&Path::Row(1))), "{d:?}");
        assert_eq!(cached(&c)[1], Some(&typed.indicators[1]));
        assert_eq!(agree(&mut c, &t), []);
        // A cell that becomes empty, and a cell emptied into another's length.
        typed.indicators[1].value.clear();
        agree(&mut c, &typed);
        typed.indicators[1].weight = "98".into();
        agree(&mut c, &typed);
    }

    #[test]
    fn rows_added_removed_and_reordered() {
        let mut c = Checker::new(Profile::default());
        let mut t = good();
        agree(&mut c, &t);
        t.indicators.insert(
            0,
            row("产出指标", "数量指标", "体检人数", "≥", "5", "人", ""),
        );
        agree(&mut c, &t);
        t.indicators.push(t.indicators[0].clone());
        agree(&mut c, &t);
        t.indicators.swap(1, 4);
        agree(&mut c, &t);
        t.indicators.reverse();
        agree(&mut c, &t);
        t.indicators.truncate(2);
        agree(&mut c, &t);
        assert_eq!(cached(&c).len(), 2);
        t.indicators.clear();
        agree(&mut c, &t);
        assert!(cached(&c).is_empty());
        agree(&mut c, &good());
    }

    #[test]
    fn a_row_clipped_and_back() {
        let mut p = Profile::default();
        p.limits.max_text_length = 60;
        let mut c = Checker::new(p);
        let t = good();
        agree(&mut c, &t);
        let mut long = t.clone();
        long.indicators[2].name = "体检完成及时率".repeat(9);
        let d = agree(&mut c, &long);
        assert!(d.iter().any(|d| d.rule == "input-too-large"));
        assert_eq!(cached(&c)[2], None, "a clipped row is not cached");
        // Clipped twice in a row, then whole again.
        agree(&mut c, &long);
        assert_eq!(agree(&mut c, &t), []);
        assert_eq!(cached(&c)[2], Some(&t.indicators[2]));
        // A cell exactly at the limit is whole.
        long.indicators[2].name = "体".repeat(60);
        agree(&mut c, &long);
        assert_eq!(cached(&c)[2], Some(&long.indicators[2]));
    }

    #[test]
    fn only_rows_within_the_limits_are_cached() {
        let mut p = Profile::default();
        p.limits.max_rows = 3;
        let mut c = Checker::new(p);
        let t = good();
        agree(&mut c, &t);
        agree(&mut c, &t);
        assert_eq!(cached(&c).len(), 3);

        // Rows past `maxInputLength` are not parsed, so not cached.
        let mut p = Profile::default();
        let header: usize = crate::raw::Field::ALL
            .iter()
            .map(|f| crate::text::char_len(&t.field_text(*f)))
            .sum();
        let row_len = |r: &RawIndicator| -> usize {
            Column::ALL
                .iter()
                .map(|c| crate::text::char_len(r.cell(*c)))
                .sum()
        };
        p.limits.max_input_length = header + row_len(&t.indicators[0]) + row_len(&t.indicators[1]);
        let mut c = Checker::new(p);
        agree(&mut c, &t);
        let d = agree(&mut c, &t);
        assert!(d.iter().any(|d| d.rule == "input-too-large"));
        assert_eq!(cached(&c).len(), 2);
        // Shorter rows fit again; their lengths come from the cache.
        let mut short = t.clone();
        short.indicators.truncate(2);
        assert_eq!(
            agree(&mut c, &short),
            agree(&mut Checker::new(c.profile().clone()), &short)
        );
        short.indicators[1].name.push('率');
        agree(&mut c, &short);
        agree(&mut c, &t);
    }

    #[test]
    fn rows_are_remembered_while_the_project_name_stays() {
        let mut c = Checker::new(Profile::default());
        let mut t = good();
        agree(&mut c, &t);
        assert!(
            cached(&c).iter().all(Option::is_none),
            "a first table: nothing kept"
        );
        agree(&mut c, &t);
        assert_eq!(
            cached(&c).len(),
            t.indicators.len(),
            "the same table again: kept"
        );
        // Another project: a reviewer's next table. Its rows are not kept...
        let mut other = good();
        other.project_name.push_str("（二）");
        other.indicators[0].name.push('率');
        agree(&mut c, &other);
        assert_eq!(cached(&c)[0], Some(&t.indicators[0]));
        // ...and what was kept still answers for the rows that match.
        t.indicators[1].value.push('0');
        agree(&mut c, &t);
        agree(&mut c, &t);
        assert_eq!(cached(&c)[1], Some(&t.indicators[1]));
    }

    #[test]
    fn header_fields_read_again_when_changed() {
        let mut p = Profile::default();
        p.limits.max_text_length = 60;
        let mut c = Checker::new(p);
        let mut t = good();
        agree(&mut c, &t);
        t.department = "820001-".into();
        t.budget = "12万".into();
        agree(&mut c, &t);
        t.budget = "一百二十".into();
        t.implementing_unit.clear();
        agree(&mut c, &t);
        t.overall_goal = "做好体检。做好体检。".into();
        agree(&mut c, &t);
        // Clipped: read as its first 60 characters.
        t.overall_goal = "为老年人提供健康体检。".repeat(7);
        agree(&mut c, &t);
        t.overall_goal.push('。');
        agree(&mut c, &t);
        agree(&mut c, &good());
    }

    #[test]
    fn another_text_limit_empties_the_cache() {
        let t = good();
        let mut p = Profile::default();
        let mut cache = ParseCache::default();
        crate::table::Table::parse_with(&t, vec![], &p, Some(&mut cache));
        crate::table::Table::parse_with(&t, vec![], &p, Some(&mut cache));
        assert_eq!(cache.rows.rows.len(), t.indicators.len());
        p.limits.max_text_length = 5;
        let table = crate::table::Table::parse_with(&t, vec![], &p, Some(&mut cache));
        assert_eq!(table, crate::table::Table::parse(&t, vec![], &p));
        assert!(
            cache.rows.rows.iter().all(Option::is_none),
            "every row clipped"
        );
    }
}
