//! A 绩效目标表, parsed: the typed view that rules read.

use crate::amount::Amount;
use crate::checker::{Memo, ParseCache};
use crate::diagnostic::Path;
use crate::indicator::{Cell, Grades, Indicator};
use crate::input::InputIssue;
use crate::profile::Profile;
use crate::raw::{Column, Field, RawTable};
use std::borrow::Cow;

/// A parsed table. `raw` is exactly what was typed; the other fields are its typed reading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table<'a> {
    pub raw: &'a RawTable,
    /// The budget year (预算年度): the table's own, else the profile's.
    pub year: Option<i32>,
    /// 项目(政策)名称, cleaned.
    pub project_name: String,
    /// 主管部门, without code prefix or trailing dash.
    pub department: String,
    /// 实施单位, likewise.
    pub implementing_unit: String,
    pub budget: Cell<Amount>,
    /// 总体目标, cleaned.
    pub overall_goal: String,
    /// The goal split into sentences (at 。！？；and line breaks).
    pub goal_sentences: Vec<String>,
    /// The rows, up to the profile's row limit.
    pub indicators: Vec<Indicator<'a>>,
    /// What the input did not match in the contract, and what exceeded the profile's limits.
    pub issues: Vec<Issue>,
    /// The profile's qualitative grades, compacted once for every rule that asks.
    pub grades: Grades<'a>,
}

/// A problem with the input itself rather than with its content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Issue {
    /// A value of the wrong JSON/JS type.
    WrongType(InputIssue),
    /// More rows than `limits.maxRows`; the rest were not checked. (How many more is not
    /// said: the wasm boundary does not even read them.)
    TooManyRows { max: usize },
    /// A text longer than `limits.maxTextLength`; only its start was checked.
    TextTooLong { path: Path, len: usize, max: usize },
    /// More text in the whole table than `limits.maxInputLength`: rows from `first_unchecked`
    /// on were not checked.
    InputTooLong { max: usize, first_unchecked: usize },
}

impl<'a> Table<'a> {
    /// Parses `raw` under `profile`, with the issues found while reading it from JSON/JS.
    pub fn parse(
        raw: &'a RawTable,
        input_issues: Vec<InputIssue>,
        profile: &'a Profile,
    ) -> Table<'a> {
        Table::parse_with(raw, input_issues, profile, None)
    }

    /// [`Table::parse`], taking from `cache` the rows and header texts it holds unchanged and
    /// leaving there this table's ([`crate::Checker`]).
    pub(crate) fn parse_with(
        raw: &'a RawTable,
        input_issues: Vec<InputIssue>,
        profile: &'a Profile,
        cache: Option<&mut ParseCache>,
    ) -> Table<'a> {
        let mut whole = cache;
        let (mut cache, mut header) = match whole.as_deref_mut() {
            Some(c) => (Some(&mut c.rows), Some(&mut c.header)),
            None => (None, None),
        };
        let mut issues: Vec<Issue> = input_issues.into_iter().map(Issue::WrongType).collect();
        let max_len = profile.limits.max_text_length;
        // Characters so far, each text counted up to the per-text limit: the header's as it
        // is read (the year is a short number, never clipped).
        let counted = |s: &str| crate::text::char_len(s).min(max_len);
        let mut total: usize = counted(&raw.field_text(Field::Year));
        let mut clipped_field = |f: Field| {
            let text = raw.field_text(f);
            let len = crate::text::char_len(&text);
            total += len.min(max_len);
            clip(&mut issues, Path::Field(f), text, len, max_len)
        };
        let project_name = crate::text::clean(&clipped_field(Field::ProjectName));
        let department = Memo::get(
            header.as_deref_mut().map(|h| &mut h.department),
            &clipped_field(Field::Department),
            crate::org::name,
        );
        let implementing_unit = Memo::get(
            header.as_deref_mut().map(|h| &mut h.implementing_unit),
            &clipped_field(Field::ImplementingUnit),
            crate::org::name,
        );
        let budget = Memo::get(
            header.as_deref_mut().map(|h| &mut h.budget),
            &clipped_field(Field::Budget),
            |b| {
                if crate::text::is_blank(b) {
                    Cell::Blank
                } else {
                    Amount::parse(b).map_or(Cell::Invalid, Cell::Valid)
                }
            },
        );
        let (overall_goal, goal_sentences) = Memo::get(
            header.map(|h| &mut h.goal),
            &clipped_field(Field::OverallGoal),
            |g| (crate::text::clean(g), sentences(g)),
        );

        let max_rows = profile.limits.max_rows;
        let max_input = profile.limits.max_input_length;
        let mut first_unchecked = None;
        let mut indicators = Vec::with_capacity(raw.indicators.len().min(max_rows));
        let mut remember = false;
        // What changed since the last table, for the rules ([`crate::rules::Changes`]).
        let mut changed_rows = Vec::new();
        let mut changed_parts = crate::rules::Parts::NONE;
        if let Some(cache) = cache.as_deref_mut() {
            cache.limit(max_len);
            cache.start();
            remember = cache.same_table(&raw.project_name);
        }
        for (i, row) in raw.indicators.iter().take(max_rows).enumerate() {
            let cached = cache.as_deref_mut().and_then(|c| c.take(i, row));
            if let Some(c) = cache.as_deref() {
                let parts = match cached {
                    Some(_) => crate::rules::Parts::NONE,
                    None => c.diff(i, row),
                };
                changed_rows.push(parts);
                changed_parts = changed_parts.or(parts);
            }
            let row_len: usize = match &cached {
                Some((len, _)) => *len,
                None => Column::ALL.iter().map(|c| counted(row.cell(*c))).sum(),
            };
            total = total.saturating_add(row_len);
            if total > max_input {
                first_unchecked = Some(i);
                break;
            }
            // The cache holds only rows parsed whole.
            if let Some((_, indicator)) = cached {
                indicators.push(indicator);
                continue;
            }
            // Within the limit unless some cell counted as the limit itself.
            if row_len < max_len
                || !Column::ALL
                    .iter()
                    .any(|c| crate::text::char_len(row.cell(*c)) > max_len)
            {
                let indicator = Indicator::parse(i, row);
                if let Some(cache) = cache.as_deref_mut().filter(|_| remember) {
                    cache.put(i, row, row_len);
                }
                indicators.push(indicator);
                continue;
            }
            if let Some(cache) = cache.as_deref_mut() {
                cache.forget(i);
            }
            let mut clipped = row.clone();
            for col in Column::ALL {
                let cell = clipped.cell_mut(col);
                let len = crate::text::char_len(cell);
                if let Cow::Owned(c) = clip(
                    &mut issues,
                    Path::Cell(i, col),
                    cell.as_str().into(),
                    len,
                    max_len,
                ) {
                    *cell = c;
                }
            }
            indicators.push(Indicator::read(i, &clipped, row));
        }
        if let Some(cache) = cache {
            cache.truncate(indicators.len());
        }
        if let Some(first_unchecked) = first_unchecked {
            issues.push(Issue::InputTooLong {
                max: max_input,
                first_unchecked,
            });
        } else if raw.indicators.len() > max_rows {
            issues.push(Issue::TooManyRows { max: max_rows });
        }
        if let Some(c) = whole {
            changed_rows.truncate(indicators.len());
            c.changed(raw.year, &issues, changed_parts, changed_rows, remember);
        }
        Table {
            year: raw.year.or(profile.year),
            project_name,
            department,
            implementing_unit,
            budget,
            goal_sentences,
            overall_goal,
            indicators,
            issues,
            grades: Grades::new(&profile.qualitative_grades),
            raw,
        }
    }

    /// True when reading the input found a value of the wrong type at `path`: `invalid-input`
    /// reports it, so rules about that field's content stay quiet.
    pub fn has_input_issue(&self, path: Path) -> bool {
        self.issues
            .iter()
            .any(|i| matches!(i, Issue::WrongType(w) if w.path == path))
    }
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
    use crate::raw::RawIndicator;

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
        let t = Table::parse(&raw, vec![], &p);
        assert_eq!(t.project_name, "巡察经费");
        assert_eq!(t.department, "铁西区巡察工作领导小组办公室");
        assert!(matches!(t.budget, Cell::Valid(_)));
        assert_eq!(t.goal_sentences, ["提高了办学效率", "提高了办学效率"]);
        assert_eq!(t.year, Some(2024));
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
        assert_eq!(crate::text::char_len(&t.overall_goal), 10);
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
        assert_eq!(*t.raw, raw, "nothing typed is lost");
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
