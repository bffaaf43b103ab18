//! `missing-operator` — 数值型指标缺少运算符号.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "missing-operator",
    level: Level::Error,
    title: Tr {
        zh: "数值型指标缺少运算符号",
        en: "A numeric target has no operator",
    },
    description: Tr {
        zh: "定量指标必须写明 ≥、≤ 或 ＝。",
        en: "A quantitative target needs ≥, ≤ or ＝.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
