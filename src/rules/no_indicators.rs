//! `no-indicators` — 没有绩效指标.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "no-indicators",
    level: Level::Error,
    title: Tr {
        zh: "没有绩效指标",
        en: "The table has no indicators",
    },
    description: Tr {
        zh: "绩效目标必须细化为绩效指标。",
        en: "Targets must be broken down into indicators.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
