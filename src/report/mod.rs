//! A batch of checked tables, and the forms a reviewer takes them in (feature `cli`):
//! [`TableReport`] per table (serialised as `jixiao check --format json` prints it), the
//! review workbook ([`review_workbook`]), CSV ([`csv`]) and SARIF 2.1.0 ([`sarif`]); and a table
//! in the standard 绩效目标表 layout as a workbook ([`table_workbook`]).
//!
//! **Verdict and grade.** A table's quality score is 100 − 10 per error − 4 per warning − 1
//! per info (the importer's repair notes count as info), at least 0; the grade is 优 90–100,
//! 良 80–89, 中 60–79, 差 0–59 — the bands of the self-evaluation grades in the domain's
//! guidance. A table with any error, or graded 差, is 退回修改 (returned for revision); the
//! others are 通过 (passed).

mod sarif_impl;
mod xlsx;

use crate::diagnostic::{Counts, Diagnostic, Severity};
use crate::import::GridCell;
use crate::opinion::Opinion;
use crate::raw::RawTable;
use serde::{Serialize, Serializer};

pub use sarif_impl::sarif;
pub use xlsx::{review_workbook, table_workbook, Unreadable};

/// One checked table.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TableReport {
    pub file: String,
    /// The worksheet, for a table read from a workbook.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    pub project_name: String,
    pub department: String,
    pub budget: String,
    /// The form: `target`, `monitoring` or `selfEvaluation`.
    pub stage: crate::raw::Stage,
    pub counts: Counts,
    pub verdict: Shown<Verdict>,
    pub score: u32,
    pub grade: Shown<Grade>,
    pub diagnostics: Vec<Finding>,
    #[serde(skip)]
    pub table: RawTable,
    #[serde(skip)]
    pub opinion: Opinion,
    /// Whether messages, verdicts and grades are in Chinese.
    #[serde(skip)]
    pub zh: bool,
}

/// A diagnostic and the cell it is about, for a table read from a workbook.
#[derive(Clone, Debug, Serialize)]
pub struct Finding {
    #[serde(flatten)]
    pub diagnostic: Diagnostic,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    /// `B12`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cell: Option<String>,
    #[serde(skip)]
    pub at: Option<GridCell>,
}

impl TableReport {
    /// A report on `table` from its findings, with the verdict, score and grade.
    pub fn new(
        file: String,
        sheet: Option<String>,
        table: RawTable,
        diagnostics: Vec<Finding>,
        opinion: Opinion,
        zh: bool,
    ) -> TableReport {
        let counts = Counts::of(diagnostics.iter().map(|f| &f.diagnostic));
        let (score, grade) = grade(counts);
        let verdict = if counts.error > 0 || grade == Grade::Poor {
            Verdict::Return
        } else {
            Verdict::Pass
        };
        TableReport {
            file,
            sheet,
            project_name: table.project_name.clone(),
            department: table.department.clone(),
            budget: table.budget.clone(),
            stage: table.stage,
            counts,
            verdict: verdict.in_locale(zh),
            score,
            grade: grade.in_locale(zh),
            diagnostics,
            table,
            opinion,
            zh,
        }
    }
}

/// 通过 or 退回修改.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verdict {
    /// 退回修改: the table has errors, or is graded 差.
    Return,
    /// 通过.
    Pass,
}

/// A [`Verdict`] or [`Grade`] with the locale it is shown in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Shown<T> {
    pub value: T,
    pub zh: bool,
}

impl Verdict {
    fn in_locale(self, zh: bool) -> Shown<Verdict> {
        Shown { value: self, zh }
    }

    pub fn label(self, zh: bool) -> &'static str {
        match (self, zh) {
            (Verdict::Pass, true) => "通过",
            (Verdict::Return, true) => "退回修改",
            (Verdict::Pass, false) => "Pass",
            (Verdict::Return, false) => "Return for revision",
        }
    }
}

/// 优 / 良 / 中 / 差.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Grade {
    Excellent,
    Good,
    Fair,
    Poor,
}

impl Grade {
    fn in_locale(self, zh: bool) -> Shown<Grade> {
        Shown { value: self, zh }
    }

    pub fn label(self, zh: bool) -> &'static str {
        match (self, zh) {
            (Grade::Excellent, true) => "优",
            (Grade::Good, true) => "良",
            (Grade::Fair, true) => "中",
            (Grade::Poor, true) => "差",
            (Grade::Excellent, false) => "Excellent",
            (Grade::Good, false) => "Good",
            (Grade::Fair, false) => "Fair",
            (Grade::Poor, false) => "Poor",
        }
    }
}

impl Shown<Verdict> {
    pub fn label(self) -> &'static str {
        self.value.label(self.zh)
    }
}

impl Shown<Grade> {
    pub fn label(self) -> &'static str {
        self.value.label(self.zh)
    }
}

impl Serialize for Shown<Verdict> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.label())
    }
}

impl Serialize for Shown<Grade> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.label())
    }
}

/// The quality score and grade of a table with these counts (module doc).
pub fn grade(c: Counts) -> (u32, Grade) {
    let lost = 10 * c.error + 4 * c.warning + c.info;
    let score = 100usize.saturating_sub(lost) as u32;
    let grade = match score {
        90.. => Grade::Excellent,
        80..=89 => Grade::Good,
        60..=79 => Grade::Fair,
        _ => Grade::Poor,
    };
    (score, grade)
}

/// The severity's name as the reports show it.
pub fn severity_label(s: Severity, zh: bool) -> &'static str {
    match (s, zh) {
        (Severity::Error, true) => "错误",
        (Severity::Warning, true) => "警告",
        (Severity::Info, true) => "提示",
        (s, false) => s.as_str(),
    }
}

/// Where a finding is, in words: `第3行` or the field's label; empty for the table as a whole.
pub fn row_label(d: &Diagnostic, zh: bool) -> String {
    use crate::diagnostic::Path;
    match d.path {
        Path::Root => String::new(),
        Path::Field(f) => if zh { f.label_zh() } else { f.label_en() }.to_string(),
        Path::Indicators => if zh { "绩效指标" } else { "indicators" }.to_string(),
        Path::Row(i) | Path::Cell(i, _) => {
            if zh {
                format!("第{}行", i + 1)
            } else {
                format!("row {}", i + 1)
            }
        }
        Path::Execution | Path::Exec(_) | Path::Source(..) => if zh {
            "预算执行情况"
        } else {
            "budget execution"
        }
        .to_string(),
    }
}

/// One row per finding, RFC 4180, with a header: file, sheet, cell, project, row, path, rule,
/// severity, message, fix.
pub fn csv(reports: &[TableReport]) -> String {
    let mut out = String::from("file,sheet,cell,project,row,path,rule,severity,message,fix\r\n");
    for r in reports {
        for f in &r.diagnostics {
            let d = &f.diagnostic;
            let fields = [
                r.file.as_str(),
                r.sheet.as_deref().unwrap_or(""),
                f.cell.as_deref().unwrap_or(""),
                r.project_name.as_str(),
                &row_label(d, r.zh),
                &d.path.to_string(),
                d.rule.as_str(),
                d.severity.as_str(),
                d.message.as_str(),
                d.fix.as_ref().map_or("", |f| f.label.as_str()),
            ];
            let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
            out.push_str(&line.join(","));
            out.push_str("\r\n");
        }
    }
    out
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grades_by_score_bands() {
        let c = |error, warning, info| Counts {
            error,
            warning,
            info,
        };
        assert_eq!(grade(c(0, 0, 0)), (100, Grade::Excellent));
        assert_eq!(grade(c(0, 2, 2)), (90, Grade::Excellent));
        assert_eq!(grade(c(1, 0, 1)), (89, Grade::Good));
        assert_eq!(grade(c(2, 5, 0)), (60, Grade::Fair));
        assert_eq!(grade(c(3, 3, 4)), (54, Grade::Poor));
        assert_eq!(grade(c(20, 0, 0)), (0, Grade::Poor));
    }

    #[test]
    fn returned_on_errors_or_a_poor_grade() {
        use crate::diagnostic::Path;
        let finding = |severity| Finding {
            diagnostic: Diagnostic {
                id: String::new(),
                rule: crate::rules::RuleId::required_field,
                severity,
                path: Path::Root,
                message: String::new(),
                fix: None,
            },
            sheet: None,
            cell: None,
            at: None,
        };
        let report = |findings: Vec<Finding>| {
            let t = RawTable::default();
            let o = Opinion {
                sections: Vec::new(),
            };
            TableReport::new("f".into(), None, t, findings, o, true)
        };
        let r = report(vec![finding(Severity::Warning); 3]);
        assert_eq!(
            (r.verdict.label(), r.grade.label(), r.score),
            ("通过", "良", 88)
        );
        let r = report(vec![finding(Severity::Warning); 11]);
        assert_eq!((r.verdict.label(), r.grade.label()), ("退回修改", "差"));
        let r = report(vec![finding(Severity::Error)]);
        assert_eq!((r.verdict.label(), r.grade.label()), ("退回修改", "优"));
        let r = report(Vec::new());
        assert_eq!(
            (r.verdict.label(), r.grade.label(), r.score),
            ("通过", "优", 100)
        );
    }

    #[test]
    fn csv_quotes_what_needs_it() {
        assert_eq!(csv_field("a"), "a");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"x\"\nnext"), "\"say \"\"x\"\"\nnext\"");
    }
}
