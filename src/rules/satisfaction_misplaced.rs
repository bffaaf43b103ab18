//! `satisfaction-misplaced` — 满意度指标放在了效益或质量指标下.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "satisfaction-misplaced",
    level: Level::Warning,
    title: Tr {
        zh: "满意度指标放在了效益或质量指标下",
        en: "A satisfaction indicator is filed under benefit or quality",
    },
    description: Tr {
        zh: "“以满意度代替效益”是常见的审核问题；满意度应放在满意度指标下。",
        en: "Satisfaction filed as a benefit is a known review defect.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
