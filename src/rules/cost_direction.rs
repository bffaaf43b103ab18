//! `cost-direction` — 成本指标使用了“≥”.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "cost-direction",
    level: Level::Warning,
    title: Tr {
        zh: "成本指标使用了“≥”",
        en: "A cost indicator uses “≥”",
    },
    description: Tr {
        zh: "成本越低越好，应使用“≤”。",
        en: "Lower cost is better: use “≤”.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
