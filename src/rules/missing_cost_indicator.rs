//! `missing-cost-indicator` — 缺少成本指标.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "missing-cost-indicator",
    level: Level::Warning,
    title: Tr {
        zh: "缺少成本指标",
        en: "No cost indicator",
    },
    description: Tr {
        zh: "2021框架要求设置成本指标（2020框架下不检查）。",
        en: "The 2021 framework requires cost indicators (not checked under 2020).",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
