//! `deadline-format` — 完成时限格式不规范.
//!
//! Portals store deadlines as `2024年12月` (or `2024年12月31日`); monitoring and self-evaluation
//! sort and compare them, so a spaced `2024 年 12 月`, a `2024-12`, a year-less `12月31日前` or a
//! wording such as `尽快`/`年内` is sent back or silently misread (DOMAIN.md: dates within the
//! budget year; the seed's 少先队 and 特殊教育 tables write “2024 年 12 月”). The fix writes the
//! stored spelling, filling in the budget year when the text gave none. A deadline in another
//! year is `deadline-outside-year`'s; a blank one `missing-deadline`'s.

use crate::rules::prelude::*;
use crate::rules::quote;

pub const RULE: Rule = Rule {
    id: RuleId::deadline_format,
    level: Level::Warning,
    stages: Stages::ALL,
    title: Tr {
        zh: "完成时限格式不规范",
        en: "The deadline is not in the standard form",
    },
    description: Tr {
        zh: "完成时限应写成“2024年12月”这样的格式。",
        en: "Deadlines are written like 2024年12月.",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    if crate::text::is_only_symbols(&ind.name) {
        return;
    }
    let path = cx.cell(Column::Deadline);
    let row = cx.row();
    let d = match ind.deadline {
        Cell::Blank => return,
        Cell::Invalid => {
            let typed = crate::text::clean_cow(&ind.raw.deadline);
            if crate::text::is_only_symbols(&typed) {
                return; // A dash is an empty cell: `missing-deadline`'s.
            }
            let text = quote(&typed);
            let example = format!("{}年12月", cx.header.year.unwrap_or(2024));
            let msg = tr!(
                cx,
                "{row}的完成时限“{text}”不是具体日期。请写明年月，如“{example}”或“{example}31日”。",
                "{row}: the deadline “{text}” is not a date. Write a year and month, e.g. {example} or {example}31日."
            );
            cx.report(path, msg);
            return;
        }
        Cell::Valid(d) => d,
    };
    let want = match (d.year, cx.header.year) {
        (Some(dy), Some(y)) if dy != y => return, // `deadline-outside-year`'s.
        (Some(_), _) => Some(d),
        (None, Some(y)) => d.in_year(y),
        (None, None) => None,
    };
    let Some(want) = want else {
        // No year anywhere: say so, with nothing to fill in.
        let typed = crate::text::clean_cow(&ind.raw.deadline);
        let text = quote(&typed);
        let example = format!("2024年{}", d.canonical());
        let msg = tr!(
            cx,
            "{row}的完成时限“{text}”没有写年份。请写明预算年度，如“{example}”。",
            "{row}: the deadline “{text}” has no year. Write the budget year, e.g. {example}."
        );
        cx.report(path, msg);
        return;
    };
    let value = want.canonical();
    // The stored spelling has nothing that cleaning changes: typed as is, it is clean.
    if ind.raw.deadline == value {
        return;
    }
    let typed = crate::text::clean_cow(&ind.raw.deadline);
    if typed == value {
        return;
    }
    let text = quote(&typed);
    let msg = if d.year.is_none() {
        tr!(
            cx,
            "{row}的完成时限“{text}”没有写年份，应写成“{value}”。",
            "{row}: the deadline “{text}” has no year; write it as {value}."
        )
    } else {
        tr!(
            cx,
            "{row}的完成时限“{text}”格式不规范，应写成“{value}”。",
            "{row}: write the deadline “{text}” in the standard form {value}."
        )
    };
    // Joined, not formatted: the label is a prefix and the value.
    let prefix = Tr {
        zh: "改为 ",
        en: "Change to ",
    };
    let label = [prefix.get(cx.zh()), &value].concat();
    cx.report(path, msg).fix(path, value, label);
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "deadline-format";

    #[test]
    fn hit_seed_spaced_deadline() {
        let mut t = good();
        t.indicators[1].deadline = "2024 年 12 月".into();
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.1.deadline");
        assert_eq!(
            fix_of(&d),
            ("indicators.1.deadline".into(), Some("2024年12月"))
        );
        messages_contain(ID, &t, &["第2行（体检报告合格率）"], &["row 2"]);
        fixes_clear(ID, &t, &[d]);
    }

    #[test]
    fn hit_year_less_and_other_spellings() {
        let mut t = good();
        t.indicators[0].deadline = "12月31日前".into();
        t.indicators[1].deadline = "2024-06".into();
        let d = run(ID, &t);
        let fixes: Vec<_> = d
            .iter()
            .map(|d| d.fix.as_ref().unwrap().value.clone().unwrap())
            .collect();
        assert_eq!(fixes, ["2024年12月31日", "2024年6月"]);
        fixes_clear(ID, &t, &d);
    }

    #[test]
    fn hit_not_a_date() {
        let mut t = good();
        t.indicators[0].deadline = "尽快".into();
        t.indicators[1].deadline = "年内".into();
        let d = run(ID, &t);
        assert_eq!(d.len(), 2);
        assert!(d.iter().all(|d| d.fix.is_none()));
        assert!(d[0].message.contains("2024年12月"), "{}", d[0].message);
        t.indicators[0].deadline = "尽快".repeat(500);
        let d = run(ID, &t);
        assert!(d[0].message.chars().count() < 120, "{}", d[0].message);
    }

    #[test]
    fn year_less_without_a_budget_year() {
        let mut t = good();
        t.year = None;
        t.indicators[0].deadline = "12月31日".into();
        let d = only(ID, &t);
        assert!(d.fix.is_none());
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // A day is fine; last year's deadline is deadline-outside-year's; a dash is empty;
        // a separator row is no row.
        t.indicators[0].deadline = "2024年12月31日".into();
        t.indicators[1].deadline = "2023 年 12 月".into();
        t.indicators[2].deadline = "--".into();
        t.indicators
            .push(row("--", "--", "--", "--", "--", "--", "--"));
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
