//! `count-unit-mismatch` — 计数单位与指标名称不符.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "count-unit-mismatch",
    level: Level::Warning,
    title: Tr {
        zh: "计数单位与指标名称不符",
        en: "The count unit does not match the name",
    },
    description: Tr {
        zh: "“人次”指标不能用“人”计量，反之亦然。",
        en: "A 人次 (person-times) indicator is not measured in 人 (persons), and vice versa.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
