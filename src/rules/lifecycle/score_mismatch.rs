//! `score-mismatch` — 得分与按实际完成值计算的得分不符.
//!
//! A quantitative row's 得分 differs from `s*`, the score its actual earns (LIFECYCLE.md §3.5:
//! 正向 and ＝ in proportion, 反向 linear or inverse, ＝ 0 all or nothing), by more than
//! `scoreTolerance` (0.5 point). A higher score is never right; a lower one passes when the row
//! gives its reason (10号 lets the unit 调减 an over-achieved row), except under `scoreMode:
//! computed-locked`, where the system computes the score, the tolerance is 0.01 and any
//! difference is an error. Within the tolerance nothing is asked here (`deviation-reason-missing`
//! asks for the reason of any score below the weight). One score finding per row: rows that
//! `score-exceeds-weight` or `full-score-unmet` reports are left to them
//! (`lifecycle::score::RowScore`). The fix, where the score is above `s*` or locked, is `s*`.
//! Source: LIFECYCLE.md §4.1 rule 12; C — SQL `selfpositiveindex` / `selfequalindex` /
//! `selfreverseindex` (id 54848695388), modes `rationscore` (id 54504033813); E — 10号
//! "未完成指标值的，按照完成值与指标值的比例记分".

use crate::diagnostic::Severity;
use crate::lifecycle::options::ScoreMode;
use crate::lifecycle::score::{self, RowScore, ScoreIssue};
use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::score_mismatch,
    level: Level::Warning,
    stages: Stages::SELF_EVALUATION,
    title: Tr {
        zh: "得分与按实际完成值计算的得分不符",
        en: "The score differs from the one the actual value earns",
    },
    description: Tr {
        zh: "定量指标的得分应按实际完成值与指标值的比例计算；低于计算得分须说明理由，不能高于计算得分。",
        en: "A quantitative indicator scores in proportion to its actual against the target; a lower score needs a reason, a higher one is never right.",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    let profile = cx.profile;
    let o = &profile.lifecycle;
    let Some(s) = RowScore::of(ind, o) else {
        return;
    };
    let (Some(ScoreIssue::Mismatch), Some(expected)) = (s.issue, s.expected) else {
        return;
    };
    let locked = o.score_mode == ScoreMode::ComputedLocked;
    let row = cx.row();
    let actual = crate::rules::quote(ind.raw.actual.as_deref().unwrap_or_default().trim());
    let (score, e) = (s.score.normalize(), expected.normalize());
    let diff = (s.score - expected).abs().normalize();
    let msg = if locked {
        tr!(
            cx,
            "{row}得分{score}分，按实际完成值{actual}计算应得{e}分，相差{diff}分。本地得分由系统计算，请改为{e}分。",
            "{row} scores {score}; its actual value {actual} earns {e}, {diff} apart. Scores are computed here: change it to {e}."
        )
    } else if s.score > expected {
        tr!(
            cx,
            "{row}得分{score}分，按实际完成值{actual}计算应得{e}分，高出{diff}分。得分不能高于按完成情况计算的得分，请改为{e}分。",
            "{row} scores {score}; its actual value {actual} earns {e}, {diff} less. A score cannot be above what the actual earns: change it to {e}."
        )
    } else {
        tr!(
            cx,
            "{row}得分{score}分，按实际完成值{actual}计算应得{e}分，低了{diff}分且未说明理由。请改为{e}分，或在偏差原因栏说明扣分理由。",
            "{row} scores {score}; its actual value {actual} earns {e}, {diff} more, and no reason is given. Change it to {e}, or give the reason for the deduction."
        )
    };
    let path = cx.cell(Column::Score);
    let fix = score::fix_score(ind, o)
        .filter(|_| locked || s.score > expected)
        .map(|v| (v.normalize(), tr!(cx, "改为 {e}", "Change to {e}")));
    let d = cx.report(path, msg);
    if let Some((v, label)) = fix {
        d.fix(path, v.to_string(), label);
    }
    if locked && d.severity == Severity::Warning {
        d.severity = Severity::Error;
    }
}

#[cfg(test)]
mod tests {
    use crate::diagnostic::Severity;
    use crate::profile::Profile;
    use crate::rules::testing::*;

    const ID: &str = "score-mismatch";

    #[test]
    fn hit() {
        // §3.10 A: row 4, 培训完成及时率 ≥ 100 %, actual 100 %, 8 of 10, no reason.
        let t = self_evaluation();
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.4.score");
        assert_eq!(d.severity, Severity::Warning);
        assert!(d.fix.is_none(), "8 with a reason would do as well");
        messages_contain(
            ID,
            &t,
            &["第5行（培训完成及时率）得分8分", "按实际完成值100%计算应得10分"],
            &["row 5", "earns 10"],
        );
    }

    #[test]
    fn higher_than_earned() {
        // 培训批次、期数 = 2, actual 1: 5 earned, 8 typed.
        let mut t = self_evaluation();
        t.indicators[1].score = Some("8".into());
        let d = run(ID, &t);
        assert_eq!(paths_of(&d), ["indicators.1.score", "indicators.4.score"]);
        assert_eq!(fix_of(&d[0]), ("indicators.1.score".into(), Some("5")));
        assert!(d[0].message.contains("高出3分"), "{}", d[0].message);
        t.indicators[4].deviation_reason = Some("两期培训各推迟一周。".into());
        fixes_clear(ID, &t, &d[..1]);
    }

    #[test]
    fn computed_locked() {
        // Any difference, reason or not, is an error; 9 against 9.41 too (tolerance 0.01).
        let mut t = self_evaluation();
        t.indicators[4].deviation_reason = Some("两期培训各推迟一周。".into());
        let mut p = Profile::default();
        p.lifecycle.score_mode = crate::lifecycle::options::ScoreMode::ComputedLocked;
        let d = run_with(ID, &t, &p);
        assert_eq!(paths_of(&d), ["indicators.3.score", "indicators.4.score"]);
        assert!(d.iter().all(|d| d.severity == Severity::Error));
        assert_eq!(fix_of(&d[0]), ("indicators.3.score".into(), Some("9.41")));
    }

    #[test]
    fn near_misses() {
        // §3.10 A with row 4 explained: row 1 (5 of 10 at 1 of 2), row 3 (9 against 9.41,
        // within 0.5), the qualitative rows (bands are qualitative-score-band's).
        let mut t = self_evaluation();
        t.indicators[4].deviation_reason = Some("两期培训各推迟一周。".into());
        assert!(run(ID, &t).is_empty(), "{:?}", paths(ID, &t));
        // Met exactly, full marks (§6): 4 of ≥ 4.
        let mut t = self_evaluation();
        t.indicators[0].actual = Some("4".into());
        t.indicators[4].score = Some("10".into());
        assert!(run(ID, &t).is_empty());
        // Full marks unmet: full-score-unmet's alone; above the weight: score-exceeds-weight's.
        let mut t = self_evaluation();
        t.indicators[3].score = Some("10".into());
        t.indicators[2].score = Some("10".into());
        t.indicators[4].score = Some("10".into());
        assert!(run(ID, &t).is_empty(), "{:?}", paths(ID, &t));
        // An actual that cannot be read as a number in the target's unit: nothing to compute.
        let mut t = self_evaluation();
        t.indicators[4].actual = Some("已完成".into());
        assert!(run(ID, &t).is_empty());
    }
}
