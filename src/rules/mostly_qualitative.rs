//! `mostly-qualitative` — 过半指标为定性指标.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "mostly-qualitative",
    level: Level::Warning,
    title: Tr {
        zh: "过半指标为定性指标",
        en: "More than half the indicators are qualitative",
    },
    description: Tr {
        zh: "绩效指标应尽量定量表述。",
        en: "Targets should be quantitative where possible.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
