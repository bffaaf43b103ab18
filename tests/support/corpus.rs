//! The development corpus (`tests/data/real/`, see its README): real published tables with a
//! reviewer's labels, and how jixiao's findings measure against them. Shared by the gate
//! (`tests/corpus.rs`) and the report (`examples/accuracy.rs`).

#![allow(dead_code)] // Each of the two users reads part of it.

use jixiao::{Diagnostic, Path, Profile, RawTable, Severity};
use serde::Deserialize;
use std::collections::BTreeMap;

/// One corpus file.
pub struct Entry {
    pub file: String,
    pub source: Source,
    pub table: RawTable,
    pub labels: Labels,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Source {
    pub url: String,
    pub issuer: String,
    pub province: String,
    pub year: Option<i32>,
    pub kind: String,
    pub stage: String,
    pub columns: Vec<String>,
    pub truncated: bool,
    /// Fields the page did not show (the excerpt starts below them, or they are on another
    /// page): findings there are not judged.
    #[serde(rename = "notShown")]
    pub not_shown: Vec<String>,
    /// What the deployment would say of this form (jixiao's options), when it is more than the
    /// defaults: the fields an approval table (批复表) has, say.
    pub profile: Option<serde_json::Value>,
    pub notes: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Labels {
    pub expect: Vec<Label>,
    pub silent: Vec<Label>,
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct Label {
    pub rule: String,
    pub path: Option<String>,
    pub why: String,
    /// On a `silent` label, the lowest severity that must not be reported: `warning` (the
    /// default: a note for the user's judgement is allowed) or `info`.
    pub severity: Option<Severity>,
}

impl Label {
    /// True when `d` is what this label speaks of: the same rule, at the label's path or
    /// inside it (no path: anywhere).
    pub fn matches(&self, d: &Diagnostic) -> bool {
        d.rule == self.rule.as_str()
            && match self.path.as_deref().map(Path::parse) {
                None => true,
                Some(Some(p)) => d.path.is_within(&p),
                Some(None) => false,
            }
    }
}

/// Reads every corpus file, in name order.
pub fn load() -> Vec<Entry> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/real");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/data/real")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let file = path.file_name().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&path).unwrap();
            let mut v: serde_json::Value =
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
            let take = |v: &mut serde_json::Value, k: &str| v[k].take();
            let source = serde_json::from_value(take(&mut v, "source"))
                .unwrap_or_else(|e| panic!("{file}: source: {e}"));
            let labels = serde_json::from_value(take(&mut v, "labels"))
                .unwrap_or_else(|e| panic!("{file}: labels: {e}"));
            let (table, issues) = jixiao::input::read(take(&mut v, "table"))
                .unwrap_or_else(|e| panic!("{file}: table: {e}"));
            assert!(
                issues.is_empty(),
                "{file}: the table is not in the contract: {issues:?}"
            );
            Entry {
                file,
                source,
                table,
                labels,
            }
        })
        .collect()
}

/// How one finding is judged by a table's labels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Judged {
    /// A labelled defect.
    True,
    /// Labelled as what must stay silent.
    False,
    Unlabelled,
    /// About what a page that cut the table short does not show: a finding about the rows as
    /// a whole (a level missing, weights that do not add up, no row saying when) on a
    /// truncated table, or about a field the page does not show. Neither true nor false, and
    /// not counted.
    Unknowable,
}

/// One table checked and judged.
pub struct Outcome<'a> {
    pub entry: &'a Entry,
    pub findings: Vec<(Diagnostic, Judged)>,
    /// `expect` labels of rules jixiao has, and whether a finding matched each.
    pub expected: Vec<(&'a Label, bool)>,
    /// `expect` labels naming rules jixiao does not have.
    pub pending: Vec<&'a Label>,
}

impl Outcome<'_> {
    pub fn lost(&self) -> impl Iterator<Item = &Label> {
        self.expected.iter().filter(|(_, f)| !f).map(|(l, _)| *l)
    }

    /// Findings labelled silent, at any severity.
    pub fn fired_silent(&self) -> impl Iterator<Item = &Diagnostic> {
        self.findings
            .iter()
            .filter(|(_, j)| *j == Judged::False)
            .map(|(d, _)| d)
    }

    /// Errors and warnings no label speaks of.
    pub fn unlabelled(&self) -> impl Iterator<Item = &Diagnostic> {
        self.findings
            .iter()
            .filter(|(d, j)| *j == Judged::Unlabelled && d.severity != Severity::Info)
            .map(|(d, _)| d)
    }
}

/// The profile a corpus table is checked under: the defaults, as a portal that has not been
/// told anything about the form would use, with the options its `source.profile` gives.
pub fn profile(entry: &Entry) -> Profile {
    entry
        .source
        .profile
        .clone()
        .map_or_else(Profile::default, |options| {
            serde_json::from_value(options)
                .unwrap_or_else(|e| panic!("{}: source.profile: {e}", entry.file))
        })
}

/// Checks `entry` and judges each finding by its labels.
pub fn judge(entry: &Entry) -> Outcome<'_> {
    let found = jixiao::validate(&entry.table, &profile(entry));
    let known = |rule: &str| jixiao::rules::find(rule).is_some();
    let findings =
        found
            .into_iter()
            .map(|d| {
                let j =
                    if entry.labels.expect.iter().any(|l| l.matches(&d)) {
                        Judged::True
                    } else if (entry.source.truncated && d.path == Path::Indicators)
                        || entry
                            .source
                            .not_shown
                            .iter()
                            .any(|p| Path::parse(p).is_some_and(|p| d.path.is_within(&p)))
                    {
                        Judged::Unknowable
                    } else if entry.labels.silent.iter().any(|l| {
                        l.matches(&d) && d.severity >= l.severity.unwrap_or(Severity::Warning)
                    }) {
                        Judged::False
                    } else {
                        Judged::Unlabelled
                    };
                (d, j)
            })
            .collect::<Vec<_>>();
    let expected = entry
        .labels
        .expect
        .iter()
        .filter(|l| known(&l.rule))
        .map(|l| (l, findings.iter().any(|(d, _)| l.matches(d))))
        .collect();
    let pending = entry
        .labels
        .expect
        .iter()
        .filter(|l| !known(&l.rule))
        .collect();
    Outcome {
        entry,
        findings,
        expected,
        pending,
    }
}

/// Counts of one rule's (or severity's) findings by judgement.
#[derive(Default, Clone, Copy)]
pub struct Tally {
    pub true_: usize,
    pub false_: usize,
    pub unlabelled: usize,
    pub unknowable: usize,
}

impl Tally {
    fn add(&mut self, j: Judged) {
        match j {
            Judged::True => self.true_ += 1,
            Judged::False => self.false_ += 1,
            Judged::Unlabelled => self.unlabelled += 1,
            Judged::Unknowable => self.unknowable += 1,
        }
    }

    /// Labelled-true findings over all findings; `None` without findings.
    pub fn precision(&self) -> Option<f64> {
        let all = self.true_ + self.false_ + self.unlabelled;
        (all > 0).then(|| self.true_ as f64 / all as f64)
    }
}

/// Findings by rule and by severity.
pub fn tallies(outcomes: &[Outcome]) -> (BTreeMap<String, Tally>, BTreeMap<Severity, Tally>) {
    let mut by_rule: BTreeMap<String, Tally> = BTreeMap::new();
    let mut by_severity: BTreeMap<Severity, Tally> = BTreeMap::new();
    for o in outcomes {
        for (d, j) in &o.findings {
            by_rule.entry(d.rule.to_string()).or_default().add(*j);
            by_severity.entry(d.severity).or_default().add(*j);
        }
    }
    (by_rule, by_severity)
}
