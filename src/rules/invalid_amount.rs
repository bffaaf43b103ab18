//! `invalid-amount` — 预算金额不是有效的正数或小数位过多.
//!
//! Finds a 预算资金 that is not a number (`一百万`, `125.07.1`), is zero or negative, or has
//! more decimals than the profile allows once expressed in the table's unit (6 in 万元 = 1 分,
//! so `0.001元` in a 万元 table is below a fen). The budget is the base the whole table is
//! judged against — cost targets must fit within it (`cost-exceeds-budget`) — and portals store
//! it as a positive amount to the fen. Source: DOMAIN.md, the table's budget field (万元 by
//! default, up to 6 decimals); the budget-integration system's numeric-field checks
//! (强制性审核). An empty budget is `required-field`'s.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::invalid_amount,
    level: Level::Error,
    title: Tr {
        zh: "预算金额不是有效的正数或小数位过多",
        en: "The budget is not a positive amount or has too many decimals",
    },
    description: Tr {
        zh: "预算资金应为正数，万元最多6位小数（到分）。",
        en: "The budget must be a positive amount, with at most 6 decimals in 万元 (one fen).",
    },
    check: Check::Table(check),
};

fn check(table: &Table, cx: &mut Context) {
    let path = Path::Field(Field::Budget);
    if table.has_input_issue(path) {
        return;
    }
    let unit = cx.table.header.amount_unit.name();
    let text = crate::text::clean(&table.header.budget_text);
    let amount = match table.header.budget {
        Cell::Blank => return,
        Cell::Invalid => {
            let msg = tr!(
                cx,
                "预算资金“{text}”不是金额。请只填写数字（单位：{unit}），如 125.07。",
                "The budget “{text}” is not an amount. Enter a number only (in {unit}), e.g. 125.07."
            );
            cx.report(path, msg);
            return;
        }
        Cell::Valid(a) => a,
    };
    let Some(value) = amount.in_unit(cx.table.header.amount_unit.yuan()) else {
        let msg = tr!(
            cx,
            "预算资金“{text}”数额过大，无法作为金额处理，请核对。",
            "The budget “{text}” is too large to be an amount; please check it."
        );
        cx.report(path, msg);
        return;
    };
    if value <= Decimal::ZERO {
        let msg = tr!(
            cx,
            "预算资金为“{text}”，应大于0。请填写本项目的年度预算金额（单位：{unit}）。",
            "The budget is “{text}”; it must be more than 0. Enter the project's budget for the year (in {unit})."
        );
        cx.report(path, msg);
        return;
    }
    let max = cx.profile.amount_decimals;
    let scale = value.normalize().scale();
    if scale > max {
        let shown = value.normalize();
        let msg = tr!(
            cx,
            "预算资金折合 {shown}{unit}，有{scale}位小数，超过了{max}位（{unit}金额最多精确到分）。请核对金额或单位。",
            "The budget comes to {shown} {unit}, with {scale} decimals; at most {max} are allowed (amounts stop at one fen). Check the amount or its unit."
        );
        cx.report(path, msg);
    }
}

#[cfg(test)]
mod tests {
    use crate::profile::{AmountUnit, Profile};
    use crate::rules::testing::*;

    const ID: &str = "invalid-amount";

    #[test]
    fn not_a_number() {
        let mut t = good();
        t.budget = "一百二十万".into();
        assert_eq!(paths(ID, &t), ["budget"]);
        messages_contain(ID, &t, &["一百二十万", "万元"], &["not an amount"]);
    }

    #[test]
    fn zero_and_negative() {
        for b in ["0", "-5", "0.00"] {
            let mut t = good();
            t.budget = b.into();
            assert_eq!(paths(ID, &t), ["budget"], "{b}");
        }
    }

    #[test]
    fn too_many_decimals_in_the_table_unit() {
        let mut t = good();
        t.budget = "125.0712345".into();
        assert_eq!(paths(ID, &t), ["budget"]);
        // 0.001 元 is a tenth of a fen: 7 decimals in 万元.
        t.budget = "0.001元".into();
        assert_eq!(paths(ID, &t), ["budget"]);
        assert!(run(ID, &t)[0].message.contains("0.0000001"));
    }

    #[test]
    fn overflow_does_not_panic() {
        let mut t = good();
        t.budget = "79,228,162,514,264,337,593,543,950,335万元".into();
        let p = Profile {
            amount_unit: AmountUnit::Yuan,
            ..Default::default()
        };
        let d = run_with(ID, &t, &p);
        assert_eq!(d.len(), 1);
        assert!(d[0].message.contains("过大"), "{}", d[0].message);
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // Six decimals (one fen), trailing zeros, a unit in the cell, separators: all fine.
        for b in [
            "125.070001",
            "125.0700000",
            "1,250,700元",
            "¥6.7万元",
            "125.07",
        ] {
            t.budget = b.into();
            assert!(run(ID, &t).is_empty(), "{b}");
        }
        // Empty belongs to required-field.
        t.budget = "".into();
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
