//! `unknown-unit` — 度量单位不常见.
//!
//! The model classifies units into percentages, counts, money, time and physical measures;
//! a unit outside those lists (`人/年`, `个百分点`, or a typo such as `万圆`) is not wrong in
//! itself but worth a second look, since the rules that check counts, money and rates cannot
//! read it. Advisory only (提示性审核). Unit cells that hold a value are `value-in-unit`'s; a
//! lone symbol (`/`, `--`) is not reported here, nor one character after a number: counting
//! words are as many as the things counted (`3村`, `12所`).

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::unknown_unit,
    level: Level::Info,
    title: Tr {
        zh: "度量单位不常见",
        en: "The unit is not a common one",
    },
    description: Tr {
        zh: "单位不在常用单位表中，请确认。",
        en: "The unit is not in the list of common units; please check it.",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    let Some(Unit::Other(u)) = &ind.unit else {
        return;
    };
    if crate::text::is_only_symbols(u) || ind.value_in_unit_cell(cx.grades) {
        return;
    }
    // One character after a number is a classifier (`3村`, `12所`, `40户`); 成 is a tenth.
    let mut chars = u.chars();
    if let (Some(ch), None) = (chars.next(), chars.next()) {
        if ind.number().is_some() && ch != '成' && ('\u{4e00}'..='\u{9fff}').contains(&ch) {
            return;
        }
    }
    let column = if ind.unit_in_value {
        Column::Value
    } else {
        Column::Unit
    };
    let row = cx.row();
    let msg = tr!(
        cx,
        "{row}的度量单位“{u}”不是常用单位，请确认是否写错。常用单位如 %、个、次、人、人次、万元、元/人、天、公里。",
        "{row}: the unit “{u}” is not a common one; please check it. Common units: %, 个, 次, 人, 人次, 万元, 元/人, 天, 公里."
    );
    cx.report(cx.cell(column), msg);
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "unknown-unit";

    #[test]
    fn hit_unusual_unit() {
        let mut t = good();
        t.indicators[3].unit = "万圆".into();
        t.indicators[1].value = "98成".into();
        t.indicators[1].unit = "".into();
        let d = run(ID, &t);
        assert_eq!(d.len(), 2);
        assert_eq!(
            d[0].path.to_string(),
            "indicators.1.value",
            "unit read from the value"
        );
        assert_eq!(d[1].path.to_string(), "indicators.3.unit");
        assert!(d[1].fix.is_none());
        assert!(d[1].message.contains("“万圆”"), "{}", d[1].message);
        messages_contain(ID, &t, &["第2行（体检报告合格率）"], &["row 2"]);
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // Compounds of known units, a classifier after a number.
        for u in ["次/月", "人/次", "人/天", "万立方米", "倍", "村"] {
            let mut t = good();
            t.indicators[0].unit = u.into();
            assert!(run(ID, &t).is_empty(), "{u}");
        }
        // Known units in other spellings, a symbol, and values in the unit cell.
        t.indicators[0].unit = "人次".into();
        t.indicators[1].unit = "％".into();
        t.indicators[2].unit = "/".into();
        t.indicators[3].unit = "万 元".into();
        t.indicators[4].unit = "平稳运行".into();
        t.indicators[5].unit = "95".into();
        assert!(run(ID, &t).is_empty(), "{:?}", run(ID, &t));
        assert!(run(ID, &good()).is_empty());
    }
}
