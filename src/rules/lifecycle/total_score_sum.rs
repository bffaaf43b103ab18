//! `total-score-sum` — 总分不等于各项得分之和.
//!
//! The stated 总分 (合计 in the 得分 column) is not Σ of the rows' 得分 plus the 得分 of
//! 预算执行率: the total is arithmetic, and the grade and any spot-check ranking follow it (a
//! 准确 finding of 自评抽审). They agree when the sum, rounded half up to the stated total's
//! decimals, is it (89.73 agrees with `89.73`, `89.7` and `90`; LIFECYCLE.md §3.7). Not checked
//! when the execution block is missing or a score is blank, text or N/A (other rules' business,
//! and no sum is known), nor on a layout without row 分值 (its 总分 may hold blocks the contract
//! does not carry, as the 区域 transfer layout's 年度目标完成情况). The fix writes the computed total at the stated decimals. Source:
//! LIFECYCLE.md §4.2 rule 23 — C: 合计 = `amtTotal`, the sum of the leaf scores, and the project
//! score = Σ + the budget score (id 54504033813, 55005307643).

use crate::lifecycle::{execution, Num};
use crate::rules::prelude::*;
use rust_decimal::RoundingStrategy;

pub const RULE: Rule = Rule {
    id: RuleId::total_score_sum,
    level: Level::Error,
    stages: Stages::SELF_EVALUATION,
    title: Tr {
        zh: "总分不等于各项得分之和",
        en: "The total score is not the sum of the scores",
    },
    description: Tr {
        zh: "总分应等于各指标得分与预算执行率得分之和。",
        en: "The total must be the indicators' scores plus the execution score.",
    },
    check: Check::Table(check),
};

fn check(table: &Table, cx: &mut Context) {
    let Some(stated @ Num::Number { decimals, .. }) = table.header.total_score.as_ref() else {
        return;
    };
    let Some(execution::ScoreSum {
        rows,
        budget,
        total,
    }) = execution::score_sum(table)
    else {
        return;
    };
    if execution::total_matches(stated, total) {
        return;
    }
    let written = stated.value().unwrap_or_default();
    let mut fix = total.round_dp_with_strategy(*decimals, RoundingStrategy::MidpointAwayFromZero);
    fix.rescale(*decimals);
    let (rows, total) = (rows.normalize(), total.normalize());
    let msg = tr!(
        cx,
        "总分填写为{written}分，各指标得分合计{rows}分加预算执行率得分{budget}分应为{total}分。",
        "The total score is written {written}, but the indicators' scores ({rows}) plus the execution score ({budget}) make {total}."
    );
    let label = tr!(cx, "改为 {fix}", "Change to {fix}");
    let path = Path::Field(Field::TotalScore);
    cx.report(path, msg).fix(path, fix.to_string(), label);
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "total-score-sum";

    #[test]
    fn hit_worked_example_b() {
        // 95 + 9.40 = 104.40 against the stated 100.
        let t = weights_over_100();
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "totalScore");
        assert_eq!(fix_of(&d), ("totalScore".into(), Some("104")), "at the stated decimals");
        messages_contain(
            ID,
            &t,
            &["总分填写为100分", "各指标得分合计95分", "预算执行率得分9.40分", "应为104.4分"],
            &["100", "104.4"],
        );
        fixes_clear(ID, &t, &[d]);
    }

    #[test]
    fn hit_at_two_decimals() {
        let mut t = self_evaluation();
        t.total_score = Some("89.80".into());
        assert_eq!(fix_of(&only(ID, &t)).1, Some("89.73"));
    }

    #[test]
    fn near_misses() {
        // §3.10 A: 80 + 9.73 = 89.73; at fewer decimals 89.7 and 90 agree too.
        for ok in ["89.73", "89.7", "90"] {
            let mut t = self_evaluation();
            t.total_score = Some(ok.into());
            assert!(run(ID, &t).is_empty(), "{ok}");
        }
        let mut t = self_evaluation();
        t.total_score = Some("89.8".into());
        assert_eq!(run(ID, &t).len(), 1, "89.8 does not");
        // No execution block, no total cell, a blank total, a blank or text row score, no
        // budget score: nothing known to compare.
        let mut t = self_evaluation();
        t.execution = None;
        assert!(run(ID, &t).is_empty());
        for total in [None, Some(""), Some("—")] {
            let mut t = self_evaluation();
            t.total_score = total.map(Into::into);
            assert!(run(ID, &t).is_empty(), "{total:?}");
        }
        let mut t = self_evaluation();
        t.indicators[0].score = Some("满分".into());
        assert!(run(ID, &t).is_empty());
        let mut t = self_evaluation();
        t.execution.as_mut().unwrap().score = Some(String::new());
        assert!(run(ID, &t).is_empty());
        // No row 分值 (s10's 区域 layout: 34 + 20 of a 100 that holds another block).
        let mut t = self_evaluation();
        for r in &mut t.indicators {
            r.weight = String::new();
        }
        assert!(run(ID, &t).is_empty());
        // A template's unused slot (……) scores nothing and is not asked for one.
        let mut t = self_evaluation();
        t.indicators
            .push(se_row("产出指标", "数量指标", "……", "", "", "", "", "", "", ""));
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &monitoring()).is_empty());
    }
}
