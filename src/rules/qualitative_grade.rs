//! `qualitative-grade` — 定性指标值不在分级表述中.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "qualitative-grade",
    level: Level::Info,
    title: Tr {
        zh: "定性指标值不在分级表述中",
        en: "A qualitative target is not a graded wording",
    },
    description: Tr {
        zh: "定性指标应采用分级分档表述。",
        en: "Qualitative targets should use graded wording (分级分档).",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
