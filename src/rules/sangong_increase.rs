//! `sangong-increase` — 三公经费目标不降反增.
//!
//! 三公经费 (official travel abroad, vehicles, receptions) are to be cut or held, never raised:
//! the central eight-point rules and every year's budget instructions since 2013 ask for
//! “三公经费只减不增”, and department-overall tables (部门整体支出绩效目标表) carry a 三公经费
//! indicator to show it. A target that asks for growth (`三公经费增长率 ≥5%`) or sets a floor on
//! the spending (`三公经费支出 ≥12万元`) says the opposite.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::sangong_increase,
    level: Level::Warning,
    title: Tr {
        zh: "三公经费目标不降反增",
        en: "The 三公经费 target rises",
    },
    description: Tr {
        zh: "三公经费只减不增，目标应为“≤”上年或“控制率≤100%”。",
        en: "三公经费 (official travel, vehicles, receptions) may only fall: the target caps them (≤).",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    let name = ind.compact_name();
    if !name.contains("三公") {
        return;
    }
    let (Some(op @ (Operator::Ge | Operator::Gt)), Some(n)) = (ind.operator.get(), ind.number())
    else {
        return;
    };
    let growth = ind.name_kind == NameKind::Growth
        || ["增长", "增加", "上升"].iter().any(|w| name.contains(w));
    let spending_floor = ind.is_cost() || ind.unit.as_ref().is_some_and(Unit::is_money);
    if !(growth && n > Decimal::ZERO || spending_floor) {
        return;
    }
    let row = cx.row();
    let sym = op.symbol();
    let n = n.normalize();
    let msg = tr!(
        cx,
        "{row}的目标“{sym}{n}”要求三公经费增加。三公经费只减不增，请改为不超过上年（如“三公经费变动率≤0”或“三公经费≤…万元”）。",
        "{row}: the target “{sym} {n}” asks 三公经费 (official travel, vehicles, receptions) to rise. They may only fall or hold: cap them instead (e.g. change rate ≤ 0, or ≤ … 万元)."
    );
    cx.report(cx.cell(Column::Value), msg);
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "sangong-increase";

    #[test]
    fn hit_growth_and_floor() {
        let mut t = good();
        t.indicators[4] = row("效益指标", "经济效益指标", "三公经费增长率", "≥", "5", "%", "");
        assert_eq!(paths(ID, &t), ["indicators.4.value"]);
        messages_contain(ID, &t, &["只减不增"], &["may only fall"]);
        t.indicators[4] = row("产出指标", "成本指标", "三公经费支出", "≥", "12", "万元", "");
        assert_eq!(paths(ID, &t), ["indicators.4.value"]);
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        t.indicators[4] = row("产出指标", "成本指标", "三公经费控制率", "≤", "100", "%", "");
        t.indicators[5] = row("产出指标", "成本指标", "三公经费变动率", "≤", "0", "%", "");
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
