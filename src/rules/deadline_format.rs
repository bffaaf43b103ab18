//! `deadline-format` — 完成时限格式不规范.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "deadline-format",
    level: Level::Warning,
    title: Tr {
        zh: "完成时限格式不规范",
        en: "The deadline is not in the standard form",
    },
    description: Tr {
        zh: "完成时限应写成“2024年12月”这样的格式。",
        en: "Deadlines are written like 2024年12月.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
