//! `missing-benefit-indicator` — 缺少效益指标.
//!
//! Finds a table with indicators but none under 效益指标 (benefit). Benefits — the economic,
//! social, ecological and lasting effects of the outputs — are why the money is spent; a
//! table of outputs alone says what is bought, not what it achieves. Source: the
//! budget-integration system's mandatory check (强制性审核) “at least one level-3 row under
//! 产出 and under 效益”; 中发〔2018〕34号 (效益 as the purpose of performance management).
//! Rows count as in `missing-output-indicator`; an empty table is `no-indicators`'s.

use crate::rules::missing_output_indicator::has_named;
use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::missing_benefit_indicator,
    level: Level::Error,
    title: Tr {
        zh: "缺少效益指标",
        en: "No benefit indicator",
    },
    description: Tr {
        zh: "效益指标下至少要有一个三级指标。",
        en: "There must be at least one level-3 indicator under benefit.",
    },
    check: Check::Table(check),
};

fn check(table: &Table, cx: &mut Context) {
    if has_named(table, cx, Level1::Benefit) {
        return;
    }
    let msg = tr!(
        cx,
        "表中没有效益指标。请在一级指标“效益指标”下至少设置一个三级指标，说明项目产出带来的经济、社会、生态或可持续影响，如“…覆盖率≥95%”“受益…人数≥…人”。",
        "The table has no benefit indicator. Add at least one under 效益指标 (benefit) stating the economic, social, ecological or lasting effect of the outputs, e.g. “…覆盖率 ≥ 95 %” (coverage of …) or “受益…人数 ≥ … 人” (people benefiting)."
    );
    cx.report(Path::Indicators, msg);
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "missing-benefit-indicator";

    #[test]
    fn no_benefit_rows() {
        let mut t = good();
        t.indicators.drain(4..6);
        assert_eq!(paths(ID, &t), ["indicators"]);
        messages_contain(ID, &t, &["没有效益指标"], &["no benefit"]);
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        t.indicators.drain(5..6);
        // The seed's 可持续影响指标 typed in the level-1 column still counts as benefit.
        t.indicators[4] = row(
            "可持续影响指标",
            "",
            "政策可持续性",
            "",
            "平稳运行",
            "",
            "2024年12月",
        );
        assert!(run(ID, &t).is_empty());
        t.indicators.clear();
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
