//! `rate-unit-mismatch` — 比率指标不用%，或数量指标用%.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "rate-unit-mismatch",
    level: Level::Warning,
    title: Tr {
        zh: "比率指标不用%，或数量指标用%",
        en: "A rate without %, or % on a count",
    },
    description: Tr {
        zh: "名称为“…率/…度”的指标应以%计量；“…数/…次数”不应以%计量。",
        en: "A …率/…度 name is measured in %; a count name is not.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
