//! `weights-sum` — 权重合计不等于100.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "weights-sum",
    level: Level::Error,
    title: Tr {
        zh: "权重合计不等于100",
        en: "Weights do not sum to 100",
    },
    description: Tr {
        zh: "显示权重列时，各指标权重之和应为100。",
        en: "When weights are shown they must sum to 100.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
