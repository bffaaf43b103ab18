//! `satisfaction-threshold` — 满意度目标低于要求.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "satisfaction-threshold",
    level: Level::Warning,
    title: Tr {
        zh: "满意度目标低于要求",
        en: "A satisfaction target is below the minimum",
    },
    description: Tr {
        zh: "满意度目标一般不低于85%。",
        en: "Satisfaction targets are usually at least 85 %.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
