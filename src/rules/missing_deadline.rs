//! `missing-deadline` — 缺少完成时限.
//!
//! Every annual target says by when it is to be met (完成时限); mid-year monitoring (运行监控)
//! and the self-evaluation after the year measure progress against it. Where the form has a
//! 完成时限 column and most deployments require it (profile `deadlineRequired`, on by default;
//! DOMAIN.md “The table”), an empty cell is reported on its row: the seed's 办公楼维修维护
//! benefit row has none. Most provinces' forms have no such column at all — the timing sits in
//! a 时效 row or the 项目期 header — so a table where no row has a deadline (and whose profile
//! does not declare the column) gets one note for the whole table, never one per row. Never
//! asked of a satisfaction row (a survey has no deadline of its own) nor of a 时效 row whose
//! target is itself a date. A cell holding only a symbol (`/`, `--`) counts as empty. When
//! every dated row agrees on one deadline, the fix writes that one.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::missing_deadline,
    level: Level::Warning,
    stages: Stages::ALL,
    title: Tr {
        zh: "缺少完成时限",
        en: "The deadline is missing",
    },
    description: Tr {
        zh: "有完成时限栏的表，每个指标应填写完成时限。",
        en: "Where the form has a deadline column, each indicator should have a deadline.",
    },
    check: Check::Table(check),
};

fn check(table: &Table, cx: &mut Context) {
    if !cx.profile.deadline_required {
        return;
    }
    let needs = |ind: &&Indicator| {
        ind.has_name()
            && !ind.is_empty_slot()
            && ind.level1.get() != Some(Level1::Satisfaction)
            && ind.name_kind != NameKind::Satisfaction
            && !(ind.level2.get() == Some(Level2::Timeliness)
                && matches!(ind.target, Target::Date(_) | Target::Period(..)))
    };
    if !table.header.columns.has(Column::Deadline) {
        if table.indicators.iter().any(|i| needs(&i)) && !says_when(table) {
            let y = table.header.year.unwrap_or(2024);
            let msg = tr!(
                cx,
                "表中没有写明何时完成：时效指标只有笼统的及时率或等级。请在时效指标中写明完成时间，如“项目完成时限 ＝ {y}年12月”。",
                "The table does not say when the work is done: its timeliness indicators (时效指标) are only a generic rate or grade. State a date in one, e.g. “项目完成时限 = December {y}”."
            );
            cx.note(Path::Indicators, msg);
        }
        return;
    }
    let mut dates = table.indicators.iter().filter_map(|i| i.deadline.get());
    let year = table.header.year;
    let common = dates.next().filter(|first| {
        first.year.is_some()
            && !matches!(year, Some(y) if first.year != Some(y))
            && dates.all(|d| d == *first)
    });
    for ind in table.indicators.iter().filter(needs) {
        if ind.deadline.get().is_some() || !crate::text::is_only_symbols(&ind.raw.deadline) {
            continue; // Text that is not a date is `deadline-format`'s.
        }
        let row = cx.row(ind.index);
        let example = common.map_or_else(
            || format!("{}年12月", year.unwrap_or(2024)),
            |d| d.canonical(),
        );
        let msg = tr!(
            cx,
            "{row}没有填写完成时限。请填写预算年度内的完成时间，如“{example}”。",
            "{row} has no deadline. Give the date it is to be met within the budget year, e.g. {example}."
        );
        let path = Path::Cell(ind.index, Column::Deadline);
        let fix = common.map(|c| {
            let value = c.canonical();
            let label = tr!(cx, "填写 {value}", "Set to {value}");
            (value, label)
        });
        let d = cx.report(path, msg);
        if let Some((value, label)) = fix {
            d.fix(path, value, label);
        }
    }
}

/// Whether a table without a 完成时限 column says when its work is done anyway: its 项目期; a 时效 row
/// with a date, a period or a duration (`≤7工作日`), named as a time (完成时限, 开工时间) or
/// as a timeliness rate of its own work (检测及时率, not the boilerplate 资金支付及时率); a goal
/// that names a year or month. Transfer and department tables take their timing from the
/// allocation and the budget year: nothing to ask there.
fn says_when(table: &Table) -> bool {
    use crate::raw::TableKind;
    if matches!(
        table.header.kind,
        TableKind::Transfer | TableKind::Department
    ) {
        return true;
    }
    let timely = table.indicators.iter().any(|i| {
        let named_as_time = contains_any(&i.name, &["时限", "时间", "日期", "工期", "进度", "用时"]);
        (i.level2.get() == Some(Level2::Timeliness) || named_as_time)
            && (named_as_time
                || matches!(i.target, Target::Date(_) | Target::Period(..))
                || matches!(i.unit, Some(Unit::Time(_)))
                || (i.number().is_some()
                    && i.has_name()
                    && !i.empty_name))
    });
    timely
        || names_a_year(&table.header.period)
        || names_a_time(&table.header.overall_goal)
}

/// `2024年`, `12月`, `年底`, `年内`, `全年`: the goal says when.
fn names_a_time(goal: &str) -> bool {
    let chars: Vec<char> = goal.chars().collect();
    chars.windows(2).any(|w| {
        (w[0].is_ascii_digit() || "一二三四五六七八九十".contains(w[0])) && (w[1] == '年' || w[1] == '月')
    }) || contains_any(goal, &["年底", "年末", "年内", "全年", "年度内", "上半年", "下半年", "季度"])
}

/// `2022年`, `2023-01-01—2023-12-31`; not a length (`1年`).
fn names_a_year(text: &str) -> bool {
    text.as_bytes()
        .windows(4)
        .any(|w| w.iter().all(u8::is_ascii_digit) && matches!(&w[..2], b"19" | b"20"))
}

fn contains_any(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| text.contains(w))
}

#[cfg(test)]
mod tests {
    use crate::profile::Profile;
    use crate::rules::testing::*;

    const ID: &str = "missing-deadline";

    #[test]
    fn hit_seed_benefit_row_without_deadline() {
        let mut t = good();
        for r in &mut t.indicators {
            r.deadline = "2024年12月".into();
        }
        t.indicators[4] = row(
            "效益指标",
            "社会效益指标",
            "确保机关事业单位平稳运行",
            "",
            "",
            "平稳运行",
            "",
        );
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.4.deadline");
        assert_eq!(
            fix_of(&d),
            ("indicators.4.deadline".into(), Some("2024年12月"))
        );
        messages_contain(ID, &t, &["第5行（确保机关事业单位平稳运行）"], &["row 5"]);
        fixes_clear(ID, &t, &[d]);
    }

    #[test]
    fn no_fix_when_rows_disagree() {
        let mut t = good();
        t.indicators[0].deadline = "--".into();
        let d = run(ID, &t);
        assert_eq!(d.len(), 1, "a dash is empty");
        assert!(d[0].fix.is_none(), "2024年11月 and 2024年12月 disagree");
    }

    #[test]
    fn a_form_without_the_column_gets_one_note() {
        // Most provinces' forms have no 完成时限 column: one note for the table, when nothing
        // else in it says when (the goal names no time, the 时效 row is a generic rate).
        let mut t = good();
        for r in &mut t.indicators {
            r.deadline.clear();
        }
        t.overall_goal = "为辖区老年人提供免费健康体检，建立健康档案。".into();
        t.indicators[2].name = "资金支付及时率".into();
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators");
        assert_eq!(d.severity, crate::Severity::Info);
        assert!(d.message.contains("2024年12月"), "{}", d.message);
        // A profile that declares the column asks every row.
        let p = Profile {
            columns: Some(crate::raw::Column::ALL.to_vec()),
            ..Default::default()
        };
        assert_eq!(run_with(ID, &t, &p).len(), 6, "not the satisfaction row");
    }

    #[test]
    fn a_table_that_says_when_gets_no_note() {
        let mut t = good();
        for r in &mut t.indicators {
            r.deadline.clear();
        }
        t.overall_goal = "为辖区老年人提供免费健康体检，建立健康档案。".into();
        t.indicators[2].name = "资金支付及时率".into();
        let says = |f: &dyn Fn(&mut crate::raw::RawTable)| {
            let mut t = t.clone();
            f(&mut t);
            run(ID, &t).is_empty()
        };
        // The goal names the year; a 时效 row's own rate; a date; a duration; a time by name.
        assert!(says(&|t| t.overall_goal = "2024年为老年人提供健康体检。".into()));
        assert!(says(&|t| t.overall_goal = "年底前完成体检。".into()));
        assert!(says(&|t| t.indicators[2].name = "体检报告出具及时率".into()));
        assert!(says(&|t| {
            t.indicators[2].value = "2024年11月".into();
            t.indicators[2].unit.clear();
            t.indicators[2].operator.clear();
        }));
        assert!(says(&|t| {
            t.indicators[2].value = "7".into();
            t.indicators[2].unit = "工作日".into();
        }));
        assert!(says(&|t| t.indicators[0].name = "项目完成时限".into()));
        assert!(says(&|t| t.period = "2024年1月-12月".into()));
        assert!(!says(&|t| t.period = "1年".into()), "a length, not when");
        // Transfer and department tables.
        assert!(says(&|t| t.kind = crate::raw::TableKind::Transfer));
    }

    #[test]
    fn not_asked_of_satisfaction_or_dated_timeliness_rows() {
        let mut t = good();
        t.indicators[6].deadline.clear();
        t.indicators[2] = row("产出指标", "时效指标", "项目完成时间", "", "2024年11月底前", "", "");
        assert!(run(ID, &t).is_empty(), "{:?}", paths(ID, &t));
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // Not required by the profile; a row with no name; text that is not a date.
        t.indicators[0].deadline = "".into();
        let p = Profile {
            deadline_required: false,
            ..Default::default()
        };
        assert!(run_with(ID, &t, &p).is_empty());
        t.indicators[0] = row("", "", "", "", "", "", "");
        t.indicators[1].deadline = "尽快".into();
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
