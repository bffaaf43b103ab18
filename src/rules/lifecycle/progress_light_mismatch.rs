//! `progress-light-mismatch` — 预警灯与完成进度不符.
//!
//! The lights of a monitoring form are computed, not chosen: a row's from its actual against
//! the target (counts and benefits against the target's share of the year, target × month/12:
//! below 60 % red, below 80 % yellow, from 120 % blue; rates and other rows green in range, red
//! out of it; 反向 rows green at or below the target; qualitative rows by their grade), the
//! execution's from the rate against month / 12. A light typed that differs from what the
//! numbers give (维修数量 45 of 100 by July marked 绿灯: 45 / 58.33 = 77 % → 黄灯) hides a lag
//! from the reviewer, or shows one that is not there. Checked only where the computation can be
//! done (month, numbers in the target's unit, a grade); the fix writes the computed light.
//! Which rows accumulate is the profile's `timeScaled`; while it is left at its default (an
//! inference, E), a light that the other convention gives (the vendor's stock scales every
//! 正向/＝ row, rates included) is accepted too.
//! Source: LIFECYCLE.md §3.4 and §4.5 rule 41 — C: `positiveindex01`, `reverseindex02`,
//! `reverselessindex`, `qualitativeindex03`, `bgttracewarn` (C id 54724561805); 山西 标准值 =
//! 年度指标值 × (月份/12) (C id 54558892881).

use crate::lifecycle::light::{self, Light};
use crate::lifecycle::score;
use crate::lifecycle::LifecycleOptions;
use crate::raw::ExecField;
use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::progress_light_mismatch,
    level: Level::Error,
    stages: Stages::MONITORING,
    title: Tr {
        zh: "预警灯与完成进度不符",
        en: "A light does not match the progress",
    },
    description: Tr {
        zh: "指标和预算执行的预警灯应按完成值（或执行率）与序时进度计算，填报的灯色与计算结果不一致。",
        en: "Indicator and execution lights follow from the actual (or the execution rate) against the time progress; the light entered differs from the computed one.",
    },
    check: Check::Table(check),
};

fn check(table: &Table, cx: &mut Context) {
    let o = &cx.profile.lifecycle;
    // Nothing is computed without the month (monitor-month-invalid's finding).
    let Some(m) = table.header.month else {
        return;
    };
    for ind in &table.indicators {
        if ind.is_empty_slot() {
            continue;
        }
        let (Some(stated), Some(computed)) =
            (light::stated_row_light(ind), light::of_row(ind, m, o))
        else {
            continue;
        };
        if stated == computed || other_convention(ind, m, o) == Some(stated) {
            continue;
        }
        let actual = crate::rules::quote(ind.raw.actual.as_deref().unwrap_or_default());
        let row = cx.row(ind.index);
        let (s, s_en, c, c_en) = (
            stated.name(),
            stated.english(),
            computed.name(),
            computed.english(),
        );
        let unit = crate::text::clean(&ind.raw.unit);
        let msg = match (ind.number(), score::actual_number(ind)) {
            (Some(t), Some(a)) if score::is_quantitative(ind) => {
                let a = a.normalize();
                let t = t.normalize();
                let reverse = matches!(ind.operator.get(), Some(Operator::Le | Operator::Lt));
                let scaled = light::is_time_scaled(ind, o) && !reverse && !t.is_zero();
                let share = t * light::time_progress(m);
                let q = a.checked_div(share).and_then(|q| light::percent(q, 1));
                if let Some(q) = q.filter(|_| scaled) {
                    let standard = share.round_dp(2);
                    tr!(
                        cx,
                        "{row}标为{s}，但截至{m}月完成{a}{unit}，序时标准值为{standard}{unit}（{t}×{m}/12），完成{q}%，应为{c}。",
                        "{row} is marked {s_en} ({s}), but {a} {unit} by month {m} against a share of the year of {standard} {unit} ({t} × {m}/12) is {q} %: the light is {c_en} ({c})."
                    )
                } else {
                    let op = ind.operator.get().map_or("", |o| o.symbol());
                    tr!(
                        cx,
                        "{row}标为{s}，但完成值{a}{unit}对照目标{op}{t}{unit}，应为{c}。",
                        "{row} is marked {s_en} ({s}), but the actual {a} {unit} against the target {op}{t} {unit} gives {c_en} ({c})."
                    )
                }
            }
            _ => tr!(
                cx,
                "{row}标为{s}，但完成情况为“{actual}”，应为{c}。",
                "{row} is marked {s_en} ({s}), but the progress “{actual}” gives {c_en} ({c})."
            ),
        };
        let label = tr!(cx, "改为{c}", "Change to {c}");
        let path = Path::Cell(ind.index, Column::Light);
        cx.report(path, msg).fix(path, c, label);
    }
    execution(table, cx);
}

/// The light under the other convention of time scaling, while the profile keeps the default
/// one (`timeScaled` is E): the vendor's stock configuration scales every 正向/＝ row, 山西 rates
/// too, so a system-computed 蓝灯 on a 合格率 at 100 % by July, or 黄灯 on a 质量 count, is not
/// an error a default profile can call.
fn other_convention(ind: &Indicator, m: u32, o: &LifecycleOptions) -> Option<Light> {
    if o.time_scaled != LifecycleOptions::default().time_scaled || !score::is_quantitative(ind) {
        return None;
    }
    let (a, t, op) = (score::actual_number(ind)?, ind.number()?, ind.operator.get());
    match score::Class::of(op, true) {
        score::Class::Positive => {}
        score::Class::Equal if !t.is_zero() => {}
        _ => return None,
    }
    Some(light::indicator(op, a, t, m, !light::is_time_scaled(ind, o), o))
}

/// The execution block's 预算执行预警 against the rate at the month.
fn execution(table: &Table, cx: &mut Context) {
    let Some(e) = table.execution.as_ref() else {
        return;
    };
    let Some(stated) = e.light.as_deref().and_then(Light::parse) else {
        return;
    };
    let Some((m, rate)) = table.header.month.zip(light::execution_rate(e)) else {
        return;
    };
    let computed = light::execution(rate, m, &cx.profile.lifecycle);
    if stated == computed {
        return;
    }
    let p = light::time_progress(m);
    let Some((r, tp, ratio)) = (|| {
        let ratio = light::percent(rate.checked_div(p)?, 2)?;
        Some((light::percent(rate, 2)?, light::percent(p, 2)?, ratio))
    })() else {
        return;
    };
    let (s, s_en, c, c_en) = (
        stated.name(),
        stated.english(),
        computed.name(),
        computed.english(),
    );
    let msg = tr!(
        cx,
        "预算执行预警标为{s}，但截至{m}月执行率{r}%为序时进度{tp}%的{ratio}%，应为{c}。",
        "The execution light is marked {s_en} ({s}), but the rate to month {m}, {r} %, is {ratio} % of the time progress {tp} %: the light is {c_en} ({c})."
    );
    let label = tr!(cx, "改为{c}", "Change to {c}");
    let path = Path::Exec(ExecField::Light);
    cx.report(path, msg).fix(path, c, label);
}

#[cfg(test)]
mod tests {
    use crate::raw::RawTable;
    use crate::rules::testing::*;

    const ID: &str = "progress-light-mismatch";

    fn lit(row: usize, light: &str) -> RawTable {
        let mut t = monitoring();
        t.indicators[row].light = Some(light.into());
        t
    }

    #[test]
    fn hit_worked_example() {
        // 维修数量 45 of 100 at month 7 marked 绿灯 → 黄灯 (45 / 58.33 = 77.1 %).
        let t = lit(0, "绿灯");
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.0.light");
        assert_eq!(fix_of(&d), ("indicators.0.light".into(), Some("黄灯")));
        messages_contain(
            ID,
            &t,
            &["第1行（维修数量）标为绿灯", "58.33", "77.1%", "应为黄灯"],
            &["row 1", "green", "yellow"],
        );
        fixes_clear(ID, &t, &[d]);
    }

    #[test]
    fn hit_rate_out_of_range_and_qualitative() {
        // 维修合格率 (a rate, not scaled) 90 of ≥ 100 marked 绿灯 → 红灯.
        let mut t = lit(1, "绿灯");
        t.indicators[1].actual = Some("90".into());
        let d = only(ID, &t);
        assert_eq!(fix_of(&d).1, Some("红灯"));
        messages_contain(ID, &t, &["完成值90%对照目标≥100%"], &["red"]);
        // A qualitative row partly achieved, marked green → yellow.
        let mut t = monitoring();
        t.indicators[1].operator = "定性".into();
        t.indicators[1].value = "达到验收标准".into();
        t.indicators[1].unit = "".into();
        t.indicators[1].actual = Some("部分达成目标并具有一定效果".into());
        let d = only(ID, &t);
        assert_eq!(fix_of(&d).1, Some("黄灯"));
        assert!(d.message.contains("“部分达成目标并具有一定效果”"), "{}", d.message);
    }

    #[test]
    fn hit_execution_light() {
        // 31.98 % at 7/12 (54.83 % of schedule) marked 绿灯 → 红灯.
        let mut t = monitoring();
        t.execution.as_mut().unwrap().light = Some("绿灯".into());
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "execution.light");
        assert_eq!(fix_of(&d).1, Some("红灯"));
        messages_contain(ID, &t, &["31.98%", "54.83%", "应为红灯"], &["red"]);
        fixes_clear(ID, &t, &[d]);
    }

    #[test]
    fn near_misses() {
        // Worked example D: 维修数量 黄灯 = yellow, 维修合格率 绿灯 = green, execution 红灯 = red.
        assert!(run(ID, &monitoring()).is_empty());
        // English and short names.
        let mut t = lit(0, "yellow");
        t.indicators[1].light = Some("绿".into());
        assert!(run(ID, &t).is_empty());
        // Nothing to compare: no month, no stated light, an actual that is no number or in
        // another unit, a light that is no light.
        let mut t = lit(0, "绿灯");
        t.month = None;
        assert!(run(ID, &t).is_empty());
        let mut t = lit(0, "");
        t.indicators[1].light = None;
        assert!(run(ID, &t).is_empty());
        let mut t = lit(0, "绿灯");
        t.indicators[0].actual = Some("已完成45%".into());
        assert!(run(ID, &t).is_empty());
        let mut t = lit(0, "绿灯");
        t.indicators[0].actual = Some("45人次".into());
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &lit(0, "正常")).is_empty());
        // The other convention of time scaling, under the default profile: 维修合格率 100 % by
        // July is 蓝灯 where rates are scaled too; a 质量 count 45 of 100 is 黄灯 where every
        // row is.
        assert!(run(ID, &lit(1, "蓝灯")).is_empty());
        let mut t = lit(0, "黄灯");
        t.indicators[0].level2 = "质量指标".into();
        assert!(run(ID, &t).is_empty());
        // …but not under a profile that names its scaled rows.
        let mut p = crate::profile::Profile::default();
        p.lifecycle.time_scaled = vec!["数量指标".into()];
        assert_eq!(run_with(ID, &lit(1, "蓝灯"), &p).len(), 1);
        assert_eq!(run_with(ID, &t, &p).len(), 1);
        // Ahead of time: blue, as stated.
        let mut t = lit(0, "蓝灯");
        t.indicators[0].actual = Some("80".into());
        assert!(run(ID, &t).is_empty());
        // A self-evaluation carries no lights to check.
        let mut t = self_evaluation();
        t.month = Some("7".into());
        t.indicators[0].light = Some("红灯".into());
        assert!(run(ID, &t).is_empty());
    }
}
