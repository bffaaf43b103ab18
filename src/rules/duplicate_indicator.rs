//! `duplicate-indicator` — 三级指标重复.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "duplicate-indicator",
    level: Level::Error,
    title: Tr {
        zh: "三级指标重复",
        en: "The same indicator appears twice",
    },
    description: Tr {
        zh: "同一张表中三级指标名称不能重复。",
        en: "Level-3 names must be unique within a table.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
