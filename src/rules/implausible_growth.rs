//! `implausible-growth` — 增长率目标不低于100%.
//!
//! A growth rate of 100 % means doubling last year's figure. Targets must be ambitious but
//! feasible (“合理可行”, DOMAIN.md; reviewers treat “≥100%” as a red flag), and a doubling is
//! rarely either. More often the filler meant a level, not a growth: the seed's 特殊教育 table
//! sets 残疾儿童入学增长率 “≥ 100 %” where 入学率 ＝ 100 % was meant. Only targets that ask for
//! at least 100 % (≥, ＞, ＝) are flagged; a cap (≤ 100 %) is fine.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::implausible_growth,
    level: Level::Warning,
    stages: Stages::ALL,
    title: Tr {
        zh: "增长率目标不低于100%",
        en: "A growth-rate target is 100 % or more",
    },
    description: Tr {
        zh: "增长率≥100%意味着翻番，通常不可行。",
        en: "A growth of 100 % or more means doubling, which is rarely feasible.",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    if ind.name_kind != NameKind::Growth {
        return;
    }
    let (Some(unit), Some(n), Some(op)) = (&ind.unit, ind.number(), ind.operator.get()) else {
        return;
    };
    let doubling = match unit {
        Unit::Percent => Decimal::ONE_HUNDRED,
        Unit::PerMille => Decimal::ONE_THOUSAND,
        _ => return,
    };
    if !matches!(op, Operator::Ge | Operator::Gt | Operator::Eq) || n < doubling {
        return;
    }
    let row = cx.row();
    let sym = op.symbol();
    let u = unit.canonical();
    let msg = tr!(
        cx,
        "{row}是增长率，目标“{sym}{n}{u}”意味着比上年翻一番以上，通常难以实现。若要表达“全部达到”，请改用比率指标（如“入学率＝100%”）；否则请按上年实际测算合理的增长幅度。",
        "{row} is a growth rate; the target “{sym} {n} {u}” means more than doubling last year's figure, which is rarely feasible. If you mean “all of them”, use a rate instead (e.g. enrolment rate ＝ 100 %); otherwise set a growth estimated from last year's actual figure."
    );
    cx.report(cx.cell(Column::Value), msg);
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "implausible-growth";

    #[test]
    fn hit_seed_enrolment_growth() {
        let mut t = good();
        t.indicators[1] = row(
            "产出指标",
            "质量指标",
            "残疾儿童入学增长率",
            ">=",
            "100",
            "%",
            "2024 年 12 月",
        );
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.1.value");
        assert!(d.fix.is_none());
        messages_contain(ID, &t, &["第2行（残疾儿童入学增长率）"], &["row 2"]);
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // The seed's 少先队 growth target is 85 %: high, but under doubling.
        t.indicators[1] = row(
            "产出指标",
            "质量指标",
            "“青年之家”建设和活跃度增长率",
            ">=",
            "85",
            "%",
            "2024 年 12 月",
        );
        // A cap of 100 % is not a target to double.
        t.indicators[5] = row(
            "效益指标",
            "社会效益指标",
            "运营成本增长率",
            "≤",
            "100",
            "%",
            "2024年12月",
        );
        // A bounded rate at 100 % is another rule's.
        t.indicators[2].value = "100".into();
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
