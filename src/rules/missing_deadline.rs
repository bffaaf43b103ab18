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
        if table.indicators.iter().any(|i| needs(&i)) {
            let msg = tr!(
                cx,
                "表中各行都没有完成时限。若表单有“完成时限”栏，请为每个指标填写预算年度内的完成时间；没有该栏的，请在时效指标中写明何时完成。",
                "No row has a deadline. If the form has a deadline column (完成时限), give each indicator a date within the budget year; if not, say when the work is done in a timeliness indicator (时效指标)."
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
        // Most provinces' forms have no 完成时限 column: one note for the table.
        let mut t = good();
        for r in &mut t.indicators {
            r.deadline.clear();
        }
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators");
        assert_eq!(d.severity, crate::Severity::Info);
        // A profile that declares the column asks every row.
        let p = Profile {
            columns: Some(crate::raw::Column::ALL.to_vec()),
            ..Default::default()
        };
        assert_eq!(run_with(ID, &t, &p).len(), 6, "not the satisfaction row");
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
