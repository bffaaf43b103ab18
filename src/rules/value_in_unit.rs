//! `value-in-unit` — 度量单位栏填的是指标值.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "value-in-unit",
    level: Level::Error,
    title: Tr {
        zh: "度量单位栏填的是指标值",
        en: "The unit cell holds the target value",
    },
    description: Tr {
        zh: "“平稳运行”之类的文字是指标值，不是单位。",
        en: "Text such as 平稳运行 is a target value, not a unit.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
