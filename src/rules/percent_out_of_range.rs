//! `percent-out-of-range` — 百分比超出0–100.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "percent-out-of-range",
    level: Level::Error,
    title: Tr {
        zh: "百分比超出0–100",
        en: "A percentage is outside 0–100",
    },
    description: Tr {
        zh: "比率不能为负，也不能超过100%（增长率除外）。",
        en: "A rate cannot be negative or above 100 % (growth rates excepted).",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
