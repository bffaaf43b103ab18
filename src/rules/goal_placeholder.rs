//! `goal-placeholder` — 总体目标为空或只有符号.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "goal-placeholder",
    level: Level::Error,
    title: Tr {
        zh: "总体目标为空或只有符号",
        en: "The overall goal is blank or only symbols",
    },
    description: Tr {
        zh: "总体目标不能为空，也不能只填符号。",
        en: "The overall goal may not be blank or only symbols.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
