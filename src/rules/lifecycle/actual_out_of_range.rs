//! `actual-out-of-range` — 实际完成值超出可能范围.
//!
//! A rate's actual (合格率, 覆盖率, 及时率, 满意度) above 100 % or below 0, or a negative count:
//! no measurement gives that, so the figure was mistyped or made up (真实性). `percent-out-of-range`
//! says the same of targets. Growth rates (增长率) may pass 100 %, and completion rates (完成率)
//! may pass it when the work exceeded the plan: both are left alone, as are actuals whose target
//! is itself above 100 %. Source: LIFECYCLE.md §4.1 rule 5 (E: `percent-out-of-range` applied to
//! actuals); C — negative actuals count as 0 in scoring (id 54630866641).

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::actual_out_of_range,
    level: Level::Error,
    stages: Stages::LIFECYCLE,
    title: Tr {
        zh: "实际完成值超出可能范围",
        en: "The actual value is out of the possible range",
    },
    description: Tr {
        zh: "合格率、覆盖率、满意度等比率的实际完成值应在0到100%之间，数量不能为负数。",
        en: "A rate's actual value (pass rate, coverage, satisfaction) lies between 0 and 100 %; a count cannot be negative.",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    let Some(cell) = ind.progress.as_ref().and_then(|p| p.actual.as_ref()) else {
        return;
    };
    let Target::Number(a) = cell.target else {
        return;
    };
    if !ind.has_name() || cell.operator.is_some_and(|op| op != Operator::Eq) {
        return;
    }
    let actual_unit = cell.unit.as_deref().and_then(Unit::parse);
    let row = cx.row();
    let actual = crate::rules::quote(ind.raw.actual.as_deref().unwrap_or_default().trim());
    // A % actual: written with the sign, or bare under a % target.
    let percent = match &actual_unit {
        Some(u) => *u == Unit::Percent,
        None => ind.unit == Some(Unit::Percent),
    };
    let count = |u: &Option<Unit>| matches!(u, Some(Unit::Count(_)));
    if percent && is_bounded_rate(ind) {
        if a >= Decimal::ZERO && a <= Decimal::ONE_HUNDRED {
            return;
        }
        let msg = tr!(
            cx,
            "{row}的实际完成值为“{actual}”，比率只能在0到100%之间。请核对并填写实际测得的比率。",
            "{row}: the actual value is “{actual}”, but a rate lies between 0 and 100 %. Check it and enter the rate measured."
        );
        cx.report(cx.cell(Column::Actual), msg);
    } else if a < Decimal::ZERO
        && (count(&actual_unit) || count(&ind.unit) || ind.name_kind == NameKind::Count)
    {
        let msg = tr!(
            cx,
            "{row}的实际完成值为“{actual}”，数量不能为负数。请填写实际完成的数量（没有则填0）。",
            "{row}: the actual value is “{actual}”, but a count cannot be negative. Enter the number achieved (0 if none)."
        );
        cx.report(cx.cell(Column::Actual), msg);
    }
}

/// A rate that cannot pass 100 % (not a growth or completion rate), with a target of at most
/// 100 % (above it, the target is `percent-out-of-range`'s).
fn is_bounded_rate(ind: &Indicator) -> bool {
    crate::lifecycle::score::is_bounded_rate(ind)
        && ind.number().is_none_or(|t| t <= Decimal::ONE_HUNDRED)
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "actual-out-of-range";

    #[test]
    fn hit() {
        // LIFECYCLE §4.1 rule 5: 机关事业单位干部群众满意度 ≥ 95 %, actual "102%".
        let mut t = self_evaluation();
        t.indicators[8].actual = Some("102%".into());
        // Bare under a % target; negative.
        t.indicators[2].actual = Some("110".into());
        t.indicators[4].actual = Some("-5%".into());
        assert_eq!(
            paths(ID, &t),
            [
                "indicators.2.actual",
                "indicators.4.actual",
                "indicators.8.actual"
            ]
        );
        messages_contain(
            ID,
            &t,
            &["第3行（正常运转率）", "“110”", "0到100%"],
            &["row 3", "between 0 and 100"],
        );
        // A negative count.
        let mut t = monitoring();
        t.indicators[0].actual = Some("-3".into());
        assert_eq!(paths(ID, &t), ["indicators.0.actual"]);
        messages_contain(ID, &t, &["不能为负数"], &["cannot be negative"]);
    }

    #[test]
    fn near_misses() {
        // §3.10 A (100 %, 80 %, 97 %) and D.
        assert!(run(ID, &self_evaluation()).is_empty());
        assert!(run(ID, &monitoring()).is_empty());
        let mut t = self_evaluation();
        // A growth rate may pass 100 %.
        t.indicators[3].actual = Some("120%".into());
        // 100 % exactly, 0 %.
        t.indicators[2].actual = Some("100%".into());
        t.indicators[5].actual = Some("0".into());
        // A count above its target is not out of range.
        t.indicators[0].actual = Some("60".into());
        assert!(run(ID, &t).is_empty(), "{:?}", paths(ID, &t));
        // A completion rate may pass 100 %.
        let mut t = self_evaluation();
        t.indicators[4].name = "年度计划完成率".into();
        t.indicators[4].actual = Some("105%".into());
        assert!(run(ID, &t).is_empty());
    }
}
