//! `qualitative-actual-grade` — 定性指标的实际完成值不是完成等级.
//!
//! A qualitative row's actual should state one of the three grades the score bands hang on —
//! 达成年度指标 / 部分达成年度指标并具有一定效果 / 未达成年度指标且效果较差 (or an alias: 达成预期指标,
//! 达到预期目标, 达成 …; LIFECYCLE.md §3.5) — optionally followed by a description. What real
//! forms write and a spot-check accepts is not reported: the target itself repeated (`是` under
//! `是`, `市级保护单位`, `良好` — it was reached; LIFECYCLE.md's own example flags this, the
//! published self-evaluations of 甘肃, 安徽, 湖南 answer that way throughout), a measurement of a
//! target that has one (`100%` under `11月底完成100%`), and `完成` for a task (`统筹…谋划`, `指导城市建设`). What it
//! reports leaves the row unverifiable: a word that is not the target (`基本达到` under `是`, a
//! fragment `一次性` of `一次性通过省文物局验收`), or `完成` for an effect, a schedule or a
//! survey (`有利于…发展`, `6月份完成…;9月份…`, `满意`). The vendor import accepts only 达成 / 部分达成 / 未达成 and the page
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
    if !crate::lifecycle::reading::is_stated(Some(actual)) || QualGrade::parse(actual).is_some()
    {
        return;
    }
    let trimmed = |s: &str| {
        crate::text::compact(s)
            .trim_end_matches(['。', '.', '；', ';'])
            .to_string()
    };
    let (a, target) = (trimmed(actual), trimmed(&ind.raw.value));
    // The target repeated (reached), a measurement, or a task done.
    let digits = |s: &str| s.chars().any(|c| c.is_ascii_digit());
    if a == target || (digits(&a) && digits(&target)) || (is_done(&a) && is_task(&target)) {
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

/// `完成`, `已完成`, `已实施` …: says a task was done.
fn is_done(actual: &str) -> bool {
    matches!(
        actual.trim_start_matches('已').trim_start_matches("全部"),
        "完成" | "实施" | "落实" | "执行" | "开展" | "办结" | "完成任务"
    )
}

/// A target that names work to do (`统筹海绵城市项目谋划`, `指导城市建设`, `开展…`), which `完成`
/// answers; not an effect (`有利于…`), a schedule (`6月份完成…`) or a level (`满意`).
fn is_task(target: &str) -> bool {
    const DOING: &[&str] = &[
        "统筹", "指导", "开展", "组织", "完成", "做好", "推进", "实施", "编制", "举办", "落实",
        "制定", "修缮", "采购", "发放", "建设", "开发", "培训", "宣传", "维护", "督促", "召开",
    ];
    DOING.iter().any(|v| target.starts_with(v))
}

#[cfg(test)]
mod tests {
    use crate::diagnostic::Severity;
    use crate::profile::Profile;
    use crate::rules::testing::*;

    const ID: &str = "qualitative-actual-grade";

    #[test]
    fn hit() {
        // 确保机关事业单位平稳运行 (平稳运行) answered with another word than the target.
        let mut t = self_evaluation();
        t.indicators[6].actual = Some("运行良好".into());
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.6.actual");
        assert_eq!(d.severity, Severity::Warning);
        assert!(d.fix.is_none());
        messages_contain(
            ID,
            &t,
            &["第7行（确保机关事业单位平稳运行）", "“运行良好”", "达成年度指标"],
            &["row 7", "no grade"],
        );
        // A description before the grade.
        t.indicators[7].actual = Some("全年足额保障，达成年度指标".into());
        assert_eq!(
            paths(ID, &t),
            ["indicators.6.actual", "indicators.7.actual"]
        );
    }

    #[test]
    fn strict_is_an_error() {
        let mut t = self_evaluation();
        t.indicators[6].actual = Some("运行良好".into());
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
        // What real forms answer (甘肃 s02, 安徽 s18, 湖南 s08/s10/s13): the target itself
        // (reached), a measurement, 完成 for a task.
        let mut t = self_evaluation();
        t.indicators[6].actual = Some("平稳运行。".into());
        t.indicators[7].value = "11月底完成100%".into();
        t.indicators[7].actual = Some("100%".into());
        t.indicators[5] = se_row("效益指标", "经济效益指标", "统筹海绵城市项目谋划", "", "统筹海绵城市项目谋划", "", "10", "完成", "10", "");
        assert!(run(ID, &t).is_empty(), "{:?}", paths(ID, &t));
        // 完成 for an effect, a schedule or a survey says nothing (湖南 s13).
        t.indicators[5].value = "有利于城市生态、韧性发展".into();
        assert_eq!(paths(ID, &t), ["indicators.5.actual"]);
        // A number for a target with none (安徽 s18: 控制在预算中 answered 100%).
        let mut t = self_evaluation();
        t.indicators[6].actual = Some("100%".into());
        assert_eq!(paths(ID, &t), ["indicators.6.actual"]);
        // A fragment of the target is not the target (安徽 s07).
        let mut t = self_evaluation();
        t.indicators[6].value = "一次性通过省文物局验收".into();
        t.indicators[6].actual = Some("一次性".into());
        t.indicators[6].score = None;
        assert_eq!(paths(ID, &t), ["indicators.6.actual"]);
        // Monitoring forms are not checked by this rule.
        let mut t = monitoring();
        t.indicators[0] = se_row("效益指标", "社会效益指标", "平稳运行", "", "平稳运行", "", "", "运行正常", "", "");
        t.indicators[0].score = None;
        assert!(run(ID, &t).is_empty());
    }
}
