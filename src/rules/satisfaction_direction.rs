//! `satisfaction-direction` — 满意度目标使用了“≤”或“＜”.
//!
//! A satisfaction target is a floor: the survey should reach at least so much (DOMAIN.md:
//! 满意度 … “usually ≥ 85–95 %”). `≤ 90 %` asks for at most 90 % satisfied — an operator picked
//! from the wrong end of the list, or a dissatisfaction rate misnamed. The fix writes `≥`, the
//! meaning every satisfaction target has. A row under a cost level is a cost, whatever its
//! name says, and is `cost-direction`'s.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::satisfaction_direction,
    level: Level::Warning,
    title: Tr {
        zh: "满意度目标使用了“≤”或“＜”",
        en: "A satisfaction target uses “≤” or “<”",
    },
    description: Tr {
        zh: "满意度目标是下限，应使用“≥”。",
        en: "A satisfaction target is a floor: use “≥”.",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    // Under a cost level the row is a cost (`cost-direction` asks for ≤ there).
    if ind.name_kind != NameKind::Satisfaction || ind.number().is_none() || ind.is_cost() {
        return;
    }
    let Some(op @ (Operator::Le | Operator::Lt)) = ind.operator.get() else {
        return;
    };
    let row = cx.row();
    let sym = op.symbol();
    let ge = Operator::Ge.symbol();
    let msg = tr!(
        cx,
        "{row}是满意度指标，运算符号却是“{sym}”，等于要求满意的人不超过这个比例。满意度目标是下限，应使用“{ge}”。",
        "{row} is a satisfaction rate but uses “{sym}”, which caps how many may be satisfied. A satisfaction target is a floor: use “{ge}”."
    );
    let label = tr!(cx, "改为 {ge}", "Change to {ge}");
    if ind.operator_in_value {
        // The operator sits in the value cell (`≤90%`): rewrite that cell whole.
        let value = crate::text::compact(&ind.raw.value).replacen(
            ['≤', '＜', '<', '≦'],
            ge,
            1,
        );
        let value = value.replacen("<=", ge, 1).replacen("=<", ge, 1);
        let path = cx.cell(Column::Value);
        cx.report(path, msg).fix(path, value, label);
    } else {
        let path = cx.cell(Column::Operator);
        cx.report(path, msg).fix(path, ge, label);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "satisfaction-direction";

    #[test]
    fn hit_at_most_satisfied() {
        let mut t = good();
        t.indicators[6].operator = "≤".into();
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.6.operator");
        assert_eq!(fix_of(&d).1, Some("≥"));
        messages_contain(ID, &t, &["第7行（体检老年人满意度）", "“≤”"], &["floor"]);
        fixes_clear(ID, &t, &[d]);
        // In the value cell.
        let mut t = good();
        t.indicators[6].operator = "".into();
        t.indicators[6].value = "≤90%".into();
        t.indicators[6].unit = "".into();
        let d = only(ID, &t);
        assert_eq!(fix_of(&d), ("indicators.6.value".into(), Some("≥90%")));
        fixes_clear(ID, &t, &[d]);
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // A cap on complaints, and a satisfaction floor.
        t.indicators[5] = row("效益指标", "社会效益指标", "群众投诉次数", "≤", "5", "次", "");
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
        // A satisfaction name under a cost level: a cost, cost-direction's.
        t.indicators[5] = row("成本指标", "经济成本指标", "群众满意度", "≤", "5", "万元", "");
        assert!(run(ID, &t).is_empty());
    }
}
