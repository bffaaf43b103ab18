//! `input-too-large` — 输入超出长度或行数限制.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "input-too-large",
    level: Level::Warning,
    title: Tr {
        zh: "输入超出长度或行数限制",
        en: "The input exceeds a size limit",
    },
    description: Tr {
        zh: "超出限制的部分不予检查，以免拖慢页面。",
        en: "What exceeds the limits is not checked, so the page stays fast.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
