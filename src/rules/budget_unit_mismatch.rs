//! `budget-unit-mismatch` — 预算金额像是以元填写在万元栏.
//!
//! Most forms take the budget in 万元 (DOMAIN.md: “万元 by default”). An amount such as
//! `1,250,000.00` there is 125 亿元 for one project: plainly 元 typed into a 万元 field, as
//! finance systems export money. Every comparison with it (costs within the budget, execution
//! rates) is then off by ten thousand. Flagged when the amount, read in 万元, is at least
//! 100 000 (10 亿元) and is written as 元 are (thousands separators or two decimals), or is at
//! least 1 000 000 (100 亿元) however written. The fix marks the unit (`1250000元`), which the
//! model reads right.

use crate::rules::prelude::*;
use crate::profile::AmountUnit;

pub const RULE: Rule = Rule {
    id: RuleId::budget_unit_mismatch,
    level: Level::Warning,
    stages: Stages::ALL,
    title: Tr {
        zh: "预算金额像是以元填写在万元栏",
        en: "The budget looks like yuan in a 万元 field",
    },
    description: Tr {
        zh: "以万元计的预算写成“1,250,000.00”，应是以元填写的金额。",
        en: "A budget in 万元 written as “1,250,000.00” is an amount in yuan.",
    },
    check: Check::Table(check),
};

fn check(table: &Table, cx: &mut Context) {
    let h = &table.header;
    let Some(budget) = h.budget.get() else {
        return;
    };
    if h.amount_unit != AmountUnit::TenThousandYuan || budget.unit_yuan.is_some() {
        return;
    }
    let text = crate::text::compact(&h.budget_text);
    let as_yuan_are = text.contains(',') || text.split_once('.').is_some_and(|(_, d)| d.len() == 2);
    let v = budget.value;
    // An amount in yuan stops at the fen.
    if v.normalize().scale() > 2 {
        return;
    }
    if !(v >= Decimal::from(1_000_000) || (v >= Decimal::from(100_000) && as_yuan_are)) {
        return;
    }
    // 10 000 万元 is 1 亿元, as 10 000 元 is 1 万元: one number serves both readings.
    let yi = crate::amount::div_pow10(v, 10_000)
        .map(|d| d.normalize().to_string())
        .unwrap_or_default();
    let wan = &yi;
    let shown = crate::rules::quote(&h.budget_text);
    let msg = tr!(
        cx,
        "预算资金“{shown}”按万元计是{yi}亿元，像是以元填写的金额。若单位是元，请写作“{wan}万元”或注明“元”。",
        "The budget “{shown}” read in 万元 is {yi} 亿元 (100 million yuan), so it looks like an amount in yuan. If it is in yuan, write {wan} 万元 or add the unit 元."
    );
    let path = Path::Field(Field::Budget);
    // The fix is certain only when the amount in 万元 keeps to the decimals the profile allows
    // (with `amountDecimals: 0`, 1250001元 is 125.0001万元: `invalid-amount`'s).
    let fits = crate::amount::div_pow10(v, 10_000)
        .is_some_and(|w| w.normalize().scale() <= cx.profile.amount_decimals);
    if !fits {
        cx.report(path, msg);
        return;
    }
    let value = format!("{}元", v.normalize());
    let label = tr!(cx, "改为 {value}", "Change to {value}");
    cx.report(path, msg).fix(path, value, label);
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "budget-unit-mismatch";

    #[test]
    fn hit_yuan_in_a_wan_field() {
        let mut t = good();
        t.budget = "1,250,000.00".into();
        let d = only(ID, &t);
        assert_eq!(fix_of(&d), ("budget".into(), Some("1250000元")));
        messages_contain(ID, &t, &["“1,250,000.00”", "125万元"], &["yuan"]);
        fixes_clear(ID, &t, &[d]);
        t.budget = "3000000".into();
        assert_eq!(run(ID, &t).len(), 1);
    }

    #[test]
    fn no_fix_past_the_profiles_decimals() {
        // 1250001元 is 125.0001万元: with whole 万元 only, the marked unit would be invalid.
        let mut t = good();
        t.budget = "1,250,001.00".into();
        let p = crate::Profile {
            amount_decimals: 0,
            ..Default::default()
        };
        let d = run_with(ID, &t, &p);
        assert_eq!(d.len(), 1);
        assert!(d[0].fix.is_none());
        t.budget = "1,250,000.00".into();
        assert!(run_with(ID, &t, &p)[0].fix.is_some());
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // Large but plausible, already in 元, a table in 元.
        t.budget = "12500".into();
        assert!(run(ID, &t).is_empty());
        t.budget = "1250000元".into();
        assert!(run(ID, &t).is_empty());
        t.budget = "1,250,000.00".into();
        t.amount_unit = "元".into();
        assert!(run(ID, &t).is_empty());
        // Below a fen in yuan: not an amount in yuan either.
        let mut t = good();
        t.budget = "1000000.161".into();
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
