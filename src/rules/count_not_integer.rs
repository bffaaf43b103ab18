//! `count-not-integer` — 计数指标的值不是整数.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "count-not-integer",
    level: Level::Warning,
    title: Tr {
        zh: "计数指标的值不是整数",
        en: "A count target is not a whole number",
    },
    description: Tr {
        zh: "个、次、人等计数单位的值应为整数。",
        en: "Counts of things or people are whole numbers.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
