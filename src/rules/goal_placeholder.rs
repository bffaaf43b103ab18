//! `goal-placeholder` — 总体目标为空或只有符号.
//!
//! Finds a 总体目标 that is empty or holds only symbols (`--`, `/`, `……`). The goal is what the
//! indicators break down; a table without one cannot be judged for relevance or feasibility.
//! Source: the budget-integration system's mandatory check (强制性审核) “goal not blank, not
//! only symbols”; 中发〔2018〕34号 makes the targets a precondition of the budget.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::goal_placeholder,
    level: Level::Error,
    title: Tr {
        zh: "总体目标为空或只有符号",
        en: "The overall goal is blank or only symbols",
    },
    description: Tr {
        zh: "总体目标不能为空，也不能只填符号。",
        en: "The overall goal may not be blank or only symbols.",
    },
    check: Check::Table(check),
};

fn check(table: &Table, cx: &mut Context) {
    let path = Path::Field(Field::OverallGoal);
    if !crate::text::is_only_symbols(&table.header.overall_goal) || table.has_input_issue(path) {
        return;
    }
    // A form the profile says has no goal field (an approval table, 批复表, of some provinces).
    if cx.profile.fields.as_ref().is_some_and(|f| !f.contains(&Field::OverallGoal)) {
        return;
    }
    let goal = &table.header.overall_goal;
    let msg = if goal.is_empty() {
        tr!(
            cx,
            "总体目标未填写。请写明本项目在预算年度内要做什么、做到什么程度、达到什么效果。",
            "The overall goal is empty. Say what the project will do in the budget year, to what standard, and to what effect."
        )
    } else {
        tr!(
            cx,
            "总体目标只填了符号“{goal}”。请写明本项目在预算年度内要做什么、做到什么程度、达到什么效果。",
            "The overall goal is only the symbols “{goal}”. Say what the project will do in the budget year, to what standard, and to what effect."
        )
    };
    cx.report(path, msg);
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "goal-placeholder";

    #[test]
    fn blank_and_symbols() {
        for g in ["", "  \n", "--", "……", "/"] {
            let mut t = good();
            t.overall_goal = g.into();
            assert_eq!(paths(ID, &t), ["overallGoal"], "{g:?}");
        }
        let mut t = good();
        t.overall_goal = "--".into();
        messages_contain(ID, &t, &["“--”"], &["only the symbols"]);
    }

    #[test]
    fn a_form_without_the_field() {
        let mut t = good();
        t.overall_goal = "".into();
        let p = crate::profile::Profile {
            fields: Some(vec![crate::raw::Field::ProjectName, crate::raw::Field::Budget]),
            ..Default::default()
        };
        assert!(run_with(ID, &t, &p).is_empty());
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // Short and boilerplate is goal-generic's business, not this rule's.
        t.overall_goal = "保证单位正常运转".into();
        assert!(run(ID, &t).is_empty());
        t.overall_goal = "——1".into();
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
