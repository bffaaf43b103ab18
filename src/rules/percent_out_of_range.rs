//! `percent-out-of-range` — 百分比超出0–100.
//!
//! A rate (合格率, 覆盖率, 满意度) is a share of a whole: it cannot be negative and cannot pass
//! 100 % (‰: 1000). A target of 120 % or −5 % cannot be met or measured, so budget systems
//! treat it as a hard error (强制性审核: “quantitative value must be numeric, negatives only
//! where allowed”; reviewers: “percentages within 0–100”, DOMAIN.md). Growth rates (增长率) are
//! exempt: they may pass 100 % or fall below 0, and `implausible-growth` judges them. “≥ 100 %”
//! exactly is `rate-at-least-100`'s.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::percent_out_of_range,
    level: Level::Error,
    stages: Stages::ALL,
    title: Tr {
        zh: "百分比超出0–100",
        en: "A percentage is outside 0–100",
    },
    description: Tr {
        zh: "比率不能为负，也不能超过100%（增长率除外）。",
        en: "A rate cannot be negative or above 100 % (growth rates excepted).",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    let (Some(unit), Some(n)) = (&ind.unit, ind.number()) else {
        return;
    };
    let max = match unit {
        Unit::Percent => Decimal::ONE_HUNDRED,
        Unit::PerMille => Decimal::ONE_THOUSAND,
        _ => return,
    };
    if ind.name_kind == NameKind::Growth {
        return;
    }
    let row = cx.row();
    let u = unit.canonical();
    let msg = if n < Decimal::ZERO {
        tr!(
            cx,
            "{row}的目标值为{n}{u}，比率不能为负数。请填写0到{max}{u}之间的值；若要表达“降低”，请把指标改为“…降低率”并填正数。",
            "{row}: the target {n} {u} is negative, and a rate cannot be. Write a value between 0 and {max} {u}; to express a reduction, name the indicator “…降低率” (reduction rate) and give a positive value."
        )
    } else if n > max {
        tr!(
            cx,
            "{row}的目标值为{n}{u}，超过了{max}{u}。比率最高为{max}{u}，请改为实际可达的值；要求全部达到时写“＝{max}{u}”。",
            "{row}: the target {n} {u} is above {max} {u}, the most a rate can reach. Write a reachable value, or “＝ {max} {u}” if every case must meet it."
        )
    } else {
        return;
    };
    cx.report(cx.cell(Column::Value), msg);
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "percent-out-of-range";

    #[test]
    fn hit_above_100_and_negative() {
        let mut t = good();
        t.indicators[1] = row(
            "产出指标",
            "质量指标",
            "维修合格率",
            "=",
            "120",
            "%",
            "2024年12月",
        );
        t.indicators[5] = row(
            "效益指标",
            "可持续影响指标",
            "健康档案建档率",
            "",
            "≥-5%",
            "",
            "2024年12月",
        );
        assert_eq!(paths(ID, &t), ["indicators.1.value", "indicators.5.value"]);
        let d = run(ID, &t);
        assert!(d.iter().all(|d| d.fix.is_none()));
        messages_contain(
            ID,
            &t,
            &["第2行（维修合格率）", "120%"],
            &["row 2 (维修合格率)"],
        );
    }

    #[test]
    fn hit_per_mille() {
        let mut t = good();
        t.indicators[1].unit = "‰".into();
        t.indicators[1].value = "1200".into();
        assert_eq!(paths(ID, &t), ["indicators.1.value"]);
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // 100 % and 0 % are the bounds; growth may pass 100 %; 120 个 is a count; 500 ‰ is 50 %.
        t.indicators[1].value = "100".into();
        t.indicators[2].value = "0".into();
        t.indicators[5] = row(
            "效益指标",
            "社会效益指标",
            "残疾儿童入学增长率",
            "≥",
            "150",
            "%",
            "2024年12月",
        );
        t.indicators[0].value = "120".into();
        t.indicators[6].unit = "‰".into();
        t.indicators[6].value = "500".into();
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
