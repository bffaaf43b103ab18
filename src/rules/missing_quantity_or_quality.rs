//! `missing-quantity-or-quality` — 产出指标缺少数量或质量指标.
//!
//! Finds a table whose output rows have no 数量指标 (how much) or no 质量指标 (how good). An
//! output target with only one side can be met trivially — many units done badly, or a few
//! done well — and reviewers ask for both as the core of 细化量化. Advisory. Source: 财预
//! 〔2020〕10号 and 财预〔2021〕101号 (产出 → 数量 · 质量 · 时效); DOMAIN.md (what the indicator
//! types mean). A table without output rows is `missing-output-indicator`'s.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::missing_quantity_or_quality,
    level: Level::Warning,
    title: Tr {
        zh: "产出指标缺少数量或质量指标",
        en: "Output has no quantity or no quality indicator",
    },
    description: Tr {
        zh: "产出指标应同时说明做多少（数量）和做多好（质量）。",
        en: "Output should say how much (quantity) and how good (quality).",
    },
    check: Check::Table(check),
};

fn check(table: &Table, cx: &mut Context) {
    let fw = cx.table.header.framework;
    let output: Vec<&Indicator> = table
        .indicators
        .iter()
        .filter(|i| !i.is_empty() && i.level1_or_implied(fw) == Some(Level1::Output))
        .collect();
    // A form without level 2s (the level 1 alone, or under a wrapper) cannot say either.
    let levels = output.iter().any(|i| !i.level1_in_level2 && !i.level2.is_blank());
    if output.is_empty() || !levels {
        return;
    }
    let has = |l2: Level2| output.iter().any(|i| i.level2.get() == Some(l2));
    let msg = match (has(Level2::Quantity), has(Level2::Quality)) {
        (true, true) => return,
        (false, false) => tr!(
            cx,
            "产出指标下既没有数量指标，也没有质量指标。请设置数量指标说明完成多少（如“完成…数量≥…个”），设置质量指标说明做到多好（如“…验收合格率≥95%”）。",
            "Output has neither a quantity nor a quality indicator. Add a quantity saying how much (e.g. “完成…数量 ≥ … 个”, number of … completed) and a quality saying how good (e.g. “…验收合格率 ≥ 95 %”, share of … passing inspection)."
        ),
        (false, true) => tr!(
            cx,
            "产出指标下没有数量指标。请设置数量指标说明要完成多少工作量或服务多少对象，如“完成…数量≥…个”“服务…人次≥…人次”。",
            "Output has no quantity indicator. Add one saying how much work is done or how many are served, e.g. “完成…数量 ≥ … 个” (number of … completed)."
        ),
        (true, false) => tr!(
            cx,
            "产出指标下没有质量指标。请设置质量指标说明要做到多好，如“…验收合格率≥95%”“…达标率＝100%”。",
            "Output has no quality indicator. Add one saying how good the work must be, e.g. “…验收合格率 ≥ 95 %” (share of … passing inspection)."
        ),
    };
    cx.report(Path::Indicators, msg);
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "missing-quantity-or-quality";

    #[test]
    fn no_quality() {
        let mut t = good();
        t.indicators.remove(1);
        assert_eq!(paths(ID, &t), ["indicators"]);
        messages_contain(ID, &t, &["没有质量指标"], &["no quality"]);
    }

    #[test]
    fn neither() {
        let mut t = good();
        t.indicators.drain(0..2);
        let d = run(ID, &t);
        assert_eq!(d.len(), 1, "one finding for both");
        assert!(d[0].message.contains("既没有数量指标，也没有质量指标"));
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // The seed's 专项印刷: 质量指标 / 质量指标 still counts as quality under output.
        t.indicators[1].level1 = "质量指标".into();
        assert!(run(ID, &t).is_empty());
        // No output rows at all: missing-output-indicator's.
        t.indicators.drain(0..4);
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
