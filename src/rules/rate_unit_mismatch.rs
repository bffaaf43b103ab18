//! `rate-unit-mismatch` — 比率指标不用%，或数量指标用%.
//!
//! The name says what is measured and the unit must agree: a …率 or …度 (合格率, 满意度,
//! 增长率) is a share, measured in %, and a …数 / …次数 / …人数 is a count, never in %. When
//! they disagree the target cannot be checked after the year (is “≥ 13 人” a rate?). Budget
//! systems require a unit that fits the indicator (DOMAIN.md, “What the indicator types mean”:
//! 数量 in count units, 质量/时效/满意度 in %). A blank unit is `missing-unit`'s; text that is
//! not a unit (平稳运行) is `value-in-unit`'s and `unknown-unit`'s; satisfaction scored in 分
//! is accepted. No fix: whether the name or the unit is wrong only the filler knows.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::rate_unit_mismatch,
    level: Level::Warning,
    stages: Stages::ALL,
    title: Tr {
        zh: "比率指标不用%，或数量指标用%",
        en: "A rate without %, or % on a count",
    },
    description: Tr {
        zh: "名称为“…率/…度”的指标应以%计量；“…数/…次数”不应以%计量。",
        en: "A …率/…度 name is measured in %; a count name is not.",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    let Some(unit) = &ind.unit else {
        return;
    };
    if ind.is_qualitative() {
        return;
    }
    let rate_with_other_unit = ind.name_kind.is_rate()
        && match unit {
            Unit::Count(_) | Unit::Money(_) | Unit::Time(_) | Unit::Measure(_) => true,
            Unit::Score(_) => ind.name_kind != NameKind::Satisfaction,
            Unit::Percent | Unit::PerMille | Unit::Other(_) => false,
        };
    let count_in_percent = ind.name_kind == NameKind::Count && unit.is_percent();
    if !(rate_with_other_unit || count_in_percent) {
        return;
    }
    let row = cx.row();
    let u = unit.canonical();
    let msg = if rate_with_other_unit {
        tr!(
            cx,
            "{row}的名称是比率（“…率/…度”），度量单位却是“{u}”。比率应以“%”计量：若要统计数量，请把名称改为“…数量/…次数”；若确是比率，请把单位改为“%”并填写百分比。",
            "{row} is named as a rate (…率/…度) but its unit is “{u}”. A rate is measured in %: if you are counting, rename it (…数量, …次数); if it is a rate, change the unit to % and give a percentage."
        )
    } else {
        tr!(
            cx,
            "{row}的名称是数量（“…数”），度量单位却是“{u}”。数量应以个、次、人等计数单位计量：请改用计数单位并填写实际数量，或把名称改为“…率”。",
            "{row} is named as a count (…数) but its unit is “{u}”. A count is measured in units such as 个, 次, 人: use one and give the number, or rename the indicator as a rate (…率)."
        )
    };
    let column = if ind.unit_in_value {
        Column::Value
    } else {
        Column::Unit
    };
    cx.report(cx.cell(column), msg);
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "rate-unit-mismatch";

    #[test]
    fn hit_rate_in_a_count_unit() {
        let mut t = good();
        t.indicators[1].unit = "人".into();
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.1.unit");
        assert!(d.fix.is_none());
        messages_contain(ID, &t, &["第2行（体检报告合格率）", "“人”"], &["row 2"]);
    }

    #[test]
    fn hit_count_in_percent() {
        let mut t = good();
        // The seed's 少先队 count, in % and written in the value cell.
        t.indicators[0] = row(
            "产出指标",
            "数量指标",
            "培训批次、期数",
            "",
            "≥2%",
            "",
            "2024年12月",
        );
        assert_eq!(paths(ID, &t), ["indicators.0.value"]);
        let (zh, _) = messages(ID, &t);
        assert!(zh.contains("数量"), "{zh}");
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // Satisfaction scored in 分, an unknown unit, a qualitative rate, a blank unit: not here.
        t.indicators[6].unit = "分".into();
        t.indicators[5].unit = "平稳运行".into();
        t.indicators[2] = row(
            "产出指标",
            "时效指标",
            "保障及时率",
            "定性",
            "及时",
            "次",
            "2024年12月",
        );
        t.indicators[1].unit = "".into();
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
