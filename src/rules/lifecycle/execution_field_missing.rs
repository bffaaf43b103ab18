//! `execution-field-missing` — 预算执行情况的金额未填.
//!
//! The total row of 预算执行情况 (年度资金总额) left blank in 全年预算数 or 全年执行数 (1–N月执行数
//! in monitoring): the execution rate, its score and every money check rest on them, so a
//! spot-check cannot start — an error. A blank 年初预算数 is a warning: a project added
//! mid-year writes `0.00` there, not nothing. Only blank cells count: `0.00` and N/A marks are
//! answers, and a form without the cell (`null`) is not asked. Source: LIFECYCLE.md §4.3 rule 27
//! (E); the layouts' columns (§1, D: 年初预算数 · 全年预算数 · 全年执行数).

use crate::lifecycle::Num;
use crate::raw::ExecField;
use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::execution_field_missing,
    level: Level::Error,
    stages: Stages::LIFECYCLE,
    title: Tr {
        zh: "预算执行情况的金额未填",
        en: "An amount of budget execution is blank",
    },
    description: Tr {
        zh: "年度资金总额的全年预算数、执行数应填写，年初预算数没有时填0.00。",
        en: "The total row's annual budget and spending must be filled in; an initial budget of nothing is written 0.00.",
    },
    check: Check::Table(check),
};

fn check(table: &Table, cx: &mut Context) {
    let Some(e) = &table.execution else {
        return;
    };
    let monitoring = table.header.stage == crate::raw::Stage::Monitoring;
    for (field, cell) in [
        (ExecField::InitialBudget, &e.initial_budget),
        (ExecField::AnnualBudget, &e.annual_budget),
        (ExecField::Executed, &e.executed),
    ] {
        if cell.as_ref() != Some(&Num::Blank) {
            continue;
        }
        let label = match (field, table.header.month) {
            (ExecField::Executed, Some(m)) if monitoring => format!("1-{m}月执行数"),
            (f, _) => f.label_zh().to_string(),
        };
        let english = field.label_en();
        let msg = match field {
            ExecField::InitialBudget => tr!(
                cx,
                "预算执行情况中年度资金总额的{label}未填写。请填写年初批复的预算数；年中新增的项目填0.00。",
                "The total row's {english} (年初预算数) is blank. Enter the budget approved at the start of the year, or 0.00 for a project added during the year."
            ),
            _ => tr!(
                cx,
                "预算执行情况中年度资金总额的{label}未填写，无法计算执行率。请填写。",
                "The total row's {english} ({label}) is blank, so no execution rate can be computed. Fill it in."
            ),
        };
        let d = cx.report(Path::Exec(field), msg);
        if field == ExecField::InitialBudget {
            // Less than the amounts the rate needs.
            d.severity = d.severity.min(crate::diagnostic::Severity::Warning);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::diagnostic::Severity;
    use crate::rules::testing::*;

    const ID: &str = "execution-field-missing";

    fn blank(cells: &[&str]) -> crate::raw::RawTable {
        let mut t = self_evaluation();
        let e = t.execution.as_mut().unwrap();
        for c in cells {
            match *c {
                "initialBudget" => e.initial_budget = Some(String::new()),
                "annualBudget" => e.annual_budget = Some(" ".into()),
                "executed" => e.executed = Some(String::new()),
                _ => unreachable!(),
            }
        }
        t
    }

    #[test]
    fn hit_blank_amounts() {
        let t = blank(&["initialBudget", "annualBudget", "executed"]);
        let d = run(ID, &t);
        assert_eq!(
            paths_of(&d),
            [
                "execution.initialBudget",
                "execution.annualBudget",
                "execution.executed"
            ]
        );
        let severities: Vec<Severity> = d.iter().map(|d| d.severity).collect();
        assert_eq!(
            severities,
            [Severity::Warning, Severity::Error, Severity::Error]
        );
        messages_contain(
            ID,
            &blank(&["initialBudget"]),
            &["年初预算数未填写", "0.00"],
            &["initial budget", "0.00"],
        );
        messages_contain(
            ID,
            &blank(&["executed"]),
            &["执行数未填写", "无法计算执行率"],
            &["spent"],
        );
    }

    #[test]
    fn monitoring_names_the_months() {
        let mut t = monitoring();
        t.execution.as_mut().unwrap().executed = Some(String::new());
        let d = only(ID, &t);
        assert!(d.message.contains("1-7月执行数"), "{}", d.message);
    }

    #[test]
    fn near_misses() {
        assert!(run(ID, &self_evaluation()).is_empty());
        assert!(run(ID, &monitoring()).is_empty());
        // §6: a project added mid-year, 年初预算数 0.00.
        let mut t = self_evaluation();
        let e = t.execution.as_mut().unwrap();
        e.initial_budget = Some("0.00".into());
        e.annual_budget = Some("9.36".into());
        e.executed = Some("9.36".into());
        e.rate = Some("100.00%".into());
        e.reason = Some("年中新增项目".into());
        assert!(run(ID, &t).is_empty());
        // N/A marks, a form without the cells, no execution block; blank source rows are not
        // the total row.
        let mut t = self_evaluation();
        let e = t.execution.as_mut().unwrap();
        e.initial_budget = Some("—".into());
        e.annual_budget = None;
        e.sources.as_mut().unwrap()[1].executed = Some(String::new());
        assert!(run(ID, &t).is_empty());
        let mut t = self_evaluation();
        t.execution = None;
        assert!(run(ID, &t).is_empty());
    }
}
