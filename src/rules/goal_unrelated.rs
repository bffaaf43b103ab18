//! `goal-unrelated` — 总体目标与项目名称无关.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "goal-unrelated",
    level: Level::Info,
    title: Tr {
        zh: "总体目标与项目名称无关",
        en: "The overall goal shares nothing with the project name",
    },
    description: Tr {
        zh: "目标应“指向明确”，与项目内容相关。",
        en: "The goal should be about the project (指向明确).",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
