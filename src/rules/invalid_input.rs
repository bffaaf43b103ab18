//! `invalid-input` — 输入的数据类型不对.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "invalid-input",
    level: Level::Error,
    title: Tr {
        zh: "输入的数据类型不对",
        en: "A field has the wrong data type",
    },
    description: Tr {
        zh: "表格字段应为文本（预算、指标值、权重可为数字）。",
        en: "Table fields are text (budget, value and weight may be numbers).",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
