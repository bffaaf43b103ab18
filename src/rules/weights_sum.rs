//! `weights-sum` — 权重合计不等于100.
//!
//! When the portal shows the 权重 (weight) column and any weight is filled in, finds weights
//! that are not numbers between 0 and 100 (at the cell) and, when all are numbers, a total
//! other than 100 (for the list, naming the rows left without a weight). Weights become the
//! scores of the self-evaluation (自评), where the indicators are scored out of 100; a total
//! of 95 or 110 makes every later score wrong. Source: the budget-integration system's check
//! “weights sum to 100 when shown” (DOMAIN.md); the self-evaluation weights (产出 50 / 效益 30
//! / 满意度 10 …). A total of 90 with every row weighted is accepted: many forms keep the other
//! 10 points for 预算执行率 (LIFECYCLE.md §3.7; the Sichuan 510000_0013zp layout prints
//! 绩效指标(90分), Inner Mongolia's 分值 columns add up the same way).
//!
//! On a self-evaluation (绩效自评) the 100 points are the rows' 分值 plus the 分值 of 预算执行率:
//! Σ row weights + `execution.weight` (the profile's `budgetWeight` when the form states none)
//! must make 100, or the 合计 the form states; reported at `totalWeight` when a stated total
//! disagrees, else at `indicators`, and not checked when the execution block is missing (the
//! budget's part of the 100 unknown). Blank or non-numeric 分值 there are `weight-invalid`'s.
//! Source: LIFECYCLE.md §4.2 rule 19 and §3.7 — the vendor's “权重设定值合计为：…总和应等于…！”
//! and “下级指标分值录入合计应等于上级设置数” (C id 54504033813, 54806453799). Every form is
//! judged by it in full: wrong weights make every later score wrong.

#[cfg(feature = "lifecycle")]
use crate::lifecycle::Num;
#[cfg(feature = "lifecycle")]
use crate::raw::Stage;
use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::weights_sum,
    level: Level::Error,
    stages: Stages::EVERY_FORM,
    title: Tr {
        zh: "权重合计不等于100",
        en: "Weights do not sum to 100",
    },
    description: Tr {
        zh: "显示权重列时，各指标权重之和应为100。",
        en: "When weights are shown they must sum to 100.",
    },
    check: Check::Table(check),
};

/// How many rows without a weight the message names before “…”.
const MAX_LISTED: usize = 5;

fn check(table: &Table, cx: &mut Context) {
    #[cfg(feature = "lifecycle")]
    if table.header.stage == Stage::SelfEvaluation {
        return self_evaluation(table, cx);
    }
    let rows: Vec<&Indicator> = table.indicators.iter().filter(|i| !i.is_empty()).collect();
    if rows.iter().all(|i| i.weight.is_blank()) {
        return;
    }
    let mut cell_errors = false;
    for ind in &rows {
        let path = Path::Cell(ind.index, Column::Weight);
        let text = crate::text::clean(&ind.raw.weight);
        let msg = match ind.weight {
            Cell::Invalid => {
                let row = cx.row(ind.index);
                tr!(
                    cx,
                    "{row}的权重“{text}”不是数字，请填写0到100之间的数，如 10。",
                    "{row}: the weight “{text}” is not a number; enter a number from 0 to 100, e.g. 10."
                )
            }
            Cell::Valid(w) if w < Decimal::ZERO || w > Decimal::ONE_HUNDRED => {
                let row = cx.row(ind.index);
                tr!(
                    cx,
                    "{row}的权重为{text}，应在0到100之间。",
                    "{row}: the weight is {text}; it must be between 0 and 100."
                )
            }
            _ => continue,
        };
        cell_errors = true;
        if !table.has_input_issue(path) {
            cx.report(path, msg);
        }
    }
    if cell_errors {
        return;
    }
    let sum = rows
        .iter()
        .filter_map(|i| i.weight.get())
        .try_fold(Decimal::ZERO, |acc, w| acc.checked_add(w));
    // 100, or 90 where the form keeps the other 10 for 预算执行率 (the Sichuan and Inner
    // Mongolia layouts: 绩效指标 90 + 预算执行 10).
    let ninety = Decimal::from(90);
    if sum == Some(Decimal::ONE_HUNDRED)
        || (sum == Some(ninety) && rows.iter().all(|i| !i.weight.is_blank()))
    {
        return;
    }
    let total = sum.map_or_else(|| "—".to_string(), |s| s.normalize().to_string());
    let missing: Vec<String> = rows
        .iter()
        .filter(|i| i.weight.is_blank())
        .map(|i| cx.row(i.index).to_string())
        .collect();
    let mut list = missing
        .iter()
        .take(MAX_LISTED)
        .cloned()
        .collect::<Vec<_>>()
        .join(if cx.zh() { "、" } else { ", " });
    if missing.len() > MAX_LISTED {
        list.push_str(if cx.zh() { "等" } else { " and others" });
    }
    let msg = if missing.is_empty() {
        tr!(
            cx,
            "各指标权重合计为{total}，应为100。请调整权重。",
            "The weights add up to {total}; they must total 100. Adjust them."
        )
    } else {
        tr!(
            cx,
            "各指标权重合计为{total}，应为100；{list}未填权重。请补填并调整权重。",
            "The weights add up to {total}; they must total 100, and {list} have no weight. Fill them in and adjust."
        )
    };
    cx.report(Path::Indicators, msg);
}

/// A self-evaluation: Σ row weights + the budget's weight against 100 or the stated total.
#[cfg(feature = "lifecycle")]
fn self_evaluation(table: &Table, cx: &mut Context) {
    let Some(execution) = &table.execution else {
        return;
    };
    let rows: Vec<&Indicator> =
        crate::lifecycle::weights::weighted_rows(&table.indicators).collect();
    if rows.iter().all(|i| i.weight.is_blank()) {
        return;
    }
    // A blank or non-numeric 分值 is weight-invalid's; no total is known then.
    let Some(sum) = rows
        .iter()
        .try_fold(Decimal::ZERO, |acc, i| acc.checked_add(i.weight.get()?))
    else {
        return;
    };
    let budget = match &execution.weight {
        None | Some(Num::Blank) => cx.profile.lifecycle.budget_weight,
        Some(n) => match n.value() {
            Some(w) => w,
            None => return,
        },
    };
    let Some(total) = sum.checked_add(budget) else {
        return;
    };
    let stated = table.header.total_weight.as_ref().and_then(Num::value);
    if total == stated.unwrap_or(Decimal::ONE_HUNDRED) {
        return;
    }
    let (sum, budget, total) = (sum.normalize(), budget.normalize(), total.normalize());
    match stated {
        Some(stated) => {
            let stated = stated.normalize();
            let msg = tr!(
                cx,
                "各指标分值合计{sum}分，加预算执行率分值{budget}分，共{total}分，与填写的分值合计{stated}分不一致。请调整各指标分值。",
                "The indicators' weights (分值) add up to {sum}, plus {budget} for the execution rate (预算执行率): {total}, not the stated total of {stated}. Adjust the weights."
            );
            cx.report(Path::Field(Field::TotalWeight), msg);
        }
        None => {
            let msg = tr!(
                cx,
                "各指标分值合计{sum}分，加预算执行率分值{budget}分，共{total}分，应为100分。请调整各指标分值。",
                "The indicators' weights (分值) add up to {sum}, plus {budget} for the execution rate (预算执行率): {total}; they must total 100. Adjust the weights."
            );
            cx.report(Path::Indicators, msg);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::raw::RawTable;
    use crate::rules::testing::*;

    const ID: &str = "weights-sum";

    fn weighted(ws: &[&str]) -> RawTable {
        let mut t = good();
        for (r, w) in t.indicators.iter_mut().zip(ws) {
            r.weight = w.to_string();
        }
        t
    }

    #[test]
    fn sum_not_100() {
        let t = weighted(&["20", "20", "10", "10", "20", "10", "5"]);
        assert_eq!(paths(ID, &t), ["indicators"]);
        messages_contain(ID, &t, &["合计为95"], &["95"]);
    }

    #[test]
    fn rows_without_weight_are_named() {
        let t = weighted(&["20", "20", "10", "10", "20", "", ""]);
        let d = only(ID, &t);
        assert!(
            d.message
                .contains("第6行（健康档案建档率）、第7行（体检老年人满意度）未填权重"),
            "{}",
            d.message
        );
    }

    #[test]
    fn bad_cells_at_the_cell() {
        let t = weighted(&["二十", "20", "10", "10", "20", "10", "-10"]);
        assert_eq!(
            paths(ID, &t),
            ["indicators.0.weight", "indicators.6.weight"]
        );
        assert!(run(ID, &t)[0]
            .message
            .contains("第1行（老年人健康体检人数）"));
    }

    #[test]
    fn ninety_with_ten_for_budget_execution() {
        // 扎赉特旗 and 甘孜: indicators weigh 90, the other 10 go to 预算执行率.
        let t = weighted(&["20", "20", "10", "10", "10", "10", "10"]);
        assert!(run(ID, &t).is_empty());
        // Ninety with a row unweighted is not that.
        let t = weighted(&["20", "20", "20", "10", "10", "10", ""]);
        assert_eq!(run(ID, &t).len(), 1);
    }

    #[test]
    fn overflow_does_not_panic() {
        let t = weighted(&[
            "79228162514264337593543950335",
            "79228162514264337593543950335",
        ]);
        // Out of range at the cells; no sum attempted.
        assert_eq!(run(ID, &t).len(), 2);
    }

    #[test]
    #[cfg(feature = "lifecycle")]
    fn self_evaluation_over_100_at_the_stated_total() {
        // §3.10 B: 60 + 25 + 10 + 10 = 105 against the stated 100.
        let t = weights_over_100();
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "totalWeight");
        assert_eq!(d.severity, crate::diagnostic::Severity::Error, "not capped");
        assert!(d.fix.is_none(), "the weights are to be re-cut, not the total");
        messages_contain(
            ID,
            &t,
            &["各指标分值合计95分", "预算执行率分值10分", "共105分", "100分不一致"],
            &["95", "105", "100"],
        );
    }

    #[test]
    #[cfg(feature = "lifecycle")]
    fn self_evaluation_without_a_stated_total_at_indicators() {
        let mut t = weights_over_100();
        t.total_weight = None;
        assert_eq!(paths(ID, &t), ["indicators"]);
        // A blank total cell states nothing either.
        t.total_weight = Some(String::new());
        assert_eq!(paths(ID, &t), ["indicators"]);
        // The form states no 分值 for the budget: the profile's budgetWeight (10).
        let mut t = self_evaluation();
        t.execution.as_mut().unwrap().weight = None;
        t.indicators[0].weight = "15".into();
        assert_eq!(paths(ID, &t), ["totalWeight"]);
    }

    #[test]
    #[cfg(feature = "lifecycle")]
    fn self_evaluation_near_misses() {
        // §3.10 A: 90 + 10 = 100 = totalWeight.
        assert!(run(ID, &self_evaluation()).is_empty());
        // A stated total other than 100 that the weights make.
        let mut t = weights_over_100();
        t.total_weight = Some("105".into());
        assert!(run(ID, &t).is_empty());
        // No execution block: the budget's part unknown.
        let mut t = weights_over_100();
        t.execution = None;
        assert!(run(ID, &t).is_empty());
        // A blank or non-numeric 分值 is weight-invalid's.
        let mut t = weights_over_100();
        t.indicators[0].weight = String::new();
        assert!(run(ID, &t).is_empty());
        t.indicators[0].weight = "十".into();
        assert!(run(ID, &t).is_empty());
        // A template's unused slot (……) carries no weight.
        let mut t = self_evaluation();
        t.indicators
            .push(se_row("产出指标", "数量指标", "……", "", "", "", "", "", "", ""));
        assert!(run(ID, &t).is_empty());
    }

    #[test]
    fn near_misses() {
        // Sums to 100, with % signs and decimals; no weights at all.
        let t = weighted(&["20%", "20", "10", "10", "20", "12.5", "7.5"]);
        assert!(run(ID, &t).is_empty());
        let mut t = weighted(&["20", "20", "10", "10", "20", "10", "10"]);
        t.indicators.push(row("", "", "", "", "", "", ""));
        assert!(run(ID, &t).is_empty(), "an empty row needs no weight");
        assert!(run(ID, &good()).is_empty());
    }
}
