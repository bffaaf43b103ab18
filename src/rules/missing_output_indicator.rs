//! `missing-output-indicator` — 缺少产出指标.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "missing-output-indicator",
    level: Level::Error,
    title: Tr {
        zh: "缺少产出指标",
        en: "No output indicator",
    },
    description: Tr {
        zh: "产出指标下至少要有一个三级指标。",
        en: "There must be at least one level-3 indicator under output.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
