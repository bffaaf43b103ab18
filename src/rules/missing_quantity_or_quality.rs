//! `missing-quantity-or-quality` — 产出指标缺少数量或质量指标.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "missing-quantity-or-quality",
    level: Level::Warning,
    title: Tr {
        zh: "产出指标缺少数量或质量指标",
        en: "Output has no quantity or no quality indicator",
    },
    description: Tr {
        zh: "产出指标应同时说明做多少（数量）和做多好（质量）。",
        en: "Output should say how much (quantity) and how good (quality).",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
