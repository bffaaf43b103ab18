//! `execution-behind-schedule` — 预算执行进度滞后于序时进度.
//!
//! Monitoring's first question is whether the money is being spent on time: the execution
//! rate to the cut-off month against the time progress month / 12 (序时进度). Below 60 % of it
//! the budget systems light the execution red, below 80 % yellow (`executionBands`), and the
//! finance bureau may hold back or stop payments ("'双监控'… 及时适时纠偏 … 暂缓或停止预算拨款").
//! Reported with the rate, the time progress and their ratio whenever the light is red or
//! yellow, even when a reason is given (a missing reason is `execution-reason-missing`'s
//! finding). The light is computed from the rate and the month when they can be read, else
//! the form's own 预算执行预警. Source: LIFECYCLE.md §3.4 and §4.5 rule 40 — C: `bgttracewarn`
//! (C id 54724561805); B: jiaozuo.

use crate::lifecycle::light::{self, Light};
use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::execution_behind_schedule,
    level: Level::Warning,
    stages: Stages::MONITORING,
    title: Tr {
        zh: "预算执行进度滞后于序时进度",
        en: "Budget execution lags the time progress",
    },
    description: Tr {
        zh: "截至监控月份的预算执行率低于序时进度（月份/12）的80%即亮黄灯、低于60%亮红灯，需加快执行或调整预算。",
        en: "An execution rate below 80 % of the time progress (month / 12) lights yellow, below 60 % red: spending should speed up or the budget be adjusted.",
    },
    check: Check::Table(check),
};

fn check(table: &Table, cx: &mut Context) {
    let Some(e) = table.execution.as_ref() else {
        return;
    };
    let Some(l @ (Light::Red | Light::Yellow)) = light::execution_light(table, &cx.profile.lifecycle) else {
        return;
    };
    let (name, english) = (l.name(), l.english());
    let figures = table
        .header
        .month
        .zip(light::execution_rate(e))
        .and_then(|(m, rate)| {
            let p = light::time_progress(m);
            let ratio = light::percent(rate.checked_div(p)?, 2)?;
            Some((m, light::percent(rate, 2)?, light::percent(p, 2)?, ratio))
        });
    let msg = match figures {
        Some((m, r, tp, ratio)) => {
            let [red, yellow] = cx.profile.lifecycle.execution_bands;
            let band = light::percent(if l == Light::Red { red } else { yellow }, 2)
                .unwrap_or_default()
                .normalize();
            let (amounts, amounts_en) = match (
                e.executed.as_ref().and_then(|n| n.value()),
                e.annual_budget.as_ref().and_then(|n| n.value()),
            ) {
                (Some(x), Some(a)) if !a.is_zero() => {
                    (format!("（{x}/{a}）"), format!(" ({x} / {a})"))
                }
                _ => Default::default(),
            };
            tr!(
                cx,
                "截至{m}月预算执行率为{r}%{amounts}，序时进度为{tp}%（{m}/12），执行进度为序时进度的{ratio}%，低于{band}%，预警为{name}。请加快预算执行，或说明原因并采取纠偏措施。",
                "Budget execution to month {m} is {r} %{amounts_en} against a time progress of {tp} % ({m}/12): {ratio} % of schedule, below {band} %, a {english} light ({name}). Speed up spending, or explain why and say what will be done."
            )
        }
        None => tr!(
            cx,
            "预算执行预警为{name}，执行进度滞后于序时进度。请加快预算执行，或说明原因并采取纠偏措施。",
            "The execution light is {english} ({name}): spending lags the time progress. Speed up spending, or explain why and say what will be done."
        ),
    };
    cx.report(Path::Execution, msg);
}

#[cfg(test)]
mod tests {
    use crate::raw::RawTable;
    use crate::rules::testing::*;

    const ID: &str = "execution-behind-schedule";

    fn spent(executed: &str) -> RawTable {
        let mut t = monitoring();
        t.execution.as_mut().unwrap().executed = Some(executed.into());
        t
    }

    #[test]
    fn hit_worked_example_d() {
        // 40.00 / 125.07 = 31.98 % at 7/12 = 58.33 % → 0.548 → red, reported although the
        // reason and measures are given.
        let t = monitoring();
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "execution");
        assert!(d.fix.is_none());
        messages_contain(
            ID,
            &t,
            &["31.98%", "40.00/125.07", "58.33%", "54.83%", "低于60%", "红灯"],
            &["31.98 %", "58.33 %", "54.83 %", "red"],
        );
    }

    #[test]
    fn hit_yellow() {
        // 40 % at 7/12: 0.686 → yellow, below 80 %.
        let t = spent("50.03");
        messages_contain(ID, &t, &["黄灯", "低于80%"], &["yellow"]);
    }

    #[test]
    fn hit_stated_light_when_not_computable() {
        // No month: the form's own light.
        let mut t = monitoring();
        t.month = None;
        let d = only(ID, &t);
        assert!(d.message.contains("预算执行预警为红灯"), "{}", d.message);
        t.execution.as_mut().unwrap().light = Some("绿灯".into());
        assert!(run(ID, &t).is_empty());
    }

    /// Worked example D under the default profile: of the monitoring rules (LIFECYCLE.md §4.5),
    /// only this one fires — no monitor-month-invalid, progress-light-mismatch (黄灯 and 绿灯
    /// as computed), deviation-cause-invalid, deviation-explanation-missing, likelihood-*,
    /// projection-missing or measures-missing.
    #[test]
    fn worked_example_d_gets_only_this_finding() {
        let p = crate::profile::Profile::default();
        let table = crate::table::Table::parse(&monitoring(), vec![], &p);
        let monitoring_rules = [
            "monitor-month-invalid",
            ID,
            "progress-light-mismatch",
            "deviation-cause-invalid",
            "deviation-explanation-missing",
            "likelihood-invalid",
            "likelihood-needs-projection",
            "likelihood-contradicts-projection",
            "projection-missing",
            "measures-missing",
        ];
        let found: Vec<String> = crate::rules::check(&table, &p)
            .iter()
            .filter(|d| monitoring_rules.contains(&d.rule.as_str()))
            .map(|d| format!("{}@{}", d.rule, d.path))
            .collect();
        assert_eq!(found, ["execution-behind-schedule@execution"]);
    }

    #[test]
    fn near_misses() {
        // 70.00 / 125.07 = 55.97 % → 0.96 → green, whatever the form says.
        assert!(run(ID, &spent("70.00")).is_empty());
        // 48 % at 7/12 = 0.82: green; ahead of time too.
        assert!(run(ID, &spent("60.00")).is_empty());
        assert!(run(ID, &spent("125.07")).is_empty());
        // No execution block, or nothing readable: silent.
        let mut t = monitoring();
        t.execution = None;
        assert!(run(ID, &t).is_empty());
        let mut t = monitoring();
        t.month = None;
        t.execution.as_mut().unwrap().light = None;
        assert!(run(ID, &t).is_empty());
        // A self-evaluation is not judged by the time progress.
        let mut t = self_evaluation();
        t.month = Some("7".into());
        assert!(run(ID, &t).is_empty());
    }
}
