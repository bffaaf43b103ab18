//! `missing-satisfaction-indicator` — 缺少满意度指标.
//!
//! Finds a table with indicators but none under 满意度指标 (satisfaction). Whether the people
//! served are satisfied is the check on outputs and benefits from their side; guidance and
//! reviewers expect one (服务对象满意度指标, usually ≥ 85–95 %). Advisory (提示性审核), since a
//! few projects serve no one directly. Source: 财预〔2020〕10号 framework (满意度 as a level 1);
//! DOMAIN.md (“满意度 present”); the seed's 办公楼维修维护, 调研信息费 and 特殊教育…生均公用经费,
//! which have none. A satisfaction indicator filed elsewhere counts (it is
//! `satisfaction-misplaced`'s); an empty table is `no-indicators`'s.

use crate::rules::missing_output_indicator::has_named;
use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::missing_satisfaction_indicator,
    level: Level::Warning,
    title: Tr {
        zh: "缺少满意度指标",
        en: "No satisfaction indicator",
    },
    description: Tr {
        zh: "面向服务对象的项目应设置满意度指标。",
        en: "Projects that serve people should have a satisfaction indicator.",
    },
    check: Check::Table(check),
};

fn check(table: &Table, cx: &mut Context) {
    if has_named(table, cx, Level1::Satisfaction)
        || table
            .indicators
            .iter()
            .any(|i| i.name_kind == NameKind::Satisfaction)
    {
        return;
    }
    let msg = tr!(
        cx,
        "表中没有满意度指标。项目有服务对象的，请在一级指标“满意度指标”、二级指标“服务对象满意度指标”下设置，如“服务对象满意度≥90%”。",
        "The table has no satisfaction indicator. If the project serves people, add one under 满意度指标 / 服务对象满意度指标, e.g. “服务对象满意度 ≥ 90 %” (satisfaction of those served)."
    );
    cx.report(Path::Indicators, msg);
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "missing-satisfaction-indicator";

    #[test]
    fn seed_table_without_satisfaction() {
        // 调研信息费, as filed.
        let mut t = good();
        t.indicators = vec![
            row(
                "产出指标",
                "数量指标",
                "足额保障率",
                "=",
                "100",
                "%",
                "2024年12月",
            ),
            row(
                "产出指标",
                "数量指标",
                "购置设备数量",
                ">=",
                "1",
                "套",
                "2024年12月",
            ),
            row(
                "产出指标",
                "质量指标",
                "正常运转率",
                "=",
                "100",
                "%",
                "2024年12月",
            ),
            row(
                "效益指标",
                "社会效益指标",
                "确保机关事业单位平稳运行",
                "",
                "平稳运行",
                "",
                "2024年12月",
            ),
            row(
                "效益指标",
                "可持续影响指标",
                "保障水平",
                "",
                "足额保障",
                "",
                "2024年12月",
            ),
        ];
        assert_eq!(paths(ID, &t), ["indicators"]);
        messages_contain(ID, &t, &["没有满意度指标"], &["no satisfaction"]);
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // Filed under benefit: satisfaction-misplaced's, not missing.
        t.indicators[6] = row(
            "效益指标",
            "社会效益指标",
            "群众满意度",
            "≥",
            "90",
            "%",
            "2024年12月",
        );
        assert!(run(ID, &t).is_empty());
        // Level 1 left empty, level 2 says 服务对象满意度.
        let mut t = good();
        t.indicators[6].level1 = "".into();
        assert!(run(ID, &t).is_empty());
        t.indicators.clear();
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
