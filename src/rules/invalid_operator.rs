//! `invalid-operator` — 运算符号无法识别.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "invalid-operator",
    level: Level::Error,
    title: Tr {
        zh: "运算符号无法识别",
        en: "The operator is not recognised",
    },
    description: Tr {
        zh: "运算符号只能是 ≥、＞、＝、＜、≤ 或 定性。",
        en: "The operator must be ≥, ＞, ＝, ＜, ≤ or 定性.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
