//! The later forms' cells, read once: numbers as written (`97.31%`, `1,250.00`, `—`), the
//! execution block and each row's progress. Rules read these, never the strings.

use crate::raw::{Column, RawExecution, RawIndicator, RawSource};
use crate::value::ValueCell;
use rust_decimal::Decimal;

/// A number cell of the later forms (amounts, rates, weights, scores).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Num {
    /// Nothing typed.
    #[default]
    Blank,
    /// `—`, `－`, `-`, `/`: not applicable (an unused fund row, the 分值 of a sub-row).
    NotApplicable,
    /// A number; `percent` when written with `%` (`97.31%` is 97.31 with percent set);
    /// `decimals` as written (`9.40` has 2).
    Number {
        value: Decimal,
        percent: bool,
        decimals: u32,
    },
    /// Text that is not a number (`满分`, `10分`, `优`).
    Text,
}

impl Num {
    pub fn parse(s: &str) -> Num {
        let c = crate::text::compact(s);
        let c = c.trim();
        if c.is_empty() {
            return Num::Blank;
        }
        if c.chars()
            .all(|ch| matches!(ch, '—' | '－' | '-' | '/' | '／' | '–' | '\\'))
        {
            return Num::NotApplicable;
        }
        let (body, percent) = match c.strip_suffix(['%', '％']) {
            Some(b) => (b, true),
            None => (c, false),
        };
        match crate::amount::parse_decimal(body) {
            Some(value) => Num::Number {
                value,
                percent,
                decimals: body.split_once('.').map_or(0, |(_, f)| f.len() as u32),
            },
            None => Num::Text,
        }
    }

    /// The number, if it is one.
    pub fn value(&self) -> Option<Decimal> {
        match self {
            Num::Number { value, .. } => Some(*value),
            _ => None,
        }
    }

    pub fn is_blank(&self) -> bool {
        *self == Num::Blank
    }
}

/// A cell the form may not have: `None` when it has none.
fn num(cell: &Option<String>) -> Option<Num> {
    cell.as_deref().map(Num::parse)
}

/// A text cell the form may not have, cleaned.
fn text(cell: Option<&str>) -> Option<String> {
    cell.map(crate::text::clean)
}

/// 预算执行情况, read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Execution {
    pub initial_budget: Option<Num>,
    pub annual_budget: Option<Num>,
    pub executed: Option<Num>,
    pub rate: Option<Num>,
    pub weight: Option<Num>,
    pub score: Option<Num>,
    pub reason: Option<String>,
    pub projected_executed: Option<Num>,
    pub light: Option<String>,
    pub measures: Option<String>,
    pub sources: Option<Vec<SourceRow>>,
}

/// One funding source row, read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SourceRow {
    pub name: String,
    pub initial_budget: Option<Num>,
    pub annual_budget: Option<Num>,
    pub executed: Option<Num>,
    pub rate: Option<Num>,
}

/// An amount cell the form may not have, in the table's money unit (`unit_yuan` 元 each): a
/// number as [`Num::parse`] reads it, or one written with its own unit (`4753.66万元`,
/// `1,250,700元`), converted.
fn amount(cell: &Option<String>, unit_yuan: u64) -> Option<Num> {
    let n = num(cell)?;
    if n != Num::Text {
        return Some(n);
    }
    let converted = cell
        .as_deref()
        .and_then(crate::amount::Amount::parse)
        .and_then(|a| a.in_unit(unit_yuan));
    Some(match converted {
        Some(value) => Num::Number {
            value,
            percent: false,
            decimals: value.scale(),
        },
        None => Num::Text,
    })
}

impl Execution {
    /// Reads the block of a table whose money unit is `unit_yuan` 元 (10 000 for 万元).
    pub fn read(raw: &RawExecution, unit_yuan: u64) -> Execution {
        Execution {
            initial_budget: amount(&raw.initial_budget, unit_yuan),
            annual_budget: amount(&raw.annual_budget, unit_yuan),
            executed: amount(&raw.executed, unit_yuan),
            rate: num(&raw.rate),
            weight: num(&raw.weight),
            score: num(&raw.score),
            reason: text(raw.reason.as_deref()),
            projected_executed: amount(&raw.projected_executed, unit_yuan),
            light: text(raw.light.as_deref()),
            measures: text(raw.measures.as_deref()),
            sources: raw
                .sources
                .as_ref()
                .map(|s| s.iter().map(|s| SourceRow::read(s, unit_yuan)).collect()),
        }
    }
}

impl SourceRow {
    fn read(raw: &RawSource, unit_yuan: u64) -> SourceRow {
        SourceRow {
            name: crate::text::clean(&raw.name),
            initial_budget: amount(&raw.initial_budget, unit_yuan),
            annual_budget: amount(&raw.annual_budget, unit_yuan),
            executed: amount(&raw.executed, unit_yuan),
            rate: num(&raw.rate),
        }
    }
}

/// A row's progress in the later forms: what was reached, scored and explained. Built only
/// for rows of a monitoring or self-evaluation table.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// 实际完成值, read like a target cell (operator, number, unit): `None` when the form has
    /// no such cell.
    pub actual: Option<ValueCell>,
    /// 分值 / 权重, from the row's weight cell.
    pub weight: Num,
    pub score: Option<Num>,
    pub deviation_reason: Option<String>,
    pub measures: Option<String>,
    /// 全年预计完成值.
    pub projected: Option<ValueCell>,
    pub light: Option<String>,
    /// The ticked causes, each cleaned.
    pub causes: Option<Vec<String>>,
    pub likelihood: Option<String>,
    pub remark: Option<String>,
    /// 年初指标值.
    pub initial_value: Option<ValueCell>,
    pub completion: Option<Num>,
}

impl Progress {
    pub fn read(raw: &RawIndicator) -> Progress {
        let value = |c: Column| raw.cell_of(c).map(ValueCell::parse);
        let cleaned = |c: Column| text(raw.cell_of(c));
        Progress {
            actual: value(Column::Actual),
            weight: Num::parse(&raw.weight),
            score: num(&raw.score),
            deviation_reason: cleaned(Column::DeviationReason),
            measures: cleaned(Column::Measures),
            projected: value(Column::Projected),
            light: cleaned(Column::Light),
            causes: raw.deviation_causes.as_deref().map(|c| {
                crate::raw::split_causes(c)
                    .map(crate::text::clean)
                    .collect()
            }),
            likelihood: cleaned(Column::Likelihood),
            remark: cleaned(Column::Remark),
            initial_value: value(Column::InitialValue),
            completion: num(&raw.completion),
        }
    }
}

/// True for a reason cell with something in it (not blank, not only `无`, `/`, `—`).
pub fn is_stated(text: Option<&str>) -> bool {
    text.is_some_and(|t| {
        let t = crate::text::compact(t);
        !(crate::text::is_only_symbols(&t)
            || matches!(t.as_ref(), "无" | "暂无" | "没有" | "不适用"))
    })
}

/// Which of `values` (确定能 · 有可能 · 完全不可能, the profile's `likelihoodValues`) a
/// 完成可能性 cell states, as an index: the value itself, its code (`1`, `2`, `3`, as the vendor
/// stores them) or both agreeing (`1-确定能`, `1、确定能`); `None` for anything else.
pub fn likelihood(text: &str, values: &[String]) -> Option<usize> {
    let c = crate::text::compact(text);
    let c = c.trim_end_matches(['。', '.']);
    let of_name = |s: &str| values.iter().position(|v| crate::text::compact(v) == s);
    let of_code = |s: &str| {
        s.parse::<usize>()
            .ok()
            .filter(|n| (1..=values.len()).contains(n))
            .map(|n| n - 1)
    };
    if let Some(i) = of_name(c).or_else(|| of_code(c)) {
        return Some(i);
    }
    let digits = c.find(|ch: char| !ch.is_ascii_digit())?;
    let (code, rest) = c.split_at(digits);
    let name = rest.trim_start_matches(['-', '、', '.', '．', ':', '：', ')', '）', '—', '－']);
    match (of_code(code), of_name(name)) {
        (Some(a), Some(b)) if a == b && name.len() < rest.len() => Some(a),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(v: &str, percent: bool, decimals: u32) -> Num {
        Num::Number {
            value: v.parse().unwrap(),
            percent,
            decimals,
        }
    }

    #[test]
    fn numbers_as_written() {
        assert_eq!(Num::parse("97.31%"), n("97.31", true, 2));
        assert_eq!(Num::parse(" 6.52 "), n("6.52", false, 2));
        assert_eq!(Num::parse("1,250,700.00"), n("1250700.00", false, 2));
        assert_eq!(Num::parse("９.４０"), n("9.40", false, 2));
        assert_eq!(Num::parse(""), Num::Blank);
        for na in ["—", "－", "-", "/", "—/—"] {
            assert_eq!(Num::parse(na), Num::NotApplicable, "{na}");
        }
        assert_eq!(Num::parse("满分"), Num::Text);
        assert_eq!(Num::parse("10分"), Num::Text);
    }

    #[test]
    fn amounts_with_their_unit() {
        let raw = RawExecution {
            annual_budget: Some("4753.66万元".into()),
            executed: Some("1,250,700元".into()),
            initial_budget: Some("万元".into()),
            rate: Some("80.45%".into()),
            ..Default::default()
        };
        let e = Execution::read(&raw, 10_000);
        assert_eq!(e.annual_budget, Some(n("4753.66", false, 2)));
        assert_eq!(
            e.executed.and_then(|x| x.value()),
            Some("125.07".parse().unwrap())
        );
        assert_eq!(e.initial_budget, Some(Num::Text), "a unit with no amount");
        assert_eq!(e.rate, Some(n("80.45", true, 2)));
    }

    #[test]
    fn reasons() {
        assert!(is_stated(Some("第二期培训推迟。")));
        for empty in [None, Some(""), Some(" 无 "), Some("/"), Some("——")] {
            assert!(!is_stated(empty), "{empty:?}");
        }
    }

    #[test]
    fn likelihoods() {
        let values: Vec<String> = ["确定能", "有可能", "完全不可能"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        for (text, want) in [
            ("确定能", Some(0)),
            (" 有可能 ", Some(1)),
            ("完全不可能", Some(2)),
            ("1", Some(0)),
            ("3", Some(2)),
            ("1-确定能", Some(0)),
            ("2、有可能", Some(1)),
            ("3.完全不可能", Some(2)),
            ("1-有可能", None),
            ("4", None),
            ("0", None),
            ("基本能", None),
            ("12确定能", None),
            ("", None),
        ] {
            assert_eq!(likelihood(text, &values), want, "{text}");
        }
    }
}
