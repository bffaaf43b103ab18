//! `generic-indicator` — 指标是通用套话.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "generic-indicator",
    level: Level::Info,
    title: Tr {
        zh: "指标是通用套话",
        en: "The indicator is generic boilerplate",
    },
    description: Tr {
        zh: "“正常运转率”“足额保障率”之类的指标不能反映项目特点。",
        en: "Indicators such as 正常运转率 say nothing specific to the project.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
