//! `rate-under-quantity` — 比率指标放在了数量指标下.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "rate-under-quantity",
    level: Level::Warning,
    title: Tr {
        zh: "比率指标放在了数量指标下",
        en: "A rate is filed as a quantity indicator",
    },
    description: Tr {
        zh: "数量指标衡量“做了多少”，比率属于质量或时效指标。",
        en: "Quantity counts how much; a rate belongs under quality or timeliness.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
