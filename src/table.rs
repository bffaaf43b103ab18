//! A 绩效目标表, parsed: the typed view that rules read.
//!
//! A [`Table`] is its [`Header`] (everything but the indicator rows) and its rows
//! ([`Indicator`]s). A rule that looks at one row at a time is given one row and the header,
//! never the table ([`crate::rules::Check::Row`]), so that a form checks again only the row
//! that was typed in.

use crate::amount::Amount;
use crate::diagnostic::Path;
use crate::indicator::{Cell, Indicator};
use crate::input::InputIssue;
use crate::profile::AmountUnit;
use crate::profile::Profile;
use crate::lifecycle::{Execution, Num};
use crate::raw::{Column, Field, RawIndicator, RawTable, Stage, TableKind};
use crate::taxonomy::Framework;
use rust_decimal::Decimal;
use std::borrow::Cow;

/// A parsed table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub header: Header,
    /// The rows, up to the profile's row limit.
    pub indicators: Vec<Indicator>,
    /// What the input did not match in the contract, and what exceeded the profile's limits.
    pub issues: Vec<Issue>,
    /// 预算执行情况 of a monitoring or self-evaluation form: `None` when the form has none.
    pub execution: Option<Execution>,
}

/// Everything in a table but its rows, typed; what a row rule may read besides its row.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Header {
    /// The budget year (预算年度): the table's own, else the profile's.
    pub year: Option<i32>,
    /// 项目(政策)名称, cleaned.
    pub project_name: String,
    /// 主管部门, without code prefix or trailing dash.
    pub department: String,
    /// 实施单位, likewise.
    pub implementing_unit: String,
    pub budget: Cell<Amount>,
    /// 预算资金情况 as typed.
    pub budget_text: String,
    /// 总体目标, cleaned.
    pub overall_goal: String,
    /// 总体目标 as typed.
    pub goal_text: String,
    /// The goal split into sentences (at 。！？；and line breaks).
    pub goal_sentences: Vec<String>,
    /// The taxonomy the table is read in: the profile's, else the table's own
    /// ([`crate::taxonomy::detect`]).
    pub framework: Framework,
    /// What the table is for: as given, else read from the header ([`Header::parse`]).
    pub kind: TableKind,
    /// The money unit of the budget and of amounts written without one: the table's, else the
    /// profile's.
    pub amount_unit: AmountUnit,
    /// 年度主要任务, cleaned.
    pub tasks: String,
    /// 项目期, cleaned: the table says when the project runs.
    pub period: String,
    /// Which form of the year the table is.
    pub stage: Stage,
    /// The month a monitoring form reports to (`1-7月` → 7); `None` when it names none.
    pub month: Option<u32>,
    /// 监控截止月份 as typed, cleaned; `None` when the form has no such cell.
    pub month_text: Option<String>,
    /// 下一步措施 / 纠偏措施 for the whole table (monitoring), cleaned; `None` when the form has
    /// no such cell.
    pub measures: Option<String>,
    /// 分值 and 得分 totals (合计 / 总分), as read; `None` where the form has no such cell.
    pub total_weight: Option<Num>,
    pub total_score: Option<Num>,
    /// The indicator columns the form has: the profile's, else those some row fills.
    pub columns: Columns,
    /// The later forms' text cells that the form has (总体目标完成情况, 年度目标完成情况,
    /// 评价结论, 存在问题, 改进措施 …), cleaned: read through [`Header::text`]. None in a build
    /// without the later forms.
    texts: Vec<(Field, String)>,
}

/// The later forms' text cells [`Header::text`] reads (下一步措施 has its own,
/// [`Header::measures`]).
const LATER_TEXTS: [Field; 8] = [
    Field::GoalProgress,
    Field::GoalCompletion,
    Field::Process,
    Field::Grade,
    Field::Conclusion,
    Field::Problems,
    Field::Improvements,
    Field::OtherNotes,
];

/// A set of indicator columns ([`Header::columns`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Columns(u32);

impl Columns {
    pub fn has(self, c: Column) -> bool {
        self.0 & (1 << c as u32) != 0
    }

    fn with(self, c: Column) -> Columns {
        Columns(self.0 | (1 << c as u32))
    }

    /// The columns `profile` declares, else those some row fills with more than symbols.
    pub fn of(rows: &[Indicator], profile: &Profile) -> Columns {
        match &profile.columns {
            Some(declared) => declared.iter().fold(Columns::default(), |s, c| s.with(*c)),
            None => Column::TARGET
                .into_iter()
                .filter(|c| rows.iter().any(|r| filled(r.raw.cell(*c))))
                .fold(Columns::default(), |s, c| s.with(c)),
        }
    }
}

/// A problem with the input itself rather than with its content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Issue {
    /// A value of the wrong JSON/JS type.
    WrongType(InputIssue),
    /// More rows than `limits.maxRows`; the rest were not checked.
    TooManyRows { max: usize },
    /// A text longer than `limits.maxTextLength`; only its start was checked.
    TextTooLong { path: Path, len: usize, max: usize },
    /// More text in the whole table than `limits.maxInputLength`: rows from `first_unchecked`
    /// on were not checked.
    InputTooLong { max: usize, first_unchecked: usize },
}

impl Table {
    /// Parses `raw` under `profile`, with the issues found while reading it from JSON/JS.
    pub fn parse(raw: &RawTable, input_issues: Vec<InputIssue>, profile: &Profile) -> Table {
        let mut issues: Vec<Issue> = input_issues.into_iter().map(Issue::WrongType).collect();
        let header = Header::parse(raw, profile, &mut issues);
        let max_len = profile.limits.max_text_length;
        let max_input = profile.limits.max_input_length;
        // Characters so far, each text counted up to the per-text limit.
        let mut total = header_len(raw, max_len);
        let mut first_unchecked = None;
        let mut indicators = Vec::with_capacity(raw.indicators.len().min(profile.limits.max_rows));
        for (i, row) in raw
            .indicators
            .iter()
            .take(profile.limits.max_rows)
            .enumerate()
        {
            total = total.saturating_add(row_len(row, max_len));
            if total > max_input {
                first_unchecked = Some(i);
                break;
            }
            indicators.push(parse_row(i, row, max_len, &mut issues));
        }
        if let Some(first_unchecked) = first_unchecked {
            issues.push(Issue::InputTooLong {
                max: max_input,
                first_unchecked,
            });
        } else if raw.indicators.len() > profile.limits.max_rows {
            issues.push(Issue::TooManyRows {
                max: profile.limits.max_rows,
            });
        }
        let header_unit_yuan = header.amount_unit.yuan();
        let mut table = Table {
            header,
            indicators,
            issues,
            execution: if cfg!(feature = "lifecycle") {
                raw.execution
                    .as_ref()
                    .map(|e| Execution::read(e, header_unit_yuan))
            } else {
                None
            },
        };
        table.header.framework = table.framework(profile);
        table.header.columns = Columns::of(&table.indicators, profile);
        table
    }

    /// The framework the table is read in under `profile`.
    pub fn framework(&self, profile: &Profile) -> Framework {
        profile.framework.unwrap_or_else(|| {
            crate::taxonomy::detect(
                self.indicators
                    .iter()
                    .map(|r| (r.level1.get(), r.level2.get().or(r.level2_in_level1))),
            )
        })
    }

    /// True when reading the input found a value of the wrong type at `path`: `invalid-input`
    /// reports it, so rules about that field's content stay quiet.
    pub fn has_input_issue(&self, path: Path) -> bool {
        has_input_issue(&self.issues, path)
    }
}

/// [`Table::has_input_issue`] in a list of issues.
pub fn has_input_issue(issues: &[Issue], path: Path) -> bool {
    issues
        .iter()
        .any(|i| matches!(i, Issue::WrongType(w) if w.path == path))
}

impl Header {
    /// Reads the header of `raw`, clipping texts over the profile's limit (reported in
    /// `issues`).
    pub fn parse(raw: &RawTable, profile: &Profile, issues: &mut Vec<Issue>) -> Header {
        let max_len = profile.limits.max_text_length;
        let mut field = |f: Field| {
            let text = raw.field_text(f);
            let len = crate::text::char_len(&text);
            clip(issues, Path::Field(f), text, len, max_len).into_owned()
        };
        let project_name = crate::text::clean(&field(Field::ProjectName));
        let department = crate::org::name(&field(Field::Department));
        let implementing_unit = crate::org::name(&field(Field::ImplementingUnit));
        let budget_text = field(Field::Budget);
        let goal_text = field(Field::OverallGoal);
        let texts = if cfg!(feature = "lifecycle") {
            LATER_TEXTS
                .into_iter()
                .filter(|f| raw.cell_of(*f).is_some())
                .map(|f| (f, crate::text::clean(&field(f))))
                .collect()
        } else {
            Vec::new()
        };
        let kind = match raw.kind {
            TableKind::Unset => kind_of(raw, &project_name, &goal_text),
            k => k,
        };
        Header {
            year: raw.year.or(profile.year),
            project_name,
            department,
            implementing_unit,
            budget: if crate::text::is_blank(&budget_text) {
                Cell::Blank
            } else {
                Amount::parse(&budget_text).map_or(Cell::Invalid, Cell::Valid)
            },
            budget_text,
            overall_goal: crate::text::clean(&goal_text),
            goal_sentences: sentences(&goal_text),
            framework: profile.framework.unwrap_or_default(),
            kind,
            amount_unit: amount_unit(raw, profile),
            tasks: crate::text::clean(&field(Field::Tasks)),
            period: crate::text::clean(&field(Field::Period)),
            stage: raw.stage,
            month: raw.month.as_deref().and_then(crate::lifecycle::light::month),
            month_text: raw.month.as_deref().map(crate::text::clean),
            measures: raw.measures.as_deref().map(crate::text::clean),
            total_weight: raw.total_weight.as_deref().map(Num::parse),
            total_score: raw.total_score.as_deref().map(Num::parse),
            columns: Columns::default(),
            goal_text,
            texts,
        }
    }

    /// A later form's text cell (评价结论, 存在问题 …), cleaned: `None` when the form has no such
    /// cell, `Some("")` when it is blank. `None` for the fields it does not keep (the target
    /// table's, read from their own fields, and the totals, read as numbers).
    pub fn text(&self, field: Field) -> Option<&str> {
        self.texts
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, t)| t.as_str())
    }
}

impl Header {
    /// The budget in 元, when it is a positive amount: in its own unit, else the table's.
    pub fn budget_yuan(&self) -> Option<Decimal> {
        let b = self.budget.get()?;
        let yuan = b.value.checked_mul(Decimal::from(
            b.unit_yuan.unwrap_or(self.amount_unit.yuan()),
        ))?;
        (yuan > Decimal::ZERO).then_some(yuan)
    }
}

/// True when a cell holds more than a dash or slash (what an unused column prints).
fn filled(cell: &str) -> bool {
    !crate::text::compact(cell)
        .trim_matches(['-', '—', '－', '/', '／', '\\', '.', '。', '、'])
        .is_empty()
}

/// A table's money unit: its own (`amountUnit`), else the profile's.
pub fn amount_unit(raw: &RawTable, profile: &Profile) -> AmountUnit {
    AmountUnit::parse(&raw.amount_unit).unwrap_or(profile.amount_unit)
}

/// What a table whose kind is not given is for, from its header: a department's as a whole
/// when it has 年度主要任务 or no project name but a department, or names itself so.
fn kind_of(raw: &RawTable, project_name: &str, goal: &str) -> TableKind {
    let says = |s: &str| s.contains("部门整体") || s.contains("整体支出");
    if says(project_name)
        || (!crate::text::is_only_symbols(&raw.tasks))
        || (crate::text::is_only_symbols(project_name)
            && !crate::text::is_only_symbols(&raw.department)
            && says(goal))
    {
        TableKind::Department
    } else {
        TableKind::Project
    }
}

/// The characters of the header's texts, each counted up to `max_len`.
pub fn header_len(raw: &RawTable, max_len: usize) -> usize {
    Field::ALL
        .iter()
        .map(|f| crate::text::char_len(&raw.field_text(*f)).min(max_len))
        .sum()
}

/// The characters of a row's cells, each counted up to `max_len`.
pub fn row_len(row: &RawIndicator, max_len: usize) -> usize {
    row.cells()
        .iter()
        .map(|c| crate::text::char_len(c).min(max_len))
        .sum()
}

/// Reads row `i`, clipping cells over `max_len` (reported in `issues`).
pub fn parse_row(
    i: usize,
    row: &RawIndicator,
    max_len: usize,
    issues: &mut Vec<Issue>,
) -> Indicator {
    if row.cells().iter().all(|c| c.len() <= max_len) {
        // No cell has more bytes, so none has more characters, than the limit.
        return Indicator::parse(i, row);
    }
    let mut clipped = row.clone();
    for col in Column::ALL {
        let cell = clipped.cell_mut(col);
        let len = crate::text::char_len(cell);
        if let Cow::Owned(c) = clip(
            issues,
            Path::Cell(i, col),
            cell.as_str().into(),
            len,
            max_len,
        ) {
            *cell = c;
        }
    }
    Indicator::read(i, &clipped, row)
}

/// `s`, of `len` characters, cut to `max`; a cut is reported in `issues`.
fn clip<'s>(
    issues: &mut Vec<Issue>,
    path: Path,
    s: Cow<'s, str>,
    len: usize,
    max: usize,
) -> Cow<'s, str> {
    if len <= max {
        return s;
    }
    issues.push(Issue::TextTooLong { path, len, max });
    s.chars().take(max).collect::<String>().into()
}

/// Splits text into sentences at 。！？；!?; and line breaks, trimmed, empties dropped.
pub fn sentences(s: &str) -> Vec<String> {
    s.split(SENTENCE_ENDS)
        .map(crate::text::clean)
        .filter(|s| !crate::text::is_only_symbols(s))
        .collect()
}

/// Where [`sentences`] splits.
const SENTENCE_ENDS: [char; 9] = ['。', '！', '？', '；', '!', '?', ';', '\n', '\r'];

/// The sentences of `s` as typed and as [`sentences`] gives them: each piece of the original
/// text with its own punctuation and spacing, beside its cleaned text (which may be only
/// symbols or empty, e.g. the space between two sentences). The pieces concatenate back to `s`.
pub fn sentence_pieces(s: &str) -> impl Iterator<Item = (&str, String)> {
    s.split_inclusive(SENTENCE_ENDS).map(|piece| {
        (
            piece,
            crate::text::clean(piece.trim_end_matches(SENTENCE_ENDS)),
        )
    })
}

/// `s` without the sentences for which `drop` returns true (it gets each sentence cleaned, as
/// [`sentences`] gives it), each kept sentence with its own punctuation and spacing, the whole
/// trimmed.
pub fn remove_sentences(s: &str, mut drop: impl FnMut(&str) -> bool) -> String {
    let mut out = String::with_capacity(s.len());
    for (piece, sentence) in sentence_pieces(s) {
        if crate::text::is_only_symbols(&sentence) || !drop(&sentence) {
            out.push_str(piece);
        }
    }
    out.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_header_fields() {
        let raw = RawTable {
            project_name: " 巡察经费 ".into(),
            department: "820001-铁西区巡察工作领导小组办公室".into(),
            budget: "34.16".into(),
            overall_goal: "提高了办学效率。 提高了办学效率。".into(),
            ..Default::default()
        };
        let p = Profile {
            year: Some(2024),
            ..Default::default()
        };
        let t = Table::parse(&raw, vec![], &p).header;
        assert_eq!(t.project_name, "巡察经费");
        assert_eq!(t.department, "铁西区巡察工作领导小组办公室");
        assert!(matches!(t.budget, Cell::Valid(_)));
        assert_eq!(t.goal_sentences, ["提高了办学效率", "提高了办学效率"]);
        assert_eq!(t.year, Some(2024));
    }

    #[test]
    #[cfg(feature = "lifecycle")]
    fn later_texts_as_the_form_has_them() {
        let raw = RawTable {
            stage: Stage::SelfEvaluation,
            goal_completion: Some("  全年开展宣传活动6次。 ".into()),
            problems: Some(String::new()),
            ..Default::default()
        };
        let h = Table::parse(&raw, vec![], &Profile::default()).header;
        assert_eq!(h.text(Field::GoalCompletion), Some("全年开展宣传活动6次。"));
        assert_eq!(h.text(Field::Problems), Some(""), "blank: the cell is there");
        assert_eq!(h.text(Field::Conclusion), None, "the form has no such cell");
        assert_eq!(h.text(Field::OverallGoal), None, "a target field: read its own");
    }

    #[test]
    fn limits_clip_and_report() {
        let raw = RawTable {
            overall_goal: "很".repeat(20),
            indicators: vec![RawIndicator::default(); 5],
            ..Default::default()
        };
        let mut p = Profile::default();
        p.limits.max_rows = 3;
        p.limits.max_text_length = 10;
        let t = Table::parse(&raw, vec![], &p);
        assert_eq!(t.indicators.len(), 3);
        assert_eq!(crate::text::char_len(&t.header.overall_goal), 10);
        assert_eq!(
            t.issues,
            [
                Issue::TextTooLong {
                    path: Path::Field(Field::OverallGoal),
                    len: 20,
                    max: 10
                },
                Issue::TooManyRows { max: 3 }
            ]
        );
    }

    #[test]
    fn clipped_rows_keep_what_was_typed() {
        let row = RawIndicator {
            name: "长".repeat(30),
            ..Default::default()
        };
        let mut issues = Vec::new();
        let ind = parse_row(0, &row, 10, &mut issues);
        assert_eq!(crate::text::char_len(&ind.name), 10);
        assert_eq!(ind.raw, row, "nothing typed is lost");
        assert_eq!(issues.len(), 1);
    }

    #[test]
    fn removes_sentences_keeping_the_rest() {
        let goal = "提高了办学效率，为完成九年义务教育奠定了良好的基础。 提高了办学效率，为完成九年义务教育奠定了良好的基础。";
        let mut seen = std::collections::HashSet::new();
        assert_eq!(
            remove_sentences(goal, |s| !seen.insert(s.to_string())),
            "提高了办学效率，为完成九年义务教育奠定了良好的基础。"
        );
        assert_eq!(
            remove_sentences("确保单位正常运转。\n做好印刷。 ", |s| s
                == "确保单位正常运转"),
            "做好印刷。"
        );
        assert_eq!(remove_sentences("甲。乙", |s| s == "乙"), "甲。");
        let pieces: Vec<_> = sentence_pieces("甲，乙。 丙").collect();
        assert_eq!(
            pieces,
            [("甲，乙。", "甲,乙".to_string()), (" 丙", "丙".to_string())]
        );
    }
}
