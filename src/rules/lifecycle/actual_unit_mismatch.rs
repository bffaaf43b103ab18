//! `actual-unit-mismatch` — 实际完成值的单位与指标值不一致.
//!
//! The actual is written in a unit its target's does not convert to — 13 人次 against
//! `≥ 13 人` (person-times are not persons), 6 次 against 个, 95 分 against % — or, on a money
//! row, a bare number about 10 000 times the target (1,184,600 against `≤ 125.07 万元`: the
//! actual in 元 under a 万元 target, or the other way). The row cannot then be scored against
//! its target: the actual measured something else, or the score will be 10 000 times off. 元,
//! 万元 and 亿元 convert, as do % with or without the sign and 万人次 to 人次 (LIFECYCLE.md
//! §3.1); units the model cannot relate (小时 and 天) are left alone. Source: LIFECYCLE.md §4.1
//! rule 4 (E: actuals in another unit are a self-evaluation audit finding); the unit table of
//! the target engine (`src/unit.rs`).

use crate::lifecycle::score::{self, UnitFit};
use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::actual_unit_mismatch,
    level: Level::Warning,
    stages: Stages::LIFECYCLE,
    title: Tr {
        zh: "实际完成值的单位与指标值不一致",
        en: "The actual value's unit differs from the target's",
    },
    description: Tr {
        zh: "实际完成值应与指标值使用同一计量单位（或可换算的单位），否则无法比较和评分。",
        en: "The actual value must be in the target's unit (or one that converts to it); otherwise the two cannot be compared or scored.",
    },
    check: Check::Row(check),
};

/// A bare amount this many times the target (or its inverse), give or take a factor of two,
/// reads as written in 元 under a 万元 target (or 万元 under 元, 万元 under 亿元).
const MONEY_FACTOR: i64 = 10_000;

fn check(ind: &Indicator, cx: &mut RowContext) {
    let Some(cell) = ind.progress.as_ref().and_then(|p| p.actual.as_ref()) else {
        return;
    };
    let (Target::Number(a), Some(target_unit)) = (&cell.target, ind.unit.as_ref()) else {
        return;
    };
    if !ind.has_name() || cell.operator.is_some_and(|op| op != Operator::Eq) {
        return;
    }
    let row = cx.row();
    let actual = crate::rules::quote(ind.raw.actual.as_deref().unwrap_or_default().trim());
    let tu = target_unit.canonical();
    match score::actual_unit(ind) {
        Some(actual_unit) => {
            if score::unit_fit(&actual_unit, target_unit) != UnitFit::Incompatible {
                return;
            }
            let au = actual_unit.canonical();
            let msg = tr!(
                cx,
                "{row}的指标值单位为“{tu}”，实际完成值“{actual}”的单位为“{au}”，两者不能换算。请按“{tu}”填写实际完成值，或核对指标的计量单位。",
                "{row}: the target is in “{tu}” but the actual value “{actual}” is in “{au}”, and the two do not convert. Enter the actual in “{tu}”, or check the indicator's unit."
            );
            cx.report(cx.cell(Column::Actual), msg);
        }
        None => {
            // A bare number on a money row, off by the 元/万元 factor.
            let (Unit::Money(m), Some(t)) = (target_unit, ind.number()) else {
                return;
            };
            if m.per || t <= Decimal::ZERO || *a <= Decimal::ZERO {
                return;
            }
            let factor = Decimal::from(MONEY_FACTOR);
            let two = Decimal::TWO;
            let ratio = *a / t;
            let near = |r: Decimal| r >= factor / two && r <= factor * two;
            if !(near(ratio) || (ratio > Decimal::ZERO && near(Decimal::ONE / ratio))) {
                return;
            }
            let target = t.normalize();
            let msg = tr!(
                cx,
                "{row}的指标值为{target}{tu}，实际完成值“{actual}”约为它的{MONEY_FACTOR}倍或万分之一，像是按“元”与“万元”的不同单位填写。请按“{tu}”填写实际完成值。",
                "{row}: the target is {target} {tu} and the actual value “{actual}” is about {MONEY_FACTOR} times it or a {MONEY_FACTOR}th of it, as if written in 元 (yuan) against 万元 (10,000 yuan) or the other way. Enter the actual in “{tu}”."
            );
            cx.report(cx.cell(Column::Actual), msg);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::raw::RawTable;
    use crate::rules::testing::*;

    const ID: &str = "actual-unit-mismatch";

    /// §3.10 A with one row more: `受益残疾人数 ≥ 13 人`, actual as given.
    fn with_headcount(actual: &str) -> RawTable {
        let mut t = self_evaluation();
        t.indicators.push(se_row(
            "效益指标",
            "社会效益指标",
            "受益残疾人数",
            ">=",
            "13",
            "人",
            "5",
            actual,
            "5",
            "",
        ));
        t
    }

    #[test]
    fn hit() {
        // LIFECYCLE §4.1 rule 4: 受益残疾人数 ≥ 13 人, actual "13人次".
        let t = with_headcount("13人次");
        assert_eq!(paths(ID, &t), ["indicators.9.actual"]);
        messages_contain(
            ID,
            &t,
            &["第10行（受益残疾人数）", "“人”", "“人次”", "不能换算"],
            &["row 10", "do not convert"],
        );
        // 次 against 个; % against 分.
        let mut t = monitoring();
        t.indicators[0].actual = Some("45次".into());
        t.indicators[1].actual = Some("98分".into());
        assert_eq!(paths(ID, &t), ["indicators.0.actual", "indicators.1.actual"]);
    }

    #[test]
    fn money_off_by_the_wan_factor() {
        // 维修维护总成本 ≤ 125.07 万元, actual 1,184,600 (元).
        let mut t = self_evaluation();
        t.indicators[5] = se_row(
            "产出指标",
            "成本指标",
            "维修维护总成本",
            "<=",
            "125.07",
            "万元",
            "5",
            "1,184,600.00",
            "5",
            "",
        );
        assert_eq!(paths(ID, &t), ["indicators.5.actual"]);
        messages_contain(ID, &t, &["10000倍"], &["10000 times"]);
    }

    #[test]
    fn near_misses() {
        // §3.10 A ("100%" actuals with unit %: §6) and D.
        assert!(run(ID, &self_evaluation()).is_empty());
        assert!(run(ID, &monitoring()).is_empty());
        // The same unit, a unit that says the same (名 for 人), a bare number.
        for actual in ["13人", "13名", "13", "0.0013万人"] {
            assert!(run(ID, &with_headcount(actual)).is_empty(), "{actual}");
        }
        let mut t = self_evaluation();
        // 万元 against 元 converts; a cost actual near its target is in its unit.
        t.indicators[5] = se_row(
            "产出指标",
            "成本指标",
            "维修维护总成本",
            "<=",
            "1250700",
            "元",
            "5",
            "118.46万元",
            "5",
            "",
        );
        t.indicators[2].actual = Some("100％".into());
        // Units the model does not relate (小时 against 天) are left alone.
        t.indicators[4] = se_row(
            "产出指标",
            "时效指标",
            "平均响应时间",
            "<=",
            "1",
            "天",
            "10",
            "20小时",
            "10",
            "",
        );
        // Comparisons and words are other rules'.
        t.indicators[0].actual = Some("≥4个".into());
        t.indicators[1].actual = Some("已完成".into());
        assert!(run(ID, &t).is_empty(), "{:?}", paths(ID, &t));
        // A money row whose bare actual is merely high is not in 元.
        let mut t = self_evaluation();
        t.indicators[5] = se_row(
            "产出指标",
            "成本指标",
            "维修维护总成本",
            "<=",
            "125.07",
            "万元",
            "5",
            "250",
            "5",
            "",
        );
        assert!(run(ID, &t).is_empty());
    }
}
