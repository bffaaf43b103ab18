//! `cost-direction` — 成本指标使用了“≥”.
//!
//! Lower cost is better (反向): a cost target is a cap, “≤ 100 元/人”. “≥” asks the project to
//! spend at least that much, which rewards waste and contradicts the purpose of cost control
//! (DOMAIN.md: “成本: what it costs — money …, lower-is-better (≤)”; ≥/＞ are 正向). Rows with a
//! money unit under a cost level are checked; the fix writes “≤”.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::cost_direction,
    level: Level::Warning,
    stages: Stages::ALL,
    title: Tr {
        zh: "成本指标使用了“≥”",
        en: "A cost indicator uses “≥”",
    },
    description: Tr {
        zh: "成本越低越好，应使用“≤”。",
        en: "Lower cost is better: use “≤”.",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    if !ind.is_cost() || !ind.unit.as_ref().is_some_and(Unit::is_money) {
        return;
    }
    let Some(op @ (Operator::Ge | Operator::Gt)) = ind.operator.get() else {
        return;
    };
    let row = cx.row();
    let sym = op.symbol();
    let le = Operator::Le.symbol();
    let msg = tr!(
        cx,
        "{row}是成本指标，却使用了“{sym}”，等于要求至少花这么多钱。成本越低越好，应使用“{le}”，表示成本不超过该值。",
        "{row} is a cost but uses “{sym}”, which asks the project to spend at least that much. Lower cost is better: use “{le}” to cap it."
    );
    let label = tr!(cx, "改为 {le}", "Change to {le}");
    if !ind.operator_in_value {
        let path = cx.cell(Column::Operator);
        cx.report(path, msg).fix(path, le, label);
        return;
    }
    // The operator sits in the value cell (`≥90万元`): rewrite that cell whole.
    let path = cx.cell(Column::Value);
    let d = cx.report(path, msg);
    if let (Some(n), Some(unit)) = (ind.number(), &ind.unit) {
        let u = if ind.unit_in_value {
            unit.canonical()
        } else {
            ""
        };
        d.fix(path, format!("{le}{n}{u}"), label);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "cost-direction";

    #[test]
    fn hit_at_least_a_cost() {
        let mut t = good();
        t.indicators[3].operator = ">=".into();
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.3.operator");
        assert_eq!(fix_of(&d), ("indicators.3.operator".into(), Some("≤")));
        messages_contain(ID, &t, &["第4行（人均体检成本）", "“≤”"], &["row 4"]);
        fixes_clear(ID, &t, &[d]);
    }

    #[test]
    fn hit_in_the_value_cell() {
        let mut t = good();
        t.indicators[3].operator = "".into();
        t.indicators[3].value = "＞90万元".into();
        t.indicators[3].unit = "".into();
        let d = run(ID, &t);
        assert_eq!(d[0].path.to_string(), "indicators.3.value");
        assert_eq!(fix_of(&d[0]).1, Some("≤90万元"));
        fixes_clear(ID, &t, &d);
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // ＝ on a cost, ≥ on a cost in % (cost-not-monetary's), ≥ on money outside cost.
        t.indicators[3].operator = "=".into();
        t.indicators.push(row(
            "产出指标",
            "成本指标",
            "按标准保障率",
            "≥",
            "100",
            "%",
            "2024年12月",
        ));
        t.indicators.push(row(
            "效益指标",
            "经济效益指标",
            "带动社会投资",
            "≥",
            "500",
            "万元",
            "2024年12月",
        ));
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
