//! `rate-at-least-100` — 比率类指标目标值为“≥100%”或“＞100%”.
//!
//! A bounded rate (合格率, 完成率, 及时率) cannot exceed 100 %, so “≥ 100 %” can only be met by
//! exactly 100 % and “＞ 100 %” never: the target is either meant as “＝ 100 %” or was filled in
//! without thought. Reviewers send these back every year; the seed's 维修合格率 and
//! 培训完成及时率 are examples. Source: DOMAIN.md, “percentages within 0–100 and ‘≥100%’
//! treated as a red flag”. Growth rates are left to `implausible-growth`, satisfaction to
//! `satisfaction-threshold`.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::rate_at_least_100,
    level: Level::Warning,
    title: Tr {
        zh: "比率目标为“≥100%”",
        en: "A rate target is “≥ 100 %”",
    },
    description: Tr {
        zh: "“≥100%”实际上只能等于100%，目标应写成“＝100%”或设定合理值。",
        en: "“≥ 100 %” can only mean exactly 100 %; write “＝ 100 %” or a realistic value.",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    // ‰ rates are rare enough to leave alone; above 100 % is `percent-out-of-range`'s.
    if ind.name_kind == NameKind::Growth || ind.unit != Some(Unit::Percent) {
        return;
    }
    let (Some(op), Some(n)) = (ind.operator.get(), ind.number()) else {
        return;
    };
    if !(matches!(op, Operator::Ge | Operator::Gt) && n == Decimal::ONE_HUNDRED) {
        return;
    }
    let row = cx.row();
    let sym = op.symbol();
    let msg = tr!(
        cx,
        "{row}的比率目标为“{sym}{n}%”，比率不会超过100%。若要求全部达到，请改为“＝100%”；否则请设定实际可达的值（如≥95%）。",
        "{row}: the rate target “{sym} {n} %” cannot be exceeded; a rate tops out at 100 %. Write “＝ 100 %” if every case must meet it, or a realistic value such as ≥ 95 %."
    );
    let label = tr!(cx, "改为 ＝100%", "Change to ＝ 100 %");
    if ind.operator_in_value {
        // The operator sits in the value cell: rewrite that cell whole.
        let value = format!("＝100{}", if ind.unit_in_value { "%" } else { "" });
        let path = cx.cell(Column::Value);
        cx.report(path, msg).fix(path, value, label);
    } else {
        let path = cx.cell(Column::Operator);
        cx.report(path, msg).fix(path, Operator::Eq.symbol(), label);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn hit_at_least_100_percent() {
        let mut t = good();
        t.indicators[1] = row(
            "产出指标",
            "质量指标",
            "维修合格率",
            ">=",
            "100",
            "%",
            "2024年12月",
        );
        let d = only("rate-at-least-100", &t);
        assert_eq!(d.path.to_string(), "indicators.1.operator");
        assert_eq!(fix_of(&d), ("indicators.1.operator".into(), Some("＝")));
        messages_contain(
            "rate-at-least-100",
            &t,
            &["第2行（维修合格率）", "＝100%"],
            &["row 2"],
        );
    }

    #[test]
    fn hit_combined_cell_and_strictly_above() {
        let mut t = good();
        t.indicators[1] = row(
            "产出指标",
            "质量指标",
            "验收通过率",
            "",
            "≥100%",
            "",
            "2024年12月",
        );
        t.indicators[2] = row(
            "产出指标",
            "时效指标",
            "培训完成及时率",
            "＞",
            "100",
            "%",
            "2024年12月",
        );
        let d = run("rate-at-least-100", &t);
        assert_eq!(d.len(), 2);
        assert_eq!(fix_of(&d[0]).1, Some("＝100%"));
        assert_eq!(d[1].path.to_string(), "indicators.2.operator");
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // ＝ 100 %, growth rates, counts of 100, ≥ 99 %, ‰ and values above 100 %
        // (`percent-out-of-range`'s) are all left alone here.
        t.indicators[1] = row(
            "产出指标",
            "质量指标",
            "维修合格率",
            "=",
            "100",
            "%",
            "2024年12月",
        );
        t.indicators[2] = row(
            "产出指标",
            "质量指标",
            "残疾儿童入学增长率",
            "≥",
            "100",
            "%",
            "2024年12月",
        );
        t.indicators[0] = row(
            "产出指标",
            "数量指标",
            "维修数量",
            "≥",
            "100",
            "个",
            "2024年12月",
        );
        t.indicators[5] = row(
            "效益指标",
            "社会效益指标",
            "普及率",
            "≥",
            "99",
            "%",
            "2024年12月",
        );
        t.indicators[3] = row(
            "产出指标",
            "时效指标",
            "培训完成及时率",
            "≥",
            "120",
            "%",
            "2024年12月",
        );
        t.indicators[4] = row(
            "产出指标",
            "质量指标",
            "差错率",
            "≥",
            "100",
            "‰",
            "2024年12月",
        );
        assert!(run("rate-at-least-100", &t).is_empty());
        assert!(run("percent-out-of-range", &t).len() == 1);
        assert!(run("rate-at-least-100", &good()).is_empty());
    }
}
