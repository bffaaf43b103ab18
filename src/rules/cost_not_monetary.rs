//! `cost-not-monetary` — 成本指标不是金额.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "cost-not-monetary",
    level: Level::Warning,
    title: Tr {
        zh: "成本指标不是金额",
        en: "A cost indicator is not in money",
    },
    description: Tr {
        zh: "成本指标应以元、万元等金额计量。",
        en: "Cost indicators are measured in money (元, 万元).",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
