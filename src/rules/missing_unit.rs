//! `missing-unit` — 定量指标缺少度量单位.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "missing-unit",
    level: Level::Error,
    title: Tr {
        zh: "定量指标缺少度量单位",
        en: "A quantitative indicator has no unit",
    },
    description: Tr {
        zh: "定量指标必须写明度量单位。",
        en: "Quantitative indicators need a unit.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
