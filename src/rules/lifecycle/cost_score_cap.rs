//! `cost-score-cap` — 默认成本指标得分超过上限.
//!
//! 山西: a project that filed no 成本指标 in its target table is given a default cost indicator in
//! the self-evaluation, which may score at most `costDefaultMaxScore` (5) — “未填报成本指标的
//! 项目，成本指标得分不得超过5分” — so that leaving cost out does not pay. Only with the option set
//! (other provinces have no such cap), and only when the approved target table is given beside
//! the self-evaluation (`approved`): it tells whether cost was filed; the vendor marks the
//! default row with a flag the contract does not carry. Every cost row of the self-evaluation
//! is then the default one, and a score above the cap is reported at the score. Source:
//! LIFECYCLE.md §4.2 rule 25 — C: 山西 `wfstatus == "1" && score > 5` (id 54504033813).

use crate::lifecycle::weights;
use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::cost_score_cap,
    level: Level::Error,
    stages: Stages::SELF_EVALUATION,
    title: Tr {
        zh: "默认成本指标得分超过上限",
        en: "A default cost indicator scores above its cap",
    },
    description: Tr {
        zh: "绩效目标未填报成本指标的项目，成本指标得分不得超过规定上限。",
        en: "Where the target table filed no cost indicator, the default cost indicator may not score above the cap.",
    },
    check: Check::Table(check),
};

fn check(table: &Table, cx: &mut Context) {
    let (Some(cap), Some(approved)) = (
        cx.profile.lifecycle.cost_default_max_score,
        cx.profile.approved.as_ref(),
    ) else {
        return;
    };
    let filed_cost = approved
        .indicators
        .iter()
        .enumerate()
        .map(|(i, r)| Indicator::parse(i, r))
        .any(|r| !r.is_empty_slot() && r.is_cost());
    if filed_cost || approved.indicators.is_empty() {
        return;
    }
    for row in weights::weighted_rows(&table.indicators) {
        if !row.is_cost() {
            continue;
        }
        let Some(score) = row.progress.as_ref().and_then(|p| p.score.as_ref()?.value()) else {
            continue;
        };
        if score <= cap {
            continue;
        }
        let label = cx.row(row.index);
        let cap = cap.normalize();
        let msg = tr!(
            cx,
            "{label}是为未填报成本指标的项目设置的默认成本指标，得分{score}分，不得超过{cap}分。",
            "{label} is the default cost indicator of a project whose target table filed none; it scores {score}, and may score at most {cap}."
        );
        cx.report(Path::Cell(row.index, Column::Score), msg);
    }
}

#[cfg(test)]
mod tests {
    use crate::profile::Profile;
    use crate::raw::RawTable;
    use crate::rules::testing::*;
    use std::sync::Arc;

    const ID: &str = "cost-score-cap";

    /// 山西: cap 5, the approved table given.
    fn shanxi(approved: RawTable) -> Profile {
        let mut p = Profile::default();
        p.lifecycle.cost_default_max_score = Some(5.into());
        p.approved = Some(Arc::new(approved));
        p
    }

    /// The approved targets of §3.10 A without its cost row, and the self-evaluation's default
    /// cost row scored 8 of 10.
    fn without_cost() -> (RawTable, RawTable) {
        let mut approved = self_evaluation();
        approved.stage = crate::raw::Stage::Target;
        approved.execution = None;
        approved.indicators.remove(5);
        let mut t = self_evaluation();
        t.indicators[5] = se_row(
            "产出指标",
            "成本指标",
            "项目成本控制",
            "≤",
            "6.70",
            "万元",
            "10",
            "6.52",
            "8",
            "",
        );
        (approved, t)
    }

    #[test]
    fn hit_the_default_cost_row() {
        let (approved, t) = without_cost();
        let d = run_with(ID, &t, &shanxi(approved));
        assert_eq!(paths_of(&d), ["indicators.5.score"]);
        assert!(
            d[0].message.contains("第6行（项目成本控制）") && d[0].message.contains("不得超过5分"),
            "{}",
            d[0].message
        );
    }

    #[test]
    fn near_misses() {
        // Off by default, and without the approved table.
        let (approved, mut t) = without_cost();
        assert!(run(ID, &t).is_empty());
        let mut p = shanxi(approved.clone());
        p.approved = None;
        assert!(run_with(ID, &t, &p).is_empty());
        // At the cap.
        t.indicators[5].score = Some("5".into());
        assert!(run_with(ID, &t, &shanxi(approved)).is_empty());
        // Cost was filed in the target table: §3.10 A against itself.
        let mut filed = self_evaluation();
        filed.stage = crate::raw::Stage::Target;
        let (_, t) = without_cost();
        assert!(run_with(ID, &t, &shanxi(filed)).is_empty());
        assert!(run(ID, &self_evaluation()).is_empty());
    }
}
