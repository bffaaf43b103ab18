//! `completion-copies-goal` — 完成情况照抄年度目标.
//!
//! 年度目标完成情况 (实际完成情况) is the 年度目标 itself, or a piece of it, once spacing and
//! punctuation are set aside: the goal was pasted where the unit was to say what was delivered,
//! with numbers, so nothing was measured (a 真实 finding of 自评抽审). Eight characters at least,
//! so that a short `已完成` is left to `narrative-insufficient`. Source: LIFECYCLE.md §4.4 rule 35
//! and §3.9 (E).

use crate::lifecycle::narrative::normalized;
use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::completion_copies_goal,
    level: Level::Warning,
    stages: Stages::SELF_EVALUATION,
    title: Tr {
        zh: "完成情况照抄年度目标",
        en: "The completion copies the goal",
    },
    description: Tr {
        zh: "年度目标完成情况应写实际完成了什么，并附数据，不应照抄目标。",
        en: "The completion must say what was delivered, with figures, not repeat the goal.",
    },
    check: Check::Table(check),
};

/// The shortest completion (characters, normalised) compared with the goal.
const MIN_CHARS: usize = 8;

fn check(table: &Table, cx: &mut Context) {
    let Some(completion) = table.header.text(Field::GoalCompletion) else {
        return;
    };
    let (done, goal) = (normalized(completion), normalized(&table.header.overall_goal));
    if done.chars().count() < MIN_CHARS || !goal.contains(&done) {
        return;
    }
    let quoted = crate::rules::quote(completion);
    let msg = if done == goal {
        tr!(
            cx,
            "年度目标完成情况“{quoted}”与年度目标相同。请写明实际完成了什么，并附数据（如开展活动次数、完成率）。",
            "The goal completion “{quoted}” is the goal itself. Say what was delivered, with figures (how many activities, what rate)."
        )
    } else {
        tr!(
            cx,
            "年度目标完成情况“{quoted}”照抄了年度目标的一部分。请写明实际完成了什么，并附数据（如开展活动次数、完成率）。",
            "The goal completion “{quoted}” copies part of the goal. Say what was delivered, with figures (how many activities, what rate)."
        )
    };
    cx.report(Path::Field(Field::GoalCompletion), msg);
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "completion-copies-goal";

    #[test]
    fn hit_the_goal_again() {
        // Goal “保持少先队工作正常运行。”, completion “保持少先队工作正常运行”.
        let mut t = self_evaluation();
        t.goal_completion = Some("保持少先队工作正常运行".into());
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "goalCompletion");
        messages_contain(ID, &t, &["与年度目标相同", "附数据"], &["goal itself"]);
    }

    #[test]
    fn hit_part_of_the_goal() {
        let mut t = weights_over_100();
        t.goal_completion = Some("开展群众文化活动和送戏下乡".into());
        let d = only(ID, &t);
        assert!(d.message.contains("照抄了年度目标的一部分"), "{}", d.message);
    }

    #[test]
    fn near_misses() {
        // §3.10 A and B: what was delivered, with numbers.
        assert!(run(ID, &self_evaluation()).is_empty());
        assert!(run(ID, &weights_over_100()).is_empty());
        // Short (narrative-insufficient's), blank, absent; the goal with figures added.
        for c in [Some("正常运行"), Some(""), None] {
            let mut t = self_evaluation();
            t.goal_completion = c.map(Into::into);
            assert!(run(ID, &t).is_empty(), "{c:?}");
        }
        let mut t = self_evaluation();
        t.goal_completion = Some("保持少先队工作正常运行，全年开展活动6次。".into());
        assert!(run(ID, &t).is_empty());
    }
}
