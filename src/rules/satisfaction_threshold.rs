//! `satisfaction-threshold` — 满意度目标低于要求.
//!
//! Satisfaction surveys of the people served are expected to reach 85–95 % (DOMAIN.md:
//! “满意度: … in %, usually ≥ 85–95 %”); a lower target plans for a poor service and is sent back
//! as not ambitious enough (“targets ambitious but feasible”). The floor is the profile's
//! `satisfactionMin` (85 by default). Checked for satisfaction names and for any % row under
//! 满意度指标, when the target asks for at least the value (≥, ＞, ＝). No fix: the right
//! target comes from past surveys. Not on a transfer payment's table: its targets are set by
//! the department above (a central fund's ≥80 %), not by the unit filing it.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::satisfaction_threshold,
    level: Level::Warning,
    title: Tr {
        zh: "满意度目标低于要求",
        en: "A satisfaction target is below the minimum",
    },
    description: Tr {
        zh: "满意度目标一般不低于85%。",
        en: "Satisfaction targets are usually at least 85 %.",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    let min = cx.profile.satisfaction_min;
    let satisfaction =
        ind.name_kind == NameKind::Satisfaction || ind.level1.get() == Some(Level1::Satisfaction);
    if !satisfaction
        || ind.unit != Some(Unit::Percent)
        || cx.header.kind == crate::raw::TableKind::Transfer
    {
        return;
    }
    let (Some(op), Some(n)) = (ind.operator.get(), ind.number()) else {
        return;
    };
    // Negative values are `percent-out-of-range`'s.
    if !matches!(op, Operator::Ge | Operator::Gt | Operator::Eq) || n < Decimal::ZERO || n >= min {
        return;
    }
    let row = cx.row();
    let sym = op.symbol();
    let msg = tr!(
        cx,
        "{row}的满意度目标为“{sym}{n}%”，低于{min}%的要求。满意度目标一般不低于{min}%，请参考以往调查结果提高目标值。",
        "{row}: the satisfaction target “{sym} {n} %” is below the required {min} %. Satisfaction targets are usually at least {min} %; raise it in line with past surveys."
    );
    cx.report(cx.cell(Column::Value), msg);
}

#[cfg(test)]
mod tests {
    use crate::profile::Profile;
    use crate::rules::testing::*;
    use rust_decimal::Decimal;

    const ID: &str = "satisfaction-threshold";

    #[test]
    fn hit_low_satisfaction() {
        let mut t = good();
        t.indicators[6].value = "80".into();
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.6.value");
        assert!(d.fix.is_none());
        messages_contain(ID, &t, &["第7行（体检老年人满意度）", "85%"], &["row 7"]);
    }

    #[test]
    fn profile_raises_the_floor() {
        // The seed's 95 % passes 90; the good table's 90 % passes 90 but 88 % does not.
        let p = Profile {
            satisfaction_min: Decimal::from(90),
            ..Default::default()
        };
        let mut t = good();
        assert!(run_with(ID, &t, &p).is_empty());
        t.indicators[6].value = "88".into();
        assert!(run(ID, &t).is_empty(), "88 passes the default 85");
        let d = run_with(ID, &t, &p);
        assert_eq!(d.len(), 1);
        assert!(d[0].message.contains("90%"), "{}", d[0].message);
    }

    #[test]
    fn near_misses() {
        // A transfer payment's table: the target is handed down (a central fund's ≥80 %).
        let mut t = good();
        t.kind = crate::raw::TableKind::Transfer;
        t.indicators[6].value = "80".into();
        assert!(run(ID, &t).is_empty());
        let mut t = good();
        // A cap (≤ 5 % dissatisfied), a count of surveys, a rate under 满意度 at 90 %.
        t.indicators[6] = row(
            "满意度指标",
            "服务对象满意度指标",
            "群众不满意率",
            "≤",
            "5",
            "%",
            "2024年12月",
        );
        t.indicators.push(row(
            "产出指标",
            "数量指标",
            "满意度调查次数",
            "≥",
            "2",
            "次",
            "2024年12月",
        ));
        t.indicators.push(row(
            "满意度指标",
            "服务对象满意度指标",
            "投诉处理率",
            "≥",
            "90",
            "%",
            "2024年12月",
        ));
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
