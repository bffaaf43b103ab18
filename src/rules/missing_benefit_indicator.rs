//! `missing-benefit-indicator` — 缺少效益指标.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "missing-benefit-indicator",
    level: Level::Error,
    title: Tr {
        zh: "缺少效益指标",
        en: "No benefit indicator",
    },
    description: Tr {
        zh: "效益指标下至少要有一个三级指标。",
        en: "There must be at least one level-3 indicator under benefit.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
