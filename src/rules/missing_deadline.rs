//! `missing-deadline` — 缺少完成时限.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "missing-deadline",
    level: Level::Warning,
    title: Tr {
        zh: "缺少完成时限",
        en: "The deadline is missing",
    },
    description: Tr {
        zh: "每个指标应有完成时限。",
        en: "Each indicator should have a deadline.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
