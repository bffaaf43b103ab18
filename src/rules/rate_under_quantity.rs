//! `rate-under-quantity` — 比率指标放在了数量指标下.
//!
//! 数量指标 count how much is produced or served (个, 次, 人); a rate says how well or how
//! timely, and belongs under 质量指标 (or 时效指标 for 及时率). A rate filed as quantity leaves
//! the table with no real quantity target, which reviewers send back (DOMAIN.md, “What the
//! indicator types mean”: “A rate here is a misfiled quality indicator”; “quality vs benefit not
//! confused”). The seed files 足额缴纳率, 足额发放率, 足额保障率 and 资金到位率 as 数量 in six of
//! its ten tables. Satisfaction names are `satisfaction-misplaced`'s; a count name in % is
//! `rate-unit-mismatch`'s.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::rate_under_quantity,
    level: Level::Warning,
    title: Tr {
        zh: "比率指标放在了数量指标下",
        en: "A rate is filed as a quantity indicator",
    },
    description: Tr {
        zh: "数量指标衡量“做了多少”，比率属于质量或时效指标。",
        en: "Quantity counts how much; a rate belongs under quality or timeliness.",
    },
    check: Check::Row(check),
};

/// Name endings of timeliness rates, which go under 时效指标 rather than 质量指标.
const TIMELY: &[&str] = &["及时率", "按时率", "准时率", "按时完成率", "按期完成率"];

fn check(ind: &Indicator, cx: &mut RowContext) {
    if ind.level2.get() != Some(Level2::Quantity) {
        return;
    }
    // Under another level 1, the level 2 itself is wrong: `level2-mismatch`'s.
    if matches!(ind.level1, Cell::Valid(l1) if l1 != Level1::Output) {
        return;
    }
    let is_rate = match ind.name_kind {
        NameKind::Rate | NameKind::Growth => true,
        NameKind::Other | NameKind::Money => ind.is_percent() && !ind.is_qualitative(),
        NameKind::Satisfaction | NameKind::Count => false,
    };
    // A count in a name ending in 率 (`家庭医生签约率` of 24694人) is a quantity misnamed:
    // `rate-unit-mismatch`'s.
    if !is_rate || matches!(ind.unit, Some(Unit::Count(_))) {
        return;
    }
    let target = if TIMELY.iter().any(|t| ind.name.ends_with(t)) {
        Level2::Timeliness
    } else {
        Level2::Quality
    };
    let row = cx.row();
    let to = target.name();
    let to_en = target.english();
    let msg = tr!(
        cx,
        "{row}是比率，却放在了“数量指标”下。数量指标应反映完成了多少（如“完成…数量 ≥ … 个”），比率应放在“{to}”下。请调整二级指标，并补充真正的数量指标。",
        "{row} is a rate but is filed under 数量指标 (quantity). Quantity says how much is done (e.g. “完成…数量 ≥ … 个”, number of … completed); a rate belongs under {to} ({to_en}). Move it, and add a real quantity indicator."
    );
    let label = tr!(cx, "改为 {to}", "Change to {to}");
    let path = cx.cell(Column::Level2);
    cx.report(path, msg).fix(path, to, label);
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "rate-under-quantity";

    #[test]
    fn hit_seed_rates_as_quantity() {
        let mut t = good();
        t.indicators[0] = row(
            "产出指标",
            "数量指标",
            "足额保障率",
            "=",
            "100",
            "%",
            "2024年12月",
        );
        t.indicators.insert(
            1,
            row(
                "产出指标",
                "数量指标",
                "保障及时率",
                "=",
                "100",
                "%",
                "2024年12月",
            ),
        );
        let d = run(ID, &t);
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].path.to_string(), "indicators.0.level2");
        assert_eq!(
            fix_of(&d[0]),
            ("indicators.0.level2".into(), Some("质量指标"))
        );
        assert_eq!(fix_of(&d[1]).1, Some("时效指标"));
        messages_contain(ID, &t, &["第1行（足额保障率）"], &["row 1 (足额保障率)"]);
        fixes_clear(ID, &t, &d);
    }

    #[test]
    fn hit_unnamed_kind_in_percent() {
        let mut t = good();
        t.indicators[0].name = "项目完成进度".into();
        t.indicators[0].unit = "%".into();
        t.indicators[0].value = "100".into();
        assert_eq!(paths(ID, &t), ["indicators.0.level2"]);
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // A rate under 质量, a count under 数量, a count in % (rate-unit-mismatch's),
        // a satisfaction (satisfaction-misplaced's).
        t.indicators[1].name = "足额保障率".into();
        t.indicators[0].unit = "%".into();
        t.indicators.push(row(
            "产出指标",
            "数量指标",
            "服务对象满意度",
            "≥",
            "90",
            "%",
            "2024年12月",
        ));
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
