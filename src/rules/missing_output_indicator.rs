//! `missing-output-indicator` — 缺少产出指标.
//!
//! Finds a table with indicators but none under 产出指标 (output). Outputs — how much, how
//! good, how soon — are what the money directly buys and what mid-year monitoring checks; a
//! table without them cannot be monitored. Source: the budget-integration system's mandatory
//! check (强制性审核) “at least one level-3 row under 产出 and under 效益”; 财预〔2020〕10号.
//! A row counts by its level 1, or by the level 1 its level 2 implies when the level-1 cell
//! is empty or wrong (those cells are reported by `required-field` / `unknown-level1`). An
//! empty table is `no-indicators`'s.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::missing_output_indicator,
    level: Level::Error,
    title: Tr {
        zh: "缺少产出指标",
        en: "No output indicator",
    },
    description: Tr {
        zh: "产出指标下至少要有一个三级指标。",
        en: "There must be at least one level-3 indicator under output.",
    },
    check: Check::Table(check),
};

fn check(table: &Table, cx: &mut Context) {
    if has_named(table, cx, Level1::Output) {
        return;
    }
    let msg = tr!(
        cx,
        "表中没有产出指标。请在一级指标“产出指标”下至少设置一个三级指标，说明项目要完成多少（数量指标）、做到多好（质量指标）、何时完成（时效指标），如“完成…数量≥…个”。",
        "The table has no output indicator. Add at least one under 产出指标 (output) saying how much (quantity), how good (quality) and by when (timeliness), e.g. “完成…数量 ≥ … 个” (number of … completed)."
    );
    cx.report(Path::Indicators, msg);
}

/// True when the table has no indicators (someone else's finding) or has a named row under
/// `level1`, counting rows by the level 1 their level 2 implies when theirs is missing.
pub(crate) fn has_named(table: &Table, cx: &Context, level1: Level1) -> bool {
    let fw = cx.table.header.framework;
    table.indicators.iter().all(Indicator::is_empty)
        || table
            .indicators
            .iter()
            .any(|i| !i.name.is_empty() && i.level1_or_implied(fw) == Some(level1))
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "missing-output-indicator";

    #[test]
    fn no_output_rows() {
        let mut t = good();
        t.indicators.drain(0..4);
        assert_eq!(paths(ID, &t), ["indicators"]);
        messages_contain(ID, &t, &["没有产出指标"], &["no output"]);
        // An output row without a name does not count.
        t.indicators.push(row(
            "产出指标",
            "数量指标",
            "",
            "≥",
            "1",
            "个",
            "2024年12月",
        ));
        assert_eq!(paths(ID, &t), ["indicators"]);
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        t.indicators.drain(1..4);
        // One output row is enough, even when its level 1 is only implied by its level 2.
        t.indicators[0].level1 = "".into();
        assert!(run(ID, &t).is_empty());
        t.indicators[0].level1 = "质量指标".into();
        assert!(run(ID, &t).is_empty());
        // No indicators at all is no-indicators'.
        t.indicators.clear();
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
