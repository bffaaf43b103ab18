//! What a later form computes from its own cells, for a page to show beside what was typed
//! (`computed(table, options)` of `jixiao/lifecycle`): the execution rate, its light and its
//! score, each row's completion, expected score and light, the total and its grade, the month
//! and time progress. Every value comes from the functions the rules test with
//! ([`super::execution`], [`super::light`], [`super::score`], [`super::grade`]); `None` (JS
//! `null`) where a value cannot be computed from the cells as typed.

use super::{execution, light, score, Grade, LifecycleOptions, Light};
use crate::indicator::Indicator;
use crate::raw::Stage;
use crate::table::Table;
use rust_decimal::Decimal;
use serde::Serialize;

/// What a later form computes (LIFECYCLE.md §3). Decimals are strings (`"0.9731"`, `"9.41"`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(
    all(target_arch = "wasm32", feature = "lifecycle"),
    derive(tsify::Tsify)
)]
#[serde(rename_all = "camelCase")]
pub struct Computed {
    /// Which form the table is (`stage` as read).
    pub stage: Stage,
    /// The month a monitoring form reports to (`1-7月` → 7).
    #[cfg_attr(
        all(target_arch = "wasm32", feature = "lifecycle"),
        tsify(type = "number | null")
    )]
    pub month: Option<u32>,
    /// 序时进度 at that month, a fraction (`"0.5833…"` for 7).
    #[cfg_attr(
        all(target_arch = "wasm32", feature = "lifecycle"),
        tsify(type = "string | null")
    )]
    pub time_progress: Option<Decimal>,
    /// The execution block; `null` when the form has none.
    #[cfg_attr(
        all(target_arch = "wasm32", feature = "lifecycle"),
        tsify(type = "ComputedExecution | null")
    )]
    pub execution: Option<ComputedExecution>,
    /// One per row of `indicators`, in the same order.
    pub indicators: Vec<ComputedRow>,
    /// Self-evaluation: Σ of the rows' typed 得分 plus the typed 预算执行率 得分, what 总分 must be
    /// (`total-score-sum`); `null` when a score is not a number.
    #[cfg_attr(
        all(target_arch = "wasm32", feature = "lifecycle"),
        tsify(type = "string | null")
    )]
    pub total_score: Option<Decimal>,
    /// The grade of `totalScore` under the profile's bands (`grade-mismatch`).
    #[cfg_attr(
        all(target_arch = "wasm32", feature = "lifecycle"),
        tsify(type = "\"优\" | \"良\" | \"中\" | \"差\" | null")
    )]
    pub grade: Option<&'static str>,
}

/// The execution block's computed values.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(
    all(target_arch = "wasm32", feature = "lifecycle"),
    derive(tsify::Tsify)
)]
#[serde(rename_all = "camelCase")]
pub struct ComputedExecution {
    /// 执行率, a fraction (`"0.9731"`): 执行数 / 全年预算数, else the stated rate.
    #[cfg_attr(
        all(target_arch = "wasm32", feature = "lifecycle"),
        tsify(type = "string | null")
    )]
    pub rate: Option<Decimal>,
    /// Monitoring: the light of the rate against the time progress.
    #[cfg_attr(
        all(target_arch = "wasm32", feature = "lifecycle"),
        tsify(type = "LightName | null")
    )]
    pub light: Option<&'static str>,
    /// Self-evaluation: the score 预算执行率 earns (分值 × min(rate, 1)).
    #[cfg_attr(
        all(target_arch = "wasm32", feature = "lifecycle"),
        tsify(type = "string | null")
    )]
    pub score: Option<Decimal>,
}

/// One row's computed values.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(
    all(target_arch = "wasm32", feature = "lifecycle"),
    derive(tsify::Tsify)
)]
#[serde(rename_all = "camelCase")]
pub struct ComputedRow {
    /// The fraction of the target reached that scores (1 when met; a quantitative row only).
    #[cfg_attr(
        all(target_arch = "wasm32", feature = "lifecycle"),
        tsify(type = "string | null")
    )]
    pub completion: Option<Decimal>,
    /// Self-evaluation: the score the row earns by its actual (`s*`); `null` for qualitative rows.
    #[cfg_attr(
        all(target_arch = "wasm32", feature = "lifecycle"),
        tsify(type = "string | null")
    )]
    pub score: Option<Decimal>,
    /// Monitoring: the light the row earns at the form's month.
    #[cfg_attr(
        all(target_arch = "wasm32", feature = "lifecycle"),
        tsify(type = "LightName | null")
    )]
    pub light: Option<&'static str>,
}

/// What `table` computes under the lifecycle options `o`.
pub fn computed(table: &Table, o: &LifecycleOptions) -> Computed {
    let stage = table.header.stage;
    let evaluating = stage == Stage::SelfEvaluation;
    let month = table.header.month.filter(|_| stage == Stage::Monitoring);
    let indicators: Vec<ComputedRow> = table
        .indicators
        .iter()
        .map(|ind| row(ind, month, evaluating, o))
        .collect();
    let execution = table.execution.as_ref().map(|e| {
        let rate = light::execution_rate(e);
        ComputedExecution {
            rate,
            light: month
                .zip(rate)
                .map(|(m, r)| light::execution(r, m, o).english()),
            score: evaluating
                .then(|| execution::expected_score(e, o))
                .flatten(),
        }
    });
    let total_score = evaluating
        .then(|| execution::score_sum(table))
        .flatten()
        .map(|s| s.total);
    let grade = |t: Option<Decimal>| t.map(|t| Grade::of(t, o).name());
    Computed {
        stage,
        month,
        time_progress: month.map(light::time_progress),
        execution,
        grade: grade(total_score),
        total_score,
        indicators,
    }
}

fn row(ind: &Indicator, month: Option<u32>, evaluating: bool, o: &LifecycleOptions) -> ComputedRow {
    if !ind.has_name() || ind.is_empty_slot() {
        return ComputedRow::default();
    }
    let completion = (score::is_quantitative(ind))
        .then(|| {
            let (a, t) = (score::actual_number(ind)?, ind.number()?);
            score::fraction(score::Class::of(ind.operator.get(), true), a, t, o)
        })
        .flatten();
    ComputedRow {
        completion,
        score: evaluating.then(|| score::row_expected(ind, o)).flatten(),
        light: month
            .and_then(|m| light::of_row(ind, m, o))
            .map(Light::english),
    }
}

#[cfg(all(test, feature = "lifecycle"))]
mod tests {
    use super::*;
    use crate::profile::Profile;

    fn d(s: &str) -> Option<Decimal> {
        Some(s.parse().unwrap())
    }

    /// LIFECYCLE.md §3.10 A: the rows' s*, the budget score 9.73, the total 89.73 → 良.
    #[test]
    fn worked_example_a() {
        let p = Profile::default();
        let t = Table::parse(&crate::rules::testing::self_evaluation(), vec![], &p);
        let c = computed(&t, &p.lifecycle);
        assert_eq!(c.stage, Stage::SelfEvaluation);
        assert_eq!(c.month, None);
        let e = c.execution.as_ref().unwrap();
        assert_eq!(e.score, d("9.73"));
        assert_eq!(e.light, None);
        let scores: Vec<Option<Decimal>> = c.indicators.iter().map(|r| r.score).collect();
        let want = ["10", "5", "5", "9.41", "10", "5", "", "", "10"];
        for (i, (got, want)) in scores.iter().zip(want).enumerate() {
            assert_eq!(
                *got,
                (!want.is_empty()).then(|| want.parse().unwrap()),
                "row {i}"
            );
        }
        assert!(c.indicators.iter().all(|r| r.light.is_none()));
        assert_eq!(c.total_score, d("89.73"));
        assert_eq!(c.grade, Some("良"));
    }

    /// LIFECYCLE.md §3.10 D: month 7, the execution light red, the rows yellow and green.
    #[test]
    fn worked_example_d() {
        let p = Profile::default();
        let t = Table::parse(&crate::rules::testing::monitoring(), vec![], &p);
        let c = computed(&t, &p.lifecycle);
        assert_eq!(c.stage, Stage::Monitoring);
        assert_eq!(c.month, Some(7));
        assert_eq!(c.time_progress, Some(light::time_progress(7)));
        let e = c.execution.as_ref().unwrap();
        assert_eq!(e.light, Some("red"));
        assert_eq!(e.score, None);
        let lights: Vec<_> = c.indicators.iter().map(|r| r.light).collect();
        assert_eq!(lights, [Some("yellow"), Some("green")]);
        assert_eq!(c.total_score, None);
        assert_eq!(c.grade, None);
    }
}
