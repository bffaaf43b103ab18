//! `goal-generic` — 总体目标是套话或过短.
//!
//! Finds a 总体目标 that is boilerplate — a sentence such as “保证单位正常运转”, “确保机关正常
//! 运行”, “保持少先队工作正常运行” that fits any project — or is too short to say anything
//! (under 15 characters). A specific goal that carries such a sentence besides is reported
//! too, with a fix that drops the sentence. Reviewers send these back because the goal must
//! be “指向明确、细化量化”: it should say what this project will produce and achieve.
//! Source: 中发〔2018〕34号 (targets 细化量化); reviewers' articles on 目标 “空泛”; the seed's
//! 文化服务体系建设 (“保证单位正常运转”), 巡察经费 (“确保单位正常运转”), 少先队专项业务费 and
//! 专项印刷及订阅资料费 (“… 确保单位正常运转” after a specific goal). Empty goals are
//! `goal-placeholder`'s.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::goal_generic,
    level: Level::Warning,
    title: Tr {
        zh: "总体目标是套话或过短",
        en: "The overall goal is boilerplate or too short",
    },
    description: Tr {
        zh: "“保证单位正常运转”之类的套话不能说明项目要达到什么。",
        en: "Boilerplate such as “keep the unit running” says nothing about what the project will achieve.",
    },
    check: Check::Table(check),
};

/// A goal with fewer letters, digits and CJK characters than this says too little.
const MIN_CHARS: usize = 15;

/// True when a goal sentence is boilerplate ([`crate::boilerplate::is_empty_sentence`]).
fn is_boilerplate(sentence: &str) -> bool {
    crate::boilerplate::is_empty_sentence(sentence)
}

/// True when the goal only restates the project's name (`…推广项目,通过实施…推广项目,`):
/// nothing is left of it without the name and the words that go around it.
fn restates_name(goal: &str, project: &str) -> bool {
    let (goal, project) = (crate::text::compact(goal), crate::text::compact(project));
    // The name without what it says in brackets: `…推广项目(2022年少数民族发展资金项目)`.
    let bare = project
        .split(['(', '（'])
        .next()
        .unwrap_or(&project)
        .to_string();
    if bare.chars().count() < 4 {
        return false;
    }
    let mut rest = goal.replace(project.as_ref(), "").replace(&bare, "");
    for filler in ["通过实施", "通过开展", "实施", "开展", "本项目", "该项目", "项目", "通过", "完成"] {
        rest = rest.replace(filler, "");
    }
    rest.chars().filter(|c| c.is_alphanumeric()).count() < 4 && goal.len() > rest.len()
}

fn check(table: &Table, cx: &mut Context) {
    let goal = &table.header.overall_goal;
    if crate::text::is_only_symbols(goal) {
        return;
    }
    let path = Path::Field(Field::OverallGoal);
    let boiler: Vec<&String> = table
        .header
        .goal_sentences
        .iter()
        .filter(|s| is_boilerplate(s))
        .collect();
    let Some(first) = boiler.first() else {
        if restates_name(goal, &table.header.project_name) {
            let msg = tr!(
                cx,
                "总体目标只是重复项目名称，没有说明本项目要做什么、做到什么程度。请写明预算年度内要完成的主要工作、数量和质量，以及要取得的效果。",
                "The overall goal only repeats the project's name; it does not say what the project will do or to what standard. State the main work, its quantity and quality for the budget year, and the effect it should have."
            );
            cx.report(path, msg);
            return;
        }
        let len = goal.chars().filter(|c| c.is_alphanumeric()).count();
        if len < MIN_CHARS {
            let msg = tr!(
                cx,
                "总体目标“{goal}”过于简短，说不清项目要达到什么。请写明预算年度内要完成的主要工作、数量和质量，以及要取得的效果。",
                "The overall goal “{goal}” is too short to say what the project will achieve. State the main work, its quantity and quality for the budget year, and the effect it should have."
            );
            cx.report(path, msg);
        }
        return;
    };
    if boiler.len() == table.header.goal_sentences.len() {
        let goal = table.header.goal_text.trim();
        let msg = tr!(
            cx,
            "总体目标“{goal}”是套话，适用于任何项目，没有说明本项目要做什么、做到什么程度。请写明预算年度内要完成的主要工作、数量和质量，以及要取得的效果。",
            "The overall goal “{goal}” is boilerplate that fits any project; it does not say what this project will do or to what standard. State the main work, its quantity and quality for the budget year, and the effect it should have."
        );
        cx.report(path, msg);
        return;
    }
    let rest = crate::table::remove_sentences(&table.header.goal_text, is_boilerplate);
    let msg = tr!(
        cx,
        "总体目标中的“{first}”是套话，不说明本项目的产出和效果，建议删除。",
        "The overall goal contains “{first}”, boilerplate that says nothing about this project's outputs or effects; remove it."
    );
    let label = tr!(cx, "删除套话", "Remove the boilerplate");
    let d = cx.report(path, msg);
    if !crate::text::is_only_symbols(&rest) {
        d.fix(path, rest, label);
    }
}

#[cfg(test)]
mod tests {
    use super::is_boilerplate;
    use crate::rules::testing::*;

    const ID: &str = "goal-generic";

    #[test]
    fn seed_boilerplate_goals() {
        for g in [
            "保证单位正常运转",
            "确保单位正常运转",
            "保持少先队工作正常运行。",
            "确保机关事业单位平稳运行",
        ] {
            let mut t = good();
            t.overall_goal = g.into();
            let d = run(ID, &t);
            assert_eq!(d.len(), 1, "{g}");
            assert_eq!(d[0].path.to_string(), "overallGoal");
            assert!(d[0].message.contains("套话"), "{}", d[0].message);
            assert!(d[0].fix.is_none());
        }
        let mut t = good();
        t.overall_goal = "保证单位正常运转".into();
        messages_contain(ID, &t, &["“保证单位正常运转”"], &["boilerplate"]);
    }

    #[test]
    fn boilerplate_sentence_after_a_specific_goal() {
        // The seed's 专项印刷及订阅资料费.
        let mut t = good();
        t.overall_goal = "通过文史资料的编辑和留存进一步发挥人民政协文史资料的社会作用，广泛凝聚共识，发挥专门协商机构优势的基础性工作。 确保单位正常运转".into();
        let d = only(ID, &t);
        assert!(d.message.contains("“确保单位正常运转”"));
        let fix = d.fix.as_ref().unwrap();
        assert_eq!(fix.path.to_string(), "overallGoal");
        assert_eq!(
            fix.value.as_deref(),
            Some("通过文史资料的编辑和留存进一步发挥人民政协文史资料的社会作用，广泛凝聚共识，发挥专门协商机构优势的基础性工作。")
        );
    }

    #[test]
    fn restating_the_project_name() {
        // 原州区 边销茶推广: the goal is the project's name twice.
        let mut t = good();
        t.project_name = "2022年原州区健康饮茶“送茶入户”边销茶推广项目".into();
        t.overall_goal = "2022年原州区健康饮茶“送茶入户”边销茶推广项目,通过实施2022年原州区健康饮茶“送茶入户”边销茶推广项目,".into();
        let d = only(ID, &t);
        assert!(d.message.contains("项目名称"), "{}", d.message);
    }

    #[test]
    fn clauses_of_boilerplate() {
        // 浮梁县林业局: “保证林业局职能实现,保障人员经费。”
        let mut t = good();
        t.overall_goal = "保证林业局职能实现,保障人员经费。".into();
        let d = only(ID, &t);
        assert!(d.message.contains("套话"), "{}", d.message);
    }

    #[test]
    fn too_short() {
        let mut t = good();
        t.overall_goal = "开展普法宣传".into();
        assert_eq!(paths(ID, &t), ["overallGoal"]);
        assert!(run(ID, &t)[0].message.contains("简短"));
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // A specific clause ending in 正常运转 as a purpose, and a specific long goal.
        t.overall_goal =
            "通过配备维修配件、维修服务等，解决在工作存在的维修维护等问题，确保单位工作正常运转。"
                .into();
        assert!(run(ID, &t).is_empty());
        t.overall_goal = "根据地方组织法规定，每年召开一次人代会，并保证顺利召开。".into();
        assert!(run(ID, &t).is_empty());
        // Blank belongs to goal-placeholder.
        t.overall_goal = "".into();
        assert!(run(ID, &t).is_empty());
        assert!(!is_boilerplate("确保2024年12月前全区路灯正常运行"));
        // A goal that names the project and then says what it does.
        t.project_name = "社区老年人健康体检".into();
        t.overall_goal = "通过实施社区老年人健康体检项目，为辖区12000名老年人免费体检一次。".into();
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
