//! `goal-past-tense` — 总体目标写成了已完成的事.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "goal-past-tense",
    level: Level::Warning,
    title: Tr {
        zh: "总体目标写成了已完成的事",
        en: "The overall goal is written in the past tense",
    },
    description: Tr {
        zh: "绩效目标是对预算年度的预期，不是对已完成工作的总结。",
        en: "A target is what the budget year will achieve, not a summary of work already done.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
