//! `execution-rate-mismatch` — 执行率与执行数、预算数不符.
//!
//! The stated 执行率 is not 执行数 ÷ 全年(调整后)预算数 at the precision it is written with
//! (LIFECYCLE.md §3.2: rounded or truncated — `66.67%`, `66.66%` and `67%` all agree with
//! 15.00 / 22.50; no % sign is percent points, a value ≤ 1 may be the fraction). The rate
//! decides the budget's score, so a rate that the money does not give is an arithmetic error
//! (a 准确 finding of 自评抽审). Checked on the total row and on each funding source's own
//! cells; a budget of 0 has no rate (`execution-over-budget`'s business when money was spent),
//! and N/A rows (`—`, an unused fund's `0.00%` over 0.00) are not rates. The fix writes the
//! computed rate at the stated decimals, with the % sign as written. Source: LIFECYCLE.md §4.3
//! rule 28 — C: `bgtget = amt4 / amt3 × 100` (id 54806453799); D: the Sichuan note
//! (预算执行数 ÷ 调整后预算数), 执行率(B/A) of the 衔接资金 and Hunan layouts.

use crate::lifecycle::{execution, Num};
use crate::raw::ExecField;
use crate::rules::prelude::*;
use rust_decimal::RoundingStrategy;

pub const RULE: Rule = Rule {
    id: RuleId::execution_rate_mismatch,
    level: Level::Error,
    stages: Stages::LIFECYCLE,
    title: Tr {
        zh: "执行率与执行数、预算数不符",
        en: "The execution rate does not follow from the amounts",
    },
    description: Tr {
        zh: "执行率应等于执行数除以全年预算数（按填写的小数位）。",
        en: "The execution rate must be spending divided by the annual budget, at the decimals written.",
    },
    check: Check::Table(check),
};

fn check(table: &Table, cx: &mut Context) {
    let Some(e) = &table.execution else {
        return;
    };
    row(cx, None, &e.executed, &e.annual_budget, &e.rate);
    for (i, s) in e.sources.iter().flatten().enumerate() {
        row(cx, Some((i, &s.name)), &s.executed, &s.annual_budget, &s.rate);
    }
}

/// One row: the total (`source` None) or source `i`.
fn row(
    cx: &mut Context,
    source: Option<(usize, &str)>,
    executed: &Option<Num>,
    annual: &Option<Num>,
    rate: &Option<Num>,
) {
    let (Some(stated @ Num::Number { .. }), Some(x), Some(a)) = (
        rate.as_ref(),
        executed.as_ref().and_then(Num::value),
        annual.as_ref().and_then(Num::value),
    ) else {
        return;
    };
    let Some(fraction) = execution::rate(x, a) else {
        return;
    };
    if execution::rate_matches(stated, fraction) {
        return;
    }
    let Some(fix) = written_like(stated, fraction) else {
        return;
    };
    let Some(percent) = fraction.checked_mul(Decimal::ONE_HUNDRED) else {
        return;
    };
    let percent = percent
        .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
        .normalize();
    let written = match rate {
        Some(Num::Number {
            value, percent: p, ..
        }) => format!("{value}{}", if *p { "%" } else { "" }),
        _ => return,
    };
    let (zh_row, en_row, path) = match source {
        None => (
            "年度资金总额".to_string(),
            "The total row".to_string(),
            Path::Exec(ExecField::Rate),
        ),
        Some((i, name)) => {
            let name = execution::source_label(name);
            (
                format!("资金来源“{name}”"),
                format!("The source “{name}”"),
                Path::Source(i, Some(ExecField::Rate)),
            )
        }
    };
    let msg = tr!(
        cx,
        "{zh_row}的执行率填写为{written}，按执行数{x}÷全年预算数{a}计算应为{percent}%。",
        "{en_row}: the execution rate is written {written}, but spending {x} over the annual budget {a} gives {percent}%."
    );
    let label = tr!(cx, "改为 {fix}", "Change to {fix}");
    cx.report(path, msg).fix(path, fix.clone(), label);
}

/// The computed rate written as the stated one is: its decimals, its % sign; a stated value
/// without the sign that is nearer the fraction than the percentage is written as a fraction.
fn written_like(stated: &Num, fraction: Decimal) -> Option<String> {
    let Num::Number {
        value,
        percent,
        decimals,
    } = *stated
    else {
        return None;
    };
    let points = fraction.checked_mul(Decimal::ONE_HUNDRED)?;
    let gap = |x: Decimal| value.checked_sub(x).map(|d| d.abs());
    let as_fraction = !percent
        && matches!((gap(fraction), gap(points)), (Some(f), Some(p)) if f < p);
    let mut v = if as_fraction { fraction } else { points }
        .round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero);
    v.rescale(decimals);
    Some(format!("{v}{}", if percent { "%" } else { "" }))
}

#[cfg(test)]
mod tests {
    use crate::raw::RawTable;
    use crate::rules::testing::*;

    const ID: &str = "execution-rate-mismatch";

    fn rate(total: &str) -> RawTable {
        let mut t = self_evaluation();
        t.execution.as_mut().unwrap().rate = Some(total.into());
        t
    }

    /// 调研信息费 15.00 / 22.50 (§3.2, §6), rate as written.
    fn research(rate: &str) -> RawTable {
        let mut t = self_evaluation();
        let e = t.execution.as_mut().unwrap();
        e.initial_budget = Some("22.50".into());
        e.annual_budget = Some("22.50".into());
        e.executed = Some("15.00".into());
        e.rate = Some(rate.into());
        e.score = Some("6.67".into());
        e.sources = None;
        t
    }

    #[test]
    fn hit_the_lifecycle_example() {
        // 6.52 / 6.70 stated "98.00%" → "97.31%".
        let t = rate("98.00%");
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "execution.rate");
        assert_eq!(fix_of(&d), ("execution.rate".into(), Some("97.31%")));
        messages_contain(
            ID,
            &t,
            &["年度资金总额的执行率填写为98.00%", "6.52÷全年预算数6.70", "97.31%"],
            &["98.00%", "97.31%"],
        );
        fixes_clear(ID, &t, &[d]);
    }

    #[test]
    fn the_fix_is_written_as_the_rate_was() {
        let fix = |t: &RawTable| fix_of(&only(ID, t)).1.map(str::to_string);
        assert_eq!(fix(&research("65.00%")), Some("66.67%".into()));
        assert_eq!(fix(&research("65")), Some("67".into()), "percent points");
        assert_eq!(fix(&research("65.0")), Some("66.7".into()));
        assert_eq!(fix(&research("0.65")), Some("0.67".into()), "a fraction");
        assert_eq!(fix(&research("65％")), Some("67%".into()));
    }

    #[test]
    fn hit_a_source_row() {
        let mut t = self_evaluation();
        t.execution.as_mut().unwrap().sources.as_mut().unwrap()[0].rate = Some("95.00%".into());
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "execution.sources.0.rate");
        assert!(d.message.starts_with("资金来源“本年财政拨款”"), "{}", d.message);
        assert_eq!(fix_of(&d).1, Some("97.31%"));
    }

    #[test]
    fn near_misses() {
        // §3.10 A: 97.31% ✓, with or without the sign, or as a fraction.
        for ok in ["97.31%", "97.31", "0.9731", "97.3%", "97%"] {
            assert!(run(ID, &rate(ok)).is_empty(), "{ok}");
        }
        // §6 rate precision: 66.67 %, 66.66 % and 67 % all agree with 15.00 / 22.50.
        for ok in ["66.67%", "66.66%", "67%"] {
            assert!(run(ID, &research(ok)).is_empty(), "{ok}");
        }
        // §6 unused fund rows: 0.00 / 0.00 / 0.00 / "0.00%", or — throughout.
        let mut t = self_evaluation();
        t.execution.as_mut().unwrap().sources.as_mut().unwrap()[1] = crate::raw::RawSource {
            name: "专项债券资金".into(),
            initial_budget: Some("0.00".into()),
            annual_budget: Some("0.00".into()),
            executed: Some("0.00".into()),
            rate: Some("0.00%".into()),
        };
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &self_evaluation()).is_empty());
        assert!(run(ID, &monitoring()).is_empty());
        // §3.10 C: each stated rate matches its own row, though the total is off.
        let mut t = self_evaluation();
        let e = t.execution.as_mut().unwrap();
        for (cell, v) in [
            (&mut e.initial_budget, "110.07"),
            (&mut e.annual_budget, "110.07"),
            (&mut e.executed, "103.46"),
            (&mut e.rate, "93.99%"),
        ] {
            *cell = Some(v.into());
        }
        let s = e.sources.as_mut().unwrap();
        s[0].initial_budget = Some("110.07".into());
        s[0].annual_budget = Some("110.07".into());
        s[0].executed = Some("103.46".into());
        s[0].rate = Some("93.99%".into());
        s[1].initial_budget = Some("15.00".into());
        s[1].annual_budget = Some("15.00".into());
        s[1].executed = Some("15.00".into());
        s[1].rate = Some("100.00%".into());
        assert!(run(ID, &t).is_empty());
        // No rate cell, a blank or N/A rate, a text rate: other rules' or nothing to check.
        for r in [None, Some(""), Some("—"), Some("约97%")] {
            let mut t = self_evaluation();
            t.execution.as_mut().unwrap().rate = r.map(Into::into);
            assert!(run(ID, &t).is_empty(), "{r:?}");
        }
    }
}
