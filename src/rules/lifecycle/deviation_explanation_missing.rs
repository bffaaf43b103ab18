//! `deviation-explanation-missing` — 勾选了偏差原因但未填原因说明.
//!
//! A ticked category (人员保障) says what kind of cause held a row back, not what happened:
//! the reviewer needs the 原因说明 beside it ("上半年维修人员不足，7月已补充。") to judge whether
//! the target can still be met and whether the measure fits. 天津 and 宁夏 block the form when
//! 偏差原因分析 is ticked and 原因说明 is empty; the profile's `explanationRequired` (on by
//! default) turns the rule off where a province does not ask. Silent when the form has no
//! 原因说明 column. Source: LIFECYCLE.md §4.5 rule 43 — C: 天津, 宁夏 (C id 54558892881).

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::deviation_explanation_missing,
    level: Level::Error,
    stages: Stages::MONITORING,
    title: Tr {
        zh: "勾选了偏差原因但未填原因说明",
        en: "A deviation cause is ticked without an explanation",
    },
    description: Tr {
        zh: "勾选偏差原因类别后，应在原因说明中写明具体原因。",
        en: "When a deviation cause is ticked, the explanation (原因说明) must say what happened.",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    if !cx.profile.lifecycle.explanation_required || ind.is_empty_slot() {
        return;
    }
    let Some(p) = ind.progress.as_deref() else {
        return;
    };
    let (Some(causes), Some(reason)) = (p.causes.as_ref(), p.deviation_reason.as_deref()) else {
        return;
    };
    let stated = |s: &str| crate::lifecycle::reading::is_stated(Some(s));
    let ticked: Vec<&str> = causes.iter().map(String::as_str).filter(|c| stated(c)).collect();
    if ticked.is_empty() || stated(reason) {
        return;
    }
    let row = cx.row();
    let causes = ticked
        .iter()
        .map(|c| crate::rules::quote(c))
        .collect::<Vec<_>>()
        .join(if cx.zh() { "、" } else { ", " });
    let msg = tr!(
        cx,
        "{row}勾选了偏差原因“{causes}”，但原因说明未填写。请写明具体情况及其对完成目标的影响。",
        "{row} ticks the deviation cause “{causes}” but the explanation (原因说明) is blank: say what happened and how it affects the target."
    );
    let path = cx.cell(Column::DeviationReason);
    cx.report(path, msg);
}

#[cfg(test)]
mod tests {
    use crate::profile::Profile;
    use crate::rules::testing::*;

    const ID: &str = "deviation-explanation-missing";

    fn unexplained(reason: &str) -> crate::raw::RawTable {
        let mut t = monitoring();
        t.indicators[0].deviation_reason = Some(reason.into());
        t
    }

    #[test]
    fn hit() {
        // ["人员保障"], "" → "上半年维修人员不足，7月已补充。"
        let t = unexplained("");
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.0.deviationReason");
        assert!(d.fix.is_none());
        messages_contain(
            ID,
            &t,
            &["第1行（维修数量）", "“人员保障”", "原因说明未填写"],
            &["row 1", "人员保障", "blank"],
        );
        // Only a dash or 无: no explanation either.
        assert_eq!(run(ID, &unexplained("无")).len(), 1);
        assert_eq!(run(ID, &unexplained("/")).len(), 1);
    }

    #[test]
    fn near_misses() {
        // Worked example D: cause and explanation on 维修数量, nothing ticked on 维修合格率.
        assert!(run(ID, &monitoring()).is_empty());
        // Nothing ticked (or 无), blank explanation.
        let mut t = unexplained("");
        t.indicators[0].deviation_causes = Some("无".into());
        assert!(run(ID, &t).is_empty());
        t.indicators[0].deviation_causes = Some(String::new());
        assert!(run(ID, &t).is_empty());
        // No explanation column, or no causes column: silent.
        let mut t = unexplained("");
        t.indicators[0].deviation_reason = None;
        assert!(run(ID, &t).is_empty());
        let mut t = unexplained("");
        t.indicators[0].deviation_causes = None;
        assert!(run(ID, &t).is_empty());
        // explanationRequired off.
        let mut p = Profile::default();
        p.lifecycle.explanation_required = false;
        assert!(run_with(ID, &unexplained(""), &p).is_empty());
    }
}
