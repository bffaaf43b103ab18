//! `deadline-outside-year` — 完成时限不在预算年度内.
//!
//! An annual performance target (年度绩效目标) is met within its budget year; monitoring runs
//! January–July and the self-evaluation follows the year. A deadline in another year is usually a
//! row copied from last year's table and not updated — the seed's 专项印刷及订阅资料费 has 2023
//! deadlines in its 2024 table — or a multi-year goal that belongs in the medium-term targets.
//! DOMAIN.md: “时效: … a date/month, which must fall inside the budget year”; reviewers: “dates
//! within the budget year”. Timeliness values written as dates (`2023年6月30日前`) are checked too.
//! The fix keeps the month and day and writes the budget year. Nothing is checked when the
//! budget year is unknown.

use crate::deadline::Deadline;
use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::deadline_outside_year,
    level: Level::Error,
    title: Tr {
        zh: "完成时限不在预算年度内",
        en: "The deadline is outside the budget year",
    },
    description: Tr {
        zh: "年度绩效目标的完成时限必须在预算年度内。",
        en: "Annual targets must be due within the budget year.",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    let Some(y) = cx.header.year else {
        return;
    };
    // A span in the deadline cell is read as its end; a fix would rewrite it as one date,
    // so only a single date gets one.
    let span = crate::deadline::Period::parse(&ind.raw.deadline).is_some();
    if let Some(d) = ind.deadline.get() {
        report(cx, Column::Deadline, d, y, !span);
    }
    match ind.target {
        Target::Date(d) => report(cx, Column::Value, d, y, true),
        // A span that ends after the budget year (2024.03-2025.02) is not an annual target.
        Target::Period(p) => report(cx, Column::Value, p.to, y, false),
        _ => {}
    }
}

fn report(cx: &mut RowContext, column: Column, d: Deadline, y: i32, fixable: bool) {
    let Some(dy) = d.year.filter(|&dy| dy != y) else {
        return;
    };
    let row = cx.row();
    let text = d.canonical();
    let moved = d.in_year(y).map(|m| m.canonical()).filter(|_| fixable);
    let example = moved.clone().unwrap_or_else(|| format!("{y}年12月"));
    let what_zh = if column == Column::Value {
        "指标值中的时间"
    } else {
        "完成时限"
    };
    let what_en = if column == Column::Value {
        "the target date"
    } else {
        "the deadline"
    };
    let msg = if dy < y {
        tr!(
            cx,
            "{row}的{what_zh}为{text}，早于预算年度{y}年。年度目标应在{y}年内完成：请改为“{example}”，并核实该行的指标值是否也需要更新。",
            "{row}: {what_en} {text} is before the budget year {y}. Annual targets are met within {y}: change it to {example}, and check whether the target value needs updating too."
        )
    } else {
        tr!(
            cx,
            "{row}的{what_zh}为{text}，超出了预算年度{y}年。年度绩效目标应在当年完成，请改为“{example}”；跨年度的目标请写入中期绩效目标。",
            "{row}: {what_en} {text} is after the budget year {y}. Annual targets are met within the year: change it to {example}; goals beyond the year belong in the medium-term targets."
        )
    };
    let path = cx.cell(column);
    let label = moved.as_ref().map(|m| tr!(cx, "改为{m}", "Change to {m}"));
    let diag = cx.report(path, msg);
    if let (Some(m), Some(label)) = (moved, label) {
        diag.fix(path, m, label);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "deadline-outside-year";

    #[test]
    fn a_span_that_ends_after_the_year() {
        let mut t = good();
        t.indicators[2] = row("产出指标", "时效指标", "项目实施期", "", "2024.03-2025.02", "", "");
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.2.value");
        assert!(d.fix.is_none(), "a span is not moved into one date");
        // Within the year, and a deadline cell holding a span within it.
        t.indicators[2].value = "2024年1月-12月".into();
        t.indicators[3].deadline = "2024.1-2024.12".into();
        assert!(run(ID, &t).is_empty());
    }

    #[test]
    fn hit_seed_last_years_rows() {
        let mut t = good();
        t.indicators[0].deadline = "2023 年 12 月".into();
        t.indicators[5].deadline = "2023年12月".into();
        let d = run(ID, &t);
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].path.to_string(), "indicators.0.deadline");
        let fix = d[0].fix.as_ref().unwrap();
        assert_eq!(
            (
                fix.path.to_string(),
                fix.value.as_deref(),
                fix.label.as_str()
            ),
            (
                "indicators.0.deadline".into(),
                Some("2024年12月"),
                "改为2024年12月"
            )
        );
        messages_contain(ID, &t, &["第1行（老年人健康体检人数）", "早于预算年度"], &["row 1"]);
        fixes_clear(ID, &t, &d);
    }

    #[test]
    fn hit_date_value_and_later_year() {
        let mut t = good();
        t.indicators[2] = row(
            "产出指标",
            "时效指标",
            "体检完成时间",
            "",
            "2023年6月30日前",
            "",
            "2025年12月",
        );
        let d = run(ID, &t);
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].path.to_string(), "indicators.2.value");
        assert_eq!(fix_of(&d[0]).1, Some("2024年6月30日"));
        assert_eq!(d[1].path.to_string(), "indicators.2.deadline");
        assert!(d[1].message.contains("超出"), "{}", d[1].message);
    }

    #[test]
    fn leap_day_gets_no_fix() {
        let mut t = good();
        t.year = Some(2025);
        for r in &mut t.indicators {
            r.deadline = "2025年12月".into();
        }
        t.indicators[0].deadline = "2024年2月29日".into();
        let d = only(ID, &t);
        assert!(d.fix.is_none());
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // Year-less deadlines mean the budget year; no budget year, nothing to compare.
        t.indicators[0].deadline = "12月31日前".into();
        assert!(run(ID, &t).is_empty());
        t.year = None;
        t.indicators[1].deadline = "2023年12月".into();
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
