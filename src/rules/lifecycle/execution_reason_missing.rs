//! `execution-reason-missing` — 预算执行偏低未说明原因.
//!
//! Self-evaluation: the execution rate is below the profile's `executionReasonBelow` (none by
//! default; the Sichuan layout prints 90 %) and 预算执行情况's 原因 is blank, only `无`, or the
//! form's own printed note. Monitoring: the execution light (the rate against the time
//! progress month/12, LIFECYCLE.md §3.4; the stated 预算执行预警 when the month or the rate cannot
//! be read) is one of `monitoring.reasonRequiredFor` (red or yellow; 宁夏 red only) and the
//! reason is blank. Unspent money is what a spot-check asks about first; a form without the
//! reason cell (`null`) is not asked. Warning, error under `executionReason: "error"` (Sichuan).
//! Source: LIFECYCLE.md §4.3 rule 32 — D: the Sichuan 510000_0013zp note (a reason when 预算执行率
//! is under 90 %); C: the monitoring lights `bgttracewarn` (id 54724561805).

use crate::lifecycle::light::{self, Light};
use crate::lifecycle::options::{ReasonLights, Strictness};
use crate::lifecycle::{narrative, Num};
use crate::raw::{ExecField, Stage};
use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::execution_reason_missing,
    level: Level::Warning,
    stages: Stages::LIFECYCLE,
    title: Tr {
        zh: "预算执行偏低未说明原因",
        en: "Low budget execution is not explained",
    },
    description: Tr {
        zh: "预算执行率偏低（监控中为红灯、黄灯）时，应说明原因。",
        en: "When budget execution is low (a red or yellow light in monitoring) the reason must be given.",
    },
    check: Check::Table(check),
};

fn check(table: &Table, cx: &mut Context) {
    let Some(e) = &table.execution else {
        return;
    };
    let o = &cx.profile.lifecycle;
    if e.reason.is_none() || narrative::explains(e.reason.as_deref(), &o.guidance_patterns) {
        return;
    }
    let rate = light::execution_rate(e);
    let unit = table.header.amount_unit.name();
    let msg = match table.header.stage {
        Stage::SelfEvaluation => {
            let (Some(below), Some(rate)) = (o.execution_reason_below, rate) else {
                return;
            };
            if rate >= below {
                return;
            }
            let (Some(percent), Some(below)) = (light::percent(rate, 2), light::percent(below, 2))
            else {
                return;
            };
            let below = below.normalize();
            let value = |n: &Option<Num>| n.as_ref().and_then(Num::value);
            let unspent = match (value(&e.annual_budget), value(&e.executed)) {
                (Some(a), Some(x)) if a > x => a.checked_sub(x),
                _ => None,
            };
            match unspent {
                Some(unspent) => {
                    tr!(
                        cx,
                        "预算执行率为{percent}%，低于{below}%，原因未填写。请说明未执行的{unspent}{unit}的原因。",
                        "The execution rate is {percent}%, below {below}%, and no reason is given. Explain why {unspent} {unit} was not spent."
                    )
                }
                _ => tr!(
                    cx,
                    "预算执行率为{percent}%，低于{below}%，原因未填写。请说明原因。",
                    "The execution rate is {percent}%, below {below}%, and no reason is given. Explain why."
                ),
            }
        }
        Stage::Monitoring => {
            let computed = match (rate, table.header.month) {
                (Some(r), Some(m)) => Some((light::execution(r, m, o), r, m)),
                _ => None,
            };
            let Some(l) = computed
                .map(|c| c.0)
                .or_else(|| Light::parse(e.light.as_deref()?))
            else {
                return;
            };
            let needs = match o.reason_required_for {
                ReasonLights::RedAndYellow => matches!(l, Light::Red | Light::Yellow),
                ReasonLights::Red => l == Light::Red,
            };
            if !needs {
                return;
            }
            let (name, english) = (l.name(), l.english());
            match computed {
                Some((_, r, m)) => {
                    let (Some(percent), Some(progress)) = (
                        light::percent(r, 2),
                        light::percent(light::time_progress(m), 2),
                    ) else {
                        return;
                    };
                    tr!(
                        cx,
                        "1-{m}月预算执行率{percent}%，序时进度{progress}%，预算执行预警为{name}，原因未填写。请说明执行偏慢的原因。",
                        "Budget execution to month {m} is {percent}% against a time progress of {progress}%: a {english} light (预算执行预警), and no reason is given. Explain the delay."
                    )
                }
                None => tr!(
                    cx,
                    "预算执行预警为{name}，原因未填写。请说明执行偏慢的原因。",
                    "The execution light (预算执行预警) is {english} and no reason is given. Explain the delay."
                ),
            }
        }
        Stage::Target => return,
    };
    let d = cx.report(Path::Exec(ExecField::Reason), msg);
    if o.execution_reason == Strictness::Error && d.severity == crate::diagnostic::Severity::Warning
    {
        d.severity = crate::diagnostic::Severity::Error;
    }
}

#[cfg(test)]
mod tests {
    use crate::diagnostic::Severity;
    use crate::lifecycle::options::{ReasonLights, Strictness};
    use crate::profile::Profile;
    use crate::raw::RawTable;
    use crate::rules::testing::*;

    const ID: &str = "execution-reason-missing";

    fn sichuan() -> Profile {
        let mut p = Profile::default();
        p.lifecycle.execution_reason_below = Some("0.9".parse().unwrap());
        p
    }

    /// 专项印刷及订阅资料费 9.78 / 11.50 = 85.04 %, 原因 as written.
    fn printing(reason: Option<&str>) -> RawTable {
        let mut t = self_evaluation();
        let e = t.execution.as_mut().unwrap();
        e.initial_budget = Some("11.50".into());
        e.annual_budget = Some("11.50".into());
        e.executed = Some("9.78".into());
        e.rate = Some("85.04%".into());
        e.score = Some("8.50".into());
        e.reason = reason.map(Into::into);
        e.sources = None;
        t
    }

    #[test]
    fn hit_sichuan_below_ninety() {
        let t = printing(Some(""));
        let d = run_with(ID, &t, &sichuan());
        assert_eq!(paths_of(&d), ["execution.reason"]);
        assert_eq!(d[0].severity, Severity::Warning);
        assert!(
            d[0].message.contains("85.04%，低于90%") && d[0].message.contains("1.72万元"),
            "{}",
            d[0].message
        );
        // The printed note left in the cell is no reason; Sichuan's own level is error.
        let t = printing(Some("预算执行率低于90%的，需说明原因。"));
        let mut p = sichuan();
        p.lifecycle.execution_reason = Strictness::Error;
        let d = run_with(ID, &t, &p);
        assert_eq!(d[0].severity, Severity::Error);
    }

    fn behind(reason: &str) -> RawTable {
        let mut t = monitoring();
        t.execution.as_mut().unwrap().reason = Some(reason.into());
        t
    }

    #[test]
    fn hit_monitoring_red() {
        // 40.00 / 125.07 = 31.98 % at 7/12 = 58.33 %: red.
        let t = behind("");
        assert_eq!(paths(ID, &t), ["execution.reason"]);
        messages_contain(
            ID,
            &t,
            &["1-7月预算执行率31.98%", "序时进度58.33%", "红灯"],
            &["31.98%", "red"],
        );
        // No month: the stated light.
        let mut t = behind("无");
        t.month = None;
        assert_eq!(paths(ID, &t), ["execution.reason"]);
    }

    #[test]
    fn monitoring_lights_that_need_a_reason() {
        // 60.00 / 125.07 = 47.97 % → 0.82 of the time progress: green.
        let mut t = behind("");
        t.execution.as_mut().unwrap().executed = Some("60.00".into());
        assert!(run(ID, &t).is_empty());
        // 50.00 → 0.686: yellow, which 宁夏 does not ask about.
        t.execution.as_mut().unwrap().executed = Some("50.00".into());
        assert_eq!(run(ID, &t).len(), 1);
        let mut p = Profile::default();
        p.lifecycle.reason_required_for = ReasonLights::Red;
        assert!(run_with(ID, &t, &p).is_empty());
    }

    #[test]
    fn near_misses() {
        // The fixtures: no threshold by default; monitoring red with its reason (§6).
        assert!(run(ID, &self_evaluation()).is_empty());
        assert!(run(ID, &monitoring()).is_empty());
        assert!(run(ID, &printing(Some(""))).is_empty(), "no threshold by default");
        // Sichuan: explained, at or above 90 %, or no reason cell on the form.
        let p = sichuan();
        assert!(run_with(ID, &printing(Some("部分印刷任务延至次年。")), &p).is_empty());
        assert!(run_with(ID, &printing(None), &p).is_empty());
        let mut t = printing(Some(""));
        t.execution.as_mut().unwrap().executed = Some("10.35".into());
        assert!(run_with(ID, &t, &p).is_empty(), "90.00 %");
        let mut t = monitoring();
        t.execution.as_mut().unwrap().reason = None;
        assert!(run(ID, &t).is_empty());
    }
}
