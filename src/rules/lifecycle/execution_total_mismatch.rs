//! `execution-total-mismatch` — 年度资金总额与各资金来源之和不符.
//!
//! The total row (年度资金总额 / 总额) is not the sum of its funding sources (其中: 本年财政拨款,
//! 上年结转资金, 其他资金 …), column by column (年初预算数, 全年预算数, 执行数): one of the rows
//! was typed wrong or a source was left out of the total, and the rate and the score that rest
//! on it are wrong (a 真实 finding of 自评抽审). N/A marks, blank and missing source cells are left
//! out of the sums; nested breakdowns (a second `其中`) are not added up; a total agrees with a
//! sum that rounds to it at the total's decimals. Reported once, at `execution`, naming the
//! columns. Source: LIFECYCLE.md §4.3 rule 30 (E), worked example C (§3.10): 110.07 / 110.07 /
//! 103.46 against sources adding up to 125.07 / 125.07 / 118.46.

use crate::lifecycle::execution::{source_sums, total_matches};
use crate::lifecycle::Num;
use crate::raw::ExecField;
use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::execution_total_mismatch,
    level: Level::Error,
    stages: Stages::LIFECYCLE,
    title: Tr {
        zh: "年度资金总额与各资金来源之和不符",
        en: "The total row is not the sum of its sources",
    },
    description: Tr {
        zh: "年度资金总额的预算数、执行数应等于其中各资金来源之和。",
        en: "The total row's budget and spending must equal the sums of its funding sources.",
    },
    check: Check::Table(check),
};

fn check(table: &Table, cx: &mut Context) {
    let Some(e) = &table.execution else {
        return;
    };
    let Some(sums) = e.sources.as_deref().and_then(source_sums) else {
        return;
    };
    let mut zh = Vec::new();
    let mut en = Vec::new();
    for (field, total, sum) in [
        (ExecField::InitialBudget, &e.initial_budget, sums.initial_budget),
        (ExecField::AnnualBudget, &e.annual_budget, sums.annual_budget),
        (ExecField::Executed, &e.executed, sums.executed),
    ] {
        let (Some(total @ Num::Number { value, .. }), Some(sum)) = (total.as_ref(), sum) else {
            continue;
        };
        if total_matches(total, sum) {
            continue;
        }
        zh.push(format!("{}{value}（各来源合计{sum}）", field.label_zh()));
        en.push(format!("{} {value} (sources: {sum})", field.label_en()));
    }
    if zh.is_empty() {
        return;
    }
    let (zh, en) = (zh.join("、"), en.join(", "));
    let msg = tr!(
        cx,
        "年度资金总额的{zh}与其中各资金来源之和不一致。请核对总额和各来源的金额。",
        "The total row's {en} does not equal the sum of its funding sources. Check the total and each source."
    );
    cx.report(Path::Execution, msg);
}

#[cfg(test)]
mod tests {
    use crate::raw::{RawSource, RawTable};
    use crate::rules::testing::*;

    const ID: &str = "execution-total-mismatch";

    fn source(name: &str, cells: [&str; 4]) -> RawSource {
        RawSource {
            name: name.into(),
            initial_budget: Some(cells[0].into()),
            annual_budget: Some(cells[1].into()),
            executed: Some(cells[2].into()),
            rate: Some(cells[3].into()),
        }
    }

    /// §3.10 C: 办公楼维修维护, the total row left at the 本年财政拨款 amounts.
    fn total_vs_sources() -> RawTable {
        let mut t = self_evaluation();
        let e = t.execution.as_mut().unwrap();
        e.initial_budget = Some("110.07".into());
        e.annual_budget = Some("110.07".into());
        e.executed = Some("103.46".into());
        e.rate = Some("93.99%".into());
        e.score = Some("9.40".into());
        e.sources = Some(vec![
            source("其中：本年财政拨款", ["110.07", "110.07", "103.46", "93.99%"]),
            source("上年结转资金", ["15.00", "15.00", "15.00", "100.00%"]),
        ]);
        t
    }

    #[test]
    fn hit_worked_example_c() {
        let t = total_vs_sources();
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "execution");
        assert!(d.fix.is_none(), "which row is wrong is not known");
        messages_contain(
            ID,
            &t,
            &[
                "年初预算数110.07（各来源合计125.07）",
                "全年预算数110.07（各来源合计125.07）",
                "执行数103.46（各来源合计118.46）",
            ],
            &["annual budget 110.07 (sources: 125.07)"],
        );
        // Only the column that is off is named.
        let mut t = total_vs_sources();
        let e = t.execution.as_mut().unwrap();
        e.initial_budget = Some("125.07".into());
        e.annual_budget = Some("125.07".into());
        let d = only(ID, &t);
        assert!(!d.message.contains("预算数"), "{}", d.message);
    }

    #[test]
    fn near_misses() {
        // §3.10 A: 6.70 + — = 6.70; §6 unused fund rows (0.00 or — throughout) still sum.
        assert!(run(ID, &self_evaluation()).is_empty());
        let mut t = self_evaluation();
        t.execution.as_mut().unwrap().sources.as_mut().unwrap()[1] =
            source("专项债券资金", ["0.00", "0.00", "0.00", "0.00%"]);
        assert!(run(ID, &t).is_empty());
        // The corrected C: the total is the sum.
        let mut t = total_vs_sources();
        let e = t.execution.as_mut().unwrap();
        e.initial_budget = Some("125.07".into());
        e.annual_budget = Some("125.07".into());
        e.executed = Some("118.46".into());
        assert!(run(ID, &t).is_empty());
        // A total at fewer decimals that the sum rounds to.
        t.execution.as_mut().unwrap().executed = Some("118.5".into());
        assert!(run(ID, &t).is_empty());
        // A nested breakdown, a source row that restates the total, no sources, no block.
        let mut t = total_vs_sources();
        t.execution.as_mut().unwrap().sources.as_mut().unwrap()[1].name = "其中：一般公共预算".into();
        assert!(run(ID, &t).is_empty());
        let mut t = self_evaluation();
        t.execution
            .as_mut()
            .unwrap()
            .sources
            .as_mut()
            .unwrap()
            .push(source("合计", ["6.70", "6.70", "6.52", "97.31%"]));
        assert!(run(ID, &t).is_empty());
        let mut t = self_evaluation();
        t.execution.as_mut().unwrap().sources = None;
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &monitoring()).is_empty());
    }
}
