//! `count-not-integer` — 计数指标的值不是整数.
//!
//! Things and people come whole: “≥ 12.5 人” or “= 2.5 次” cannot be counted at the end of the
//! year and usually means a figure was typed in the wrong unit (万人 → 人) or a rate was put in a
//! count. Targets must be measurable (“细化量化”, 中发〔2018〕34号; DOMAIN.md). Averages
//! (人均培训次数, 每户…) and scaled or effort units (万人次, 人天, 学时) may take decimals and are
//! left alone. No fix: rounding up or down is the filler's call.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::count_not_integer,
    level: Level::Warning,
    stages: Stages::ALL,
    title: Tr {
        zh: "计数指标的值不是整数",
        en: "A count target is not a whole number",
    },
    description: Tr {
        zh: "个、次、人等计数单位的值应为整数。",
        en: "Counts of things or people are whole numbers.",
    },
    check: Check::Row(check),
};

/// Words that make a name an average, whose value may have decimals (人均, 平均, 每户).
const AVERAGE: &[&str] = &["均", "每"];

fn check(ind: &Indicator, cx: &mut RowContext) {
    let (Some(unit), Some(n)) = (&ind.unit, ind.number()) else {
        return;
    };
    // Whole when no decimal but zeros: `normalize` drops those (`fract` costs 2 KB of wasm).
    if !unit.is_whole_count() || n.normalize().scale() == 0 {
        return;
    }
    if AVERAGE.iter().any(|w| ind.name.contains(w)) {
        return;
    }
    let row = cx.row();
    let u = unit.canonical();
    let msg = tr!(
        cx,
        "{row}以“{u}”计数，目标值{n}却不是整数。请填写整数；若本意是平均数，请在名称中写明（如“人均…”），若是比率，请把单位改为“%”。",
        "{row} counts in “{u}”, but the target {n} is not a whole number. Write a whole number; if it is an average, say so in the name (人均…); if it is a rate, use % as the unit."
    );
    cx.report(cx.cell(Column::Value), msg);
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "count-not-integer";

    #[test]
    fn hit_fractional_count() {
        let mut t = good();
        t.indicators[0].value = "12000.5".into();
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.0.value");
        assert!(d.fix.is_none());
        messages_contain(
            ID,
            &t,
            &["第1行（老年人健康体检人数）", "12000.5"],
            &["row 1"],
        );
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // 2.0 is whole; an average, a scaled count and a money value may have decimals.
        t.indicators[0].value = "2.0".into();
        t.indicators[4] = row(
            "效益指标",
            "社会效益指标",
            "人均培训次数",
            "≥",
            "1.5",
            "次",
            "2024年12月",
        );
        t.indicators.push(row(
            "效益指标",
            "社会效益指标",
            "惠及群众人次",
            "≥",
            "1.5",
            "万人次",
            "2024年12月",
        ));
        t.indicators[3].value = "99.5".into();
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
