//! `actual-not-numeric` — 定量指标的实际完成值不是数字.
//!
//! A quantitative row (its target is a number: ≥ ＞ ＝ ＜ ≤ 100 个) whose actual is words —
//! "完成", "已完成", "达成预期指标", "是": nothing was measured, so the score cannot be computed
//! and a spot-check (自评抽审, 真实性) cannot verify it. The vendor import says
//! "定量指标实际完成值填数字。" and the page checks `actualvalue`. An actual with a comparison
//! (`≥4次`) is `actual-has-operator`'s; blanks are `actual-missing`'s; N/A words (无, 不适用)
//! and marks are left alone; a unit after the number (`100个`) is fine, and so is a number
//! worded (`按合同10.5万元`, as a real 2020 决算 table reports it): it measured something. Source: LIFECYCLE.md
//! §4.1 rule 2; C — import and page checks (id 54547212816, 54504033813).

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::actual_not_numeric,
    level: Level::Error,
    stages: Stages::LIFECYCLE,
    title: Tr {
        zh: "定量指标的实际完成值不是数字",
        en: "A quantitative indicator's actual value is not a number",
    },
    description: Tr {
        zh: "指标值为数字的定量指标，实际完成值应填写实际达到的数值，不能只写“已完成”等文字。",
        en: "A quantitative indicator's actual value must be the number reached, not words such as 已完成 (done).",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    let Some(cell) = ind.progress.as_ref().and_then(|p| p.actual.as_ref()) else {
        return;
    };
    let Target::Text(text) = &cell.target else {
        return;
    };
    let Some(t) = ind.number() else {
        return;
    };
    // A number inside words (`按合同10.5万元`, `完成1部宣传片`) is a measurement, worded; a
    // comparison (`达95%以上`) is actual-has-operator's.
    if !ind.has_name()
        || ind.operator.get() == Some(Operator::Qualitative)
        || !crate::lifecycle::reading::is_stated(Some(text))
        || text.chars().any(|c| c.is_ascii_digit())
        || crate::lifecycle::score::actual_bound(ind).is_some()
    {
        return;
    }
    let row = cx.row();
    let actual = crate::rules::quote(text);
    let op = ind.operator.get().map_or("", Operator::symbol);
    let unit = ind.unit.as_ref().map_or("", Unit::canonical);
    let target = t.normalize();
    let msg = tr!(
        cx,
        "{row}是定量指标（{op}{target}{unit}），实际完成值“{actual}”不是数字。请填写实际达到的数值，如“{target}”。",
        "{row} is quantitative ({op}{target}{unit}) but its actual value “{actual}” is not a number. Enter the value reached, e.g. “{target}”."
    );
    cx.report(cx.cell(Column::Actual), msg);
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "actual-not-numeric";

    #[test]
    fn hit() {
        // LIFECYCLE §4.1 rule 2: 维修数量 = 100 个, actual "已完成".
        let mut t = monitoring();
        t.indicators[0].actual = Some("已完成".into());
        assert_eq!(paths(ID, &t), ["indicators.0.actual"]);
        messages_contain(
            ID,
            &t,
            &["第1行（维修数量）", "＝100个", "“已完成”不是数字"],
            &["row 1", "not a number"],
        );
        let mut t = self_evaluation();
        for (i, words) in [(0, "完成"), (2, "达成预期指标"), (8, "是")] {
            t.indicators[i].actual = Some(words.into());
        }
        assert_eq!(
            paths(ID, &t),
            [
                "indicators.0.actual",
                "indicators.2.actual",
                "indicators.8.actual"
            ]
        );
    }

    #[test]
    fn near_misses() {
        // §3.10 A (qualitative rows graded, "100%" and "97%" actuals) and D.
        assert!(run(ID, &self_evaluation()).is_empty());
        assert!(run(ID, &monitoring()).is_empty());
        let mut t = self_evaluation();
        // A number with its unit.
        t.indicators[0].actual = Some("6次".into());
        // With a comparison: actual-has-operator's.
        t.indicators[1].actual = Some("≥1批次".into());
        // Blank: actual-missing's; N/A: nothing to say.
        t.indicators[2].actual = Some(String::new());
        t.indicators[3].actual = Some("不适用".into());
        t.indicators[4].actual = Some("/".into());
        // The form has no such cell.
        t.indicators[5].actual = None;
        // A number worded (the real s12 table).
        t.indicators[8].actual = Some("按合同97%".into());
        // A qualitative row takes words.
        t.indicators[6].actual = Some("平稳运行".into());
        assert!(run(ID, &t).is_empty(), "{:?}", paths(ID, &t));
    }
}
