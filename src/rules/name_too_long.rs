//! `name-too-long` — 三级指标名称超过100字.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "name-too-long",
    level: Level::Error,
    title: Tr {
        zh: "三级指标名称超过100字",
        en: "The indicator name is longer than 100 characters",
    },
    description: Tr {
        zh: "一体化系统限制指标名称不超过100字。",
        en: "Budget systems limit indicator names to 100 characters.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
