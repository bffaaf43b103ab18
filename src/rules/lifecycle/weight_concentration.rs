//! `weight-concentration` — 单个指标分值过于集中.
//!
//! One row carries more than `maxRowWeightShare` (half by default) of a level-1 group of three
//! rows or more, or more than 30 points on its own: the score then hangs on one indicator, and
//! the others are there for form's sake. Needs judgement (info): weights are to follow the
//! indicators' importance, which a reviewer weighs. Source: LIFECYCLE.md §4.2 rule 22 — 10号 as
//! recalled, “二、三级指标应当根据指标重要程度…综合确定” (E; the thresholds are E too).

use crate::lifecycle::light::percent;
use crate::lifecycle::weights;
use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::weight_concentration,
    level: Level::Info,
    stages: Stages::SELF_EVALUATION,
    title: Tr {
        zh: "单个指标分值过于集中",
        en: "One indicator carries most of the weight",
    },
    description: Tr {
        zh: "分值应按指标重要程度在各指标间分配，不宜集中在一个指标上。",
        en: "Weights should follow the indicators' importance, not rest on one of them.",
    },
    check: Check::Table(check),
};

/// Points beyond which one row carries too much, whatever its group.
const MAX_ROW_POINTS: i64 = 30;

fn check(table: &Table, cx: &mut Context) {
    let share = cx.profile.lifecycle.max_row_weight_share;
    let groups = weights::groups(&table.indicators, table.header.framework).unwrap_or_default();
    for row in weights::weighted_rows(&table.indicators) {
        let Some(w) = row.weight.get() else {
            continue;
        };
        let i = row.index;
        let label = cx.row(i);
        let points = w.normalize();
        let group = groups.iter().find(|g| {
            g.rows.len() >= 3
                && g.rows.contains(&i)
                && g.weight > Decimal::ZERO
                && share.checked_mul(g.weight).is_some_and(|most| w > most)
        });
        let shares = group.and_then(|g| {
            let pct = percent(w.checked_div(g.weight)?, 2)?.normalize();
            Some((g, pct, percent(share, 2)?.normalize()))
        });
        let msg = match shares {
            Some((g, pct, max)) => {
                let name = &g.name;
                let english = g.level1.map_or("", |l| l.english());
                let total = g.weight.normalize();
                tr!(
                    cx,
                    "{label}分值{points}分，占{name}{total}分的{pct}%，超过{max}%。请按指标重要程度在各指标间分配分值。",
                    "{label} weighs {points} of the {total} of {name} ({english}), {pct}%, more than {max}%. Spread the weights by the indicators' importance."
                )
            }
            None if w > Decimal::from(MAX_ROW_POINTS) => tr!(
                cx,
                "{label}分值{points}分，超过{MAX_ROW_POINTS}分。请按指标重要程度在各指标间分配分值。",
                "{label} weighs {points}, more than {MAX_ROW_POINTS} points. Spread the weights by the indicators' importance."
            ),
            None => continue,
        };
        cx.report(Path::Cell(i, Column::Weight), msg);
    }
}

#[cfg(test)]
mod tests {
    use crate::diagnostic::Severity;
    use crate::profile::Profile;
    use crate::rules::testing::*;

    const ID: &str = "weight-concentration";

    #[test]
    fn hit_most_of_a_group() {
        // 产出 50 over six rows, 30 of it on the first (60 %).
        let mut t = self_evaluation();
        for (r, w) in t.indicators.iter_mut().zip(["30", "4", "4", "4", "4", "4"]) {
            r.weight = w.into();
        }
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.0.weight");
        assert_eq!(d.severity, Severity::Info);
        messages_contain(
            ID,
            &t,
            &["第1行（组织宣传活动次数）分值30分，占产出指标50分的60%，超过50%"],
            &["60%", "output"],
        );
    }

    #[test]
    fn hit_over_thirty_points() {
        // 效益 has two rows; 35 points on one is too many anyway.
        let mut t = self_evaluation();
        t.indicators[6].weight = "35".into();
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.6.weight");
        assert!(d.message.contains("超过30分"), "{}", d.message);
    }

    #[test]
    fn near_misses() {
        // §3.10 A and B: no row above half of a group of three or more, none above 30.
        assert!(run(ID, &self_evaluation()).is_empty());
        assert!(run(ID, &weights_over_100()).is_empty());
        // Half exactly is not more; two-row groups are not judged by share.
        let mut t = self_evaluation();
        for (r, w) in t.indicators.iter_mut().zip(["25", "5", "5", "5", "5", "5"]) {
            r.weight = w.into();
        }
        assert!(run(ID, &t).is_empty());
        let mut t = self_evaluation();
        t.indicators[6].weight = "25".into();
        t.indicators[7].weight = "5".into();
        assert!(run(ID, &t).is_empty());
        // A larger share allowed by the profile.
        let mut t = self_evaluation();
        for (r, w) in t.indicators.iter_mut().zip(["30", "4", "4", "4", "4", "4"]) {
            r.weight = w.into();
        }
        let mut p = Profile::default();
        p.lifecycle.max_row_weight_share = "0.7".parse().unwrap();
        assert!(run_with(ID, &t, &p).is_empty());
    }
}
