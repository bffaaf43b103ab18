//! `actual-has-operator` — 实际完成值带有比较符号.
//!
//! An actual that carries a comparison — `≥4次`, `≤24小时`, `95%以上`, `不低于95%`, or the
//! target's own bound inside a sentence (`辖区企业满意率达95%以上。`, a real 2020 决算 table) —
//! states a target, not a measurement (a sentence that reports a finding in such words,
//! `存在18岁以下、54周岁以上`, is left alone): the target was copied into the actual column and nothing
//! measured (a 真实性 finding in 自评抽审). The vendor page accepts only a plain number in
//! `actualvalue` (`/^(-?\d+)\.?(\d*)$/`). Satisfaction rows are no exception. An `＝` before the
//! number (`＝100%`) compares nothing and is left alone. Source: LIFECYCLE.md §4.1 rule 3; C —
//! `actualvalue` check (id 54504033813); rule shape E.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::actual_has_operator,
    level: Level::Error,
    stages: Stages::LIFECYCLE,
    title: Tr {
        zh: "实际完成值带有比较符号",
        en: "The actual value carries a comparison",
    },
    description: Tr {
        zh: "实际完成值应是实际达到的数值，不应带“≥”“以上”等比较符号（那是指标值的写法）。",
        en: "An actual value is the value reached; a comparison such as ≥ or 以上 (or more) belongs to the target, not the actual.",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    if !ind.has_name() {
        return;
    }
    let Some(symbol) = crate::lifecycle::score::actual_bound(ind) else {
        return;
    };
    let row = cx.row();
    let actual = crate::rules::quote(ind.raw.actual.as_deref().unwrap_or_default().trim());
    let msg = tr!(
        cx,
        "{row}的实际完成值“{actual}”带有比较“{symbol}”，这是指标值的写法。请填写实际达到的数值，不带比较。",
        "{row}: the actual value “{actual}” carries the comparison “{symbol}”, which is how a target is written. Enter the value actually reached, without a comparison."
    );
    cx.report(cx.cell(Column::Actual), msg);
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "actual-has-operator";

    #[test]
    fn hit() {
        // LIFECYCLE §4.1 rule 3: 组织宣传活动次数 ≥ 4 次, actual "≥4次".
        let mut t = self_evaluation();
        t.indicators[0].actual = Some("≥4次".into());
        // Satisfaction rows included; comparisons in words and after the number.
        t.indicators[8].actual = Some("不低于95%".into());
        t.indicators[4].actual = Some("100%以上".into());
        assert_eq!(
            paths(ID, &t),
            [
                "indicators.0.actual",
                "indicators.4.actual",
                "indicators.8.actual"
            ]
        );
        messages_contain(
            ID,
            &t,
            &["第1行（组织宣传活动次数）", "“≥4次”", "比较“≥”"],
            &["row 1", "comparison"],
        );
        // Inside a sentence that copies the target (the real s12 table).
        let mut t = self_evaluation();
        t.indicators[8].value = "辖区企业满意率达95%以上。".into();
        t.indicators[8].actual = Some("辖区企业满意率达95%以上。".into());
        assert_eq!(paths(ID, &t), ["indicators.8.actual"]);
        // Monitoring too.
        let mut t = monitoring();
        t.indicators[1].actual = Some(">=100".into());
        assert_eq!(paths(ID, &t), ["indicators.1.actual"]);
    }

    #[test]
    fn near_misses() {
        // §3.10 A and D as given (plain numbers, "100%", grades).
        assert!(run(ID, &self_evaluation()).is_empty());
        assert!(run(ID, &monitoring()).is_empty());
        let mut t = self_evaluation();
        // ＝ compares nothing.
        t.indicators[2].actual = Some("＝100%".into());
        // A negative number is not a comparison.
        t.indicators[0].actual = Some("-1".into());
        // Words, blank, N/A, no cell: other rules' or nothing; 以上 with no number before it.
        t.indicators[1].actual = Some("以上均已完成".into());
        t.indicators[3].actual = Some(String::new());
        t.indicators[4].actual = Some("/".into());
        t.indicators[5].actual = None;
        assert!(run(ID, &t).is_empty(), "{:?}", paths(ID, &t));
        // A sentence reporting a finding in such words (the real s04 table: trainees outside
        // 18—54周岁).
        let mut t = self_evaluation();
        t.indicators[6].value = "18—54周岁".into();
        t.indicators[6].actual = Some("存在18岁以下、54周岁以上".into());
        assert!(run(ID, &t).is_empty());
    }
}
