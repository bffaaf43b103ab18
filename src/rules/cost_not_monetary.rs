//! `cost-not-monetary` — 成本指标不是金额.
//!
//! A cost indicator says what the output costs — 人均体检成本 ≤ 100 元/人, 维修总成本 ≤ 120 万元 —
//! so that cost can be compared with output and with standards (预算支出标准). A rate or a count
//! under 成本指标 measures nothing about cost. DOMAIN.md: “成本: what it costs — money (元, 万元,
//! 元/人…)”; reviewers' “cost indicators in money and within budget”. Four of the seed's tables
//! (少先队, 文化服务, 由财政拨款…, 专项印刷) file 按标准保障率 ＝ 100 % as their cost. Under the
//! 2021 framework (财预〔2021〕101号) 社会成本 and 生态环境成本 may be qualitative or in physical
//! units, so only 经济成本 and the 2020 成本指标 are checked. A blank unit is `missing-unit`'s.

use crate::rules::prelude::*;
use crate::rules::quote;

pub const RULE: Rule = Rule {
    id: RuleId::cost_not_monetary,
    level: Level::Warning,
    title: Tr {
        zh: "成本指标不是金额",
        en: "A cost indicator is not in money",
    },
    description: Tr {
        zh: "成本指标应以元、万元等金额计量。",
        en: "Cost indicators are measured in money (元, 万元).",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    if !ind.is_cost() || crate::text::is_only_symbols(&ind.name) {
        return;
    }
    if matches!(
        ind.level2.get(),
        Some(Level2::SocialCost | Level2::EcologicalCost)
    ) {
        return;
    }
    let row = cx.row();
    if ind.is_qualitative() {
        let Target::Text(text) = &ind.target else {
            return;
        };
        let text = quote(text);
        let msg = tr!(
            cx,
            "{row}放在成本指标下，目标却是定性的“{text}”。成本指标应以金额量化，说明花多少钱（如“人均…成本 ≤ … 元/人”“单位…成本 ≤ … 元”）。",
            "{row} is filed as a cost but its target is the wording “{text}”. A cost is quantified in money: say what it costs (e.g. “人均…成本 ≤ … 元/人”, cost per person)."
        );
        cx.report(cx.cell(Column::Value), msg);
        return;
    }
    let Some(unit) = &ind.unit else {
        return;
    };
    let not_money = match unit {
        Unit::Money(_) => false,
        // Unknown text in the unit cell is a unit only when there is a number to measure.
        Unit::Other(_) => ind.number().is_some(),
        _ => true,
    };
    if !not_money {
        return;
    }
    let u = quote(unit.canonical());
    let msg = tr!(
        cx,
        "{row}放在成本指标下，度量单位却是“{u}”。成本指标应反映花了多少钱，以元、万元或元/人等金额计量（如“人均…成本 ≤ … 元/人”）；比率类指标请移到质量指标下。",
        "{row} is filed as a cost but its unit is “{u}”. A cost says what is spent, in money: 元, 万元 or a unit cost such as 元/人 (e.g. “人均…成本 ≤ … 元/人”, cost per person). Move rates to the quality indicators."
    );
    let column = if ind.unit_in_value {
        Column::Value
    } else {
        Column::Unit
    };
    cx.report(cx.cell(column), msg);
}

#[cfg(test)]
mod tests {
    use crate::profile::Profile;
    use crate::rules::testing::*;
    use crate::taxonomy::Framework;

    const ID: &str = "cost-not-monetary";

    #[test]
    fn hit_seed_cost_in_percent() {
        let mut t = good();
        t.indicators[3] = row(
            "产出指标",
            "成本指标",
            "按标准保障率",
            "=",
            "100",
            "%",
            "2024年12月",
        );
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.3.unit");
        assert!(d.fix.is_none());
        messages_contain(
            ID,
            &t,
            &["第4行（按标准保障率）", "“%”"],
            &["row 4 (按标准保障率)"],
        );
    }

    #[test]
    fn hit_qualitative_cost_2020() {
        let mut t = good();
        t.indicators[3] = row(
            "产出指标",
            "成本指标",
            "成本控制",
            "定性",
            "有效控制",
            "",
            "2024年12月",
        );
        assert_eq!(paths(ID, &t), ["indicators.3.value"]);
    }

    #[test]
    fn near_misses_2021_social_cost_and_blank_unit() {
        let mut t = good();
        t.indicators[3] = row(
            "成本指标",
            "经济成本指标",
            "人均体检成本",
            "≤",
            "100",
            "元/人",
            "2024年12月",
        );
        t.indicators.push(row(
            "成本指标",
            "社会成本指标",
            "对周边居民生活的影响",
            "定性",
            "无明显影响",
            "",
            "2024年12月",
        ));
        t.indicators.push(row(
            "成本指标",
            "生态环境成本指标",
            "施工噪声超标次数",
            "≤",
            "0",
            "次",
            "2024年12月",
        ));
        // A numeric cost with a blank unit is missing-unit's.
        t.indicators.push(row(
            "成本指标",
            "经济成本指标",
            "设备购置成本",
            "≤",
            "20",
            "",
            "2024年12月",
        ));
        let p = Profile {
            framework: Some(Framework::F2021),
            ..Default::default()
        };
        assert!(run_with(ID, &t, &p).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
