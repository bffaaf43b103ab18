//! `required-field` — 必填项为空.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "required-field",
    level: Level::Error,
    title: Tr {
        zh: "必填项为空",
        en: "A required field is empty",
    },
    description: Tr {
        zh: "项目名称、主管部门、实施单位、预算资金、总体目标以及每行的一级、二级指标都必须填写。",
        en: "Project name, department, implementing unit, budget, overall goal, and each row's level 1 and level 2 must be filled in.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
