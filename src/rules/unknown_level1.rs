//! `unknown-level1` — 一级指标不是产出、效益、满意度或成本指标.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "unknown-level1",
    level: Level::Error,
    title: Tr {
        zh: "一级指标不是产出、效益、满意度或成本指标",
        en: "Level 1 is not output, benefit, satisfaction or cost",
    },
    description: Tr {
        zh: "一级指标只能取框架规定的名称。",
        en: "Level 1 must be one of the framework's names.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
