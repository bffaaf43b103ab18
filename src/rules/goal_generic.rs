//! `goal-generic` — 总体目标是套话或过短.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "goal-generic",
    level: Level::Warning,
    title: Tr {
        zh: "总体目标是套话或过短",
        en: "The overall goal is boilerplate or too short",
    },
    description: Tr {
        zh: "“保证单位正常运转”之类的套话不能说明项目要达到什么。",
        en: "Boilerplate such as “keep the unit running” says nothing about what the project will achieve.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
