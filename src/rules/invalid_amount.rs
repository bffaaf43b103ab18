//! `invalid-amount` — 预算金额不是有效的正数或小数位过多.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "invalid-amount",
    level: Level::Error,
    title: Tr {
        zh: "预算金额不是有效的正数或小数位过多",
        en: "The budget is not a positive amount or has too many decimals",
    },
    description: Tr {
        zh: "预算资金应为正数，万元最多6位小数（到分）。",
        en: "The budget must be a positive amount, with at most 6 decimals in 万元 (one fen).",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
