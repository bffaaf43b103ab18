//! `over-achievement-unexplained` — 超额完成未说明原因.
//!
//! Self-evaluation: a 正向 or ＝ row whose actual reaches `overAchievementRatio` (1.2) times its
//! target — 组织宣传活动次数 `≥ 4 次` with 6 (1.5) — with no reason: the target was probably set
//! too low, and 10号 asks the unit to analyse it and, if so, reduce the score by the deviation.
//! The vendor page paints such a score red and editable ("实际完成值超出指标值xx%"); 广西 (130 %)
//! makes the reason required (`overAchievementReason: "required"` → error). Monitoring, only
//! where `monitoring.deviationStandard` is set (河北): a 正向 row more than that many percent
//! above its target, or an ＝ row above it. Reported at the reason cell, where the answer goes;
//! forms without one are left alone. Source: LIFECYCLE.md §4.1 rule 16 and §3.6; C — 1.2
//! default, 广西 130 % (id 54504033813), 河北 "当前完成值过于大于年度指标值，需填写偏差分析和说明"
//! (id 54558892881); E — 10号.

use crate::diagnostic::Severity;
use crate::lifecycle::options::Strictness;
use crate::lifecycle::reading::is_stated;
use crate::lifecycle::score::{self, Class};
use crate::raw::Stage;
use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::over_achievement_unexplained,
    level: Level::Warning,
    stages: Stages::LIFECYCLE,
    title: Tr {
        zh: "超额完成未说明原因",
        en: "A large over-achievement is not explained",
    },
    description: Tr {
        zh: "实际完成值大幅超过指标值时，应分析原因（是否年初指标值设定偏低），必要时按偏离程度调减得分。",
        en: "When the actual far exceeds the target, say why (was the target set too low?) and, if so, reduce the score by the deviation.",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    let Some(p) = ind.progress.as_ref() else {
        return;
    };
    if p.deviation_reason.is_none()
        || is_stated(p.deviation_reason.as_deref())
        || !ind.has_name()
        || !score::is_quantitative(ind)
    {
        return;
    }
    let (Some(a), Some(t)) = (score::actual_number(ind), ind.number()) else {
        return;
    };
    let class = Class::of(ind.operator.get(), true);
    if t <= Decimal::ZERO || !matches!(class, Class::Positive | Class::Equal) {
        return;
    }
    let profile = cx.profile;
    let o = &profile.lifecycle;
    let ratio = a / t;
    let row = cx.row();
    let actual = crate::rules::quote(ind.raw.actual.as_deref().unwrap_or_default().trim());
    let op = ind.operator.get().map_or("", Operator::symbol);
    let unit = ind.unit.as_ref().map_or("", Unit::canonical);
    let target = t.normalize();
    let msg = match cx.header.stage {
        Stage::SelfEvaluation => {
            if ratio < o.over_achievement_ratio {
                return;
            }
            let times = crate::lifecycle::execution::round2(ratio).normalize();
            tr!(
                cx,
                "{row}实际完成值{actual}是指标值（{op}{target}{unit}）的{times}倍，但未说明原因。请分析超额完成的原因（如年初指标值是否设定偏低），必要时按偏离程度调减得分。",
                "{row}: the actual value {actual} is {times} times the target ({op}{target}{unit}), with no reason given. Explain the over-achievement (was the target set too low?) and, if so, reduce the score by the deviation."
            )
        }
        Stage::Monitoring => {
            let Some(standard) = o.deviation_standard else {
                return;
            };
            let deviate = (ratio - Decimal::ONE) * Decimal::ONE_HUNDRED;
            let over = match class {
                Class::Positive => deviate > standard,
                _ => a > t,
            };
            if !over {
                return;
            }
            let deviate = crate::lifecycle::execution::round2(deviate).normalize();
            tr!(
                cx,
                "{row}当前完成值{actual}高出年度指标值（{op}{target}{unit}）{deviate}%，但未说明原因。请填写偏差分析和说明。",
                "{row}: the value reached, {actual}, is {deviate} % above the annual target ({op}{target}{unit}), with no reason given. Explain the deviation."
            )
        }
        Stage::Target => return,
    };
    let required = o.over_achievement_reason == Strictness::Error;
    let d = cx.report(cx.cell(Column::DeviationReason), msg);
    if required && d.severity == Severity::Warning {
        d.severity = Severity::Error;
    }
}

#[cfg(test)]
mod tests {
    use crate::diagnostic::Severity;
    use crate::lifecycle::options::Strictness;
    use crate::profile::Profile;
    use crate::rules::testing::*;

    const ID: &str = "over-achievement-unexplained";

    #[test]
    fn hit() {
        // §3.10 A: row 0, 组织宣传活动次数 ≥ 4 次, actual 6 (1.5 ≥ 1.2), no reason.
        let t = self_evaluation();
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.0.deviationReason");
        assert_eq!(d.severity, Severity::Warning);
        messages_contain(
            ID,
            &t,
            &["第1行（组织宣传活动次数）实际完成值6是指标值（≥4次）的1.5倍"],
            &["row 1", "1.5 times"],
        );
        // 广西: required.
        let mut p = Profile::default();
        p.lifecycle.over_achievement_reason = Strictness::Error;
        assert_eq!(run_with(ID, &t, &p)[0].severity, Severity::Error);
        // ＝ rows too: 培训批次、期数 = 2 with 3.
        let mut t = self_evaluation();
        t.indicators[1].actual = Some("3".into());
        t.indicators[1].deviation_reason = Some(String::new());
        assert_eq!(
            paths(ID, &t),
            [
                "indicators.0.deviationReason",
                "indicators.1.deviationReason"
            ]
        );
    }

    #[test]
    fn monitoring_with_a_deviation_standard() {
        // 河北: 维修数量 = 100 with 120 by July.
        let mut t = monitoring();
        t.indicators[0].actual = Some("120".into());
        t.indicators[0].deviation_reason = Some(String::new());
        assert!(run(ID, &t).is_empty(), "off without deviationStandard");
        let mut p = Profile::default();
        p.lifecycle.deviation_standard = Some(30.into());
        let d = run_with(ID, &t, &p);
        assert_eq!(paths_of(&d), ["indicators.0.deviationReason"]);
        assert!(d[0].message.contains("高出年度指标值（＝100个）20%"), "{}", d[0].message);
        // A 正向 row only beyond the standard: ≥ 100 % at 120 % is 20 % < 30 %.
        let mut t = monitoring();
        t.indicators[1].actual = Some("120".into());
        assert!(run_with(ID, &t, &p).is_empty());
    }

    #[test]
    fn near_misses() {
        // §3.10 A with row 0 explained: row 8, 97 % of 95 % (1.02) (§6).
        let mut t = self_evaluation();
        t.indicators[0].deviation_reason = Some("结合少代会追加2次主题宣传。".into());
        assert!(run(ID, &t).is_empty());
        // Met exactly (§6): 4 of ≥ 4.
        let mut t = self_evaluation();
        t.indicators[0].actual = Some("4".into());
        assert!(run(ID, &t).is_empty());
        // Just under the ratio; 反向 rows (less is better); qualitative rows; no reason column.
        let mut t = self_evaluation();
        t.indicators[0].actual = Some("4.7".into());
        t.indicators[2].operator = "<=".into();
        t.indicators[2].value = "50".into();
        t.indicators[3].deviation_reason = Some("x".into());
        t.indicators[4].deviation_reason = Some("x".into());
        assert!(run(ID, &t).is_empty(), "{:?}", paths(ID, &t));
        let mut t = self_evaluation();
        t.indicators[0].deviation_reason = None;
        assert!(run(ID, &t).is_empty());
        // §3.10 D.
        assert!(run(ID, &monitoring()).is_empty());
    }

    /// LIFECYCLE.md §3.10 A and D through every rule, as a check runs them: of the row rules
    /// 1–16 (§4.1), exactly the findings §3.10 lists — and none on §6's variants.
    #[test]
    fn worked_examples_through_rules_1_to_16() {
        const ROW_RULES: [&str; 16] = [
            "actual-missing",
            "actual-not-numeric",
            "actual-has-operator",
            "actual-unit-mismatch",
            "actual-out-of-range",
            "qualitative-actual-grade",
            "qualitative-remark-missing",
            "weight-invalid",
            "score-missing",
            "score-not-numeric",
            "score-exceeds-weight",
            "score-mismatch",
            "full-score-unmet",
            "qualitative-score-band",
            "deviation-reason-missing",
            "over-achievement-unexplained",
        ];
        let p = Profile::default();
        let found = |raw: &crate::raw::RawTable| -> Vec<(String, String)> {
            let t = crate::table::Table::parse(raw, vec![], &p);
            crate::rules::check(&t, &p)
                .into_iter()
                .filter(|d| ROW_RULES.contains(&d.rule.as_str()))
                .map(|d| (d.rule.as_str().to_string(), d.path.to_string()))
                .collect()
        };
        let pairs = |v: &[(&str, &str)]| -> Vec<(String, String)> {
            v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
        };
        let a = [
            ("over-achievement-unexplained", "indicators.0.deviationReason"),
            ("deviation-reason-missing", "indicators.3.deviationReason"),
            ("score-mismatch", "indicators.4.score"),
            ("deviation-reason-missing", "indicators.4.deviationReason"),
        ];
        assert_eq!(found(&self_evaluation()), pairs(&a));
        // Typed operators normalise (§6): ≧ and ═ as ≥ and ＝.
        let mut t = self_evaluation();
        t.indicators[0].operator = "≧".into();
        t.indicators[1].operator = "═".into();
        assert_eq!(found(&t), pairs(&a));
        // Met exactly, full marks (§6): 4 of ≥ 4; 正常运转率 100 of = 100, 5 of 5.
        let mut t = self_evaluation();
        t.indicators[0].actual = Some("4".into());
        t.indicators[2].actual = Some("100".into());
        assert_eq!(found(&t), pairs(&a[1..]));
        // Placeholder rows (§6).
        let mut t = self_evaluation();
        t.indicators
            .push(se_row("……", "", "……", "", "**", "", "", "", "", ""));
        assert_eq!(found(&t), pairs(&a));
        // §3.10 D: none of these.
        assert_eq!(found(&monitoring()), pairs(&[]));
    }
}
