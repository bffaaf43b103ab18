//! `goal-past-tense` — 总体目标写成了已完成的事.
//!
//! Finds a 总体目标 written as work already done (“提高了办学效率”, “奠定了良好的基础”,
//! “已完成…”). A performance target states what the budget year is expected to achieve; a
//! goal in the past tense is usually last year's self-evaluation (自评) pasted in, and gives
//! nothing to monitor or evaluate against. Source: 中发〔2018〕34号 (targets set before the
//! budget, as its precondition); DOMAIN.md (overall goal: forward-looking text for the budget
//! year); the seed's 特殊教育…生均公用经费 (“提高了办学效率，为完成九年义务教育奠定了良好的基础”).

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::goal_past_tense,
    level: Level::Warning,
    stages: Stages::ALL,
    title: Tr {
        zh: "总体目标写成了已完成的事",
        en: "The overall goal is written in the past tense",
    },
    description: Tr {
        zh: "绩效目标是对预算年度的预期，不是对已完成工作的总结。",
        en: "A target is what the budget year will achieve, not a summary of work already done.",
    },
    check: Check::Table(check),
};

/// Verb + 了: a result reported as reached.
const PAST: &[&str] = &[
    "提高了",
    "提升了",
    "完成了",
    "实现了",
    "达到了",
    "取得了",
    "奠定了",
    "改善了",
    "促进了",
    "加强了",
    "增强了",
    "保障了",
    "确保了",
    "推动了",
    "解决了",
    "满足了",
];

/// 已 + verb, unless used as an attribute (`对已完成的工程进行审计` is forward-looking).
const ALREADY: &[&str] = &["已完成", "已实现", "已达到", "已取得"];

/// The first past-tense marker in `goal`, if any.
fn past_marker(goal: &str) -> Option<&'static str> {
    let g = crate::text::compact(goal);
    let past = PAST.iter().find(|m| g.contains(*m));
    let already = ALREADY.iter().find(|m| {
        g.match_indices(*m)
            .any(|(at, m)| !g[at + m.len()..].starts_with('的'))
    });
    match (past, already) {
        (Some(p), Some(a)) => Some(if g.find(p) <= g.find(a) { p } else { a }),
        (p, a) => p.or(a).copied(),
    }
}

fn check(table: &Table, cx: &mut Context) {
    let Some(marker) = past_marker(&table.header.overall_goal) else {
        return;
    };
    let plain = marker.trim_end_matches('了').trim_start_matches('已');
    let msg = tr!(
        cx,
        "总体目标写成了已经完成的事（“{marker}”）。绩效目标是对预算年度要达到的结果的预期，请改为预期的写法，如“{plain}……”，并尽量写出要达到的数量和程度。",
        "The overall goal describes work already done (“{marker}”). A target states what the budget year is expected to achieve: rewrite it as an expectation (e.g. “{plain} …” without 了/已) with the amount or degree to be reached."
    );
    cx.report(Path::Field(Field::OverallGoal), msg);
}

#[cfg(test)]
mod tests {
    use super::past_marker;
    use crate::rules::testing::*;

    const ID: &str = "goal-past-tense";

    #[test]
    fn seed_goal_in_past_tense() {
        let mut t = good();
        t.overall_goal = "提高了办学效率，为完成九年义务教育奠定了良好的基础。".into();
        assert_eq!(paths(ID, &t), ["overallGoal"]);
        messages_contain(ID, &t, &["“提高了”", "“提高……”"], &["already done"]);
    }

    #[test]
    fn already_done() {
        assert_eq!(past_marker("今年已完成全部改造任务"), Some("已完成"));
        assert_eq!(past_marker("已完成改造，提高了效率"), Some("已完成"));
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        for g in [
            "提高办学效率，为完成九年义务教育奠定良好的基础。",
            "对已完成的改造工程开展质量回访，确保2024年底前全部通过验收。",
            "为了提高老年人健康管理水平，完成体检12000人。",
        ] {
            t.overall_goal = g.into();
            assert!(run(ID, &t).is_empty(), "{g}");
        }
        assert!(run(ID, &good()).is_empty());
    }
}
