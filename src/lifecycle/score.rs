//! How much of its weight an indicator earns (LIFECYCLE.md §3.5): the operator's class, the
//! fraction of the target reached, the expected score, the qualitative grades and their bands.

use super::execution::round2;
use super::options::{EqualScoring, LifecycleOptions, ReverseScoring, ScoreMode};
use crate::indicator::Indicator;
use crate::operator::Operator;
use crate::unit::Unit;
use crate::value::Target;
use rust_decimal::Decimal;

/// The operator classes the budget systems score by (`computesign` 1–6).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// ≥ ＞ — 正向: more is better.
    Positive,
    /// ≤ ＜ — 反向: less is better.
    Reverse,
    /// ＝.
    Equal,
    /// 定性.
    Qualitative,
}

impl Class {
    /// The class of an operator; a target with no number is qualitative whatever the operator.
    pub fn of(op: Option<Operator>, numeric: bool) -> Class {
        match (op, numeric) {
            (_, false) | (Some(Operator::Qualitative), _) => Class::Qualitative,
            (Some(Operator::Le | Operator::Lt), true) => Class::Reverse,
            (Some(Operator::Eq), true) => Class::Equal,
            // A number with no operator reads as at least (the common case, ≥).
            (Some(Operator::Ge | Operator::Gt) | None, true) => Class::Positive,
        }
    }
}

/// The fraction of the weight a quantitative row earns: actual `a` against target `t`. A
/// negative actual counts as 0 (the vendor's rule).
pub fn fraction(class: Class, a: Decimal, t: Decimal, o: &LifecycleOptions) -> Option<Decimal> {
    let a = a.max(Decimal::ZERO);
    let one = Decimal::ONE;
    Some(match class {
        Class::Qualitative => return None,
        // ＝ 0: met at or below zero, nothing otherwise.
        Class::Equal if t.is_zero() => {
            if a <= Decimal::ZERO {
                one
            } else {
                Decimal::ZERO
            }
        }
        Class::Positive | Class::Equal => {
            if a >= t {
                one
            } else if t <= Decimal::ZERO {
                Decimal::ZERO
            } else {
                a.checked_div(t)?
            }
        }
        Class::Reverse => {
            if a <= t {
                one
            } else {
                match o.reverse_scoring {
                    // 1 − (a − t)/t, nothing from twice the target.
                    ReverseScoring::Linear if t > Decimal::ZERO => {
                        (one - (a - t).checked_div(t)?).max(Decimal::ZERO)
                    }
                    ReverseScoring::Linear => Decimal::ZERO,
                    ReverseScoring::Inverse => t.checked_div(a)?.min(one),
                }
            }
        }
    })
}

/// The score a fraction of the weight gives, to two decimals.
pub fn expected(weight: Decimal, fraction: Decimal) -> Decimal {
    round2(weight * fraction)
}

/// Whether a quantitative row met its target: the full fraction, and under `strictGreater` a
/// ＞/＜ row not at the target itself; under `equalScoring: exact` an ＝ row only at it.
pub fn is_met(op: Option<Operator>, a: Decimal, t: Decimal, o: &LifecycleOptions) -> bool {
    let class = Class::of(op, true);
    if class == Class::Equal && o.equal_scoring == EqualScoring::Exact {
        return a == t;
    }
    if o.strict_greater && matches!(op, Some(Operator::Gt | Operator::Lt)) && a == t {
        return false;
    }
    fraction(class, a, t, o) == Some(Decimal::ONE)
}

/// The three grades of a qualitative actual (达成 / 部分达成 / 未达成年度指标).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QualGrade {
    Met,
    Partly,
    Unmet,
}

impl QualGrade {
    /// Reads the grade a qualitative actual states, in any of the wordings systems use
    /// (达成年度指标 · 达成预期指标 · 达成目标 · 达到预期目标; 部分达成…; 未达成… · 未完成…);
    /// `None` when it states none.
    pub fn parse(s: &str) -> Option<QualGrade> {
        let c = crate::text::compact(s);
        let c = c.as_ref();
        // Not 基本达到 (basically reached): no grade a band hangs on (甘肃 s02).
        if c.starts_with("部分达") || c.starts_with("部分完成") {
            Some(QualGrade::Partly)
        } else if c.starts_with("未达") || c.starts_with("未完成") || c.starts_with("没有达")
        {
            Some(QualGrade::Unmet)
        } else if c.starts_with("达成")
            || c.starts_with("达到")
            || c.starts_with("已达成")
            || c.starts_with("完全达")
        {
            Some(QualGrade::Met)
        } else {
            None
        }
    }

    /// The central wording.
    pub fn name(self) -> &'static str {
        match self {
            QualGrade::Met => "达成年度指标",
            QualGrade::Partly => "部分达成年度指标并具有一定效果",
            QualGrade::Unmet => "未达成年度指标且效果较差",
        }
    }

    /// The scores the grade allows, `lo ≤ s ≤ hi` (达成 [0.8w, w]) or `lo ≤ s < hi` below.
    pub fn band(self, weight: Decimal, o: &LifecycleOptions) -> (Decimal, Decimal) {
        let [high, low] = o.qualitative_bands;
        match self {
            QualGrade::Met => (weight * high, weight),
            QualGrade::Partly => (weight * low, weight * high),
            QualGrade::Unmet => (Decimal::ZERO, weight * low),
        }
    }

    /// Whether `score` lies in the grade's band.
    pub fn admits(self, score: Decimal, weight: Decimal, o: &LifecycleOptions) -> bool {
        let (lo, hi) = self.band(weight, o);
        match self {
            QualGrade::Met => score >= lo && score <= hi,
            _ => score >= lo && score < hi,
        }
    }
}

/// How an actual's unit relates to its target's (LIFECYCLE.md §3.1: 元 ↔ 万元 ↔ 亿元, % with or
/// without the sign; counts of different things do not convert).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitFit {
    /// The same measure: the actual times this factor is in the target's unit (1 for `%` and
    /// `%`, 10 000 for 万元 against 元).
    Factor(Decimal),
    /// Different measures: 人 against 人次, 次 against 个, % against 分, 元/人 against 万元.
    Incompatible,
    /// Units the model does not relate (小时 and 天, 米 and 公里, a unit it has no class for).
    Unknown,
}

/// Counts that name the same thing (人 = 名 = 位; 批 = 批次; 场 = 场次).
const SAME_COUNT: &[&[&str]] = &[&["人", "名", "位"], &["批", "批次"], &["场", "场次"]];

/// A count without its scale (`万人次` → `人次`, 10 000).
fn count_base(c: &str) -> (&str, u64) {
    for (prefix, scale) in [
        ("亿", 100_000_000),
        ("万", 10_000),
        ("千", 1_000),
        ("百", 100),
    ] {
        if let Some(base) = c.strip_prefix(prefix) {
            if matches!(Unit::parse(base), Some(Unit::Count(_))) {
                return (base, scale);
            }
        }
    }
    (c, 1)
}

/// How the unit written in an actual relates to the target's unit.
pub fn unit_fit(actual: &Unit, target: &Unit) -> UnitFit {
    let one = UnitFit::Factor(Decimal::ONE);
    let ratio = |a: u64, t: u64| UnitFit::Factor(Decimal::from(a) / Decimal::from(t));
    match (actual, target) {
        (Unit::Percent, Unit::Percent) | (Unit::PerMille, Unit::PerMille) => one,
        (Unit::Percent, Unit::PerMille) => ratio(10, 1),
        (Unit::PerMille, Unit::Percent) => ratio(1, 10),
        (Unit::Money(a), Unit::Money(t)) => {
            let per =
                |m: &crate::unit::Money| m.text.split_once(['/', '每']).map(|(_, p)| p.to_string());
            if a.per == t.per && per(a) == per(t) {
                ratio(a.yuan, t.yuan)
            } else {
                UnitFit::Incompatible
            }
        }
        (Unit::Count(a), Unit::Count(t)) => {
            let ((a, sa), (t, st)) = (count_base(a), count_base(t));
            if a == t || SAME_COUNT.iter().any(|g| g.contains(&a) && g.contains(&t)) {
                ratio(sa, st)
            } else {
                UnitFit::Incompatible
            }
        }
        (Unit::Time(a), Unit::Time(t))
            if a == t
                || (["天", "日"].contains(&a.as_str()) && ["天", "日"].contains(&t.as_str())) =>
        {
            one
        }
        (Unit::Time(_), Unit::Time(_)) => UnitFit::Unknown,
        (Unit::Measure(a), Unit::Measure(t))
        | (Unit::Score(a), Unit::Score(t))
        | (Unit::Other(a), Unit::Other(t)) => {
            if a == t {
                one
            } else {
                UnitFit::Unknown
            }
        }
        (Unit::Other(_), _) | (_, Unit::Other(_)) => UnitFit::Unknown,
        _ => UnitFit::Incompatible,
    }
}

/// The unit the actual cell carries (`13人次` → 人次), if it carries one.
pub fn actual_unit(ind: &Indicator) -> Option<Unit> {
    let cell = ind.progress.as_ref()?.actual.as_ref()?;
    cell.unit.as_deref().and_then(Unit::parse)
}

/// A row scored by its number: a numeric target and an operator other than 定性.
pub fn is_quantitative(ind: &Indicator) -> bool {
    ind.number().is_some() && ind.operator.get() != Some(Operator::Qualitative)
}

/// The actual as a number in the target's unit (`6.52万元` against 元 is 65 200): `None` when
/// it is not a measurement (text, blank, `≥4` with its comparison), or its unit does not
/// convert to the target's.
pub fn actual_number(ind: &Indicator) -> Option<Decimal> {
    let cell = ind.progress.as_ref()?.actual.as_ref()?;
    let Target::Number(a) = cell.target else {
        return None;
    };
    if cell.operator.is_some_and(|op| op != Operator::Eq) {
        return None;
    }
    let (Some(actual), Some(target)) = (actual_unit(ind), ind.unit.as_ref()) else {
        return Some(a);
    };
    match unit_fit(&actual, target) {
        UnitFit::Factor(f) => a.checked_mul(f),
        _ => None,
    }
}

/// The grade a qualitative row's actual states.
pub fn actual_grade(ind: &Indicator) -> Option<QualGrade> {
    ind.progress.as_ref()?.actual.as_ref()?;
    QualGrade::parse(ind.raw.actual.as_deref()?)
}

/// A rate that cannot pass 100 %: named as one (合格率, 覆盖率, 及时率, 满意度), not a growth
/// rate (增长率) or a completion rate (完成率, which passes 100 % when the work exceeds the
/// plan).
pub fn is_bounded_rate(ind: &Indicator) -> bool {
    use crate::indicator::NameKind;
    let name = ind.compact_name();
    matches!(ind.name_kind, NameKind::Rate | NameKind::Satisfaction)
        && !["完成率", "完成比例", "完成比率", "达成率", "执行率"]
            .iter()
            .any(|n| name.contains(n))
}

/// A target no measurement can meet — a bounded rate above 100 % (`满意度 290%`, an OCR'd
/// `≥90%`): whether the row met it, and what it earns, say nothing (`percent-out-of-range`
/// reports the target).
fn impossible_target(ind: &Indicator) -> bool {
    ind.is_percent()
        && is_bounded_rate(ind)
        && ind.number().is_some_and(|t| t > Decimal::ONE_HUNDRED)
}

/// A breakdown row (`其中桃树种植面积`): a part of the row above, which carries the weight and
/// the score.
pub fn is_breakdown_row(ind: &Indicator) -> bool {
    ind.compact_name().starts_with("其中")
}

/// The comparison an actual states instead of a measurement — `≥4次`, `95%以上`, `不低于90%` —
/// as written; `None` for a measurement (`＝100%` compares nothing). In a sentence, only a
/// bound copied from the target (`辖区企业满意率达95%以上。` under the same target) counts: a
/// sentence may report a finding in such words (`存在18岁以下、54周岁以上` under `18—54周岁`).
pub fn actual_bound(ind: &Indicator) -> Option<String> {
    let cell = ind.progress.as_ref()?.actual.as_ref()?;
    if let Some(op) = cell.operator.filter(|op| *op != Operator::Eq) {
        return Some(op.symbol().to_string());
    }
    let Target::Text(text) = &cell.target else {
        return None;
    };
    let text = crate::text::compact(text);
    let value = crate::text::compact(&ind.raw.value);
    let name = ind.compact_name();
    let copied = bounds_in(&text)
        .find(|(_, phrase)| value.contains(phrase) || name.contains(phrase))
        .map(|(word, _)| word.to_string());
    copied
}

/// The comparisons next to a number in a compacted text, each with its phrase: a sign or word
/// before the number (`不低于90`), or a word after the number and its unit (`95%以上`).
fn bounds_in(c: &str) -> impl Iterator<Item = (&'static str, &str)> {
    const BEFORE: &[&str] = &[
        "≥",
        "≤",
        "＞",
        "＜",
        ">=",
        "<=",
        "≧",
        "≦",
        ">",
        "<",
        "不低于",
        "不少于",
        "不小于",
        "不超过",
        "不高于",
        "不大于",
        "不多于",
        "至少",
    ];
    const AFTER: &[&str] = &["及以上", "及以下", "以上", "以下", "以内"];
    let number = |s: &str| {
        s.find(|ch: char| !(ch.is_ascii_digit() || ch == '.'))
            .unwrap_or(s.len())
    };
    let before = BEFORE.iter().flat_map(move |w| {
        c.match_indices(w).filter_map(move |(i, _)| {
            let rest = &c[i + w.len()..];
            let n = number(rest);
            (n > 0).then(|| (*w, &c[i..i + w.len() + n]))
        })
    });
    let after = AFTER.iter().flat_map(move |w| {
        c.match_indices(w).filter_map(move |(i, _)| {
            // The number, then at most three characters of unit (`%`, `人次`, `万元`).
            let head = &c[..i];
            let unit = head
                .chars()
                .rev()
                .take(4)
                .position(|ch| ch.is_ascii_digit())?;
            let unit_len: usize = head.chars().rev().take(unit).map(char::len_utf8).sum();
            let digits = head[..head.len() - unit_len]
                .chars()
                .rev()
                .take_while(|ch| ch.is_ascii_digit() || *ch == '.')
                .map(char::len_utf8)
                .sum::<usize>();
            Some((*w, &c[i - unit_len - digits..i + w.len()]))
        })
    });
    before.chain(after)
}

/// Whether the row met its target (§3.5): a quantitative row by its actual, a qualitative one
/// by the grade its actual states; `None` when the actual cannot be read so.
pub fn row_met(ind: &Indicator, o: &LifecycleOptions) -> Option<bool> {
    if impossible_target(ind) {
        None
    } else if is_quantitative(ind) {
        let (a, t) = (actual_number(ind)?, ind.number()?);
        Some(is_met(ind.operator.get(), a, t, o))
    } else if ind.is_qualitative() {
        Some(actual_grade(ind)? == QualGrade::Met)
    } else {
        None
    }
}

/// `s*`, the score a quantitative row earns by its actual (§3.5); `None` for qualitative rows,
/// unreadable cells, and an ＝ row off its target under `equalScoring: exact` (scored by hand).
pub fn row_expected(ind: &Indicator, o: &LifecycleOptions) -> Option<Decimal> {
    if !is_quantitative(ind) || impossible_target(ind) {
        return None;
    }
    let w = ind.progress.as_ref()?.weight.value()?;
    let (a, t) = (actual_number(ind)?, ind.number()?);
    let class = Class::of(ind.operator.get(), true);
    if class == Class::Equal && o.equal_scoring == EqualScoring::Exact && a != t {
        return None;
    }
    Some(expected(w, fraction(class, a, t, o)?))
}

/// The score a fix may write into a row's 得分: `s*`, except full marks on a row that did not
/// meet its target (a ＞ row at its target under `strictGreater`), where no single value is
/// right.
pub fn fix_score(ind: &Indicator, o: &LifecycleOptions) -> Option<Decimal> {
    let e = row_expected(ind, o)?;
    let w = ind.progress.as_ref()?.weight.value()?;
    (e < w || row_met(ind, o) != Some(false)).then_some(e)
}

/// How far a typed score may be from `s*`: `scoreTolerance`, or 0.01 under
/// `scoreMode: computed-locked` when the tolerance was left at its default.
pub fn tolerance(o: &LifecycleOptions) -> Decimal {
    let default = LifecycleOptions::default().score_tolerance;
    if o.score_mode == ScoreMode::ComputedLocked && o.score_tolerance == default {
        Decimal::new(1, 2)
    } else {
        o.score_tolerance
    }
}

/// What is wrong with a row's score, the most specific finding only (LIFECYCLE.md §4.1: one
/// score finding per row; 11 > 14 > 13 > 12).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScoreIssue {
    /// Above the weight (`score-exceeds-weight`).
    ExceedsWeight,
    /// A qualitative score outside its grade's band (`qualitative-score-band`).
    OutOfBand(QualGrade),
    /// Full marks on a row that did not meet its target (`full-score-unmet`).
    FullButUnmet,
    /// Off `s*` beyond the tolerance, higher, or lower without a reason (`score-mismatch`).
    Mismatch,
}

/// A self-evaluation row's score, read and judged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RowScore {
    pub weight: Decimal,
    pub score: Decimal,
    /// `s*` for a quantitative row.
    pub expected: Option<Decimal>,
    pub issue: Option<ScoreIssue>,
}

impl RowScore {
    /// The row's score judged, when its weight and score are numbers; `None` otherwise (and
    /// for rows without a name: a template's `……`).
    pub fn of(ind: &Indicator, o: &LifecycleOptions) -> Option<RowScore> {
        if !ind.has_name() || ind.is_empty_slot() {
            return None;
        }
        let p = ind.progress.as_ref()?;
        let (weight, score) = (p.weight.value()?, p.score.as_ref()?.value()?);
        let expected = row_expected(ind, o);
        let reason = super::reading::is_stated(p.deviation_reason.as_deref());
        let grade = (!is_quantitative(ind) && ind.is_qualitative())
            .then(|| actual_grade(ind))
            .flatten();
        let locked = o.score_mode == ScoreMode::ComputedLocked;
        let issue = if score > weight {
            Some(ScoreIssue::ExceedsWeight)
        } else if let Some(g) =
            grade.filter(|g| o.qualitative_band_check && !g.admits(score, weight, o))
        {
            Some(ScoreIssue::OutOfBand(g))
        } else if score == weight && row_met(ind, o) == Some(false) {
            Some(ScoreIssue::FullButUnmet)
        } else if expected
            .is_some_and(|e| (score - e).abs() > tolerance(o) && (score > e || locked || !reason))
        {
            Some(ScoreIssue::Mismatch)
        } else {
            None
        };
        Some(RowScore {
            weight,
            score,
            expected,
            issue,
        })
    }
}

/// A number of points as typed with its unit (`10分` → 10), for a fix.
pub fn points(text: &str) -> Option<Decimal> {
    let c = crate::text::compact(text);
    crate::amount::parse_decimal(c.strip_suffix('分')?)
}

#[cfg(all(test, feature = "lifecycle"))]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn o() -> LifecycleOptions {
        LifecycleOptions::default()
    }

    #[test]
    fn per_class_worked_examples() {
        // 正向 “青年之家”…增长率 ≥ 85 %: 80 → 9.41 of 10; 90 → 10.
        let f = fraction(Class::Positive, d("80"), d("85"), &o()).unwrap();
        assert_eq!(expected(d("10"), f), d("9.41"));
        assert_eq!(
            fraction(Class::Positive, d("90"), d("85"), &o()),
            Some(Decimal::ONE)
        );
        // 反向 单次维修平均响应时间 ≤ 24 小时: 30 → linear 7.50, inverse 8.00; 48 → 0; 20 → 10.
        let f = fraction(Class::Reverse, d("30"), d("24"), &o()).unwrap();
        assert_eq!(expected(d("10"), f), d("7.50"));
        let inverse = LifecycleOptions {
            reverse_scoring: ReverseScoring::Inverse,
            ..o()
        };
        let f = fraction(Class::Reverse, d("30"), d("24"), &inverse).unwrap();
        assert_eq!(expected(d("10"), f), d("8.00"));
        assert_eq!(
            fraction(Class::Reverse, d("48"), d("24"), &o()),
            Some(Decimal::ZERO)
        );
        assert_eq!(
            fraction(Class::Reverse, d("20"), d("24"), &o()),
            Some(Decimal::ONE)
        );
        // ＝ 培训批次、期数 = 2: 1 → 5.00. ＝ 0 安全责任事故数: 0 → full, 1 → nothing.
        let f = fraction(Class::Equal, d("1"), d("2"), &o()).unwrap();
        assert_eq!(expected(d("10"), f), d("5.00"));
        assert_eq!(
            fraction(Class::Equal, d("0"), d("0"), &o()),
            Some(Decimal::ONE)
        );
        assert_eq!(
            fraction(Class::Equal, d("1"), d("0"), &o()),
            Some(Decimal::ZERO)
        );
        // A negative actual counts as 0.
        assert_eq!(
            fraction(Class::Positive, d("-3"), d("4"), &o()),
            Some(Decimal::ZERO)
        );
    }

    #[test]
    fn qualitative_bands() {
        // w = 15: 达成 [12, 15], 部分达成 [9, 12), 未达成 [0, 9).
        let w = d("15");
        assert!(QualGrade::Met.admits(d("12"), w, &o()));
        assert!(QualGrade::Met.admits(d("15"), w, &o()));
        assert!(!QualGrade::Partly.admits(d("12"), w, &o()));
        assert!(QualGrade::Partly.admits(d("9"), w, &o()));
        assert!(QualGrade::Unmet.admits(d("8.99"), w, &o()));
        assert_eq!(QualGrade::parse("达成年度指标"), Some(QualGrade::Met));
        assert_eq!(QualGrade::parse("达到预期目标"), Some(QualGrade::Met));
        assert_eq!(
            QualGrade::parse("部分达成预期指标并具有一定效果"),
            Some(QualGrade::Partly)
        );
        assert_eq!(
            QualGrade::parse("未完成预期指标且效果较差"),
            Some(QualGrade::Unmet)
        );
        assert_eq!(QualGrade::parse("平稳运行"), None);
    }

    #[test]
    fn met() {
        let ge = Some(Operator::Ge);
        assert!(is_met(ge, d("4"), d("4"), &o()));
        assert!(!is_met(ge, d("3"), d("4"), &o()));
        let strict = LifecycleOptions {
            strict_greater: true,
            ..o()
        };
        assert!(is_met(Some(Operator::Gt), d("4"), d("4"), &o()));
        assert!(!is_met(Some(Operator::Gt), d("4"), d("4"), &strict));
        let exact = LifecycleOptions {
            equal_scoring: EqualScoring::Exact,
            ..o()
        };
        assert!(!is_met(Some(Operator::Eq), d("3"), d("2"), &exact));
        assert!(is_met(Some(Operator::Eq), d("3"), d("2"), &o()));
    }

    fn parsed(raw: &crate::raw::RawTable) -> crate::table::Table {
        crate::table::Table::parse(raw, vec![], &crate::profile::Profile::default())
    }

    fn unit(s: &str) -> Unit {
        Unit::parse(s).unwrap()
    }

    #[test]
    fn units_of_actuals() {
        let f = |a: &str, t: &str| unit_fit(&unit(a), &unit(t));
        assert_eq!(f("%", "％"), UnitFit::Factor(Decimal::ONE));
        assert_eq!(f("万元", "元"), UnitFit::Factor(d("10000")));
        assert_eq!(f("元", "万元"), UnitFit::Factor(d("0.0001")));
        assert_eq!(f("万人次", "人次"), UnitFit::Factor(d("10000")));
        assert_eq!(f("名", "人"), UnitFit::Factor(Decimal::ONE));
        assert_eq!(f("批次", "批"), UnitFit::Factor(Decimal::ONE));
        for (a, t) in [
            ("人次", "人"),
            ("次", "个"),
            ("分", "%"),
            ("元/人", "万元"),
            ("个", "%"),
        ] {
            assert_eq!(f(a, t), UnitFit::Incompatible, "{a} vs {t}");
        }
        assert_eq!(f("小时", "天"), UnitFit::Unknown);
        assert_eq!(f("公里", "米"), UnitFit::Unknown);
    }

    #[test]
    fn actuals_in_the_targets_unit() {
        let mut raw = crate::rules::testing::self_evaluation();
        raw.indicators[0].actual = Some("≥4次".into());
        raw.indicators[1].actual = Some("1期".into());
        raw.indicators[5].unit = "元".into();
        raw.indicators[5].actual = Some("0.01万元".into());
        let t = parsed(&raw);
        let got: Vec<Option<Decimal>> = t.indicators.iter().map(actual_number).collect();
        let want = ["", "", "100", "80", "100", "100", "", "", "97"];
        for (i, (g, w)) in got.iter().zip(want).enumerate() {
            assert_eq!(*g, (!w.is_empty()).then(|| d(w)), "row {i}");
        }
        let t = parsed(&crate::rules::testing::self_evaluation());
        let met: Vec<Option<bool>> = t.indicators.iter().map(|r| row_met(r, &o())).collect();
        let yes = Some(true);
        let no = Some(false);
        assert_eq!(met, [yes, no, yes, no, yes, yes, yes, yes, yes]);
    }

    #[test]
    fn one_score_issue_per_row() {
        // §3.10 A: only row 4 (培训完成及时率, 8 of 10 at 100 %) is off s*.
        let t = parsed(&crate::rules::testing::self_evaluation());
        let issues: Vec<Option<ScoreIssue>> = t
            .indicators
            .iter()
            .map(|r| RowScore::of(r, &o()).unwrap().issue)
            .collect();
        let mut want = [None; 9];
        want[4] = Some(ScoreIssue::Mismatch);
        assert_eq!(issues, want);
        assert_eq!(
            RowScore::of(&t.indicators[3], &o()).unwrap().expected,
            Some(d("9.41"))
        );
        // Full marks at 80 of 85: full-score-unmet, not also a mismatch.
        let mut raw = crate::rules::testing::self_evaluation();
        raw.indicators[3].score = Some("10".into());
        // 部分达成 at full marks: out of band, not full-score-unmet.
        raw.indicators[7].actual = Some("部分达成年度指标并具有一定效果".into());
        raw.indicators[7].score = Some("15".into());
        // Above the weight: that alone.
        raw.indicators[2].score = Some("10".into());
        let t = parsed(&raw);
        let issue =
            |i: usize, o: &LifecycleOptions| RowScore::of(&t.indicators[i], o).unwrap().issue;
        assert_eq!(issue(3, &o()), Some(ScoreIssue::FullButUnmet));
        assert_eq!(
            issue(7, &o()),
            Some(ScoreIssue::OutOfBand(QualGrade::Partly))
        );
        assert_eq!(issue(2, &o()), Some(ScoreIssue::ExceedsWeight));
        let unchecked = LifecycleOptions {
            qualitative_band_check: false,
            ..o()
        };
        assert_eq!(issue(7, &unchecked), Some(ScoreIssue::FullButUnmet));
    }

    #[test]
    fn reasons_and_locked_scores() {
        let mut raw = crate::rules::testing::self_evaluation();
        raw.indicators[4].deviation_reason = Some("两期培训各推迟一周。".into());
        let t = parsed(&raw);
        let row = &t.indicators[4];
        // Lower with a reason passes by hand; not when the score is computed and locked.
        assert_eq!(RowScore::of(row, &o()).unwrap().issue, None);
        let locked = LifecycleOptions {
            score_mode: ScoreMode::ComputedLocked,
            ..o()
        };
        assert_eq!(tolerance(&locked), d("0.01"));
        assert_eq!(
            RowScore::of(row, &locked).unwrap().issue,
            Some(ScoreIssue::Mismatch)
        );
        // Row 3 (9 against 9.41) is within 0.5, not within 0.01.
        assert_eq!(
            RowScore::of(&t.indicators[3], &locked).unwrap().issue,
            Some(ScoreIssue::Mismatch)
        );
        let explicit = LifecycleOptions {
            score_tolerance: d("1"),
            ..locked
        };
        assert_eq!(tolerance(&explicit), d("1"));
        assert_eq!(points("10分"), Some(d("10")));
        assert_eq!(points("满分"), None);
    }

    #[test]
    fn bounds_stated_as_actuals() {
        let mut raw = crate::rules::testing::self_evaluation();
        // A bound in a sentence counts when the target states it: row 1's and row 3's do.
        raw.indicators[1].value = "辖区企业满意率达95%以上。".into();
        raw.indicators[3].value = "全年完成率不低于85%".into();
        raw.indicators[4].value = "18—54周岁".into();
        let actuals = [
            "≥4次",
            "辖区企业满意率达95%以上。",
            "不低于90%",
            "完成率不低于85%",
            "存在18岁以下、54周岁以上",
            "＝100%",
            "以上均已完成",
            "全年开展2次，高于上年",
            "平稳运行",
        ];
        for (r, a) in raw.indicators.iter_mut().zip(actuals) {
            r.actual = Some(a.into());
        }
        let t = parsed(&raw);
        let got: Vec<Option<String>> = t.indicators.iter().map(actual_bound).collect();
        let want = ["≥", "以上", "≥", "不低于", "", "", "", "", ""];
        for (i, (g, w)) in got.iter().zip(want).enumerate() {
            assert_eq!(g.as_deref(), (!w.is_empty()).then_some(w), "row {i}");
        }
    }

    #[test]
    fn impossible_targets_say_nothing() {
        // 满意度 290 % (an OCR'd ≥ 90 %): 100 % neither meets nor misses it.
        let mut raw = crate::rules::testing::self_evaluation();
        raw.indicators[8].value = "290".into();
        raw.indicators[8].actual = Some("100%".into());
        let t = parsed(&raw);
        assert_eq!(row_met(&t.indicators[8], &o()), None);
        assert_eq!(row_expected(&t.indicators[8], &o()), None);
        // A growth rate may pass 100 %.
        raw.indicators[3].value = "120".into();
        let t = parsed(&raw);
        assert_eq!(row_met(&t.indicators[3], &o()), Some(false));
    }

    #[test]
    fn fixes_write_no_full_marks_on_unmet_rows() {
        let mut raw = crate::rules::testing::self_evaluation();
        raw.indicators[0].operator = ">".into();
        raw.indicators[0].actual = Some("4".into());
        let t = parsed(&raw);
        assert_eq!(fix_score(&t.indicators[0], &o()), Some(d("10")));
        let strict = LifecycleOptions {
            strict_greater: true,
            ..o()
        };
        assert_eq!(fix_score(&t.indicators[0], &strict), None);
        assert_eq!(fix_score(&t.indicators[3], &strict), Some(d("9.41")));
    }
}
