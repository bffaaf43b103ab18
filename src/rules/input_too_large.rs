//! `input-too-large` — 输入超出长度或行数限制.
//!
//! Reports rows beyond the profile's `limits.maxRows` or past `limits.maxInputLength`
//! characters in all (for the list), and texts longer than `limits.maxTextLength` (at the
//! field or cell), with the limits. Checking runs on every
//! keystroke in a web form, so whatever is pasted the work is bounded: the excess is not
//! checked, and the user is told so rather than left to think it was. Source: the library's
//! profile limits; real portals cap names at 100 characters (DOMAIN.md), which
//! `name-too-long` checks separately.

use crate::rules::prelude::*;
use crate::table::Issue;

pub const RULE: Rule = Rule {
    id: RuleId::input_too_large,
    level: Level::Warning,
    stages: Stages::ALL,
    title: Tr {
        zh: "输入超出长度或行数限制",
        en: "The input exceeds a size limit",
    },
    description: Tr {
        zh: "超出限制的部分不予检查，以免拖慢页面。",
        en: "What exceeds the limits is not checked, so the page stays fast.",
    },
    check: Check::Table(check),
};

fn check(table: &Table, cx: &mut Context) {
    for issue in &table.issues {
        match *issue {
            Issue::TooManyRows { max } => {
                let next = max.saturating_add(1);
                let msg = tr!(
                    cx,
                    "表中的指标超过了{max}行的上限，第{next}行起未检查。请删去多余的行，或分成几张表填写。",
                    "The table has more than the limit of {max} indicator rows; rows from {next} on were not checked. Remove the extra rows, or split it into several tables."
                );
                cx.report(Path::Indicators, msg);
            }
            Issue::InputTooLong {
                max,
                first_unchecked,
            } => {
                let next = first_unchecked + 1;
                let msg = tr!(
                    cx,
                    "表中文字超过了{max}字的上限，第{next}行起未检查。请删去多余的内容，或分成几张表填写。",
                    "The table holds more than the limit of {max} characters; rows from {next} on were not checked. Remove what does not belong, or split it into several tables."
                );
                cx.report(Path::Indicators, msg);
            }
            Issue::TextTooLong { path, len, max } => {
                let what_zh = match path {
                    Path::Field(f) => format!("“{}”", f.label_zh()),
                    // By number only: the row's name may be the long text itself.
                    Path::Cell(i, c) => format!("第{}行的{}", i + 1, c.label_zh()),
                    _ => "内容".to_string(),
                };
                let what_en = match path {
                    Path::Field(f) => format!("The {}", f.label_en()),
                    Path::Cell(i, c) => format!("Row {}: the {}", i + 1, c.label_en()),
                    _ => "The text".to_string(),
                };
                let msg = tr!(
                    cx,
                    "{what_zh}有{len}个字，超过了{max}字的上限，超出部分未检查。",
                    "{what_en} has {len} characters, more than the limit of {max}; the rest was not checked."
                );
                cx.report(path, msg);
            }
            Issue::WrongType(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::profile::{Locale, Profile};
    use crate::raw::{Column, Field};
    use crate::rules::testing::*;

    const ID: &str = "input-too-large";

    fn small() -> Profile {
        let mut p = Profile::default();
        p.limits.max_rows = 5;
        p.limits.max_text_length = 40;
        p
    }

    #[test]
    fn too_many_rows_and_long_texts() {
        let mut t = good();
        t.indicators[1].name = "很".repeat(45);
        let d = run_with(ID, &t, &small());
        let p = paths_of(&d);
        assert_eq!(p, ["overallGoal", "indicators", "indicators.1.name"]);
        assert!(
            d[1].message.contains("5行的上限") && d[1].message.contains("第6行起"),
            "{}",
            d[1].message
        );
        assert!(
            d[2].message.starts_with("第2行的三级指标有45个字"),
            "{}",
            d[2].message
        );
        let en = run_in(ID, &t, &small(), Locale::En);
        assert!(en[1].message.contains("limit of 5"), "{}", en[1].message);
        assert!(
            en[0].message.starts_with("The overall goal has"),
            "{}",
            en[0].message
        );
    }

    #[test]
    fn too_much_text_in_all() {
        let t = good();
        let total: usize = {
            let header: usize = Field::ALL.iter().map(|f| t.field(*f).chars().count()).sum();
            let rows: usize = t
                .indicators
                .iter()
                .flat_map(|r| Column::ALL.map(|c| r.cell(c).chars().count()))
                .sum();
            header + rows
        };
        let last_row: usize = Column::ALL
            .iter()
            .map(|c| t.indicators[6].cell(*c).chars().count())
            .sum();
        let mut p = Profile::default();
        // One character short of the whole table: the last row is not checked.
        p.limits.max_input_length = total - 1;
        let d = run_with(ID, &t, &p);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].path.to_string(), "indicators");
        assert!(
            d[0].message.contains(&format!("{}字的上限", total - 1))
                && d[0].message.contains("第7行起"),
            "{}",
            d[0].message
        );
        // The unchecked row is not reviewed: its defects do not show.
        let mut bad = t.clone();
        bad.indicators[6].operator = "大约".into();
        assert!(run_with("invalid-operator", &bad, &p).is_empty());
        // Exactly the whole table fits.
        p.limits.max_input_length = total;
        assert!(run_with(ID, &t, &p).is_empty());
        assert!(last_row > 1);
    }

    #[test]
    fn near_misses() {
        // Exactly at the limits.
        let mut p = Profile::default();
        p.limits.max_rows = 7;
        p.limits.max_text_length = 200;
        assert!(run_with(ID, &good(), &p).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
