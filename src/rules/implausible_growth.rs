//! `implausible-growth` — 增长率目标不低于100%.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "implausible-growth",
    level: Level::Warning,
    title: Tr {
        zh: "增长率目标不低于100%",
        en: "A growth-rate target is 100 % or more",
    },
    description: Tr {
        zh: "增长率≥100%意味着翻番，通常不可行。",
        en: "A growth of 100 % or more means doubling, which is rarely feasible.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
