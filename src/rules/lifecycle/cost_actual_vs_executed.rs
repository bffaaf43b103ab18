//! `cost-actual-vs-executed` — 总成本实际值与执行数不符.
//!
//! A total-cost indicator — a cost row (成本指标) in money, named 总成本, 总投资 or 成本控制 — whose
//! 实际完成值 is not what the execution block says was spent (全年执行数), or is more than the
//! 全年预算数: the project's total cost in the year is its spending, so the two figures are the
//! same measurement, and a cost actual copied from the target (`125.07` against 118.46 spent)
//! was never measured (a 真实 finding of 自评抽审). Amounts are compared in 元 through their units
//! (the actual's own, else the row's; the block's in the table's); the actual agrees when the
//! spending rounded to the actual's decimals is it (`118.5` for 118.46), else within 0.01 万元;
//! an actual that agrees with an overspent block is `execution-over-budget`'s. Unit costs
//! (元/人) are not totals and are left alone. Source: LIFECYCLE.md §4.1 rule 17 (E).

use crate::lifecycle::Num;
use crate::rules::prelude::*;
use rust_decimal::RoundingStrategy;

pub const RULE: Rule = Rule {
    id: RuleId::cost_actual_vs_executed,
    level: Level::Warning,
    stages: Stages::SELF_EVALUATION,
    title: Tr {
        zh: "总成本实际值与执行数不符",
        en: "The total cost actual differs from the spending",
    },
    description: Tr {
        zh: "总成本指标的实际完成值应与预算执行情况的全年执行数一致，且不超过全年预算数。",
        en: "A total-cost indicator's actual must be the year's spending, and no more than the annual budget.",
    },
    check: Check::Table(check),
};

/// Names of a project's total cost.
const TOTAL_COST: [&str; 3] = ["总成本", "总投资", "成本控制"];

/// How far apart two amounts may be, in 元 (0.01 万元).
const TOLERANCE_YUAN: i64 = 100;

fn check(table: &Table, cx: &mut Context) {
    let Some(e) = &table.execution else {
        return;
    };
    let Some(executed) = e.executed.as_ref().and_then(Num::value) else {
        return;
    };
    let table_yuan = Decimal::from(table.header.amount_unit.yuan());
    let annual = e.annual_budget.as_ref().and_then(Num::value);
    for row in crate::lifecycle::weights::weighted_rows(&table.indicators) {
        if !row.is_cost() || !TOTAL_COST.iter().any(|n| row.compact_name().contains(n)) {
            continue;
        }
        let Some(actual) = row.progress.as_ref().and_then(|p| p.actual.as_ref()) else {
            continue;
        };
        let Target::Number(a) = actual.target else {
            continue;
        };
        let unit = match actual.unit.as_deref() {
            Some(u) => Unit::parse(u),
            None => row.unit.clone(),
        };
        let Some(Unit::Money(m)) = unit else {
            continue;
        };
        if m.per {
            continue;
        }
        let unit_yuan = Decimal::from(m.yuan);
        let (Some(a_yuan), Some(x_yuan)) =
            (a.checked_mul(unit_yuan), executed.checked_mul(table_yuan))
        else {
            continue;
        };
        let Some(x_in_unit) = x_yuan.checked_div(unit_yuan) else {
            continue;
        };
        let same = x_in_unit.round_dp_with_strategy(a.scale(), RoundingStrategy::MidpointAwayFromZero)
            == a
            || a_yuan
                .checked_sub(x_yuan)
                .is_some_and(|d| d.abs() <= Decimal::from(TOLERANCE_YUAN));
        let over = annual
            .and_then(|b| b.checked_mul(table_yuan))
            .and_then(|b| b.checked_add(Decimal::from(TOLERANCE_YUAN)))
            .filter(|b| a_yuan > *b);
        // Equal to the spending: an overspent budget is execution-over-budget's.
        if same {
            continue;
        }
        let label = cx.row(row.index);
        let u = &m.text;
        let table_unit = table.header.amount_unit.name();
        let msg = match over {
            Some(_) => {
                let b = annual.unwrap_or_default();
                tr!(
                    cx,
                    "{label}的实际完成值{a}{u}超过了全年预算数{b}{table_unit}，而全年执行数为{executed}{table_unit}。总成本的实际值应为实际支出。",
                    "{label}: the actual of {a} {u} exceeds the annual budget of {b} {table_unit}; {executed} {table_unit} was spent. A total cost's actual is what was spent."
                )
            }
            None => tr!(
                cx,
                "{label}的实际完成值{a}{u}与预算执行情况的全年执行数{executed}{table_unit}不一致。总成本的实际值应为实际支出。",
                "{label}: the actual of {a} {u} differs from the year's spending of {executed} {table_unit} in the execution block. A total cost's actual is what was spent."
            ),
        };
        cx.report(Path::Cell(row.index, Column::Actual), msg);
    }
}

#[cfg(test)]
mod tests {
    use crate::raw::RawTable;
    use crate::rules::testing::*;

    const ID: &str = "cost-actual-vs-executed";

    /// §3.10 A with 办公楼维修维护's money (125.07 budgeted, 118.46 spent) and an invented
    /// 维修维护总成本 ≤ 125.07 万元 in row 5, its actual as written.
    fn repair(actual: &str) -> RawTable {
        let mut t = self_evaluation();
        let e = t.execution.as_mut().unwrap();
        e.initial_budget = Some("125.07".into());
        e.annual_budget = Some("125.07".into());
        e.executed = Some("118.46".into());
        e.rate = Some("94.71%".into());
        e.score = Some("9.47".into());
        e.sources = None;
        t.indicators[5] = se_row(
            "产出指标",
            "成本指标",
            "维修维护总成本",
            "≤",
            "125.07",
            "万元",
            "5",
            actual,
            "5",
            "",
        );
        t
    }

    #[test]
    fn hit_the_target_copied() {
        let t = repair("125.07");
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.5.actual");
        assert!(d.fix.is_none());
        messages_contain(
            ID,
            &t,
            &["第6行（维修维护总成本）的实际完成值125.07万元", "全年执行数118.46万元不一致"],
            &["125.07", "118.46"],
        );
    }

    #[test]
    fn hit_over_the_budget_and_in_yuan() {
        let t = repair("130");
        assert!(only(ID, &t).message.contains("超过了全年预算数125.07万元"));
        // The actual in 元: 1,250,700 元 is 125.07 万元.
        assert_eq!(paths(ID, &repair("1,250,700元")), ["indicators.5.actual"]);
    }

    #[test]
    fn near_misses() {
        // §6 cost at stated precision: 118.5 for 118.46; also exact, in 元, within 0.01 万元.
        for ok in ["118.5", "118.46", "118", "1,184,600.00元", "118.465"] {
            assert!(run(ID, &repair(ok)).is_empty(), "{ok}");
        }
        // §3.10 A and B (项目总成本 28.67 = 28.67 spent).
        assert!(run(ID, &self_evaluation()).is_empty());
        assert!(run(ID, &weights_over_100()).is_empty());
        // Not a total (a unit cost, a name without 总成本), not money, not a number, no block.
        let mut t = repair("125.07");
        t.indicators[5].unit = "元/次".into();
        assert!(run(ID, &t).is_empty());
        let mut t = repair("125.07");
        t.indicators[5].name = "维修材料成本".into();
        assert!(run(ID, &t).is_empty());
        let mut t = repair("达成年度指标");
        assert!(run(ID, &t).is_empty());
        t = repair("125.07");
        t.execution = None;
        assert!(run(ID, &t).is_empty());
    }
}
