//! `cost-exceeds-budget` — 成本指标超过项目预算.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "cost-exceeds-budget",
    level: Level::Error,
    title: Tr {
        zh: "成本指标超过项目预算",
        en: "A cost target exceeds the budget",
    },
    description: Tr {
        zh: "总成本不可能高于表中的预算资金。",
        en: "A total cost cannot exceed the table's budget.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
