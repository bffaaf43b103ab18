//! `level1-weight-label` — 一级指标标注的分值与下级分值合计不符.
//!
//! A level-1 cell that states its points — `产出指标（50分）`, `成本指标(0-20)分` (a range: the rows
//! may add up to anything in it) — over rows whose 分值 add up to something else: the label or
//! the weights are wrong, and the form contradicts itself (the vendor blocks saving with
//! “…的下级指标权重录入合计应等于上级设置数”). The points are read from the cell as typed (the
//! taxonomy strips them, `taxonomy::level_key`); a group is the rows under one level 1, merged
//! cells left blank included. Reported at the level-1 cell that states the points; not while a
//! row of the group has no score yet (the group is being filled in), nor for the last group
//! falling short on a form without its 合计 (the rows after it may be cut off). Source:
//! LIFECYCLE.md §4.2 rule 21 and §2.4 (E); C: the weight roll-up check (id 54504033813,
//! 54806453799).

use crate::lifecycle::{weights, Num};
use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::level1_weight_label,
    level: Level::Warning,
    stages: Stages::SELF_EVALUATION,
    title: Tr {
        zh: "一级指标标注的分值与下级分值合计不符",
        en: "A level-1 label's points differ from its rows' weights",
    },
    description: Tr {
        zh: "一级指标标注的分值应等于其下各指标分值之和。",
        en: "The points a level-1 cell states must equal the sum of its rows' weights.",
    },
    check: Check::Table(check),
};

fn check(table: &Table, cx: &mut Context) {
    let Some(groups) = weights::groups(&table.indicators, table.header.framework) else {
        return;
    };
    let last = weights::weighted_rows(&table.indicators)
        .last()
        .map(|r| r.index);
    for g in &groups {
        let Some(((lo, hi), at)) = g.stated else {
            continue;
        };
        if g.weight >= lo && g.weight <= hi {
            continue;
        }
        // A row still without its score (score-missing's): the group is being filled in.
        let unscored = g.rows.iter().any(|&i| {
            table.indicators[i]
                .progress
                .as_ref()
                .is_some_and(|p| p.score.as_ref().is_some_and(Num::is_blank))
        });
        // The last group short of its points on a form without its 合计: rows may be cut off.
        let cut = g.weight < lo
            && last.is_some_and(|l| g.rows.contains(&l))
            && table.header.total_weight.is_none();
        if unscored || cut {
            continue;
        }
        let label = table.indicators[at].raw.level1.trim();
        let sum = g.weight.normalize();
        let n = g.rows.len();
        let english = g.level1.map_or("", |l| l.english());
        let points = if lo == hi {
            format!("{}", lo.normalize())
        } else {
            format!("{}-{}", lo.normalize(), hi.normalize())
        };
        let msg = tr!(
            cx,
            "一级指标“{label}”标注{points}分，其下{n}个指标的分值合计为{sum}分。请使标注与分值合计一致。",
            "The level 1 “{label}” ({english}) states {points} points, but the weights of its {n} indicators add up to {sum}. Make the label and the weights agree."
        );
        cx.report(Path::Cell(at, Column::Level1), msg);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "level1-weight-label";

    #[test]
    fn hit_a_label_over_other_weights() {
        // 产出指标（50分） over 10+20+5+5+10+10 = 60.
        let mut t = weights_over_100();
        for r in &mut t.indicators[..6] {
            r.level1 = "产出指标（50分）".into();
        }
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.0.level1");
        messages_contain(
            ID,
            &t,
            &["“产出指标（50分）”标注50分", "6个指标的分值合计为60分"],
            &["states 50 points", "60"],
        );
    }

    #[test]
    fn hit_outside_a_range() {
        let mut t = self_evaluation();
        t.indicators[5].level1 = "成本指标(0-3)分".into();
        t.indicators[5].level2 = "经济成本指标".into();
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.5.level1");
        assert!(d.message.contains("标注0-3分"), "{}", d.message);
    }

    #[test]
    fn near_misses() {
        // §3.10 B (§6 “labels equal their rows”): （60分） and （25分）.
        assert!(run(ID, &weights_over_100()).is_empty());
        // No labels; a range that holds the sum; merged cells left blank below the label.
        assert!(run(ID, &self_evaluation()).is_empty());
        let mut t = self_evaluation();
        t.indicators[5].level1 = "成本指标(0-20)分".into();
        t.indicators[5].level2 = "经济成本指标".into();
        assert!(run(ID, &t).is_empty());
        let mut t = weights_over_100();
        for r in &mut t.indicators[1..6] {
            r.level1 = String::new();
        }
        assert!(run(ID, &t).is_empty());
        // A row of the group without its score yet; the last group short of its points on a
        // form without its 合计 (s17: cut after 18 of 效益指标(30分)).
        let mut t = weights_over_100();
        for r in &mut t.indicators[..6] {
            r.level1 = "产出指标（50分）".into();
        }
        t.indicators[2].score = Some(String::new());
        assert!(run(ID, &t).is_empty());
        let mut t = weights_over_100();
        t.indicators.truncate(7);
        t.indicators[6].level1 = "效益指标（25分）".into();
        t.total_weight = None;
        assert!(run(ID, &t).is_empty());
        t.total_weight = Some("100".into());
        assert_eq!(paths(ID, &t), ["indicators.6.level1"], "with its 合计 the form is whole");
        // A weight that is not a number: no sum.
        let mut t = weights_over_100();
        for r in &mut t.indicators[..6] {
            r.level1 = "产出指标（50分）".into();
        }
        t.indicators[1].weight = "二十".into();
        assert!(run(ID, &t).is_empty());
    }
}
