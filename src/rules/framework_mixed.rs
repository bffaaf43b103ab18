//! `framework-mixed` — 同一张表混用2020和2021两套指标框架.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "framework-mixed",
    level: Level::Warning,
    title: Tr {
        zh: "同一张表混用2020和2021两套指标框架",
        en: "The table mixes the 2020 and 2021 frameworks",
    },
    description: Tr {
        zh: "成本指标既在产出指标下又作为一级指标出现，说明套用了两套框架。",
        en: "Cost both under output and as a level 1 means two frameworks were mixed.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
