//! `qualitative-remark-missing` — 定性指标未简述完成情况.
//!
//! Where the profile asks for it (`qualitativeRemarkRequired`, as 广西's `score_remark` and the
//! vendor import's "定性指标完成情况简要描述不能为空。"), a qualitative row must say in its remark
//! column what was achieved: a grade alone (达成年度指标) cannot be verified in a spot-check.
//! Silent by default, and on forms without a remark column. Source: LIFECYCLE.md §4.1 rule 7;
//! C — import (id 54547212816), 广西 `score_remark` on `computesign == "6"`, `ind_remark` on 定性
//! (id 54504033813).

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::qualitative_remark_missing,
    level: Level::Warning,
    stages: Stages::SELF_EVALUATION,
    title: Tr {
        zh: "定性指标未简述完成情况",
        en: "A qualitative indicator has no description of what was achieved",
    },
    description: Tr {
        zh: "按本地要求，定性指标须在备注中简述实际完成情况，只写等级无法核实。",
        en: "Where required, a qualitative indicator describes in its remark what was achieved; a grade alone cannot be verified.",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    if !cx.profile.lifecycle.qualitative_remark_required
        || !ind.has_name()
        || ind.is_empty_slot()
        || !ind.is_qualitative()
    {
        return;
    }
    let Some(p) = ind.progress.as_ref() else {
        return;
    };
    if p.remark.is_none() || crate::lifecycle::reading::is_stated(p.remark.as_deref()) {
        return;
    }
    let row = cx.row();
    let msg = tr!(
        cx,
        "{row}是定性指标，备注未简述实际完成情况。请写明做了什么、达到什么效果，如“全年支出经财务审核无违规”。",
        "{row} is qualitative and its remark does not say what was achieved. Describe what was done and to what effect, e.g. 全年支出经财务审核无违规 (all spending passed the finance review)."
    );
    cx.report(cx.cell(Column::Remark), msg);
}

#[cfg(test)]
mod tests {
    use crate::profile::Profile;
    use crate::raw::RawTable;
    use crate::rules::testing::*;

    const ID: &str = "qualitative-remark-missing";

    fn required() -> Profile {
        let mut p = Profile::default();
        p.lifecycle.qualitative_remark_required = true;
        p
    }

    /// §3.10 A with a remark column, filled on the qualitative rows as given.
    fn with_remarks(row6: &str) -> RawTable {
        let mut t = self_evaluation();
        for r in &mut t.indicators {
            r.remark = Some(String::new());
        }
        t.indicators[6].remark = Some(row6.into());
        t.indicators[7].remark = Some("年底拨付到位后全部活动经费已保障。".into());
        t
    }

    #[test]
    fn hit() {
        // LIFECYCLE §4.1 rule 7: 经费支出规范性, actual 达成年度指标, remark "".
        let t = with_remarks("");
        let d = run_with(ID, &t, &required());
        assert_eq!(paths_of(&d), ["indicators.6.remark"]);
        assert!(d[0].message.contains("第7行（确保机关事业单位平稳运行）"));
        assert_eq!(
            paths_of(&run_with(ID, &with_remarks("无"), &required())),
            ["indicators.6.remark"]
        );
    }

    #[test]
    fn near_misses() {
        // Off by default, whatever the remarks say.
        assert!(run(ID, &with_remarks("")).is_empty());
        assert!(run(ID, &self_evaluation()).is_empty());
        // Required: the remark says something; quantitative rows need none; no column.
        assert!(run_with(ID, &with_remarks("全年支出经财务审核无违规"), &required()).is_empty());
        assert!(run_with(ID, &self_evaluation(), &required()).is_empty());
    }
}
