//! `placeholder-value` — 指标值是模板占位符.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "placeholder-value",
    level: Level::Error,
    title: Tr {
        zh: "指标值是模板占位符",
        en: "The target value is a template placeholder",
    },
    description: Tr {
        zh: "“**”“xx”“……”是模板里没改的占位符。",
        en: "“**”, “xx”, “……” are template leftovers.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
