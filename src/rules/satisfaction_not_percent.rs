//! `satisfaction-not-percent` — 满意度目标不是百分比.
//!
//! Satisfaction is measured by a survey, as the share of those asked who are satisfied
//! (DOMAIN.md: 满意度 “surveys of the people served, in %”); a target written as a word —
//! `满意`, `基本满意`, `较高`, or the grade scale itself, `高中低` — cannot be checked against a
//! survey at the year's end. Real tables from 四川 (甘孜州市场监管局: 公众对食品安全满意度
//! “高中低”) and 湖北 (黄石: 群众满意度 “满意”) do this. No fix: the floor comes from past surveys.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::satisfaction_not_percent,
    level: Level::Warning,
    title: Tr {
        zh: "满意度目标不是百分比",
        en: "A satisfaction target is not a percentage",
    },
    description: Tr {
        zh: "满意度应以调查中满意者所占比例表示，如“≥90%”。",
        en: "Satisfaction is the share of those surveyed who are satisfied, e.g. “≥ 90 %”.",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    let Target::Text(text) = &ind.target else {
        return;
    };
    // A sentence that states the rate (`辖区企业满意率达95%以上`) is a target, however written.
    if ind.name_kind != NameKind::Satisfaction || text.contains(|c: char| c.is_ascii_digit()) {
        return;
    }
    let row = cx.row();
    let text = crate::rules::quote(text);
    let msg = tr!(
        cx,
        "{row}的满意度目标写的是“{text}”，年底无法用调查结果衡量。请写成满意者所占比例，如“≥90%”。",
        "{row}: the satisfaction target is “{text}”, which no survey can be measured against at the year's end. Write the share satisfied, e.g. “≥ 90 %”."
    );
    cx.report(cx.cell(Column::Value), msg);
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "satisfaction-not-percent";

    #[test]
    fn hit_words_for_a_survey() {
        for value in ["满意", "基本满意", "高中低", "较高"] {
            let mut t = good();
            t.indicators[6] = row("满意度指标", "服务对象满意度指标", "群众满意度", "定性", value, "", "");
            let d = only(ID, &t);
            assert_eq!(d.path.to_string(), "indicators.6.value", "{value}");
        }
        let mut t = good();
        t.indicators[6].value = "满意".into();
        t.indicators[6].operator = "".into();
        t.indicators[6].unit = "".into();
        messages_contain(ID, &t, &["“满意”", "≥90%"], &["survey"]);
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // A percentage, and a text target on a row that is not about satisfaction.
        t.indicators[5] = row("效益指标", "社会效益指标", "群众健康意识", "定性", "有所提升", "", "");
        t.indicators[6] = row("满意度指标", "", "辖区企业满意率", "", "辖区企业满意率达95%以上。", "", "");
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
