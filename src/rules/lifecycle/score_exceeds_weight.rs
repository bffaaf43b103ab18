//! `score-exceeds-weight` — 得分超过分值.
//!
//! A row's 得分 above its 分值 (正常运转率 weight 5 scored 10), or the 预算执行率 line scored above
//! its stated 分值 (a layout that prints none may weigh it at 20, as real 黄石 and 区域 forms
//! do, so `budgetWeight` is not assumed): no completion earns more than
//! the weight, and the vendor page, import and audit all refuse it ("得分必须小于等于权重！"). A
//! table rule for the execution line. On a row this is the one score finding (LIFECYCLE.md §4.1:
//! one per row; it comes before `qualitative-score-band`, `full-score-unmet` and
//! `score-mismatch`, see `lifecycle::score::RowScore`). The fix is the computed score where there
//! is one: a quantitative row's `s*`, the budget score from the rate. Source: LIFECYCLE.md §4.1
//! rule 11; C — page, import and audit (id 54504033813, 54547212816).

use crate::lifecycle::score::{self, RowScore, ScoreIssue};
use crate::lifecycle::{execution, Num};
use crate::raw::ExecField;
use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::score_exceeds_weight,
    level: Level::Error,
    stages: Stages::SELF_EVALUATION,
    title: Tr {
        zh: "得分超过分值",
        en: "A score exceeds its weight",
    },
    description: Tr {
        zh: "指标和预算执行率的得分都不能超过其分值。",
        en: "No indicator, and not the budget execution line, can score more than its weight.",
    },
    check: Check::Table(check),
};

fn check(table: &Table, cx: &mut Context) {
    let profile = cx.profile;
    let o = &profile.lifecycle;
    for ind in &table.indicators {
        let Some(s) = RowScore::of(ind, o) else {
            continue;
        };
        if s.issue != Some(ScoreIssue::ExceedsWeight) {
            continue;
        }
        let row = cx.row(ind.index);
        let (score, weight) = (s.score.normalize(), s.weight.normalize());
        let path = Path::Cell(ind.index, Column::Score);
        let msg = tr!(
            cx,
            "{row}得分{score}分，超过了分值{weight}分。得分不能超过分值，请按实际完成情况重新评分。",
            "{row} scores {score}, above its weight of {weight}. A score cannot exceed the weight; score the row again by what was achieved."
        );
        report(cx, path, msg, score::fix_score(ind, o));
    }
    let Some(e) = &table.execution else {
        return;
    };
    let Some(score) = e.score.as_ref().and_then(Num::value) else {
        return;
    };
    // The stated weight only: a layout that prints none may weigh the line at 20 (real
    // 黄石 and 区域 forms), not `budgetWeight`.
    let Some(weight) = e.weight.as_ref().and_then(Num::value) else {
        return;
    };
    if score <= weight {
        return;
    }
    let (score, weight) = (score.normalize(), weight.normalize());
    let msg = tr!(
        cx,
        "预算执行率得分{score}分，超过了分值{weight}分。得分为分值×执行率，最多{weight}分。",
        "The budget execution line scores {score}, above its weight of {weight}. It scores weight × rate, {weight} at most."
    );
    report(
        cx,
        Path::Exec(ExecField::Score),
        msg,
        execution::expected_score(e, o),
    );
}

fn report(cx: &mut Context, path: Path, msg: String, fix: Option<Decimal>) {
    match fix.map(|v| v.normalize()) {
        Some(v) => {
            let label = tr!(cx, "按计算改为 {v}", "Change to {v}, as computed");
            cx.report(path, msg).fix(path, v.to_string(), label);
        }
        None => {
            cx.report(path, msg);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "score-exceeds-weight";

    #[test]
    fn hit() {
        // LIFECYCLE §4.1 rule 11: 正常运转率 weight 5, score 10 → ≤ 5.
        let mut t = self_evaluation();
        t.indicators[2].score = Some("10".into());
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.2.score");
        assert_eq!(fix_of(&d), ("indicators.2.score".into(), Some("5")));
        messages_contain(
            ID,
            &t,
            &["第3行（正常运转率）得分10分，超过了分值5分"],
            &["row 3", "above its weight of 5"],
        );
        fixes_clear(ID, &t, &[d]);
        // A qualitative row: no single score to write.
        let mut t = self_evaluation();
        t.indicators[6].score = Some("16".into());
        let d = only(ID, &t);
        assert!(d.fix.is_none());
    }

    #[test]
    fn execution_line() {
        let mut t = self_evaluation();
        t.execution.as_mut().unwrap().score = Some("12".into());
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "execution.score");
        assert_eq!(fix_of(&d), ("execution.score".into(), Some("9.73")));
        // No stated weight (the real s10 form weighs the line at 20): nothing to compare.
        t.execution.as_mut().unwrap().weight = None;
        t.execution.as_mut().unwrap().score = Some("20".into());
        assert!(run(ID, &t).is_empty());
    }

    #[test]
    fn near_misses() {
        // §3.10 A: every score within its weight; full marks are not above.
        assert!(run(ID, &self_evaluation()).is_empty());
        let mut t = self_evaluation();
        t.indicators[0].score = Some("10.00".into());
        // Words, blanks and N/A are other rules'.
        t.indicators[1].score = Some("满分".into());
        t.indicators[2].weight = "/".into();
        t.indicators[2].score = Some("10".into());
        // The execution line at its weight; an N/A weight.
        t.execution.as_mut().unwrap().score = Some("10".into());
        assert!(run(ID, &t).is_empty(), "{:?}", paths(ID, &t));
        let mut t = self_evaluation();
        let e = t.execution.as_mut().unwrap();
        e.weight = Some("/".into());
        e.score = Some("12".into());
        assert!(run(ID, &t).is_empty());
    }
}
