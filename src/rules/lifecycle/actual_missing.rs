//! `actual-missing` — 实际完成值为空.
//!
//! A row with a name and a target whose 实际完成值 (self-evaluation) or 1–N月完成值
//! (monitoring) is blank: nothing was reported against the target, so the row can be neither
//! scored nor given a light. Budget systems refuse to save it ("第N行的…为必录项，必须有值。",
//! and the import rejects a NULL actual). Forms without the column (`null`), N/A marks and
//! template rows (`……`) are left alone. Source: LIFECYCLE.md §4.1 rule 1; C — vendor page
//! required columns (id 54504033813, 54558892881), import (id 54547212816).

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::actual_missing,
    level: Level::Error,
    stages: Stages::LIFECYCLE,
    title: Tr {
        zh: "实际完成值为空",
        en: "The actual value is blank",
    },
    description: Tr {
        zh: "有指标值的指标必须填写实际完成值，否则无法评分或判断进度。",
        en: "Every indicator with a target needs its actual value (实际完成值); without it the row can be neither scored nor tracked.",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    let Some(actual) = ind.raw.actual.as_deref() else {
        return;
    };
    if !crate::text::is_blank(actual)
        || !ind.has_name()
        || ind.is_empty_slot()
        || matches!(ind.target, Target::Empty | Target::Placeholder)
    {
        return;
    }
    let row = cx.row();
    let msg = match (cx.header.stage, cx.header.month) {
        (crate::raw::Stage::Monitoring, Some(m)) => tr!(
            cx,
            "{row}未填写截至{m}月的完成值。请填写1-{m}月实际达到的数值或进展。",
            "{row} has no value reached by month {m} (1-{m}月完成值). Enter what was achieved by then."
        ),
        (crate::raw::Stage::Monitoring, None) => tr!(
            cx,
            "{row}未填写当前完成值。请填写截至监控月份实际达到的数值或进展。",
            "{row} has no value reached so far (当前完成值). Enter what was achieved by the monitoring month."
        ),
        _ => tr!(
            cx,
            "{row}未填写实际完成值。请填写全年实际达到的数值；定性指标填写完成等级，如“达成年度指标”。",
            "{row} has no actual value (实际完成值). Enter the value reached in the year, or for a qualitative indicator its grade, e.g. 达成年度指标 (met)."
        ),
    };
    cx.report(cx.cell(Column::Actual), msg);
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "actual-missing";

    #[test]
    fn hit() {
        // LIFECYCLE §4.1 rule 1: 组织宣传活动次数 ≥ 4 次, actual "".
        let mut t = self_evaluation();
        t.indicators[0].actual = Some(String::new());
        t.indicators[6].actual = Some("  ".into());
        assert_eq!(paths(ID, &t), ["indicators.0.actual", "indicators.6.actual"]);
        messages_contain(
            ID,
            &t,
            &["第1行（组织宣传活动次数）未填写实际完成值"],
            &["row 1", "actual value"],
        );
    }

    #[test]
    fn monitoring_names_the_month() {
        let mut t = monitoring();
        t.indicators[0].actual = Some(String::new());
        assert_eq!(paths(ID, &t), ["indicators.0.actual"]);
        messages_contain(ID, &t, &["截至7月"], &["month 7"]);
    }

    #[test]
    fn near_misses() {
        // §3.10 A and D as given.
        assert!(run(ID, &self_evaluation()).is_empty());
        assert!(run(ID, &monitoring()).is_empty());
        let mut t = self_evaluation();
        // The form has no actual column: nothing to say.
        t.indicators[0].actual = None;
        // N/A marks are not blanks.
        t.indicators[1].actual = Some("/".into());
        t.indicators[2].actual = Some("—".into());
        // A template's placeholder row (§6): name "……", nothing else.
        t.indicators
            .push(se_row("……", "", "……", "", "", "", "", "", "", ""));
        // A row with no target: missing-value's, not this.
        t.indicators[5].value = String::new();
        t.indicators[5].actual = Some(String::new());
        assert!(run(ID, &t).is_empty(), "{:?}", paths(ID, &t));
    }
}
