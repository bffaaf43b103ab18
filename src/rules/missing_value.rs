//! `missing-value` — 指标值为空.
//!
//! A row without a target value sets no target: nothing can be monitored mid-year or scored
//! in the self-evaluation. Budget systems refuse to save it (强制性审核). Rows without a name
//! are left to `missing-indicator-name` (an unfilled row is one defect, not two), and rows
//! whose value was typed into the unit column (the seed's 办公楼维修维护 benefit row:
//! `平稳运行` under 度量单位) to `value-in-unit`, which can move it.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::missing_value,
    level: Level::Error,
    stages: Stages::ALL,
    title: Tr {
        zh: "指标值为空",
        en: "The target value is empty",
    },
    description: Tr {
        zh: "每个指标都必须有目标值。",
        en: "Every indicator needs a target value.",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    if ind.target != Target::Empty || !ind.has_name() || ind.value_in_unit_cell(cx.grades) {
        return;
    }
    let row = cx.row();
    // Target::Empty with text in the cell: the cell holds only an operator (`≥`).
    let msg = if !crate::text::is_blank(&ind.raw.value) {
        tr!(
            cx,
            "{row}的指标值栏只有运算符号，没有目标值。请在符号后填写数字，如“≥95”。",
            "{row}: the target cell holds only an operator. Write the number after it, e.g. “≥95”."
        )
    } else {
        tr!(
            cx,
            "{row}没有填写指标值。定量指标请填数字（如95），定性指标请填等级表述（如“达成预期指标”）。",
            "{row} has no target value. Write a number (e.g. 95) for a quantitative indicator, or a graded wording (e.g. 达成预期指标) for a qualitative one."
        )
    };
    cx.report(cx.cell(Column::Value), msg);
}

#[cfg(test)]
mod tests {
    use crate::raw::RawIndicator;
    use crate::rules::testing::*;

    const ID: &str = "missing-value";

    #[test]
    fn hit_empty_value() {
        let mut t = good();
        t.indicators[1].value = " ".into();
        t.indicators[2].value = "≥".into();
        let d = run(ID, &t);
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].path.to_string(), "indicators.1.value");
        assert!(d[0].fix.is_none());
        assert!(d[1].message.contains("只有运算符号"), "{}", d[1].message);
        messages_contain(ID, &t, &["第2行（体检报告合格率）"], &["row 2"]);
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // The seed's benefit row: the value sits in the unit column (value-in-unit's).
        t.indicators[5] = row(
            "效益指标",
            "社会效益指标",
            "确保机关事业单位平稳运行",
            "",
            "",
            "平稳运行",
            "",
        );
        // An unfilled row and a nameless row are missing-indicator-name's.
        t.indicators.push(RawIndicator::default());
        t.indicators.push(row("", "", "", "≥", "", "%", ""));
        // A placeholder is placeholder-value's.
        t.indicators[1].value = "**".into();
        assert!(run(ID, &t).is_empty(), "{:?}", run(ID, &t));
        assert!(run(ID, &good()).is_empty());
    }
}
