//! `execution-over-budget` — 执行数超过全年预算数.
//!
//! More spent than the 全年(调整后)预算数 (a rate above 100 %), or money spent against a budget of
//! 0: under 预算管理一体化 payment control nothing is paid beyond the budget available, so either
//! the budget cell is not the adjusted one or the spending figure is wrong (a 真实 finding of
//! 自评抽审). Checked on the total row and on each funding source; a 0.00 / 0.00 unused fund row
//! and N/A marks are not. Source: LIFECYCLE.md §4.3 rule 29 (E) and §3.2 (`annualBudget = 0`:
//! the rate is undefined, and spending against it is this rule's).

use crate::lifecycle::Num;
use crate::raw::ExecField;
use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::execution_over_budget,
    level: Level::Error,
    stages: Stages::LIFECYCLE,
    title: Tr {
        zh: "执行数超过全年预算数",
        en: "More spent than the annual budget",
    },
    description: Tr {
        zh: "执行数不能超过全年（调整后）预算数。",
        en: "Spending cannot exceed the annual (adjusted) budget.",
    },
    check: Check::Table(check),
};

fn check(table: &Table, cx: &mut Context) {
    let Some(e) = &table.execution else {
        return;
    };
    row(cx, None, &e.executed, &e.annual_budget);
    for (i, s) in e.sources.iter().flatten().enumerate() {
        row(cx, Some((i, &s.name)), &s.executed, &s.annual_budget);
    }
}

fn row(cx: &mut Context, source: Option<(usize, &str)>, executed: &Option<Num>, annual: &Option<Num>) {
    let (Some(x), Some(a)) = (
        executed.as_ref().and_then(Num::value),
        annual.as_ref().and_then(Num::value),
    ) else {
        return;
    };
    if x <= a || x <= Decimal::ZERO {
        return;
    }
    let (zh_row, en_row, path) = match source {
        None => (
            "年度资金总额".to_string(),
            "The total row".to_string(),
            Path::Exec(ExecField::Executed),
        ),
        Some((i, name)) => {
            let name = crate::lifecycle::execution::source_label(name);
            (
                format!("资金来源“{name}”"),
                format!("The source “{name}”"),
                Path::Source(i, Some(ExecField::Executed)),
            )
        }
    };
    let percent = crate::lifecycle::execution::rate(x, a)
        .and_then(|r| crate::lifecycle::light::percent(r, 2));
    let msg = match percent {
        Some(percent) => {
            tr!(
                cx,
                "{zh_row}的执行数{x}超过全年预算数{a}（执行率{percent}%）。支出不能超过可用预算，请核对全年（调整后）预算数和执行数。",
                "{en_row}: spending of {x} exceeds the annual budget of {a} (a rate of {percent}%). Nothing can be paid beyond the budget available: check the annual (adjusted) budget and the spending."
            )
        }
        None => tr!(
            cx,
            "{zh_row}的全年预算数为{a}，却有执行数{x}。请填写全年（调整后）实际可用的预算数。",
            "{en_row}: the annual budget is {a}, yet {x} was spent. Enter the annual (adjusted) budget actually available."
        ),
    };
    cx.report(path, msg);
}

#[cfg(test)]
mod tests {
    use crate::raw::RawTable;
    use crate::rules::testing::*;

    const ID: &str = "execution-over-budget";

    fn amounts(annual: &str, executed: &str) -> RawTable {
        let mut t = self_evaluation();
        let e = t.execution.as_mut().unwrap();
        e.initial_budget = Some(annual.into());
        e.annual_budget = Some(annual.into());
        e.executed = Some(executed.into());
        e.sources = None;
        t
    }

    #[test]
    fn hit_over_the_budget() {
        // 巡察经费 35.02 / 34.16 (102.52 %).
        let t = amounts("34.16", "35.02");
        assert_eq!(paths(ID, &t), ["execution.executed"]);
        messages_contain(ID, &t, &["35.02超过全年预算数34.16", "102.52%"], &["35.02", "34.16"]);
    }

    #[test]
    fn hit_spent_against_nothing() {
        // 9.36 / 0.00: the budget available was not entered.
        let t = amounts("0.00", "9.36");
        assert_eq!(paths(ID, &t), ["execution.executed"]);
        messages_contain(ID, &t, &["全年预算数为0.00", "9.36"], &["0.00"]);
    }

    #[test]
    fn hit_a_source_row() {
        let mut t = self_evaluation();
        t.execution.as_mut().unwrap().sources.as_mut().unwrap()[0].executed = Some("6.80".into());
        assert_eq!(paths(ID, &t), ["execution.sources.0.executed"]);
    }

    #[test]
    fn near_misses() {
        assert!(run(ID, &self_evaluation()).is_empty());
        assert!(run(ID, &monitoring()).is_empty());
        // All spent; an unused fund row 0.00 / 0.00; a project added mid-year (§6).
        assert!(run(ID, &amounts("9.36", "9.36")).is_empty());
        assert!(run(ID, &amounts("0.00", "0.00")).is_empty());
        let mut t = amounts("9.36", "9.36");
        t.execution.as_mut().unwrap().initial_budget = Some("0.00".into());
        assert!(run(ID, &t).is_empty());
        // Blank, N/A or missing cells.
        assert!(run(ID, &amounts("", "9.36")).is_empty());
        assert!(run(ID, &amounts("—", "9.36")).is_empty());
    }
}
