//! `cost-exceeds-budget` — 成本指标超过项目预算.
//!
//! A project cannot spend more than it is given: a total cost target above the table's own budget
//! (预算资金情况) is impossible, and usually means 元 and 万元 were mixed up. DOMAIN.md: “a total
//! cost above the table's budget is impossible”; reviewers check “cost indicators in money and
//! within budget” (适当性). Only totals are compared (元, 万元); unit costs (元/人, 万元/公里) are
//! not. Both sides are converted to 元: the budget in its own unit or the profile's amount unit.

use crate::rules::prelude::*;
use crate::unit::Money;

pub const RULE: Rule = Rule {
    id: RuleId::cost_exceeds_budget,
    level: Level::Error,
    title: Tr {
        zh: "成本指标超过项目预算",
        en: "A cost target exceeds the budget",
    },
    description: Tr {
        zh: "总成本不可能高于表中的预算资金。",
        en: "A total cost cannot exceed the table's budget.",
    },
    check: Check::Table(check),
};

fn check(table: &Table, cx: &mut Context) {
    let Some(budget) = table.header.budget.get() else {
        return;
    };
    let table_yuan = cx.table.header.amount_unit.yuan();
    let Some(budget_yuan) = budget
        .value
        .checked_mul(Decimal::from(budget.unit_yuan.unwrap_or(table_yuan)))
    else {
        return;
    };
    if budget_yuan <= Decimal::ZERO {
        return;
    }
    for ind in &table.indicators {
        if !ind.is_cost() || ind.is_qualitative() {
            continue;
        }
        let (
            Some(Unit::Money(Money {
                yuan,
                per: false,
                text,
            })),
            Some(n),
        ) = (&ind.unit, ind.number())
        else {
            continue;
        };
        let Some(cost_yuan) = n.checked_mul(Decimal::from(*yuan)) else {
            continue;
        };
        if cost_yuan <= budget_yuan {
            continue;
        }
        let in_table_unit = |y: Decimal| {
            crate::amount::div_pow10(y, table_yuan)
                .map(|d| d.normalize().to_string())
                .unwrap_or_default()
        };
        let (cost, budget) = (in_table_unit(cost_yuan), in_table_unit(budget_yuan));
        let unit_name = cx.table.header.amount_unit.name();
        let row = cx.row(ind.index);
        let msg = tr!(
            cx,
            "{row}的成本目标为{n}{text}（合{cost}{unit_name}），超过了项目预算资金{budget}{unit_name}。成本不可能高于预算：请核对金额和单位（元/万元），或改按单位成本（如“元/人”）填写。",
            "{row}: the cost target {n} {text} ({cost} {unit_name}) is more than the project's budget of {budget} {unit_name}. A cost cannot exceed the budget: check the amount and the unit (元 or 万元), or give a unit cost (e.g. 元/人)."
        );
        cx.report(Path::Cell(ind.index, Column::Value), msg);
    }
}

#[cfg(test)]
mod tests {
    use crate::profile::{AmountUnit, Profile};
    use crate::rules::testing::*;

    const ID: &str = "cost-exceeds-budget";

    #[test]
    fn hit_total_cost_above_budget() {
        let mut t = good();
        t.budget = "125.07".into();
        t.indicators[3] = row(
            "产出指标",
            "成本指标",
            "维修总成本",
            "≤",
            "1,300,000",
            "元",
            "2024年12月",
        );
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.3.value");
        assert!(d.fix.is_none());
        messages_contain(
            ID,
            &t,
            &["第4行（维修总成本）", "130万元", "125.07万元"],
            &["row 4"],
        );
    }

    #[test]
    fn hit_budget_in_yuan_profile() {
        let mut t = good();
        t.budget = "60000".into();
        t.indicators[3] = row(
            "产出指标",
            "成本指标",
            "会议总成本",
            "≤",
            "6.5",
            "万元",
            "2024年12月",
        );
        let p = Profile {
            amount_unit: AmountUnit::Yuan,
            ..Default::default()
        };
        assert_eq!(run_with(ID, &t, &p).len(), 1);
        assert!(run(ID, &t).is_empty(), "60000 万元 is plenty");
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // Exactly the budget (125.07 万元 = 1 250 700 元), a unit cost, a budget with its own unit.
        t.budget = "1250700元".into();
        t.indicators[3] = row(
            "产出指标",
            "成本指标",
            "维修总成本",
            "≤",
            "125.07",
            "万元",
            "2024年12月",
        );
        t.indicators.push(row(
            "产出指标",
            "成本指标",
            "人均成本",
            "≤",
            "2000000",
            "元/人",
            "2024年12月",
        ));
        assert!(run(ID, &t).is_empty());
        // Huge numbers do not overflow.
        t.indicators[3].value = "79228162514264337593543950335".into();
        t.indicators[3].unit = "亿元".into();
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
