//! `goal-unrelated` — 总体目标与项目名称无关.
//!
//! Finds a 总体目标 that shares nothing with the 项目名称: no character of the name, once
//! generic words such as 专项, 经费, 业务, 建设 and places' and years' characters are set aside,
//! occurs in the goal. Real goals name their subject in other words (涵养林 → 营造林, 镇际联网路
//! → 镇街), so one shared character is enough; a name that is a fund document's title
//! (`邯财社2018126号提前下达…预算指标`) is not compared at all.
//! Such a goal was usually copied from another project, as in the seed's 法律宣传及普法专项经费
//! (whose goal is about gas-safety supervision) and 调研信息费 (whose goal is a system
//! upgrade). Reviewers require goals “指向明确” and relevant to the project (相关性); this is a
//! hint for a human to read (info), since a relevant goal may use other words. Source:
//! DOMAIN.md (“goal and indicators relevant to the project”), 财预〔2020〕10号's review of
//! 相关性, and the seed. Skips a blank name or goal.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::goal_unrelated,
    level: Level::Info,
    title: Tr {
        zh: "总体目标与项目名称无关",
        en: "The overall goal shares nothing with the project name",
    },
    description: Tr {
        zh: "目标应“指向明确”，与项目内容相关。",
        en: "The goal should be about the project (指向明确).",
    },
    check: Check::Table(check),
};

/// Words in project names that say nothing about what the project is about.
const GENERIC: &[&str] = &[
    "专项", "经费", "项目", "资金", "费用", "业务", "工作", "建设", "管理", "服务", "补助", "保障",
    "运转", "本级", "支出", "专款", "相关", "其他", "日常", "部门", "单位", "机关", "一般", "公用",
    "年度", "政策",
];

fn check(table: &Table, cx: &mut Context) {
    let (name, goal) = (&table.header.project_name, &table.header.overall_goal);
    if crate::text::is_only_symbols(name) || crate::text::is_only_symbols(goal) {
        return;
    }
    if is_document_title(name) || shares_a_character(name, goal) {
        return;
    }
    let msg = tr!(
        cx,
        "总体目标与项目名称“{name}”看不出关联：目标中没有出现项目名称里的任何关键词。请确认目标写的是本项目，写明本项目要做的事和要达到的效果。",
        "The overall goal seems unrelated to the project “{name}”: none of the name's key terms appear in it. Check that it describes this project: what it will do and achieve."
    );
    cx.report(Path::Field(Field::OverallGoal), msg);
}

/// Characters that say where or when, or join words: 区 in 原州区, 年 in 2022年.
const NOT_CONTENT: &str = "省市区县年月日第期一二三四五六七八九十的和及与等之个项类各全本级";

/// Whether the goal has a character of the name's own content.
fn shares_a_character(name: &str, goal: &str) -> bool {
    let mut name = crate::text::compact(name).into_owned();
    for g in GENERIC {
        if name.contains(g) {
            name = name.replace(g, " ");
        }
    }
    let goal = crate::text::compact(goal);
    let mut content = name
        .chars()
        .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c) && !NOT_CONTENT.contains(*c))
        .peekable();
    // Nothing of its own in the name: nothing to compare.
    content.peek().is_none() || content.any(|c| goal.contains(c))
}

/// `邯财社2018126号提前下达2019年…预算指标`: a fund's allocation document, not a subject.
fn is_document_title(name: &str) -> bool {
    let c = crate::text::compact(name);
    c.contains("提前下达")
        || c.ends_with("预算指标")
        || c.char_indices()
            .any(|(i, ch)| ch == '号' && c[..i].ends_with(|p: char| p.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "goal-unrelated";

    fn with(name: &str, goal: &str) -> crate::raw::RawTable {
        let mut t = good();
        t.project_name = name.into();
        t.overall_goal = goal.into();
        t
    }

    #[test]
    fn seed_copied_goals() {
        let t = with(
            "法律宣传及普法专项经费",
            "按照沈阳市城乡建设局《关于做好燃气安全监管平台建设相关工作的通知》要求，同事落实辽宁省城镇“绿叶杯”（城市管理）竞赛活动关于燃气安全数字化管理考核指标任务事务要求，强化瓶装液化气安全监管，通过信息化手段将充装、存储、配送、使用等环节实施全链条管理",
        );
        assert_eq!(paths(ID, &t), ["overallGoal"]);
        messages_contain(ID, &t, &["法律宣传及普法专项经费"], &["unrelated"]);
        let t = with(
            "调研信息费",
            "通过系统的升级和完善，使人大代表们更好的进行履职。",
        );
        assert_eq!(paths(ID, &t), ["overallGoal"]);
    }

    #[test]
    fn seed_related_goals() {
        for (name, goal) in [
            ("办公楼维修维护", "通过配备维修配件、维修服务等，解决在工作存在的维修维护等问题，确保单位工作正常运转。"),
            ("区人代会会议费", "根据地方组织法规定，每年召开一次人代会，并保证顺利召开。"),
            ("义务教育阶段特殊教育学校和随班就读残疾学生生均公用经费", "提高了办学效率，为完成九年义务教育奠定了良好的基础。"),
            ("专项印刷及订阅资料费", "通过文史资料的编辑和留存进一步发挥人民政协文史资料的社会作用，广泛凝聚共识。 确保单位正常运转"),
            ("少先队专项业务费", "保持少先队工作正常运行。"),
        ] {
            assert!(run(ID, &with(name, goal)).is_empty(), "{name}");
        }
    }

    #[test]
    fn near_misses() {
        // Real goals that name their subject in other words, and a document title.
        assert!(run(ID, &with("原州区2022年南部水源涵养林建设项目", "在7个林场实施营造林8万亩。")).is_empty());
        assert!(run(ID, &with("镇际联网路升级改造工程一期", "完成茶山、常平镇街3个项目补助尾款结算387万元。")).is_empty());
        assert!(run(ID, &with("邯财社2018126号提前下达2019年中央财政困难群众救助补助预算指标", "保障农村低保户的基本生活")).is_empty());
        // Only generic words in the name, or nothing to compare: no finding.
        assert!(run(ID, &with("专项业务经费", "完成年度各项任务")).is_empty());
        assert!(run(ID, &with("", "完成年度各项任务")).is_empty());
        assert!(run(ID, &with("调研信息费", "")).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
