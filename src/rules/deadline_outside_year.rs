//! `deadline-outside-year` — 完成时限不在预算年度内.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "deadline-outside-year",
    level: Level::Error,
    title: Tr {
        zh: "完成时限不在预算年度内",
        en: "The deadline is outside the budget year",
    },
    description: Tr {
        zh: "年度绩效目标的完成时限必须在预算年度内。",
        en: "Annual targets must be due within the budget year.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
