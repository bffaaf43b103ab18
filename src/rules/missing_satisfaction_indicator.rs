//! `missing-satisfaction-indicator` — 缺少满意度指标.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "missing-satisfaction-indicator",
    level: Level::Warning,
    title: Tr {
        zh: "缺少满意度指标",
        en: "No satisfaction indicator",
    },
    description: Tr {
        zh: "面向服务对象的项目应设置满意度指标。",
        en: "Projects that serve people should have a satisfaction indicator.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
