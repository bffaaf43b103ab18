//! `value-in-unit` — 度量单位栏填的是指标值.
//!
//! In the seed's 办公楼维修维护 table the benefit row “确保机关事业单位平稳运行” has an empty
//! value and `平稳运行` under 度量单位 (so has 政策可持续性): the target was typed one column
//! too far right. The row then has no target and a unit that is not one, and budget systems
//! reject both (value required; unit only for quantitative rows — 强制性审核). Which unit
//! cells hold a value is [`crate::indicator::Indicator::value_in_unit_cell`]: a graded wording
//! from the profile, a phrase such as 提高/足额保障, a number, or a phrase too long for a unit.
//! `missing-value` stays quiet on these rows. The fix moves the text to the value cell; the
//! next check then sees the same text in both cells and offers to clear the unit cell, so two
//! rounds of fixes leave the row clean.

use crate::rules::prelude::*;
use crate::value::ValueCell;

pub const RULE: Rule = Rule {
    id: RuleId::value_in_unit,
    level: Level::Error,
    stages: Stages::ALL,
    title: Tr {
        zh: "度量单位栏填的是指标值",
        en: "The unit cell holds the target value",
    },
    description: Tr {
        zh: "“平稳运行”之类的文字是指标值，不是单位。",
        en: "Text such as 平稳运行 is a target value, not a unit.",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    if !ind.value_in_unit_cell(cx.grades) {
        return;
    }
    let row = cx.row();
    let unit = crate::text::clean(&ind.raw.unit);
    let value = crate::text::compact(&ind.raw.value);
    let path = cx.cell(Column::Unit);
    if value.is_empty() {
        let moved = ValueCell::parse(&ind.raw.unit).target;
        let text_after_comparison = matches!(moved, Target::Text(_))
            && ind.operator.get().is_some_and(Operator::is_quantitative);
        let msg = if text_after_comparison {
            let sym = ind.operator.get().map_or("", Operator::symbol);
            tr!(
                cx,
                "{row}的度量单位栏填的是“{unit}”，这是指标值，不是单位，而指标值栏是空的。请把它移到指标值栏，并把运算符号“{sym}”改为“定性”。",
                "{row}: the unit cell holds “{unit}”, which is the target value, not a unit, and the target cell is empty. Move it to the target cell and change the operator “{sym}” to 定性."
            )
        } else {
            tr!(
                cx,
                "{row}的度量单位栏填的是“{unit}”，这是指标值，不是单位，而指标值栏是空的。请把它移到指标值栏。",
                "{row}: the unit cell holds “{unit}”, which is the target value, not a unit, and the target cell is empty. Move it to the target cell."
            )
        };
        let label = tr!(cx, "移到指标值栏", "Move to target value");
        let value_path = cx.cell(Column::Value);
        let d = cx.report(path, msg);
        // One click changes one cell: offer the move only when the moved value agrees
        // with the operator as it stands, so the fix never brings a new error.
        if fits_operator(ind, &moved) {
            d.fix(value_path, unit, label);
        }
    } else if value == crate::text::compact(&ind.raw.unit) {
        let msg = tr!(
            cx,
            "{row}的度量单位栏重复填写了指标值“{unit}”。请清空度量单位栏：定性指标不需要单位，定量指标请填写真正的单位（如 %、个、万元）。",
            "{row}: the unit cell repeats the target “{unit}”. Clear the unit cell: qualitative targets need no unit, numeric ones need a real unit (e.g. %, 个, 万元)."
        );
        let label = tr!(cx, "清空度量单位", "Clear the unit");
        cx.report(path, msg).fix(path, "", label);
    } else {
        let msg = tr!(
            cx,
            "{row}的度量单位栏填的是“{unit}”，这是指标值的写法，不是单位。定性指标不需要单位，请清空；定量指标请填写真正的单位（如 %、个、万元）。",
            "{row}: the unit cell holds “{unit}”, which reads as a target value, not a unit. Qualitative targets need no unit, so clear it; numeric ones need a real unit (e.g. %, 个, 万元)."
        );
        cx.report(path, msg);
    }
}

/// True when `moved`, once in the value cell, reads as the operator cell says: a number
/// under a comparison, text under 定性 or no operator (an invalid operator is its own error
/// either way). Anything else — a template leftover, a date — is left for the user to move.
fn fits_operator(ind: &Indicator, moved: &Target) -> bool {
    match (&ind.operator, moved) {
        (Cell::Invalid, Target::Number(_) | Target::Text(_)) => true,
        (Cell::Valid(op), Target::Number(_)) => op.is_quantitative(),
        (Cell::Valid(op), Target::Text(_)) => !op.is_quantitative(),
        (Cell::Blank, Target::Text(_)) => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use crate::fix::apply_fixes;
    use crate::rules::testing::*;

    const ID: &str = "value-in-unit";

    /// The seed's 办公楼维修维护 benefit rows.
    fn office() -> crate::raw::RawTable {
        let mut t = good();
        t.indicators[4] = row(
            "效益指标",
            "社会效益指标",
            "确保机关事业单位平稳运行",
            "",
            "",
            "平稳运行",
            "2024年12月",
        );
        t.indicators[5] = row(
            "效益指标",
            "可持续影响指标",
            "政策可持续性",
            "",
            "",
            "平稳运行",
            "2024年12月",
        );
        t
    }

    #[test]
    fn text_under_a_comparison_is_explained_not_moved() {
        let mut t = office();
        t.indicators[4].operator = "≥".into();
        let d = run(ID, &t);
        assert_eq!(d[0].path.to_string(), "indicators.4.unit");
        assert!(
            d[0].fix.is_none(),
            "moving it would leave ≥ on a text target"
        );
        assert!(d[0].message.contains("改为“定性”"), "{}", d[0].message);
        // A template leftover is not moved either: it would be a placeholder value.
        t.indicators[5].unit = "**＊＊**".into();
        assert!(run(ID, &t).iter().all(|d| d.fix.is_none()));
    }

    #[test]
    fn seed_office_value_moved_then_unit_cleared() {
        let t = office();
        let d = run(ID, &t);
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].path.to_string(), "indicators.4.unit");
        assert_eq!(
            fix_of(&d[0]),
            ("indicators.4.value".into(), Some("平稳运行"))
        );
        messages_contain(
            ID,
            &t,
            &["第5行（确保机关事业单位平稳运行）", "“平稳运行”"],
            &["row 5"],
        );
        // missing-value does not double-report.
        assert!(run("missing-value", &t).is_empty());

        // Round 1 moves the text; round 2 clears the repeated unit; then the row is clean.
        let once = apply_fixes(&t, &d);
        let d2 = run(ID, &once);
        assert_eq!(d2.len(), 2);
        assert!(d2[0].message.contains("重复"), "{}", d2[0].message);
        let fix = d2[0].fix.as_ref().unwrap();
        assert_eq!(
            (fix.path.to_string(), fix.value.as_deref()),
            ("indicators.4.unit".into(), Some(""))
        );
        let twice = apply_fixes(&once, &d2);
        assert_eq!(
            (
                twice.indicators[4].value.as_str(),
                twice.indicators[4].unit.as_str()
            ),
            ("平稳运行", "")
        );
        for id in [
            ID,
            "missing-value",
            "missing-unit",
            "unknown-unit",
            "operator-on-qualitative",
            "qualitative-grade",
        ] {
            assert!(run(id, &twice).is_empty(), "{id}: {:?}", run(id, &twice));
        }
    }

    #[test]
    fn number_in_unit_cell_and_other_value() {
        let mut t = good();
        t.indicators[1].unit = "95%".into();
        t.indicators[1].value = "".into();
        t.indicators[5] = row(
            "效益指标",
            "社会效益指标",
            "a",
            "定性",
            "显著提升",
            "提高",
            "",
        );
        let d = run(ID, &t);
        assert_eq!(d.len(), 2);
        assert_eq!(fix_of(&d[0]).1, Some("95%"));
        assert!(d[1].fix.is_none(), "two different texts: the user decides");
        // The number ends up in the value cell and the unit is read from it.
        let twice = apply_fixes(&apply_fixes(&t, &d), &run(ID, &apply_fixes(&t, &d)));
        assert_eq!(
            (
                twice.indicators[1].value.as_str(),
                twice.indicators[1].unit.as_str()
            ),
            ("95%", "")
        );
        assert!(run("missing-unit", &twice).is_empty());
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // Real units, known or not, a symbol for "none", and a unit inside the value cell.
        t.indicators[0].unit = "个百分点".into();
        t.indicators[1].unit = "/".into();
        t.indicators[2].value = "95%".into();
        t.indicators[2].unit = "".into();
        t.indicators[3].unit = "元/人·年".into();
        assert!(run(ID, &t).is_empty(), "{:?}", run(ID, &t));
        assert!(run(ID, &good()).is_empty());
    }
}
