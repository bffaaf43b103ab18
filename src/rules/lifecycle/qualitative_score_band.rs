//! `qualitative-score-band` — 定性指标得分不在其完成等级的分值区间.
//!
//! A qualitative row scores within the band of the grade its actual states (LIFECYCLE.md §3.5,
//! `qualitativeBands` 0.8 / 0.6): 达成年度指标 [80 % of the weight, the weight], 部分达成…
//! [60 %, 80 %), 未达成… [0, 60 %). 保障水平 graded 部分达成 with 15 of 15 should score in [9, 12).
//! The vendor's `selfqualscorecheck` blocks it ("…的实际得分区间为[权重*60%(含)-权重*80%]");
//! the switch `qualitativeBandCheck` (vendor `qualischeck`) turns it off. The one score finding
//! of its row after `score-exceeds-weight` (`lifecycle::score::RowScore`). Source: LIFECYCLE.md
//! §4.1 rule 14; C — `selfqualscorecheck` and the page alert (id 54848695388, 54504033813); E —
//! 10号 "100-80%（含）、80-60%（含）、60-0%".

use crate::lifecycle::score::{QualGrade, RowScore, ScoreIssue};
use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::qualitative_score_band,
    level: Level::Error,
    stages: Stages::SELF_EVALUATION,
    title: Tr {
        zh: "定性指标得分不在其完成等级的分值区间",
        en: "A qualitative score lies outside its grade's band",
    },
    description: Tr {
        zh: "定性指标按完成等级评分：达成为分值的80%–100%，部分达成为60%–80%（不含80%），未达成低于60%。",
        en: "A qualitative indicator scores by its grade: met 80–100 % of the weight, partly met 60–80 % (80 % excluded), not met below 60 %.",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    let profile = cx.profile;
    let o = &profile.lifecycle;
    let Some(s) = RowScore::of(ind, o) else {
        return;
    };
    let Some(ScoreIssue::OutOfBand(grade)) = s.issue else {
        return;
    };
    let (lo, hi) = grade.band(s.weight, o);
    let (lo, hi) = (lo.normalize(), hi.normalize());
    let band = match grade {
        QualGrade::Met => format!("[{lo}, {hi}]"),
        _ => format!("[{lo}, {hi})"),
    };
    let row = cx.row();
    let g = grade.name();
    let (score, w) = (s.score.normalize(), s.weight.normalize());
    let msg = tr!(
        cx,
        "{row}实际完成等级为“{g}”，分值{w}分，得分应在{band}之间，现为{score}分。请在该区间内评分，或核对完成等级。",
        "{row} is graded “{g}” with a weight of {w}, so its score lies in {band}; it is {score}. Score it within that band, or check the grade."
    );
    cx.report(cx.cell(Column::Score), msg);
}

#[cfg(test)]
mod tests {
    use crate::profile::Profile;
    use crate::rules::testing::*;

    const ID: &str = "qualitative-score-band";

    #[test]
    fn hit() {
        // LIFECYCLE §4.1 rule 14: 保障水平 部分达成…, weight 15, score 15 → [9, 12).
        let mut t = self_evaluation();
        t.indicators[7].actual = Some("部分达成年度指标并具有一定效果".into());
        t.indicators[7].score = Some("15".into());
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.7.score");
        assert!(d.fix.is_none());
        messages_contain(
            ID,
            &t,
            &["第8行（保障水平）", "[9, 12)", "现为15分"],
            &["row 8", "[9, 12)"],
        );
        // 达成 below 80 %; 未达成 at 60 %.
        let mut t = self_evaluation();
        t.indicators[6].score = Some("11".into());
        t.indicators[7].actual = Some("未达成年度指标且效果较差".into());
        t.indicators[7].score = Some("9".into());
        assert_eq!(
            paths(ID, &t),
            ["indicators.6.score", "indicators.7.score"]
        );
    }

    #[test]
    fn switched_off() {
        let mut t = self_evaluation();
        t.indicators[6].score = Some("11".into());
        let mut p = Profile::default();
        p.lifecycle.qualitative_band_check = false;
        assert!(run_with(ID, &t, &p).is_empty());
    }

    #[test]
    fn near_misses() {
        // §3.10 A: rows 6 and 7, 达成 at 15 and 13 of 15 (§6).
        assert!(run(ID, &self_evaluation()).is_empty());
        let mut t = self_evaluation();
        // The bands' edges: 达成 at 12; 部分达成 at 9.
        t.indicators[6].score = Some("12".into());
        t.indicators[7].actual = Some("部分达成预期指标并具有一定效果".into());
        t.indicators[7].score = Some("9".into());
        assert!(run(ID, &t).is_empty(), "{:?}", paths(ID, &t));
        // No grade stated (qualitative-actual-grade's); above the weight (score-exceeds-weight's).
        let mut t = self_evaluation();
        t.indicators[6].actual = Some("平稳运行".into());
        t.indicators[6].score = Some("5".into());
        t.indicators[7].score = Some("16".into());
        assert!(run(ID, &t).is_empty(), "{:?}", paths(ID, &t));
    }
}
