//! 预算执行率 and its score (LIFECYCLE.md §3.2–3.3).

use super::reading::{Num, SourceRow};
use rust_decimal::{Decimal, RoundingStrategy};

/// `executed / annual` as a fraction (0.9731 for 97.31 %); `None` when the budget is 0 (the
/// rate is undefined, not 0).
pub fn rate(executed: Decimal, annual: Decimal) -> Option<Decimal> {
    if annual.is_zero() {
        None
    } else {
        executed.checked_div(annual)
    }
}

/// Whether a stated rate agrees with the computed fraction: equal to it rounded or truncated to
/// the stated decimals (`66.67%`, `66.66%` and `67%` for 2/3), in percent points with or
/// without the sign; a value ≤ 1 written as a fraction (`0.9731`) by the same test.
pub fn rate_matches(stated: &Num, fraction: Decimal) -> bool {
    let Num::Number {
        value, decimals, ..
    } = *stated
    else {
        return false;
    };
    let agrees = |computed: Decimal| {
        [
            RoundingStrategy::MidpointAwayFromZero,
            RoundingStrategy::ToZero,
        ]
        .iter()
        .any(|s| computed.round_dp_with_strategy(decimals, *s) == value)
    };
    let percent = fraction.checked_mul(Decimal::ONE_HUNDRED);
    percent.is_some_and(agrees) || (value <= Decimal::ONE && agrees(fraction))
}

/// The score 预算执行率 earns: `weight × min(rate, 1)`, to the cent of a point.
pub fn score(weight: Decimal, fraction: Decimal) -> Decimal {
    let f = fraction.min(Decimal::ONE).max(Decimal::ZERO);
    round2(weight * f)
}

/// Half up to two decimals, as the budget systems round scores.
pub fn round2(v: Decimal) -> Decimal {
    v.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// Whether a stated total agrees with a sum: the sum rounded half up to the stated decimals
/// equals it (`89.73` agrees with 89.73, `89.7` and `90`; `89.8` does not).
pub fn total_matches(stated: &Num, sum: Decimal) -> bool {
    match *stated {
        Num::Number {
            value, decimals, ..
        } => sum.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero) == value,
        _ => false,
    }
}

/// A self-evaluation's scores added up (§3.7): the rows' typed 得分 and the typed 预算执行率 得分.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScoreSum {
    /// Σ of the weighted rows' 得分.
    pub rows: Decimal,
    /// The execution block's 得分.
    pub budget: Decimal,
    /// `rows + budget`: what 总分 must be.
    pub total: Decimal,
}

/// The typed scores added up (what `total-score-sum` compares 总分 with); `None` when the
/// execution block or its score is missing, a weighted row's score is blank, text or N/A, a row
/// has no 分值 (a layout whose 总分 holds blocks the contract does not carry), there is no row,
/// or the sum is beyond Decimal's range.
pub fn score_sum(table: &crate::table::Table) -> Option<ScoreSum> {
    let budget = table.execution.as_ref()?.score.as_ref()?.value()?;
    let mut rows = Decimal::ZERO;
    let mut any = false;
    for r in super::weights::weighted_rows(&table.indicators) {
        r.weight.get()?;
        let s = r.progress.as_ref()?.score.as_ref()?.value()?;
        rows = rows.checked_add(s)?;
        any = true;
    }
    let total = rows.checked_add(budget)?;
    any.then_some(ScoreSum {
        rows,
        budget,
        total,
    })
}

/// The score 预算执行率 earns on a form (§3.3): the stated `execution.weight` when it is a
/// number, else `budgetWeight`, times the total row's rate — `None` when the rate cannot be
/// computed, or the sources' sums disagree with the total row (then which rate counts is
/// `execution-total-mismatch`'s question, not an answer to write into a cell).
pub fn expected_score(
    e: &super::reading::Execution,
    o: &super::options::LifecycleOptions,
) -> Option<Decimal> {
    let value = |n: &Option<Num>| n.as_ref().and_then(Num::value);
    let (annual, executed) = (value(&e.annual_budget)?, value(&e.executed)?);
    if let Some(sources) = &e.sources {
        // Checked: amounts at Decimal's bounds add up to nothing this can compare.
        let sum = |f: fn(&super::reading::SourceRow) -> &Option<Num>| {
            sources
                .iter()
                .filter_map(|s| value(f(s)))
                .try_fold(Decimal::ZERO, |acc, v| acc.checked_add(v))
        };
        let counted = sources
            .iter()
            .any(|s| value(&s.annual_budget).is_some() || value(&s.executed).is_some());
        if counted && (sum(|s| &s.annual_budget)? != annual || sum(|s| &s.executed)? != executed) {
            return None;
        }
    }
    let weight = value(&e.weight).unwrap_or(o.budget_weight);
    Some(score(weight, rate(executed, annual)?))
}

/// What the funding sources (其中: 本年财政拨款, 上年结转资金 …) add up to, column by column:
/// `None` in a column no source states as a number (N/A marks, blank and missing cells are
/// left out).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SourceSums {
    pub initial_budget: Option<Decimal>,
    pub annual_budget: Option<Decimal>,
    pub executed: Option<Decimal>,
}

/// The sums of `sources` ([`SourceSums`]); `None` when there is nothing to add or the rows
/// nest — a `其中` below the first row opens a breakdown of the row above, which a sum would
/// count twice. Rows that restate the total (`合计`, `资金总额`) are left out.
pub fn source_sums(sources: &[SourceRow]) -> Option<SourceSums> {
    let rows: Vec<&SourceRow> = sources
        .iter()
        .filter(|s| {
            !["合计", "总计", "总额", "小计"]
                .iter()
                .any(|t| s.name.contains(t))
        })
        .collect();
    if rows.is_empty()
        || rows
            .iter()
            .skip(1)
            .any(|s| crate::text::compact(&s.name).starts_with("其中"))
    {
        return None;
    }
    let sum = |cell: fn(&SourceRow) -> &Option<Num>| {
        rows.iter()
            .filter_map(|s| cell(s).as_ref()?.value())
            .try_fold(None, |acc: Option<Decimal>, v| {
                Some(Some(acc.unwrap_or_default().checked_add(v)?))
            })
            .flatten()
    };
    Some(SourceSums {
        initial_budget: sum(|s| &s.initial_budget),
        annual_budget: sum(|s| &s.annual_budget),
        executed: sum(|s| &s.executed),
    })
}

/// A source's name as messages quote it: without the `其中：` that opens the list.
pub fn source_label(name: &str) -> &str {
    name.strip_prefix("其中")
        .map(|r| r.trim_start_matches([':', '：', ' ']))
        .filter(|r| !r.is_empty())
        .unwrap_or(name)
}

#[cfg(all(test, feature = "lifecycle"))]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn worked_example_a_execution() {
        // 少先队专项业务费: 6.52 / 6.70 = 0.97313 → "97.31%"; 10 × 97.31 % = 9.73.
        let r = rate(d("6.52"), d("6.70")).unwrap();
        assert!(rate_matches(&Num::parse("97.31%"), r));
        assert!(
            rate_matches(&Num::parse("97.31"), r),
            "percent points without the sign"
        );
        assert!(rate_matches(&Num::parse("0.9731"), r), "a fraction");
        assert!(!rate_matches(&Num::parse("98.00%"), r));
        assert_eq!(score(d("10"), r), d("9.73"));
    }

    #[test]
    fn rate_precision() {
        // 调研信息费 15.00 / 22.50: rounded, truncated and whole percent all agree.
        let r = rate(d("15.00"), d("22.50")).unwrap();
        for s in ["66.67%", "66.66%", "67%"] {
            assert!(rate_matches(&Num::parse(s), r), "{s}");
        }
        assert!(!rate_matches(&Num::parse("65.00%"), r));
        assert_eq!(rate(d("9.36"), d("0")), None, "no budget: undefined");
        assert_eq!(score(d("10"), r), d("6.67"));
        assert_eq!(score(d("10"), d("1.0252")), d("10"), "capped at the weight");
    }

    fn source(name: &str, cells: [&str; 3]) -> SourceRow {
        SourceRow {
            name: name.into(),
            initial_budget: Some(Num::parse(cells[0])),
            annual_budget: Some(Num::parse(cells[1])),
            executed: Some(Num::parse(cells[2])),
            rate: None,
        }
    }

    #[test]
    fn sums_of_the_sources() {
        // Worked example C: 110.07 / 110.07 / 103.46 + 15.00 / 15.00 / 15.00.
        let rows = [
            source("其中：本年财政拨款", ["110.07", "110.07", "103.46"]),
            source("上年结转资金", ["15.00", "15.00", "15.00"]),
            source("其他资金", ["—", "—", "—"]),
        ];
        let s = source_sums(&rows).unwrap();
        assert_eq!(s.annual_budget, Some(d("125.07")));
        assert_eq!(s.executed, Some(d("118.46")));
        assert!(total_matches(&Num::parse("125.07"), d("125.07")));
        assert!(!total_matches(&Num::parse("110.07"), d("125.07")));
        // Unused rows only: nothing stated.
        let unused = [source("专项债券资金", ["—", "", "/"])];
        assert_eq!(source_sums(&unused), Some(SourceSums::default()));
        // A nested 其中: not added up.
        let nested = [
            source("其中：财政拨款", ["10", "10", "10"]),
            source("其中：一般公共预算", ["8", "8", "8"]),
        ];
        assert_eq!(source_sums(&nested), None);
        assert_eq!(source_sums(&[]), None);
        assert_eq!(source_label("其中：本年财政拨款"), "本年财政拨款");
        assert_eq!(source_label("上年结转资金"), "上年结转资金");
    }

    #[test]
    fn totals_at_stated_precision() {
        let sum = d("89.73");
        for s in ["89.73", "89.7", "90"] {
            assert!(total_matches(&Num::parse(s), sum), "{s}");
        }
        assert!(!total_matches(&Num::parse("89.8"), sum));
    }

    #[test]
    fn expected_budget_score() {
        let o = crate::lifecycle::LifecycleOptions::default();
        let p = crate::profile::Profile::default();
        let raw = crate::rules::testing::self_evaluation();
        let t = crate::table::Table::parse(&raw, vec![], &p);
        let e = t.execution.clone().unwrap();
        assert_eq!(expected_score(&e, &o), Some(d("9.73")));
        // No stated weight: budgetWeight.
        let mut e2 = e.clone();
        e2.weight = None;
        assert_eq!(expected_score(&e2, &o), Some(d("9.73")));
        // Sources that do not add up to the total row (§3.10 C): no single answer.
        let mut e3 = e;
        e3.sources.as_mut().unwrap()[1].annual_budget = Some(Num::parse("15.00"));
        assert_eq!(expected_score(&e3, &o), None);
    }
}
