//! `operator-on-qualitative` — 运算符号与指标值不符.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "operator-on-qualitative",
    level: Level::Error,
    title: Tr {
        zh: "运算符号与指标值不符",
        en: "The operator does not fit the value",
    },
    description: Tr {
        zh: "比较符号要求数值；文字指标值应使用“定性”。",
        en: "Comparison operators need a number; text targets use 定性.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
