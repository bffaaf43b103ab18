//! `unknown-unit` — 度量单位不常见.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "unknown-unit",
    level: Level::Info,
    title: Tr {
        zh: "度量单位不常见",
        en: "The unit is not a common one",
    },
    description: Tr {
        zh: "单位不在常用单位表中，请确认。",
        en: "The unit is not in the list of common units; please check it.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
