//! `breakdown-sum-mismatch` — “其中”各项金额之和与总额不符.
//!
//! The amounts listed after `其中` in the 年度目标 or the 年度目标完成情况 do not add up to the amount
//! stated just before it (`本项目预算30.5万元，其中：12万元用于…；10万元用于…；8万元用于…` — 30, not
//! 30.5): one of the figures is wrong, and a reviewer checking the money against the outputs
//! cannot tell which (a 真实 finding of 自评抽审). Amounts in 元, 万元 and 亿元 are compared in 元,
//! within 0.01 万元; a single amount after `其中` is a share, not a breakdown, and unit amounts
//! (`每人500元`, `50元/人`) and nested breakdowns are left alone. Source: LIFECYCLE.md §4.4 rule
//! 38 and §3.9 (E).

use crate::lifecycle::narrative::{self, Breakdown};
use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::breakdown_sum_mismatch,
    level: Level::Warning,
    stages: Stages::SELF_EVALUATION,
    title: Tr {
        zh: "“其中”各项金额之和与总额不符",
        en: "The amounts after “其中” do not add up",
    },
    description: Tr {
        zh: "目标或完成情况中“其中”所列各项金额之和应等于前面所述的总额。",
        en: "The amounts listed after “其中” (of which) must add up to the total stated before them.",
    },
    check: Check::Table(check),
};

/// How far apart the sum and the total may be, in 元 (0.01 万元).
const TOLERANCE_YUAN: i64 = 100;

fn check(table: &Table, cx: &mut Context) {
    let goal = Some(table.header.goal_text.as_str());
    for (field, text) in [
        (Field::OverallGoal, goal),
        (Field::GoalCompletion, table.header.text(Field::GoalCompletion)),
    ] {
        let Some(text) = text else {
            continue;
        };
        for b in narrative::breakdowns(text) {
            report(cx, field, &b);
        }
    }
}

fn report(cx: &mut Context, field: Field, b: &Breakdown) {
    let Some(sum) = b.sum() else {
        return;
    };
    let Some(diff) = sum.checked_sub(b.total.yuan).map(|d| d.abs()) else {
        return;
    };
    if diff <= Decimal::from(TOLERANCE_YUAN) {
        return;
    }
    let (Some(sum_u), Some(diff_u)) = (b.total.in_unit(sum), b.total.in_unit(diff)) else {
        return;
    };
    let unit = b.total.unit;
    let total = &b.total.text;
    let parts = b
        .parts
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join(if cx.zh() { "、" } else { ", " });
    let (name, english) = (field.label_zh(), field.label_en());
    let msg = tr!(
        cx,
        "{name}中“其中”所列{parts}合计{sum_u}{unit}，与所述总额{total}相差{diff_u}{unit}。请核对各项金额和总额。",
        "In the {english} ({name}), the amounts after “其中” ({parts}) add up to {sum_u} {unit}, {diff_u} {unit} off the stated total of {total}. Check the amounts."
    );
    cx.report(Path::Field(field), msg);
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "breakdown-sum-mismatch";

    #[test]
    fn hit_thirty_of_thirty_and_a_half() {
        let mut t = self_evaluation();
        t.overall_goal = "本项目预算30.5万元，其中：12万元用于志愿服务活动；10万元用于文化设施维护；8万元用于宣传资料印制。".into();
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "overallGoal");
        messages_contain(
            ID,
            &t,
            &["12万元、10万元、8万元合计30万元", "与所述总额30.5万元相差0.5万元"],
            &["30 万元", "0.5 万元"],
        );
    }

    #[test]
    fn hit_in_the_completion_in_yuan() {
        let mut t = self_evaluation();
        t.goal_completion = Some(
            "全年共支出1,184,600.00元，其中：屋面防水维修523,000.00元，水电维修411,600.00元，门窗及配件更换200,000.00元。".into(),
        );
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "goalCompletion");
        assert!(d.message.contains("合计1134600元") && d.message.contains("相差50000元"), "{}", d.message);
    }

    #[test]
    fn near_misses() {
        // §6 breakdown in 元 that adds up: 523,000 + 411,600 + 250,000 = 1,184,600.
        let mut t = self_evaluation();
        t.goal_completion = Some(
            "全年共支出1,184,600.00元，其中：屋面防水维修523,000.00元，水电维修411,600.00元，门窗及配件更换250,000.00元".into(),
        );
        assert!(run(ID, &t).is_empty());
        // Mixed units that add up; within 0.01 万元; a share, not a breakdown; no 其中.
        for goal in [
            "预算30.5万元，其中：12万元用于活动，185,000元用于维护。",
            "预算30.5万元，其中：12.004万元用于活动，18.5万元用于维护。",
            "总投资500万元，其中财政资金300万元。",
            "保持少先队工作正常运行。",
        ] {
            let mut t = self_evaluation();
            t.overall_goal = goal.into();
            assert!(run(ID, &t).is_empty(), "{goal}");
        }
        assert!(run(ID, &self_evaluation()).is_empty());
        assert!(run(ID, &weights_over_100()).is_empty());
    }
}
