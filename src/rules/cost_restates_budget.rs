//! `cost-restates-budget` — 指标值就是项目预算总额.
//!
//! A cost target of the whole budget (`项目总成本 ≤1125万元` on a table of 1125 万元), or an
//! output that is the money itself (`完成…项目 800万元`), presents the input as the result: it
//! says the money will be spent, not what it buys or what a unit costs. Reviewers ask cost
//! indicators for unit costs and cost control (DOMAIN.md: “inputs (money, staff) are not
//! targets”; 成本 is “what it costs … 元/人”). Found in a third of the real tables of
//! tests/data/real that have a cost row (安徽 六安, 淮北, 金寨; 天津 河北区法院; 宁夏 原州区;
//! 内蒙古 乌海; 湖北 黄石). Compared in 元: the target in its unit (a bare number on a cost row
//! in the table's), the budget in its own or the table's.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::cost_restates_budget,
    level: Level::Warning,
    title: Tr {
        zh: "指标值就是项目预算总额",
        en: "The target is the whole budget",
    },
    description: Tr {
        zh: "成本或产出指标的目标值等于项目预算总额，是把投入当成了结果。",
        en: "A cost or output target equal to the whole budget presents the input as the result.",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    let Some(budget) = cx.header.budget_yuan() else {
        return;
    };
    let output = ind.level1_or_implied(cx.header.framework) == Some(Level1::Output);
    if !(ind.is_cost() || output) || ind.is_qualitative() {
        return;
    }
    let unit = cx.header.amount_unit;
    if ind.total_yuan(unit.yuan(), true) != Some(budget) {
        return;
    }
    let row = cx.row();
    let amount = crate::amount::div_pow10(budget, unit.yuan())
        .map(|d| d.normalize().to_string())
        .unwrap_or_default();
    let u = unit.name();
    let msg = if ind.is_cost() {
        tr!(
            cx,
            "{row}的目标值等于项目预算总额{amount}{u}，这是把投入当成了成本目标。成本指标应反映单位成本或成本控制，如“人均…成本≤…元/人”“单位…成本≤…元”。",
            "{row}: the target equals the project's whole budget of {amount} {u}, the input restated as a cost target. A cost indicator gives a unit cost or a cost cap, e.g. “人均…成本 ≤ … 元/人” (cost per person)."
        )
    } else {
        tr!(
            cx,
            "{row}的目标值等于项目预算总额{amount}{u}，说的是花多少钱，不是做成什么。产出指标应写完成的工作量或质量。",
            "{row}: the target equals the project's whole budget of {amount} {u}; it says how much is spent, not what is produced. An output gives the work done or its quality."
        )
    };
    cx.report(cx.cell(Column::Value), msg);
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "cost-restates-budget";

    #[test]
    fn hit_total_cost_is_the_budget() {
        // 金寨经济开发区: 项目总成本 ≤1125万元 on 1125 万元.
        let mut t = good();
        t.budget = "1125".into();
        t.indicators[3] = row("产出指标", "成本指标", "项目总成本", "≤", "1125", "万元", "");
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.3.value");
        messages_contain(ID, &t, &["第4行（项目总成本）", "1125万元"], &["whole budget"]);
        // In 元 against 万元, and a bare number on a cost row.
        t.indicators[3].value = "11,250,000".into();
        t.indicators[3].unit = "元".into();
        assert_eq!(run(ID, &t).len(), 1);
        t.indicators[3].value = "1125".into();
        t.indicators[3].unit = "".into();
        assert_eq!(run(ID, &t).len(), 1);
        // An output that is the money: 黄石 “完成…项目 800万元”.
        let mut t = good();
        t.budget = "800".into();
        t.indicators[0] = row("产出指标", "数量指标", "完成校园维修改造项目", "", "800万元", "", "");
        assert_eq!(paths(ID, &t), ["indicators.0.value"]);
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // A unit cost, a cost below the budget, a benefit in money, no budget.
        t.budget = "125.07".into();
        t.indicators[3] = row("产出指标", "成本指标", "维修总成本", "≤", "118", "万元", "");
        t.indicators[4] = row("效益指标", "经济效益指标", "带动增收", "≥", "125.07", "万元", "");
        assert!(run(ID, &t).is_empty());
        t.indicators[3] = row("产出指标", "成本指标", "人均成本", "≤", "125.07", "万元/人", "");
        assert!(run(ID, &t).is_empty());
        t.budget = "".into();
        t.indicators[3] = row("产出指标", "成本指标", "项目总成本", "≤", "125.07", "万元", "");
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
