//! `near-duplicate-indicator` — 三级指标与另一行几乎相同.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "near-duplicate-indicator",
    level: Level::Warning,
    title: Tr {
        zh: "三级指标与另一行几乎相同",
        en: "Two indicators are nearly the same",
    },
    description: Tr {
        zh: "名称只差几个字的指标（如“正常运转率”与“保障全年正常运转率”）衡量的是同一件事。",
        en: "Names that differ by a few characters measure the same thing.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
