//! `generic-indicator` — 指标是通用套话.
//!
//! Some indicators fit every project and say nothing about this one: 正常运转率, 足额保障率,
//! 资金到位率, “确保机关事业单位平稳运行”, 保障水平, 维护社会稳定 … The seed's 法律宣传 and
//! 基本运转经费 tables are made only of these. Reviewers send them back as not “指向明确”
//! (relevance to the project, 财预〔2020〕10号 review criteria; DOMAIN.md “The seed's ten
//! tables”). Read as a pattern — a name made only of words with no subject of the project's own
//! ([`crate::boilerplate::is_empty_name`]) — not as a list of one district's names. Reported
//! once per name (a repeated row is `duplicate-indicator`'s), on the name cell. Advisory.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::generic_indicator,
    level: Level::Info,
    stages: Stages::ALL,
    title: Tr {
        zh: "指标是通用套话",
        en: "The indicator is generic boilerplate",
    },
    description: Tr {
        zh: "“正常运转率”“足额保障率”之类的指标不能反映项目特点。",
        en: "Indicators such as 正常运转率 say nothing specific to the project.",
    },
    check: Check::Table(check),
};

fn check(table: &Table, cx: &mut Context) {
    let mut seen = std::collections::HashSet::new();
    for ind in &table.indicators {
        // A time alone (`全年`) is a description in the wrong column, not an indicator.
        let only_time = matches!(ind.compact_name(), "全年" | "年度" | "全年度" | "年内");
        if !ind.empty_name
            || only_time
            || !seen.insert(ind.compact_name())
        {
            continue;
        }
        let row = cx.row(ind.index);
        // Constant hints: picked, not formatted.
        let hint = match ind.name_kind {
            NameKind::Satisfaction => Tr {
                zh: "请写明本项目的服务对象，如“受益…满意度”。",
                en: "Name the people this project serves, e.g. “trainee satisfaction”.",
            },
            NameKind::Rate => Tr {
                zh: "请写明本项目具体工作的数量、质量或进度，如“…验收合格率”“…发放份数”。",
                en: "Measure this project's own work: its quantity, quality or timing, e.g. “…验收合格率” (share of … passing inspection) or “…发放份数” (copies of … handed out).",
            },
            _ => Tr {
                zh: "请写明本项目带来的具体效果，如“…知晓率”“…普及率”。",
                en: "State the concrete effect of this project, e.g. “…知晓率” (share aware of …) or “…普及率” (coverage of …).",
            },
        }
        .get(cx.zh());
        let msg = tr!(
            cx,
            "{row}是通用套话指标，几乎任何项目都能填，反映不出本项目的产出和效果。{hint}",
            "{row} is a generic indicator that fits any project and says nothing about this one. {hint}"
        );
        cx.report(Path::Cell(ind.index, Column::Name), msg);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "generic-indicator";

    #[test]
    fn seed_law_publicity_all_generic() {
        let mut t = good();
        t.indicators = vec![
            row(
                "产出指标",
                "数量指标",
                "足额缴纳率",
                "=",
                "100",
                "%",
                "2024年12月",
            ),
            row("", "", "足额发放率", "=", "100", "%", "2024年12月"),
            row("", "质量指标", "发放到位率", "=", "100", "%", "2024年12月"),
            row("", "", "正常运转率", "=", "100", "%", "2024年12月"),
            row(
                "效益指标",
                "社会效益指标",
                "确保机关事业单位平稳运行",
                "",
                "",
                "平稳运行",
                "2024年12月",
            ),
            row(
                "",
                "可持续影响指标",
                "保障水平",
                "",
                "足额保障",
                "",
                "2024年12月",
            ),
            row(
                "满意度指标",
                "服务对象满意度指标",
                "机关事业单位干部群众满意度",
                ">=",
                "95",
                "%",
                "2024年12月",
            ),
        ];
        let d = run(ID, &t);
        assert_eq!(d.len(), 7);
        assert_eq!(d[0].path.to_string(), "indicators.0.name");
        assert!(d.iter().all(|d| d.fix.is_none()));
        assert!(d[6].message.contains("服务对象"), "{}", d[6].message);
        messages_contain(ID, &t, &["第1行（足额缴纳率）", "通用"], &["row 1"]);
    }

    #[test]
    fn repeated_generic_row_reported_once() {
        let mut t = good();
        t.indicators
            .push(row("", "", "资金到位率", "=", "100", "%", "2024年12月"));
        t.indicators
            .push(row("", "", "资金到位率", "=", "100", "%", "2024年12月"));
        assert_eq!(paths(ID, &t), ["indicators.7.name"]);
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // Specific names that share words with the boilerplate.
        t.indicators[1].name = "维修资金到位率（市级补助）".into();
        t.indicators[2].name = "路灯正常运转率".into();
        t.indicators[6].name = "参训学员满意度".into();
        // A time alone in the name column (浙江's 指标描述 layout).
        t.indicators[3].name = "全年".into();
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
