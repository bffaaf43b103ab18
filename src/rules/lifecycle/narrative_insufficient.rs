//! `narrative-insufficient` — 完成情况或评价结论过于简略.
//!
//! 年度目标完成情况 or 评价结论 that says too little to be checked: shorter than `minNarrative`
//! (10 characters, punctuation aside: `已完成`), only about money (`共完成预算资金6.52万元`, `资金已按
//! 合同全部支付` — what was spent, not what was delivered), or, for the 评价结论, without the score
//! (the Sichuan layout asks for the 自评总分 and results). Needs judgement (info). Blank cells and
//! `无` are `narrative-missing`'s, printed instructions `guidance-text-left`'s. Source:
//! LIFECYCLE.md §4.4 rule 37 — D: the Sichuan 510000_0013zp layout asks for completion against
//! the 年度目标 and for the 自评总分 and results; E.

use crate::lifecycle::{narrative, reading};
use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::narrative_insufficient,
    level: Level::Info,
    stages: Stages::SELF_EVALUATION,
    title: Tr {
        zh: "完成情况或评价结论过于简略",
        en: "The completion or conclusion says too little",
    },
    description: Tr {
        zh: "完成情况和评价结论应对照年度目标写明产出和效果，评价结论应写明自评得分。",
        en: "The completion and conclusion must state outputs and results against the goal, and the conclusion the score.",
    },
    check: Check::Table(check),
};

fn check(table: &Table, cx: &mut Context) {
    let o = &cx.profile.lifecycle;
    for f in [Field::GoalCompletion, Field::Conclusion] {
        let Some(text) = table.header.text(f) else {
            continue;
        };
        if !reading::is_stated(Some(text)) || narrative::is_guidance(text, &o.guidance_patterns) {
            continue;
        }
        let chars = narrative::normalized(text).chars().count();
        let mut zh = Vec::new();
        let mut en = Vec::new();
        if chars < o.min_narrative {
            zh.push(format!("只有{chars}个字"));
            en.push(format!("it has only {chars} characters"));
        }
        if narrative::is_about_money_only(text) {
            zh.push("只讲资金使用，未写产出和效果".to_string());
            en.push("it is about the money only, not what was delivered".to_string());
        }
        if f == Field::Conclusion && !narrative::states_score(text) {
            zh.push("未写自评得分".to_string());
            en.push("it gives no score".to_string());
        }
        if zh.is_empty() {
            continue;
        }
        let (zh, en) = (zh.join("，"), en.join("; "));
        let (name, english) = (f.label_zh(), f.label_en());
        let quoted = crate::rules::quote(text);
        let msg = match f {
            Field::Conclusion => tr!(
                cx,
                "{name}“{quoted}”过于简略：{zh}。请写明对照年度目标的产出、效果，以及自评得分和等级。",
                "The {english} ({name}) “{quoted}” says too little: {en}. State the outputs and results against the goal, and the score and grade."
            ),
            _ => tr!(
                cx,
                "{name}“{quoted}”过于简略：{zh}。请对照年度目标写明实际完成的产出和效果，并附数据。",
                "The {english} ({name}) “{quoted}” says too little: {en}. State what was delivered against the goal, with figures."
            ),
        };
        cx.report(Path::Field(f), msg);
    }
}

#[cfg(test)]
mod tests {
    use crate::diagnostic::Severity;
    use crate::profile::Profile;
    use crate::rules::testing::*;

    const ID: &str = "narrative-insufficient";

    #[test]
    fn hit_too_short() {
        // 年度目标完成情况 “已完成”.
        let mut t = self_evaluation();
        t.goal_completion = Some("已完成".into());
        let d = only(ID, &t);
        assert_eq!((d.path.to_string(), d.severity), ("goalCompletion".into(), Severity::Info));
        messages_contain(ID, &t, &["“已完成”过于简略：只有3个字"], &["only 3 characters"]);
    }

    #[test]
    fn hit_money_and_no_score() {
        // 评价结论 “资金已按合同全部支付。”: money only, no score.
        let mut t = self_evaluation();
        t.conclusion = Some("资金已按合同全部支付。".into());
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "conclusion");
        assert!(
            d.message.contains("只讲资金使用，未写产出和效果，未写自评得分"),
            "{}",
            d.message
        );
        let mut t = self_evaluation();
        t.goal_completion = Some("全年共完成预算资金6.52万元，预算执行率97.31%。".into());
        assert!(only(ID, &t).message.contains("只讲资金使用"));
    }

    #[test]
    fn near_misses() {
        // §3.10 A's completion; a conclusion with outputs and the score.
        assert!(run(ID, &self_evaluation()).is_empty());
        let mut t = self_evaluation();
        t.conclusion = Some("自评得分89.73分，等级良；全年开展宣传活动6次、培训1期。".into());
        assert!(run(ID, &t).is_empty());
        // Blank, 无 and instructions are other rules'.
        for c in ["", "无", "请概述本年度项目产出与效益（300字以内）"] {
            let mut t = self_evaluation();
            t.goal_completion = Some(c.into());
            assert!(run(ID, &t).is_empty(), "{c}");
        }
        // A shorter minimum from the profile.
        let mut t = self_evaluation();
        t.goal_completion = Some("培训完成1期".into());
        let mut p = Profile::default();
        p.lifecycle.min_narrative = 5;
        assert!(run_with(ID, &t, &p).is_empty());
    }
}
