//! `deviation-reason-missing` — 未说明偏差原因.
//!
//! Self-evaluation: a row that scored below its weight, or did not meet its target, leaves
//! 偏差原因分析及改进措施 blank. The vendor page stops there ("第N行请填写偏差原因及改进措施！" when
//! `score < actualweight` without `kpi_remark`), and every layout has the column (未完成原因分析,
//! 未完成原因及拟采取的改进措施). Monitoring: a row whose light (computed from its actual and the
//! month, else as stated; LIFECYCLE.md §3.4) is one `monitoring.reasonRequiredFor` names (red
//! or yellow; 宁夏 red only), or whose 完成可能性 is 有可能 / 完全不可能 (天津), with no cause ticked
//! and no explanation. Forms without the column are left alone. Source: LIFECYCLE.md §4.1 rule
//! 15; C — page check (id 54504033813), monitoring reason checks, default / 宁夏 / 天津 (id
//! 54558892881); D — the layouts' 未完成原因 columns, "请在未完成原因分析中说明偏离目标,不能完成的
//! 原因及拟采取的措施" (biz.doczj).

use crate::lifecycle::light::{self, Light};
use crate::lifecycle::options::ReasonLights;
use crate::lifecycle::reading::is_stated;
use crate::lifecycle::score;
use crate::raw::Stage;
use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::deviation_reason_missing,
    level: Level::Error,
    stages: Stages::LIFECYCLE,
    title: Tr {
        zh: "未说明偏差原因",
        en: "No reason is given for a shortfall",
    },
    description: Tr {
        zh: "自评中得分低于分值或未达到指标值的指标，监控中亮红灯、黄灯或可能无法完成的指标，都要说明偏差原因及改进措施。",
        en: "A self-evaluated indicator scored below its weight or short of its target, and a monitored one on red or yellow or unlikely to be met, must give the reason and the remedy.",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    if !ind.has_name() || ind.is_empty_slot() {
        return;
    }
    let Some(p) = ind.progress.as_ref() else {
        return;
    };
    if is_stated(p.deviation_reason.as_deref()) {
        return;
    }
    match cx.header.stage {
        Stage::SelfEvaluation => self_evaluation(ind, cx),
        Stage::Monitoring => monitoring(ind, cx),
        Stage::Target => {}
    }
}

fn self_evaluation(ind: &Indicator, cx: &mut RowContext) {
    let Some(p) = ind.progress.as_ref() else {
        return;
    };
    if p.deviation_reason.is_none() {
        return;
    }
    let profile = cx.profile;
    let o = &profile.lifecycle;
    let w = p.weight.value();
    let s = p.score.as_ref().and_then(|s| s.value());
    let below = matches!((s, w), (Some(s), Some(w)) if s < w);
    let unmet = score::row_met(ind, o) == Some(false);
    if !(below || unmet) {
        return;
    }
    let row = cx.row();
    let msg = match (s, w) {
        (Some(s), Some(w)) if below => {
            let (s, w) = (s.normalize(), w.normalize());
            tr!(
                cx,
                "{row}得分{s}分，低于分值{w}分，但未填写偏差原因。请说明未得满分的原因及改进措施。",
                "{row} scores {s} of {w} but gives no reason. Explain the shortfall and the remedy (偏差原因分析及改进措施)."
            )
        }
        _ => {
            let actual = crate::rules::quote(ind.raw.actual.as_deref().unwrap_or_default().trim());
            tr!(
                cx,
                "{row}实际完成值{actual}未达到指标值，但未填写偏差原因。请说明未完成的原因及改进措施。",
                "{row}: the actual value {actual} falls short of the target, but no reason is given. Explain the shortfall and the remedy (偏差原因分析及改进措施)."
            )
        }
    };
    cx.report(cx.cell(Column::DeviationReason), msg);
}

/// 完成可能性 of 有可能 or 完全不可能 (codes 2 and 3, `2-有可能`).
fn is_doubtful(likelihood: &str) -> bool {
    let c = crate::text::compact(likelihood);
    let text = c.trim_start_matches(|ch: char| ch.is_ascii_digit() || matches!(ch, '-' | '、' | '.'));
    matches!(text, "有可能" | "完全不可能") || matches!(c.as_ref(), "2" | "3")
}

fn monitoring(ind: &Indicator, cx: &mut RowContext) {
    let Some(p) = ind.progress.as_ref() else {
        return;
    };
    if p
        .causes
        .as_ref()
        .is_some_and(|c| c.iter().any(|c| is_stated(Some(c))))
    {
        return;
    }
    let path = if p.deviation_reason.is_some() {
        cx.cell(Column::DeviationReason)
    } else if p.causes.is_some() {
        cx.cell(Column::DeviationCauses)
    } else {
        return;
    };
    let profile = cx.profile;
    let o = &profile.lifecycle;
    let lit = light::row_light(ind, cx.header.month, o).filter(|l| match l {
        Light::Red => true,
        Light::Yellow => o.reason_required_for == ReasonLights::RedAndYellow,
        _ => false,
    });
    let doubtful = p.likelihood.as_deref().filter(|l| is_doubtful(l));
    let row = cx.row();
    let msg = match (lit, doubtful) {
        (Some(l), _) => {
            let (zh, en) = (l.name(), l.english());
            tr!(
                cx,
                "{row}当前为{zh}，落后于进度，但未勾选偏差原因，也未说明原因。请勾选原因类别并写明原因说明。",
                "{row} is on {en} ({zh}), behind schedule, but no cause is ticked and no reason given. Tick the cause and explain it."
            )
        }
        (None, Some(likelihood)) => {
            let likelihood = crate::rules::quote(likelihood);
            tr!(
                cx,
                "{row}完成可能性为“{likelihood}”，但未勾选偏差原因，也未说明原因。请勾选原因类别并写明原因说明。",
                "{row}: the likelihood of meeting the target is “{likelihood}”, but no cause is ticked and no reason given. Tick the cause and explain it."
            )
        }
        (None, None) => return,
    };
    cx.report(path, msg);
}

#[cfg(test)]
mod tests {
    use crate::profile::Profile;
    use crate::rules::testing::*;

    const ID: &str = "deviation-reason-missing";

    #[test]
    fn hit() {
        // §3.10 A: row 3 (80 % of ≥ 85 %, 9 of 10) and row 4 (8 of 10), reasons "".
        let t = self_evaluation();
        assert_eq!(
            paths(ID, &t),
            [
                "indicators.3.deviationReason",
                "indicators.4.deviationReason"
            ]
        );
        messages_contain(
            ID,
            &t,
            &["第4行（“青年之家”建设和活跃度增长率）得分9分，低于分值10分"],
            &["row 4", "scores 9 of 10"],
        );
        // LIFECYCLE §4.1 rule 15: 培训批次、期数 = 2, actual 1, score 5, reason "".
        let mut t = self_evaluation();
        t.indicators[1].deviation_reason = Some(String::new());
        assert_eq!(paths(ID, &t)[0], "indicators.1.deviationReason");
        // Unmet at full marks (full-score-unmet scores it; the reason is asked here).
        let mut t = self_evaluation();
        t.indicators[3].score = Some("10".into());
        let d = run(ID, &t);
        assert_eq!(d[0].path.to_string(), "indicators.3.deviationReason");
        assert!(d[0].message.contains("未达到指标值"), "{}", d[0].message);
    }

    #[test]
    fn monitoring_lights_and_likelihood() {
        // 维修数量 yellow at July with nothing ticked or said.
        let mut t = monitoring();
        t.indicators[0].deviation_causes = Some(String::new());
        t.indicators[0].deviation_reason = Some(String::new());
        assert_eq!(paths(ID, &t), ["indicators.0.deviationReason"]);
        messages_contain(ID, &t, &["第1行（维修数量）当前为黄灯"], &["row 1", "yellow"]);
        // 宁夏: red only.
        let mut p = Profile::default();
        p.lifecycle.reason_required_for = crate::lifecycle::options::ReasonLights::Red;
        assert!(run_with(ID, &t, &p).is_empty());
        // 维修合格率 green but 有可能 (天津).
        let mut t = monitoring();
        t.indicators[1].likelihood = Some("2-有可能".into());
        assert_eq!(paths(ID, &t), ["indicators.1.deviationReason"]);
        // Without the month, the stated light.
        let mut t = monitoring();
        t.month = None;
        t.indicators[1].light = Some("红灯".into());
        assert_eq!(paths(ID, &t), ["indicators.1.deviationReason"]);
    }

    #[test]
    fn near_misses() {
        // §3.10 A with rows 3 and 4 explained: row 1 and row 7 have their reasons; met rows
        // at full marks need none (§6).
        let mut t = self_evaluation();
        t.indicators[3].deviation_reason = Some("部分活动受疫情影响推迟。".into());
        t.indicators[4].deviation_reason = Some("两期培训各推迟一周。".into());
        assert!(run(ID, &t).is_empty(), "{:?}", paths(ID, &t));
        // Met exactly, full marks (§6).
        t.indicators[0].actual = Some("4".into());
        assert!(run(ID, &t).is_empty());
        // A form without the reason column.
        let mut t = self_evaluation();
        t.indicators[3].deviation_reason = None;
        t.indicators[4].deviation_reason = None;
        assert!(run(ID, &t).is_empty());
        // Template rows (§6).
        let mut t = self_evaluation();
        t.indicators[3].deviation_reason = Some("x".into());
        t.indicators[4].deviation_reason = Some("x".into());
        t.indicators
            .push(se_row("……", "", "……", "", "", "", "10", "", "0", ""));
        assert!(run(ID, &t).is_empty(), "{:?}", paths(ID, &t));
        // §3.10 D: 维修数量 yellow with cause and explanation; 维修合格率 green, 确定能.
        assert!(run(ID, &monitoring()).is_empty());
        // A cause ticked with no explanation is deviation-explanation-missing's.
        let mut t = monitoring();
        t.indicators[0].deviation_reason = Some(String::new());
        assert!(run(ID, &t).is_empty());
    }
}
