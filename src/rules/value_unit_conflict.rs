//! `value-unit-conflict` — 指标值与度量单位矛盾.
//!
//! The value cell carries its own unit (`800万元`) and the unit cell says another sort of
//! thing (`%`): an amount of money cannot be a percentage, nor a rate an amount. One of the two
//! cells is wrong, and every later check of the row (a rate within 0–100, a cost within the
//! budget) reads the wrong one. Only sorts that cannot be converted are compared: money
//! against a percentage.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::value_unit_conflict,
    level: Level::Warning,
    title: Tr {
        zh: "指标值与度量单位矛盾",
        en: "The value's unit contradicts the unit cell",
    },
    description: Tr {
        zh: "指标值写的是金额而度量单位是“%”（或相反），两栏必有一处不对。",
        en: "A money value under a % unit (or the reverse): one of the two cells is wrong.",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    let (Some(cell), Some(written)) = (&ind.unit, &ind.value_unit) else {
        return;
    };
    if ind.unit_in_value || !(cell.is_percent() && written.is_money() || cell.is_money() && written.is_percent())
    {
        return;
    }
    let row = cx.row();
    let (v, u) = (crate::rules::quote(&ind.raw.value), cell.canonical());
    let msg = tr!(
        cx,
        "{row}的指标值“{v}”与度量单位“{u}”矛盾：金额不能以百分比计。请核对哪一栏填错了。",
        "{row}: the target “{v}” contradicts the unit “{u}”: an amount of money is not a percentage. Check which of the two cells is wrong."
    );
    cx.report(cx.cell(Column::Unit), msg);
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "value-unit-conflict";

    #[test]
    fn hit_money_under_percent() {
        let mut t = good();
        t.indicators[1].value = "800万元".into();
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.1.unit");
        messages_contain(ID, &t, &["“800万元”", "“%”"], &["percentage"]);
        t.indicators[1].value = "95%".into();
        t.indicators[1].unit = "万元".into();
        assert_eq!(run(ID, &t).len(), 1);
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // The same unit twice, a count beside %, the unit only in the value.
        t.indicators[1].value = "98%".into();
        t.indicators[0].value = "12000人".into();
        t.indicators[3].unit = "".into();
        t.indicators[3].value = "100元/人".into();
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
