//! `missing-indicator-name` — 三级指标名称为空或只有符号.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "missing-indicator-name",
    level: Level::Error,
    title: Tr {
        zh: "三级指标名称为空或只有符号",
        en: "The indicator name is empty or only symbols",
    },
    description: Tr {
        zh: "每一行都必须有三级指标名称。",
        en: "Every row needs a level-3 indicator name.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
