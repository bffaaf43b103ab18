//! `likelihood-contradicts-projection` — 完成可能性与全年预计完成值矛盾.
//!
//! The two cells answer the same question: 确定能 while the 全年预计完成值 falls short of the
//! target (维修数量 = 100 个, projected 80) tells the reviewer the target is safe when the unit's
//! own figure says it is not, and hides the row from the follow-up that 有可能 triggers;
//! 完全不可能 with a projection that meets the target is the opposite contradiction. Numeric
//! projections in the target's unit only, compared by the operator as the self-evaluation
//! will score them. 确定能 on a red row with no measure is `measures-missing`'s finding (every
//! red row without a measure is reported there), not repeated here. Source: LIFECYCLE.md §4.5
//! rule 46 (E: no published checklist names it; the cells are the vendor's `completeanalysis`
//! and `completeanalyscon`, C id 55002117486, 54558892881).

use crate::lifecycle::{light, reading, score};
use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::likelihood_contradicts_projection,
    level: Level::Warning,
    stages: Stages::MONITORING,
    title: Tr {
        zh: "完成可能性与全年预计完成值矛盾",
        en: "The likelihood contradicts the projection",
    },
    description: Tr {
        zh: "“确定能”完成而全年预计完成值达不到目标，或“完全不可能”而预计值已达到目标，二者应一致。",
        en: "“Certain” (确定能) while the projected value misses the target, or “impossible” (完全不可能) while it meets it: the two must agree.",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    if ind.is_empty_slot() || ind.is_qualitative() {
        return;
    }
    let Some(p) = ind.progress.as_deref() else {
        return;
    };
    let o = &cx.profile.lifecycle;
    let values = &o.likelihood_values;
    let Some(i) = p
        .likelihood
        .as_deref()
        .and_then(|l| reading::likelihood(l, values))
    else {
        return;
    };
    let (Some(t), Some(projected)) = (
        ind.number(),
        p.projected.as_ref().and_then(|c| light::number_in_target_unit(ind, c)),
    ) else {
        return;
    };
    let op = ind.operator.get();
    if op.is_none() && !ind.operator.is_blank() {
        return;
    }
    let met = score::is_met(op, projected, t, o);
    let impossible = values.len() >= 3 && i + 1 == values.len();
    let row = cx.row();
    let likelihood = values[i].as_str();
    let shown = crate::rules::quote(ind.raw.projected.as_deref().unwrap_or_default());
    let target = format!(
        "{}{}{}",
        op.map_or("", |o| o.symbol()),
        t.normalize(),
        crate::text::clean(&ind.raw.unit)
    );
    let msg = match (i, met) {
        (0, false) => {
            let maybe = values.get(1).map_or("", String::as_str);
            tr!(
                cx,
                "{row}的完成可能性为“{likelihood}”，但全年预计完成值“{shown}”达不到目标{target}。请核实：预计完不成的，改选“{maybe}”并说明原因和纠偏措施；能完成的，改正预计完成值。",
                "{row}: the likelihood is “{likelihood}” (certain) but the projection “{shown}” misses the target {target}. If it will fall short, choose “{maybe}” with the cause and the measures; if not, correct the projection."
            )
        }
        _ if impossible && met => tr!(
            cx,
            "{row}的完成可能性为“{likelihood}”，但全年预计完成值“{shown}”已达到目标{target}。请核实二者，使其一致。",
            "{row}: the likelihood is “{likelihood}” (impossible) but the projection “{shown}” meets the target {target}. Check both and make them agree."
        ),
        _ => return,
    };
    let path = cx.cell(Column::Likelihood);
    cx.report(path, msg);
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "likelihood-contradicts-projection";

    fn projected(likelihood: &str, projected: &str) -> crate::raw::RawTable {
        let mut t = monitoring();
        t.indicators[0].likelihood = Some(likelihood.into());
        t.indicators[0].projected = Some(projected.into());
        t
    }

    #[test]
    fn hit_certain_but_short() {
        // 维修数量 = 100, projected 80, 确定能 → 有可能 + cause + measure, or projected 100.
        let t = projected("确定能", "80");
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.0.likelihood");
        assert!(d.fix.is_none());
        messages_contain(
            ID,
            &t,
            &["第1行（维修数量）", "“确定能”", "“80”", "目标＝100个", "“有可能”"],
            &["row 1", "certain", "80", "100"],
        );
        // By its code, and in a unit that converts.
        assert_eq!(run(ID, &projected("1", "80")).len(), 1);
        assert_eq!(run(ID, &projected("1-确定能", "80个")).len(), 1);
    }

    #[test]
    fn hit_impossible_but_met() {
        let t = projected("完全不可能", "100");
        let d = only(ID, &t);
        assert!(d.message.contains("已达到目标＝100个"), "{}", d.message);
        // A rate: ≥ 100 %, projected 100 %.
        let mut t = monitoring();
        t.indicators[1].likelihood = Some("完全不可能".into());
        assert_eq!(paths(ID, &t), ["indicators.1.likelihood"]);
    }

    #[test]
    fn near_misses() {
        // Worked example D: 确定能 with projections at the target.
        assert!(run(ID, &monitoring()).is_empty());
        // Agreeing: 有可能 with a shortfall, 完全不可能 far short, 确定能 above the target.
        for (l, p) in [
            ("有可能", "80"),
            ("有可能", "100"),
            ("完全不可能", "50"),
            ("确定能", "120"),
        ] {
            assert!(run(ID, &projected(l, p)).is_empty(), "{l} {p}");
        }
        // Nothing to compare: blank, text or another unit; no likelihood, or none of the values.
        for (l, p) in [
            ("确定能", ""),
            ("确定能", "基本完成"),
            ("确定能", "80人次"),
            ("", "80"),
            ("基本能", "80"),
        ] {
            assert!(run(ID, &projected(l, p)).is_empty(), "{l} {p}");
        }
        // A qualitative row.
        let mut t = projected("确定能", "部分达成");
        t.indicators[0].operator = "定性".into();
        t.indicators[0].value = "维修及时".into();
        t.indicators[0].unit = "".into();
        assert!(run(ID, &t).is_empty());
        // A 反向 row: ≤ 24 小时, projected 20 → met, 确定能.
        let mut t = projected("确定能", "20");
        t.indicators[0].operator = "≤".into();
        t.indicators[0].value = "24".into();
        t.indicators[0].unit = "小时".into();
        assert!(run(ID, &t).is_empty());
    }
}
