//! `missing-operator` — 数值型指标缺少运算符号.
//!
//! A number without ≥, ≤ or ＝ is not a target: “95 %” could be a floor, a cap or an exact
//! value, and the self-evaluation cannot score it. Budget systems require the operator on
//! every quantitative row (强制性审核; DOMAIN.md “Operators”). Qualitative rows (text values)
//! are not concerned. No fix: only the user knows which direction is meant. Many provinces'
//! forms have no 运算符号 column — the whole target sits in 指标值 (`≥57个`) — and there a bare
//! number is read as written: the rule asks only where the form has the column (the profile's
//! `columns`, else some row fills it).

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::missing_operator,
    level: Level::Error,
    title: Tr {
        zh: "数值型指标缺少运算符号",
        en: "A numeric target has no operator",
    },
    description: Tr {
        zh: "定量指标必须写明 ≥、≤ 或 ＝。",
        en: "A quantitative target needs ≥, ≤ or ＝.",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    let (Cell::Blank, Some(n)) = (&ind.operator, ind.number()) else {
        return;
    };
    // A form without a 运算符号 column, where the whole target sits in 指标值: a bare number
    // there is read as written (＝), as the provinces that use such forms read it.
    if !cx.header.columns.has(Column::Operator) {
        return;
    }
    // A year with no unit (`2024`) is a date, which takes no operator.
    if ind.unit.is_none() && n.scale() == 0 && (1990..=2100).contains(&n.mantissa()) {
        return;
    }
    let row = cx.row();
    let hint = if ind.is_cost() || ind.name_kind == NameKind::Money {
        tr!(
            cx,
            "成本类指标一般用“≤”。",
            " Cost targets usually take “≤”."
        )
    } else {
        String::new()
    };
    let msg = tr!(
        cx,
        "{row}的指标值是数字{n}，但没有运算符号。请选择 ≥（不低于）、≤（不高于）或 ＝（等于）。{hint}",
        "{row}: the target {n} has no operator. Choose ≥ (at least), ≤ (at most) or ＝ (exactly).{hint}"
    );
    cx.report(cx.cell(Column::Operator), msg);
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "missing-operator";

    #[test]
    fn hit_number_without_operator() {
        let mut t = good();
        t.indicators[1].operator = "".into();
        t.indicators[3].operator = " ".into();
        let d = run(ID, &t);
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].path.to_string(), "indicators.1.operator");
        assert!(d[0].fix.is_none());
        assert!(d[1].message.contains("≤”"), "cost hint: {}", d[1].message);
        messages_contain(ID, &t, &["第2行（体检报告合格率）", "98"], &["row 2"]);
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // Operator inside the value cell, qualitative text, empty value, invalid operator.
        t.indicators[0] = row(
            "产出指标",
            "数量指标",
            "维修数量",
            "",
            "≥100",
            "个",
            "2024年12月",
        );
        t.indicators[1] = row(
            "效益指标",
            "社会效益指标",
            "平稳运行",
            "",
            "平稳运行",
            "",
            "2024年12月",
        );
        t.indicators[2].operator = "".into();
        t.indicators[2].value = "".into();
        t.indicators[3].operator = "约".into();
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
    }

    #[test]
    fn a_form_without_the_column() {
        // 六安: the whole target in 指标值 (`≥57个`, `100%`): a bare number is read as written.
        let mut t = good();
        for r in &mut t.indicators {
            r.operator.clear();
        }
        t.indicators[0].value = "≥12000".into();
        assert!(run(ID, &t).is_empty());
        let p = crate::profile::Profile {
            columns: Some(crate::raw::Column::ALL.to_vec()),
            ..Default::default()
        };
        assert_eq!(run_with(ID, &t, &p).len(), 6);
        // A year takes no operator.
        let mut t = good();
        t.indicators[2] = row("产出指标", "时效指标", "验收年份", "", "2024", "", "");
        assert!(run(ID, &t).is_empty());
    }
}
