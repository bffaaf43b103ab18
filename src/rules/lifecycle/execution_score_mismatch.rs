//! `execution-score-mismatch` — 预算执行率得分与执行率不符.
//!
//! The 得分 of 预算执行率 is not 分值 × min(执行率, 1) (LIFECYCLE.md §3.3; the 分值 as stated, else
//! the profile's `budgetWeight`) within the score tolerance (`scoreTolerance`, 0.5 point; 0.01
//! under `scoreMode: "computed-locked"` unless set otherwise): the budget's points are
//! arithmetic, not judgement (a 准确 finding of 自评抽审). The rate is 执行数 ÷ 全年预算数 of the
//! total row, or of the sources' sums when the total row disagrees with them (§3.2, worked
//! example C: 118.46 / 125.07 = 94.71 % → 9.47, and 9.40 is within the tolerance). The fix
//! writes the computed score. A form that prints no 分值 for the budget is taken at
//! `budgetWeight` unless its score is above that (layouts that give the budget 20 points).
//! Source: LIFECYCLE.md §4.3 rule 31 — C: the project total SQL adds
//! `sum(AMT4)/sum(AMT3) * 10` (`selfscoreproject`, id 55005307643); D: “预算执行率…实际报销的项目
//! 资金/项目预算” (biz.doczj).

use crate::lifecycle::execution::{self, source_sums, total_matches};
use crate::lifecycle::score;
use crate::lifecycle::Num;
use crate::raw::ExecField;
use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::execution_score_mismatch,
    level: Level::Error,
    stages: Stages::SELF_EVALUATION,
    title: Tr {
        zh: "预算执行率得分与执行率不符",
        en: "The execution score does not follow from the rate",
    },
    description: Tr {
        zh: "预算执行率得分应为分值乘以执行率（不超过分值）。",
        en: "The execution score must be its weight times the execution rate, at most the weight.",
    },
    check: Check::Table(check),
};

fn check(table: &Table, cx: &mut Context) {
    let Some(e) = &table.execution else {
        return;
    };
    let Some(stated) = e.score.as_ref().and_then(Num::value) else {
        return;
    };
    let o = &cx.profile.lifecycle;
    let weight = match &e.weight {
        // The form prints no 分值: the profile's, unless the score shows the layout weighs
        // the budget more (黄石 and the 区域 transfer layout: 20).
        None | Some(Num::Blank) if stated > o.budget_weight => return,
        None | Some(Num::Blank) => o.budget_weight,
        Some(n) => match n.value() {
            Some(w) => w,
            None => return,
        },
    };
    let value = |n: &Option<Num>| n.as_ref().and_then(Num::value);
    let (mut executed, mut annual) = (value(&e.executed), value(&e.annual_budget));
    // The total row off its sources (execution-total-mismatch): the rate from the sums.
    if let Some(s) = e.sources.as_deref().and_then(source_sums) {
        let off = |total: &Option<Num>, sum: Option<Decimal>| match (total, sum) {
            (Some(t @ Num::Number { .. }), Some(sum)) => !total_matches(t, sum),
            _ => false,
        };
        if let (Some(x), Some(a)) = (s.executed, s.annual_budget) {
            if off(&e.executed, s.executed) || off(&e.annual_budget, s.annual_budget) {
                (executed, annual) = (Some(x), Some(a));
            }
        }
    }
    let (Some(x), Some(a)) = (executed, annual) else {
        return;
    };
    let Some(rate) = execution::rate(x, a) else {
        return;
    };
    let expected = execution::score(weight, rate);
    let Some(off) = stated.checked_sub(expected) else {
        return;
    };
    if off.abs() <= score::tolerance(o) {
        return;
    }
    let mut fix = expected;
    fix.rescale(2);
    let Some(percent) = crate::lifecycle::light::percent(rate, 2) else {
        return;
    };
    let weight = weight.normalize();
    let msg = tr!(
        cx,
        "预算执行率得分填写为{stated}分，按执行率{percent}%（执行数{x}÷全年预算数{a}）计算，{weight}分×执行率应得{fix}分。",
        "The execution score is written {stated}, but at a rate of {percent}% (spending {x} over the annual budget {a}) its weight of {weight} earns {fix}."
    );
    let label = tr!(cx, "改为 {fix}", "Change to {fix}");
    let path = Path::Exec(ExecField::Score);
    cx.report(path, msg).fix(path, fix.to_string(), label);
}

#[cfg(test)]
mod tests {
    use crate::lifecycle::options::ScoreMode;
    use crate::profile::Profile;
    use crate::raw::RawTable;
    use crate::rules::testing::*;

    const ID: &str = "execution-score-mismatch";

    /// 调研信息费 15.00 / 22.50 = 66.67 %, score as written.
    fn research(score: &str) -> RawTable {
        let mut t = self_evaluation();
        let e = t.execution.as_mut().unwrap();
        e.initial_budget = Some("22.50".into());
        e.annual_budget = Some("22.50".into());
        e.executed = Some("15.00".into());
        e.rate = Some("66.67%".into());
        e.score = Some(score.into());
        e.sources = None;
        t
    }

    #[test]
    fn hit_full_marks_at_two_thirds() {
        let t = research("10");
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "execution.score");
        assert_eq!(fix_of(&d), ("execution.score".into(), Some("6.67")));
        messages_contain(
            ID,
            &t,
            &["填写为10分", "执行率66.67%", "15.00÷全年预算数22.50", "应得6.67分"],
            &["66.67%", "6.67"],
        );
        fixes_clear(ID, &t, &[d]);
    }

    #[test]
    fn tolerance_by_score_mode() {
        // 6.5 is within 0.5 of 6.67, but not under computed-locked (0.01).
        assert!(run(ID, &research("6.5")).is_empty());
        let mut p = Profile::default();
        p.lifecycle.score_mode = ScoreMode::ComputedLocked;
        assert_eq!(run_with(ID, &research("6.5"), &p).len(), 1);
        // An explicit tolerance holds under it.
        p.lifecycle.score_tolerance = "0.2".parse().unwrap();
        assert!(run_with(ID, &research("6.5"), &p).is_empty());
    }

    #[test]
    fn the_weight_as_stated_else_the_profiles() {
        let mut t = research("6.67");
        t.execution.as_mut().unwrap().weight = Some("20".into());
        assert_eq!(fix_of(&only(ID, &t)).1, Some("13.33"));
        t.execution.as_mut().unwrap().weight = None;
        assert!(run(ID, &t).is_empty(), "budgetWeight 10");
        // No 分值 printed and a score above budgetWeight: a layout that gives the budget more
        // (黄石: 20 × 97.75 % = 19.55).
        let mut t = research("19.55");
        t.execution.as_mut().unwrap().weight = None;
        assert!(run(ID, &t).is_empty());
        t.execution.as_mut().unwrap().score = Some("3".into());
        assert_eq!(fix_of(&only(ID, &t)).1, Some("6.67"));
    }

    #[test]
    fn near_misses() {
        // §3.10 A: 10 × 97.31 % = 9.73.
        assert!(run(ID, &self_evaluation()).is_empty());
        assert!(run(ID, &research("6.67")).is_empty());
        // Over 100 % is capped at the weight.
        let mut t = research("10");
        t.execution.as_mut().unwrap().executed = Some("23.00".into());
        assert!(run(ID, &t).is_empty());
        // §3.10 C: the total row off its sources; rate from the sums 118.46 / 125.07 = 94.71 %
        // → 9.47, and 9.40 is within 0.5.
        let mut t = self_evaluation();
        let e = t.execution.as_mut().unwrap();
        e.initial_budget = Some("110.07".into());
        e.annual_budget = Some("110.07".into());
        e.executed = Some("103.46".into());
        e.rate = Some("93.99%".into());
        e.score = Some("9.40".into());
        let s = e.sources.as_mut().unwrap();
        for (i, cells) in [
            ["110.07", "110.07", "103.46", "93.99%"],
            ["15.00", "15.00", "15.00", "100.00%"],
        ]
        .iter()
        .enumerate()
        {
            s[i].initial_budget = Some(cells[0].into());
            s[i].annual_budget = Some(cells[1].into());
            s[i].executed = Some(cells[2].into());
            s[i].rate = Some(cells[3].into());
        }
        assert!(run(ID, &t).is_empty());
        // …and a score the sums do not give is reported against them.
        t.execution.as_mut().unwrap().score = Some("8.50".into());
        assert_eq!(fix_of(&only(ID, &t)).1, Some("9.47"));
        // No score, a blank or text score (score-missing, score-not-numeric), no budget.
        for s in [None, Some(""), Some("满分")] {
            let mut t = research("10");
            t.execution.as_mut().unwrap().score = s.map(Into::into);
            assert!(run(ID, &t).is_empty(), "{s:?}");
        }
        let mut t = research("10");
        t.execution.as_mut().unwrap().annual_budget = Some("0".into());
        assert!(run(ID, &t).is_empty());
        // Not a monitoring rule.
        assert!(run(ID, &monitoring()).is_empty());
    }
}
