//! `operator-on-qualitative` — 运算符号与指标值不符.
//!
//! The operator says how the target is judged: ≥ ＞ ＝ ＜ ≤ compare a number, 定性 grades a
//! wording. “≥ 平稳运行” cannot be evaluated, nor can “定性 100”. Budget systems require a
//! numeric value for every comparison operator (`^\d*\.?\d*$`) and a unit unless 定性
//! (强制性审核; DOMAIN.md “Review rules found in real systems”). When a comparison operator
//! stands before plain wording, the fix sets the operator to 定性; when the wording holds a
//! number (`9 5`, `百分之九十`) the number is probably meant and no fix is offered.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::operator_on_qualitative,
    level: Level::Error,
    stages: Stages::ALL,
    title: Tr {
        zh: "运算符号与指标值不符",
        en: "The operator does not fit the value",
    },
    description: Tr {
        zh: "比较符号要求数值；文字指标值应使用“定性”。",
        en: "Comparison operators need a number; text targets use 定性.",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    let Some(op) = ind.operator.get() else {
        return;
    };
    let path = cx.cell(Column::Operator);
    let row = cx.row();
    let sym = op.symbol();
    match &ind.target {
        Target::Text(t) if op.is_quantitative() => {
            let msg = tr!(
                cx,
                "{row}的运算符号是“{sym}”，但指标值“{t}”是文字。比较符号需要数值；文字目标请用“定性”，或把指标值改成数字（如95，单位写在度量单位栏）。",
                "{row}: the operator is “{sym}” but the target “{t}” is text. Comparison operators need a number; for a text target use 定性, or write the target as a number (e.g. 95, with the unit in the unit column)."
            );
            let label = tr!(cx, "改为 定性", "Change to 定性");
            let d = cx.report(path, msg);
            if !has_number(t) {
                d.fix(path, Operator::Qualitative.symbol(), label);
            }
        }
        Target::Number(n) if !op.is_quantitative() => {
            let msg = tr!(
                cx,
                "{row}的运算符号是“定性”，但指标值是数字{n}。定量指标请选择 ≥、≤ 或 ＝；定性指标请把指标值写成等级表述（如“达成预期指标”）。",
                "{row}: the operator is 定性 (qualitative) but the target is the number {n}. For a numeric target choose ≥, ≤ or ＝; for a qualitative one write a graded wording such as 达成预期指标."
            );
            cx.report(path, msg);
        }
        _ => {}
    }
}

/// True when the wording holds a number in digits or Chinese numerals: then a number was
/// probably meant, and switching to 定性 would be the wrong fix.
fn has_number(t: &str) -> bool {
    t.chars()
        .any(|c| c.is_ascii_digit() || "〇零一二三四五六七八九十百千万两".contains(c))
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "operator-on-qualitative";

    #[test]
    fn comparison_before_text_fixed_to_qualitative() {
        let mut t = good();
        t.indicators[5] = row(
            "效益指标",
            "社会效益指标",
            "确保机关事业单位平稳运行",
            ">=",
            "平稳运行",
            "",
            "2024年12月",
        );
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.5.operator");
        assert_eq!(fix_of(&d), ("indicators.5.operator".into(), Some("定性")));
        messages_contain(
            ID,
            &t,
            &["第6行（确保机关事业单位平稳运行）", "比较符号需要数值"],
            &["row 6"],
        );
        fixes_clear(ID, &t, &[d]);
    }

    #[test]
    fn qualitative_with_a_number_and_numeric_text() {
        let mut t = good();
        t.indicators[1].operator = "定性".into();
        t.indicators[2].value = "9 5".into();
        t.indicators[4].value = "百分之九十".into();
        let d = run(ID, &t);
        assert_eq!(d.len(), 3);
        assert!(d[0].message.contains("98"), "{}", d[0].message);
        assert!(d.iter().all(|d| d.fix.is_none()));
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // 定性 with text, blank operator with text, comparison with a number or date, empty.
        t.indicators[0] = row(
            "效益指标",
            "社会效益指标",
            "a",
            "定性",
            "平稳运行",
            "",
            "2024年12月",
        );
        t.indicators[1] = row(
            "效益指标",
            "社会效益指标",
            "b",
            "",
            "足额保障",
            "",
            "2024年12月",
        );
        t.indicators[2].value = "2024年11月".into();
        t.indicators[3].value = "".into();
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
