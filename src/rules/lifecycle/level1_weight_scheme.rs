//! `level1-weight-scheme` — 一级指标分值不符合权重设置.
//!
//! Each level-1 group present adds up to the points the profile's `level1Weights` gives it —
//! by default the central 产出指标 50 · 效益指标 30 · 满意度指标 10, and 预算执行 10 for the
//! execution block's 分值 (财预〔2020〕10号 as recalled: “原则上预算执行率和一级指标权重统一设置
//! 为：预算执行率10%、产出指标50%、效益指标30%、服务对象满意度指标10%。如有特殊情况，一级指标权重
//! 可做适当调整”). A warning, for adjustment is allowed; `level1Weights: null` switches it off.
//! Only the groups present are compared (a missing group is the `missing-*` rules' business);
//! a group the profile has no key for (成本指标 as level 1 on the 2021 tree) leaves the scheme
//! unchecked, unless the profile gives 绩效指标 as a whole (the Sichuan 510000_0013zp layout:
//! 绩效指标 90 · 预算执行 10), which is then compared with all the rows. Rows whose 分值 is not a
//! number leave it unchecked. Source: LIFECYCLE.md §4.2 rule 20 and §3.7 (E); §3.10 B: 产出 60,
//! 效益 25.

use crate::lifecycle::{weights, Num};
use crate::raw::ExecField;
use crate::rules::prelude::*;
use crate::taxonomy::level_key;

pub const RULE: Rule = Rule {
    id: RuleId::level1_weight_scheme,
    level: Level::Warning,
    stages: Stages::SELF_EVALUATION,
    title: Tr {
        zh: "一级指标分值不符合权重设置",
        en: "Level-1 weights differ from the scheme",
    },
    description: Tr {
        zh: "产出、效益、满意度指标和预算执行率的分值原则上为50、30、10、10分。",
        en: "Output, benefit, satisfaction and budget execution weigh 50, 30, 10 and 10 points unless there is a reason.",
    },
    check: Check::Table(check),
};

fn check(table: &Table, cx: &mut Context) {
    let Some(scheme) = &cx.profile.lifecycle.level1_weights else {
        return;
    };
    let points = |key: &str| {
        scheme
            .iter()
            .find(|(k, _)| level_key(k) == key)
            .map(|(_, p)| *p)
    };
    let Some(groups) = weights::groups(&table.indicators, table.header.framework) else {
        return;
    };
    if groups.is_empty() {
        return;
    }
    let sep = if cx.zh() { "、" } else { ", " };
    let zh = cx.zh();
    let describe = |name: &str, english: &str, has: Decimal, want: Decimal| {
        let (has, want) = (has.normalize(), want.normalize());
        if zh {
            format!("{name}{has}分（应为{want}分）")
        } else {
            format!("{name} ({english}) {has} (should be {want})")
        }
    };
    let mut off = Vec::new();
    if groups.iter().all(|g| points(&g.key).is_some()) {
        for g in &groups {
            let want = points(&g.key).unwrap_or_default();
            if g.weight != want {
                let english = g.level1.map_or("", |l| l.english());
                off.push(describe(&g.name, english, g.weight, want));
            }
        }
    } else if let Some(want) = points("绩效") {
        let all = groups
            .iter()
            .try_fold(Decimal::ZERO, |acc, g| acc.checked_add(g.weight));
        match all {
            Some(all) if all != want => {
                off.push(describe("绩效指标", "the indicators", all, want))
            }
            _ => {}
        }
    } else {
        return;
    }
    let scheme_text = scheme
        .iter()
        .map(|(k, p)| format!("{k}{}", p.normalize()))
        .collect::<Vec<_>>()
        .join(sep);
    if !off.is_empty() {
        let list = off.join(sep);
        let msg = tr!(
            cx,
            "一级指标分值与权重设置不一致：{list}。如无特殊情况，请按{scheme_text}分设置。",
            "Level-1 weights differ from the scheme: {list}. Unless there is a reason, weigh them {scheme_text}."
        );
        cx.report(Path::Indicators, msg);
    }
    // 预算执行's own 分值.
    let (Some(want), Some(has)) = (
        points("预算执行"),
        table
            .execution
            .as_ref()
            .and_then(|e| e.weight.as_ref().and_then(Num::value)),
    ) else {
        return;
    };
    if has != want {
        let (has, want) = (has.normalize(), want.normalize());
        let msg = tr!(
            cx,
            "预算执行率的分值为{has}分，权重设置为{want}分。如无特殊情况，请按{scheme_text}分设置。",
            "The execution rate (预算执行率) weighs {has}; the scheme gives it {want}. Unless there is a reason, weigh them {scheme_text}."
        );
        cx.report(Path::Exec(ExecField::Weight), msg);
    }
}

#[cfg(test)]
mod tests {
    use crate::profile::Profile;
    use crate::rules::testing::*;

    const ID: &str = "level1-weight-scheme";

    #[test]
    fn hit_worked_example_b() {
        // 产出 60, 效益 25 against 50 / 30.
        let t = weights_over_100();
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators");
        messages_contain(
            ID,
            &t,
            &["产出指标60分（应为50分）、效益指标25分（应为30分）", "产出指标50"],
            &["产出指标 (output) 60 (should be 50)"],
        );
        assert!(!d.message.contains("满意度指标10分（"), "{}", d.message);
    }

    #[test]
    fn hit_the_budget_weight() {
        let mut t = self_evaluation();
        t.execution.as_mut().unwrap().weight = Some("20".into());
        assert_eq!(paths(ID, &t), ["execution.weight"]);
    }

    #[test]
    fn sichuan_indicators_as_a_whole() {
        // 绩效指标 90 · 预算执行 10: the groups are not compared one by one.
        let mut p = Profile::default();
        p.lifecycle.level1_weights = Some(vec![
            ("绩效指标".into(), 90.into()),
            ("预算执行".into(), 10.into()),
        ]);
        assert!(run_with(ID, &self_evaluation(), &p).is_empty());
        let d = run_with(ID, &weights_over_100(), &p);
        assert_eq!(paths_of(&d), ["indicators"]);
        assert!(d[0].message.contains("绩效指标95分（应为90分）"), "{}", d[0].message);
    }

    #[test]
    fn near_misses() {
        // §3.10 A: 产出 50 / 效益 30 / 满意度 10 / 预算执行 10.
        assert!(run(ID, &self_evaluation()).is_empty());
        // Switched off; a group the scheme does not know (成本指标 at level 1); a weight that
        // is not a number.
        let mut p = Profile::default();
        p.lifecycle.level1_weights = None;
        assert!(run_with(ID, &weights_over_100(), &p).is_empty());
        let mut t = weights_over_100();
        t.indicators[5].level1 = "成本指标".into();
        t.indicators[5].level2 = "经济成本指标".into();
        assert!(run(ID, &t).is_empty());
        let mut t = weights_over_100();
        t.indicators[0].weight = "十".into();
        assert!(run(ID, &t).is_empty());
        // Only the groups present: a table without satisfaction rows is not asked for them.
        let mut t = self_evaluation();
        t.indicators.pop();
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &monitoring()).is_empty());
    }
}
