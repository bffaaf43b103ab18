//! `full-score-unmet` — 未完成指标却得满分.
//!
//! A row scored its full weight while its target was not met: the actual falls short of a
//! quantitative target (80 % against `≥ 85 %`), a qualitative actual grades 部分达成 or 未达成, or,
//! with `strictGreater`, a `＞`/`＜` row sits exactly at its target. The first thing a spot-check
//! looks for (准确性): the score should be `s*` (10 × 80/85 = 9.41) with a reason. A special case
//! of `score-mismatch`, kept apart because it is the finding reviewers name; the one score
//! finding of its row (after `score-exceeds-weight`; a qualitative score outside its band is
//! `qualitative-score-band`'s while that check is on; `lifecycle::score::RowScore`). The fix is
//! `s*` when it is below the weight. Source: LIFECYCLE.md §4.1 rule 13 (E); scoring C as in 12
//! (id 54848695388).

use crate::lifecycle::score::{self, RowScore, ScoreIssue};
use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::full_score_unmet,
    level: Level::Error,
    stages: Stages::SELF_EVALUATION,
    title: Tr {
        zh: "未完成指标却得满分",
        en: "Full marks on an indicator that was not met",
    },
    description: Tr {
        zh: "未达到指标值的指标不能得满分，应按完成比例或等级评分并说明原因。",
        en: "An indicator that fell short of its target cannot score full marks; score it by its completion or grade and give the reason.",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    let profile = cx.profile;
    let o = &profile.lifecycle;
    let Some(s) = RowScore::of(ind, o) else {
        return;
    };
    if s.issue != Some(ScoreIssue::FullButUnmet) {
        return;
    }
    let row = cx.row();
    let w = s.weight.normalize();
    let actual = crate::rules::quote(ind.raw.actual.as_deref().unwrap_or_default().trim());
    let expected = s.expected.filter(|e| *e < s.weight).map(|e| e.normalize());
    let msg = if let Some(grade) = score::actual_grade(ind).filter(|_| !score::is_quantitative(ind)) {
        let g = grade.name();
        tr!(
            cx,
            "{row}实际完成等级为“{g}”，未达成年度指标，却得了满分{w}分。请按该等级的分值区间评分，并说明未完成的原因。",
            "{row} is graded “{g}” — not met — yet scores the full {w}. Score it within that grade's band and give the reason it fell short."
        )
    } else {
        let op = ind.operator.get().map_or("", Operator::symbol);
        let t = ind.number().unwrap_or_default().normalize();
        let unit = ind.unit.as_ref().map_or("", Unit::canonical);
        match expected {
            Some(e) => tr!(
                cx,
                "{row}实际完成值{actual}未达到指标值（{op}{t}{unit}），却得了满分{w}分。按完成比例应得{e}分，并须说明未完成的原因。",
                "{row}: the actual value {actual} falls short of the target ({op}{t}{unit}), yet the row scores the full {w}. By its completion it earns {e}, with the reason it fell short."
            ),
            None => tr!(
                cx,
                "{row}实际完成值{actual}未达到指标值（{op}{t}{unit}），却得了满分{w}分。请按完成情况评分，并说明未完成的原因。",
                "{row}: the actual value {actual} does not meet the target ({op}{t}{unit}), yet the row scores the full {w}. Score it by what was achieved and give the reason it fell short."
            ),
        }
    };
    let path = cx.cell(Column::Score);
    let label = expected.map(|e| tr!(cx, "按完成比例改为 {e}", "Change to {e}, by completion"));
    let d = cx.report(path, msg);
    if let (Some(e), Some(label)) = (expected, label) {
        d.fix(path, e.to_string(), label);
    }
}

#[cfg(test)]
mod tests {
    use crate::profile::Profile;
    use crate::rules::testing::*;

    const ID: &str = "full-score-unmet";

    #[test]
    fn hit() {
        // LIFECYCLE §4.1 rule 13: “青年之家”建设和活跃度增长率 ≥ 85 %, actual 80 %, 10 of 10
        // → 9.41 (10 × 80/85) and a reason.
        let mut t = self_evaluation();
        t.indicators[3].score = Some("10".into());
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.3.score");
        assert_eq!(fix_of(&d), ("indicators.3.score".into(), Some("9.41")));
        messages_contain(
            ID,
            &t,
            &["第4行", "实际完成值80%未达到指标值（≥85%）", "应得9.41分"],
            &["row 4", "earns 9.41"],
        );
        fixes_clear(ID, &t, &[d]);
    }

    #[test]
    fn strict_greater_at_the_target() {
        // ＞ 4 with 4 reached is not met under strictGreater; s* is still the weight: no fix.
        let mut t = self_evaluation();
        t.indicators[0].operator = ">".into();
        t.indicators[0].actual = Some("4".into());
        assert!(run(ID, &t).is_empty(), "met by default");
        let mut p = Profile::default();
        p.lifecycle.strict_greater = true;
        let d = run_with(ID, &t, &p);
        assert_eq!(paths_of(&d), ["indicators.0.score"]);
        assert!(d[0].fix.is_none());
    }

    #[test]
    fn qualitative_without_the_band_check() {
        let mut t = self_evaluation();
        t.indicators[7].actual = Some("部分达成年度指标并具有一定效果".into());
        t.indicators[7].score = Some("15".into());
        // The band check is on by default: qualitative-score-band's.
        assert!(run(ID, &t).is_empty());
        let mut p = Profile::default();
        p.lifecycle.qualitative_band_check = false;
        let d = run_with(ID, &t, &p);
        assert_eq!(paths_of(&d), ["indicators.7.score"]);
        assert!(d[0].message.contains("部分达成年度指标并具有一定效果"));
    }

    #[test]
    fn near_misses() {
        // §3.10 A: full marks only where met (rows 0, 2, 5, 6, 8).
        assert!(run(ID, &self_evaluation()).is_empty());
        // Met exactly, full marks (§6): 4 of ≥ 4, 100 of = 100.
        let mut t = self_evaluation();
        t.indicators[0].actual = Some("4".into());
        t.indicators[2].actual = Some("100".into());
        // Unmet but below full marks: score-mismatch's or nothing.
        t.indicators[1].score = Some("9".into());
        // Above the weight: score-exceeds-weight's.
        t.indicators[3].score = Some("11".into());
        // An actual that says nothing readable.
        t.indicators[4].actual = Some("已完成".into());
        assert!(run(ID, &t).is_empty(), "{:?}", paths(ID, &t));
    }
}
