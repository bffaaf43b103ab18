//! `missing-unit` — 定量指标缺少度量单位.
//!
//! “≥ 95” means nothing until it says 95 what: per cent, people, times, 万元. Budget systems
//! require the unit on every row that is not 定性 (强制性审核; DOMAIN.md “Review rules found in
//! real systems”). A unit cell holding only a symbol (`/`, `--`) counts as empty. When the name
//! is a rate (…率, 满意度) the unit can only be `%`, and a fix writes it.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::missing_unit,
    level: Level::Error,
    title: Tr {
        zh: "定量指标缺少度量单位",
        en: "A quantitative indicator has no unit",
    },
    description: Tr {
        zh: "定量指标必须写明度量单位。",
        en: "Quantitative indicators need a unit.",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    // Zero is zero in any unit (`变质比例 0`).
    let Some(n) = ind.number().filter(|n| !n.is_zero()) else {
        return;
    };
    let missing = match &ind.unit {
        None => true,
        Some(Unit::Other(u)) => crate::text::is_only_symbols(u),
        Some(_) => false,
    };
    if !missing || ind.is_qualitative() {
        return;
    }
    let row = cx.row();
    let path = cx.cell(Column::Unit);
    // A rate's unit is % only for a number a percentage can be: `2024.12` is a date.
    if ind.name_kind.is_rate() && n >= Decimal::ZERO && n <= Decimal::ONE_HUNDRED {
        let msg = tr!(
            cx,
            "{row}是比率类定量指标（指标值{n}），但没有填写度量单位。比率的单位是“%”。",
            "{row} is a rate with the target {n} but no unit. A rate's unit is “%”."
        );
        let label = tr!(cx, "填写 %", "Set to %");
        cx.report(path, msg).fix(path, "%", label);
    } else {
        let msg = tr!(
            cx,
            "{row}是定量指标（指标值{n}），但没有填写度量单位。请填写单位，如 个、次、人、人次、万元、%。",
            "{row} has the numeric target {n} but no unit. Write the unit, e.g. 个 (items), 次 (times), 人 (people), 万元, %."
        );
        cx.report(path, msg);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "missing-unit";

    #[test]
    fn hit_rate_without_unit_gets_percent() {
        let mut t = good();
        t.indicators[1].unit = "".into();
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.1.unit");
        assert_eq!(fix_of(&d), ("indicators.1.unit".into(), Some("%")));
        messages_contain(ID, &t, &["第2行（体检报告合格率）"], &["row 2"]);
        fixes_clear(ID, &t, &[d]);
    }

    #[test]
    fn hit_count_without_unit_no_fix() {
        let mut t = good();
        t.indicators[0].unit = "/".into();
        let d = only(ID, &t);
        assert!(d.fix.is_none());
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // Unit inside the value cell, qualitative rows, empty value, unknown but real unit.
        t.indicators[1].value = "98%".into();
        t.indicators[1].unit = "".into();
        t.indicators[2] = row(
            "效益指标",
            "社会效益指标",
            "a",
            "定性",
            "平稳运行",
            "",
            "2024年12月",
        );
        t.indicators[3] = row(
            "效益指标",
            "社会效益指标",
            "b",
            "定性",
            "100",
            "",
            "2024年12月",
        );
        t.indicators[4].value = "".into();
        t.indicators[4].unit = "".into();
        t.indicators[0].unit = "个百分点".into();
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
