//! `qualitative-actual-grade` — 定性指标的实际完成值不是完成等级.
//!
//! A qualitative row's actual should state one of the three grades the score bands hang on —
//! 达成年度指标 / 部分达成年度指标并具有一定效果 / 未达成年度指标且效果较差 (or an alias: 达成预期指标,
//! 达到预期目标, 达成 …; LIFECYCLE.md §3.5) — optionally followed by a description. Repeating the
//! target (`平稳运行` under `平稳运行`) or describing without a grade leaves the score unchecked
//! and the row unverifiable. Checked on scored rows (a 分值 and a 得分 column), where the grade
//! bounds the score: forms without scores print what was done (`完成`, `良好`, `高` under `高`,
//! as real 2020–2023 county forms do) and are left alone. The vendor import accepts only 达成 / 部分达成 / 未达成 and the page
//! offers the grades as a dropdown; `qualitativeActualStrict` makes it an error as there, and
//! `qualitativeActualGrades` adds wordings a province uses. Source: LIFECYCLE.md §4.1 rule 6;
//! C — import (id 54547212816), dropdown PMKPISELFINDEXVAL (id 55005307643).

use crate::diagnostic::Severity;
use crate::lifecycle::score::QualGrade;
use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::qualitative_actual_grade,
    level: Level::Warning,
    stages: Stages::SELF_EVALUATION,
    title: Tr {
        zh: "定性指标的实际完成值不是完成等级",
        en: "A qualitative indicator's actual value states no grade",
    },
    description: Tr {
        zh: "定性指标的实际完成值应写明完成等级（达成年度指标、部分达成年度指标并具有一定效果、未达成年度指标且效果较差），评分区间据此确定。",
        en: "A qualitative indicator's actual value states its grade (达成年度指标 met, 部分达成… partly met, 未达成… not met), which sets the band its score must lie in.",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    if !ind.has_name() || !ind.is_qualitative() || ind.is_empty_slot() {
        return;
    }
    let Some(actual) = ind.raw.actual.as_deref() else {
        return;
    };
    // Scored rows only: the grade sets the band of the score. A form without 分值/得分 (the
    // Hunan 2020 layout, 决算 reports) has no grade vocabulary, and `完成` answers it.
    let scored = ind
        .progress
        .as_ref()
        .is_some_and(|p| p.weight.value().is_some() && p.score.is_some());
    if !scored {
        return;
    }
    if !crate::lifecycle::reading::is_stated(Some(actual)) || QualGrade::parse(actual).is_some()
    {
        return;
    }
    let o = &cx.profile.lifecycle;
    let compact = crate::text::compact(actual);
    if o.qualitative_actual_grades
        .iter()
        .any(|g| !g.trim().is_empty() && compact.starts_with(&*crate::text::compact(g)))
    {
        return;
    }
    let row = cx.row();
    let quoted = crate::rules::quote(actual.trim());
    let msg = tr!(
        cx,
        "{row}是定性指标，实际完成值“{quoted}”没有写明完成等级。请先写等级（“达成年度指标”“部分达成年度指标并具有一定效果”或“未达成年度指标且效果较差”），再简述完成情况。",
        "{row} is qualitative, and its actual value “{quoted}” states no grade. Start with the grade — 达成年度指标 (met), 部分达成年度指标并具有一定效果 (partly met) or 未达成年度指标且效果较差 (not met) — then describe what was done."
    );
    let strict = o.qualitative_actual_strict;
    let d = cx.report(cx.cell(Column::Actual), msg);
    if strict && d.severity == Severity::Warning {
        d.severity = Severity::Error;
    }
}

#[cfg(test)]
mod tests {
    use crate::diagnostic::Severity;
    use crate::profile::Profile;
    use crate::rules::testing::*;

    const ID: &str = "qualitative-actual-grade";

    #[test]
    fn hit() {
        // LIFECYCLE §4.1 rule 6: 确保机关事业单位平稳运行 (平稳运行), actual "平稳运行".
        let mut t = self_evaluation();
        t.indicators[6].actual = Some("平稳运行".into());
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.6.actual");
        assert_eq!(d.severity, Severity::Warning);
        assert!(d.fix.is_none());
        messages_contain(
            ID,
            &t,
            &["第7行（确保机关事业单位平稳运行）", "“平稳运行”", "达成年度指标"],
            &["row 7", "no grade"],
        );
        // A description before the grade, a number.
        t.indicators[7].actual = Some("全年足额保障，达成年度指标".into());
        assert_eq!(
            paths(ID, &t),
            ["indicators.6.actual", "indicators.7.actual"]
        );
    }

    #[test]
    fn strict_is_an_error() {
        let mut t = self_evaluation();
        t.indicators[6].actual = Some("平稳运行".into());
        let mut p = Profile::default();
        p.lifecycle.qualitative_actual_strict = true;
        let d = run_with(ID, &t, &p);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].severity, Severity::Error);
    }

    #[test]
    fn near_misses() {
        // §3.10 A: rows 6 and 7 say 达成年度指标 (§6).
        assert!(run(ID, &self_evaluation()).is_empty());
        let mut t = self_evaluation();
        // Aliases, the short import wording, a grade with its description.
        t.indicators[6].actual = Some("达到预期目标".into());
        t.indicators[7].actual = Some("部分达成，年底才拨付到位".into());
        // Quantitative rows take numbers (actual-not-numeric's).
        t.indicators[0].actual = Some("已完成".into());
        assert!(run(ID, &t).is_empty(), "{:?}", paths(ID, &t));
        // Blank, N/A, no cell: other rules' or nothing.
        for actual in [Some(""), Some("/"), Some("无"), None] {
            let mut t = self_evaluation();
            t.indicators[6].actual = actual.map(Into::into);
            assert!(run(ID, &t).is_empty(), "{actual:?}");
        }
        // A province's own wording.
        let mut t = self_evaluation();
        t.indicators[6].actual = Some("良好".into());
        let mut p = Profile::default();
        p.lifecycle.qualitative_actual_grades = vec!["良好".into()];
        assert!(run_with(ID, &t, &p).is_empty());
        // Forms without scores (the real s08, s10, s13 tables): no grade vocabulary.
        let mut t = self_evaluation();
        t.indicators[6].actual = Some("完成".into());
        t.indicators[6].score = None;
        t.indicators[7].actual = Some("良好".into());
        t.indicators[7].weight = String::new();
        assert!(run(ID, &t).is_empty(), "{:?}", paths(ID, &t));
        // Monitoring forms are not checked by this rule.
        let mut t = monitoring();
        t.indicators[0] = se_row("效益指标", "社会效益指标", "平稳运行", "", "平稳运行", "", "", "运行正常", "", "");
        t.indicators[0].score = None;
        assert!(run(ID, &t).is_empty());
    }
}
