//! The later forms of the year: 绩效运行监控 (monitoring, mid-year) and 绩效自评 (self-evaluation,
//! after the year) — their cells read once ([`reading`]), and the arithmetic reviewers and
//! budget systems do on them, in decimals: execution rate and its score ([`execution`]), time
//! progress and traffic lights ([`light`]), completion and the score each indicator earns
//! ([`score`]), and the grade of a total ([`grade`]). Source: ../shared/LIFECYCLE.md §3; the
//! profile's `lifecycle` options ([`LifecycleOptions`]) carry what provinces do differently.
//!
//! The functions are public so that a form can show what it computes beside what was typed
//! (the expected score, the light), and the rules in `src/rules/lifecycle/` use the same ones.

pub mod computed;
pub mod execution;
pub mod grade;
pub mod light;
pub mod narrative;
pub mod options;
pub mod reading;
pub mod score;
pub mod weights;

pub use computed::{computed, Computed};
pub use grade::Grade;
pub use light::Light;
pub use options::LifecycleOptions;
pub use reading::{Execution, Num, Progress, SourceRow};
pub use score::Class;

#[cfg(all(test, feature = "lifecycle"))]
mod worked_examples {
    //! LIFECYCLE.md §3.10 A and D, computed from the tables as read.
    use super::*;
    use crate::profile::Profile;
    use crate::table::Table;
    use rust_decimal::Decimal;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn a_self_evaluation() {
        let raw = crate::rules::testing::self_evaluation();
        let p = Profile::default();
        let o = &p.lifecycle;
        let t = Table::parse(&raw, vec![], &p);
        let e = t.execution.as_ref().unwrap();
        let rate = execution::rate(
            e.executed.as_ref().unwrap().value().unwrap(),
            e.annual_budget.as_ref().unwrap().value().unwrap(),
        )
        .unwrap();
        assert!(execution::rate_matches(e.rate.as_ref().unwrap(), rate));
        let budget_score = execution::score(d("10"), rate);
        assert_eq!(budget_score, d("9.73"));
        // s* per row (the qualitative rows have a band, not a value).
        let expected: Vec<Option<Decimal>> = t
            .indicators
            .iter()
            .map(|r| {
                let p = r.progress.as_ref().unwrap();
                let a = p.actual.as_ref()?.target.clone();
                let (crate::value::Target::Number(a), Some(t)) = (a, r.number()) else {
                    return None;
                };
                let class = Class::of(r.operator.get(), true);
                Some(score::expected(
                    p.weight.value()?,
                    score::fraction(class, a, t, o)?,
                ))
            })
            .collect();
        let want = ["10", "5", "5", "9.41", "10", "5", "", "", "10"];
        for (i, (got, want)) in expected.iter().zip(want).enumerate() {
            assert_eq!(*got, (!want.is_empty()).then(|| d(want)), "row {i}");
        }
        // Weights 90 + 10 = 100; scores 80 + 9.73 = 89.73 → 良.
        let weights: Decimal = t
            .indicators
            .iter()
            .filter_map(|r| r.progress.as_ref()?.weight.value())
            .sum();
        let scores: Decimal = t
            .indicators
            .iter()
            .filter_map(|r| r.progress.as_ref()?.score.as_ref()?.value())
            .sum();
        assert_eq!(weights + d("10"), d("100"));
        assert!(execution::total_matches(
            t.header.total_score.as_ref().unwrap(),
            scores + budget_score
        ));
        assert_eq!(Grade::of(scores + budget_score, o), Grade::Good);
        assert_eq!(
            Grade::parse(raw.grade.as_deref().unwrap()),
            Some(Grade::Good)
        );
    }

    #[test]
    fn d_monitoring() {
        let raw = crate::rules::testing::monitoring();
        let p = Profile::default();
        let o = &p.lifecycle;
        let t = Table::parse(&raw, vec![], &p);
        assert_eq!(t.header.month, Some(7));
        let e = t.execution.as_ref().unwrap();
        let rate = execution::rate(
            e.executed.as_ref().unwrap().value().unwrap(),
            e.annual_budget.as_ref().unwrap().value().unwrap(),
        )
        .unwrap();
        assert_eq!(light::execution(rate, 7, o), Light::Red);
        let lights: Vec<Light> = t
            .indicators
            .iter()
            .map(|r| {
                let p = r.progress.as_ref().unwrap();
                let crate::value::Target::Number(a) = p.actual.as_ref().unwrap().target else {
                    panic!("numeric actual")
                };
                // 维修数量 accumulates over the year; 维修合格率 (a rate) does not.
                let scaled = !r.is_percent();
                light::indicator(r.operator.get(), a, r.number().unwrap(), 7, scaled, o)
            })
            .collect();
        assert_eq!(lights, [Light::Yellow, Light::Green]);
        // As stated on the form.
        let stated: Vec<Option<Light>> = t
            .indicators
            .iter()
            .map(|r| Light::parse(r.progress.as_ref()?.light.as_deref()?))
            .collect();
        assert_eq!(stated, [Some(Light::Yellow), Some(Light::Green)]);
    }
    /// The table, execution and narrative rules of the self-evaluation on worked examples A, B
    /// and C (§3.10): exactly the findings listed there.
    #[test]
    fn table_rules_on_a_b_c() {
        const IDS: [&str; 22] = [
            "weights-sum",
            "cost-actual-vs-executed",
            "target-changed",
            "level1-weight-scheme",
            "level1-weight-label",
            "weight-concentration",
            "total-score-sum",
            "grade-mismatch",
            "cost-score-cap",
            "full-marks-low-execution",
            "execution-field-missing",
            "execution-rate-mismatch",
            "execution-over-budget",
            "execution-total-mismatch",
            "execution-score-mismatch",
            "execution-reason-missing",
            "budget-adjustment-unexplained",
            "guidance-text-left",
            "completion-copies-goal",
            "narrative-missing",
            "narrative-insufficient",
            "breakdown-sum-mismatch",
        ];
        let findings = |raw: &crate::raw::RawTable| -> Vec<String> {
            let p = Profile::default();
            let t = Table::parse(raw, vec![], &p);
            crate::rules::check(&t, &p)
                .into_iter()
                .filter(|d| IDS.contains(&d.rule.as_str()))
                .map(|d| format!("{}@{}", d.rule, d.path))
                .collect()
        };
        assert!(findings(&crate::rules::testing::self_evaluation()).is_empty());
        assert_eq!(
            findings(&crate::rules::testing::weights_over_100()),
            [
                "level1-weight-scheme@indicators",
                "weights-sum@totalWeight",
                "total-score-sum@totalScore"
            ]
        );
        // C: 办公楼维修维护, the total row left at the 本年财政拨款 amounts.
        let mut c = crate::rules::testing::self_evaluation();
        let e = c.execution.as_mut().unwrap();
        for (cell, v) in [
            (&mut e.initial_budget, "110.07"),
            (&mut e.annual_budget, "110.07"),
            (&mut e.executed, "103.46"),
            (&mut e.rate, "93.99%"),
            (&mut e.score, "9.40"),
        ] {
            *cell = Some(v.into());
        }
        let s = e.sources.as_mut().unwrap();
        for (i, cells) in [
            ["110.07", "110.07", "103.46", "93.99%"],
            ["15.00", "15.00", "15.00", "100.00%"],
        ]
        .iter()
        .enumerate()
        {
            s[i].initial_budget = Some(cells[0].into());
            s[i].annual_budget = Some(cells[1].into());
            s[i].executed = Some(cells[2].into());
            s[i].rate = Some(cells[3].into());
        }
        c.total_score = Some("89.40".into());
        assert_eq!(findings(&c), ["execution-total-mismatch@execution"]);
    }
    /// The self-evaluation's table rules on cells at Decimal's bounds: nothing panics.
    #[test]
    fn table_rules_survive_extreme_cells() {
        let extremes = [
            "79228162514264337593543950335",
            "-79228162514264337593543950335",
            "0.0000000000000000000000000001",
            "0",
            "-5",
            "",
            "—",
            "满分",
        ];
        let p = Profile {
            approved: Some(std::sync::Arc::new(
                crate::rules::testing::weights_over_100(),
            )),
            ..Profile::default()
        };
        for (i, x) in extremes.iter().enumerate() {
            let y = extremes[(i + 3) % extremes.len()];
            for mut t in [
                crate::rules::testing::self_evaluation(),
                crate::rules::testing::weights_over_100(),
            ] {
                let e = t.execution.as_mut().unwrap();
                e.initial_budget = Some(y.into());
                e.annual_budget = Some(y.into());
                e.executed = Some(x.to_string());
                e.rate = Some(format!("{x}%"));
                e.weight = Some(y.into());
                e.score = Some(x.to_string());
                e.reason = Some(String::new());
                if let Some(s) = e.sources.as_mut() {
                    s[0].executed = Some(y.into());
                    s[1].annual_budget = Some(x.to_string());
                }
                for (j, r) in t.indicators.iter_mut().enumerate() {
                    r.weight = if j % 2 == 0 { x } else { y }.to_string();
                    r.score = Some(x.to_string());
                    r.actual = Some(y.into());
                    r.initial_value = Some(x.to_string());
                }
                t.indicators[5].name = "项目总成本".into();
                t.indicators[5].unit = "万元".into();
                t.total_weight = Some(x.to_string());
                t.total_score = Some(y.into());
                t.overall_goal = format!("预算{x}万元，其中{y}万元用于A，{x}万元用于B。");
                t.problems = Some(String::new());
                let table = Table::parse(&t, vec![], &p);
                let _ = crate::rules::check(&table, &p);
            }
        }
    }
}
