//! `missing-value` — 指标值为空.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "missing-value",
    level: Level::Error,
    title: Tr {
        zh: "指标值为空",
        en: "The target value is empty",
    },
    description: Tr {
        zh: "每个指标都必须有目标值。",
        en: "Every indicator needs a target value.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
