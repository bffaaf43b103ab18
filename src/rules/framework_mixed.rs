//! `framework-mixed` — 同一张表混用2020和2021两套指标框架.
//!
//! Finds a table that files cost both ways: 成本指标 as a level 2 under 产出指标 (财预〔2020〕10号
//! lineage) in one row, and 成本指标 as a level 1 or a 2021 cost level 2 (经济/社会/生态环境成本
//! 指标, 财预〔2021〕101号) in another. One table follows one framework; a mix usually means
//! rows were copied from another year's or another unit's table, and cost gets counted or
//! checked twice. Reported once for the table; the rows that do not fit the profile's
//! framework are also reported one by one by `level2-mismatch`. Source: DOMAIN.md (“a table
//! that mixes them is suspect”), 财预〔2020〕10号, 财预〔2021〕101号.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::framework_mixed,
    level: Level::Warning,
    title: Tr {
        zh: "同一张表混用2020和2021两套指标框架",
        en: "The table mixes the 2020 and 2021 frameworks",
    },
    description: Tr {
        zh: "成本指标既在产出指标下又作为一级指标出现，说明套用了两套框架。",
        en: "Cost both under output and as a level 1 means two frameworks were mixed.",
    },
    check: Check::Table(check),
};

fn check(table: &Table, cx: &mut Context) {
    let old = table
        .indicators
        .iter()
        .find(|i| i.level1.get() == Some(Level1::Output) && i.level2.get() == Some(Level2::Cost));
    let new = table.indicators.iter().find(|i| {
        i.level1.get() == Some(Level1::Cost) || i.level2.get().is_some_and(Level2::is_2021_cost)
    });
    let (Some(old), Some(new)) = (old, new) else {
        return;
    };
    let (a, b) = (cx.row(old.index), cx.row(new.index));
    let f = cx.table.header.framework.as_str();
    let msg = tr!(
        cx,
        "表中混用了两套指标框架：{a}把成本指标放在产出指标下（2020框架），{b}却把成本作为一级指标（2021框架，财预〔2021〕101号）。请统一按一套框架填写（当前按{f}框架检查）。",
        "The table mixes two frameworks: {a} files cost under output (2020 framework) while {b} makes cost a level 1 (2021 framework, 财预〔2021〕101号). Use one framework throughout (checked as {f})."
    );
    cx.report(Path::Indicators, msg);
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "framework-mixed";

    #[test]
    fn both_ways() {
        let mut t = good();
        t.indicators.push(row(
            "成本指标",
            "经济成本指标",
            "人均管理成本",
            "≤",
            "5",
            "元/人",
            "2024年12月",
        ));
        assert_eq!(paths(ID, &t), ["indicators"]);
        messages_contain(
            ID,
            &t,
            &["第4行（人均体检成本）", "第8行（人均管理成本）"],
            &["row 4", "2021"],
        );
        // A 2021 cost level 2 under output also counts as the 2021 way.
        let mut t = good();
        t.indicators.push(row(
            "产出指标",
            "社会成本指标",
            "x",
            "定性",
            "无",
            "",
            "2024年12月",
        ));
        assert_eq!(paths(ID, &t), ["indicators"]);
    }

    #[test]
    fn near_misses() {
        // Only the 2021 way, only the 2020 way.
        let mut t = good();
        t.indicators[3] = row(
            "成本指标",
            "经济成本指标",
            "人均体检成本",
            "≤",
            "100",
            "元/人",
            "2024年12月",
        );
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
