//! `level2-mismatch` — 二级指标不属于所填的一级指标.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "level2-mismatch",
    level: Level::Error,
    title: Tr {
        zh: "二级指标不属于所填的一级指标",
        en: "Level 2 does not belong to its level 1",
    },
    description: Tr {
        zh: "二级指标必须是其一级指标在所选框架中的下级。",
        en: "Level 2 must be a child of its level 1 in the profile's framework.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
