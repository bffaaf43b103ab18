//! How much of its weight an indicator earns (LIFECYCLE.md §3.5): the operator's class, the
//! fraction of the target reached, the expected score, the qualitative grades and their bands.

use super::execution::round2;
use super::options::{EqualScoring, LifecycleOptions, ReverseScoring};
use crate::operator::Operator;
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
        if c.starts_with("部分达") || c.starts_with("部分完成") || c.starts_with("基本达")
        {
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

#[cfg(test)]
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
}
