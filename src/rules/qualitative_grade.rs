//! `qualitative-grade` — 定性指标值不在分级表述中.
//!
//! Qualitative targets are allowed when no number fits, but they must be gradable
//! (“分级分档”) so that the self-evaluation can say whether they were met: 达成预期指标 /
//! 部分达成预期指标并具有一定效果 / 未完成预期指标且效果较差, or 好/较好/一般 (DOMAIN.md “What
//! the indicator types mean”; the grade list is the profile's `qualitativeGrades`). The seed's
//! `规范支出` and `提高` are not grades; `平稳运行` and `足额保障` are in the default list. A
//! value that contains a grade (`确保平稳运行`) is accepted. Advisory.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::qualitative_grade,
    level: Level::Info,
    title: Tr {
        zh: "定性指标值不在分级表述中",
        en: "A qualitative target is not a graded wording",
    },
    description: Tr {
        zh: "定性指标应采用分级分档表述。",
        en: "Qualitative targets should use graded wording (分级分档).",
    },
    check: Check::Row(check),
};

/// How many of the profile's grades a message quotes.
const EXAMPLES: usize = 3;

fn check(ind: &Indicator, cx: &mut RowContext) {
    let grades = &cx.profile.qualitative_grades;
    if grades.is_empty() {
        return;
    }
    let Target::Text(t) = &ind.target else {
        return;
    };
    if !ind.is_qualitative() || cx.grades.matches(t) {
        return;
    }
    let sep = if cx.zh() { "" } else { ", " };
    let examples = grades
        .iter()
        .take(EXAMPLES)
        .map(|g| format!("“{g}”"))
        .collect::<Vec<_>>()
        .join(sep);
    let row = cx.row();
    let msg = tr!(
        cx,
        "{row}的定性指标值“{t}”不是分级表述，年底评价时难以判断是否达成。请写成可评判的等级，如{examples}。",
        "{row}: the qualitative target “{t}” is not a graded wording, so the year-end evaluation cannot tell whether it was met. Use a grade such as {examples}."
    );
    cx.report(cx.cell(Column::Value), msg);
}

#[cfg(test)]
mod tests {
    use crate::profile::Profile;
    use crate::rules::testing::*;

    const ID: &str = "qualitative-grade";

    #[test]
    fn seed_values_not_graded() {
        let mut t = good();
        t.indicators[4] = row(
            "质量指标",
            "质量指标",
            "经费支出规范性",
            "",
            "规范支出",
            "",
            "2024年12月",
        );
        t.indicators[5] = row(
            "效益指标",
            "社会效益指标",
            "提高残疾人受教育水平",
            "定性",
            "提高",
            "",
            "2024年12月",
        );
        let d = run(ID, &t);
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].path.to_string(), "indicators.4.value");
        assert!(d[0].fix.is_none());
        messages_contain(
            ID,
            &t,
            &["第5行（经费支出规范性）", "“达成预期指标”"],
            &["row 5"],
        );
    }

    #[test]
    fn profile_grades_are_used() {
        let mut t = good();
        t.indicators[5] = row("效益指标", "社会效益指标", "a", "定性", "规范支出", "", "");
        let p = Profile {
            qualitative_grades: vec!["规范支出".into()],
            ..Default::default()
        };
        assert!(run_with(ID, &t, &p).is_empty());
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // Grades, a grade inside a phrase, a split grade, and text under ≥ (not qualitative).
        t.indicators[0] = row("效益指标", "社会效益指标", "a", "", "平稳运行", "", "");
        t.indicators[1] = row("效益指标", "社会效益指标", "b", "定性", "足额保 障", "", "");
        t.indicators[2] = row(
            "效益指标",
            "社会效益指标",
            "c",
            "定性",
            "确保单位平稳运行",
            "",
            "",
        );
        t.indicators[3] = row("效益指标", "社会效益指标", "d", "≥", "提高", "", "");
        t.indicators[4] = row("效益指标", "社会效益指标", "e", "定性", "较好", "", "");
        assert!(run(ID, &t).is_empty(), "{:?}", run(ID, &t));
        assert!(run(ID, &good()).is_empty());
    }
}
