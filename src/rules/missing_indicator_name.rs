//! `missing-indicator-name` — 三级指标名称为空或只有符号.
//!
//! The level-3 name is what a target is set for; a row without one cannot be reviewed or
//! evaluated. Budget systems reject it in 强制性审核 (“三级指标名称不能为空，不能只有符号”). A
//! row the user added and left empty, or a stray `--` separator row from a paste (the seed's
//! 巡察经费 table ends with one), is reported once here with a fix that deletes it; the
//! other row rules leave nameless rows to this one.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::missing_indicator_name,
    level: Level::Error,
    title: Tr {
        zh: "三级指标名称为空或只有符号",
        en: "The indicator name is empty or only symbols",
    },
    description: Tr {
        zh: "每一行都必须有三级指标名称。",
        en: "Every row needs a level-3 indicator name.",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    // A template's unused slot (levels only, or the `……` row) asks for nothing.
    if ind.has_name() || (!ind.is_empty() && !ind.is_blank_like() && ind.is_empty_slot()) {
        return;
    }
    let i = ind.index;
    let n = i + 1;
    let path = cx.cell(Column::Name);
    if ind.is_blank_like() && !ind.is_empty() {
        let msg = tr!(
            cx,
            "第{n}行只有符号（如“--”），没有实际内容，可能是粘贴时带入的分隔行。请删除此行。",
            "Row {n} holds only symbols (such as “--”), probably a separator line carried over from a paste. Delete the row."
        );
        let label = tr!(cx, "删除此行", "Delete row");
        cx.report(path, msg).fix_remove(i, label);
    } else if ind.is_empty() {
        let msg = tr!(
            cx,
            "第{n}行是空行，没有填写任何内容。请填写三级指标名称及指标值，或删除此行。",
            "Row {n} is empty. Fill in the indicator name and target, or delete the row."
        );
        let label = tr!(cx, "删除空行", "Delete empty row");
        cx.report(path, msg).fix_remove(i, label);
    } else if ind.name.is_empty() {
        let msg = tr!(
            cx,
            "第{n}行没有填写三级指标名称。请写明这一行考核什么，如“…合格率”“…人次”。",
            "Row {n} has no indicator name. Say what the row measures, e.g. “…合格率” (pass rate of …) or “…人次” (person-times of …)."
        );
        cx.report(path, msg);
    } else {
        let name = &ind.name;
        let msg = tr!(
            cx,
            "第{n}行的三级指标名称“{name}”只有符号。请写明这一行考核什么，如“…合格率”“…人次”。",
            "Row {n}: the indicator name “{name}” is only symbols. Say what the row measures, e.g. “…合格率” (pass rate of …) or “…人次” (person-times of …)."
        );
        cx.report(path, msg);
    }
}

#[cfg(test)]
mod tests {
    use crate::raw::RawIndicator;
    use crate::rules::testing::*;

    const ID: &str = "missing-indicator-name";

    #[test]
    fn empty_row_once_with_delete_fix() {
        let mut t = good();
        t.indicators.push(RawIndicator::default());
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.7.name");
        assert_eq!(fix_of(&d), ("indicators.7".into(), None));
        messages_contain(ID, &t, &["第8行"], &["Row 8"]);
        // Deleting it leaves a clean table.
        fixes_clear(ID, &t, &[d]);
    }

    #[test]
    fn empty_and_separator_rows_belong_to_this_rule_only() {
        let mut t = good();
        t.indicators.push(RawIndicator::default());
        t.indicators
            .push(row("--", "--", "--", "--", "---", "--", "--"));
        for id in [
            "name-too-long",
            "duplicate-indicator",
            "near-duplicate-indicator",
            "invalid-operator",
            "missing-operator",
            "operator-on-qualitative",
            "missing-value",
            "placeholder-value",
            "missing-unit",
            "value-in-unit",
            "unknown-unit",
            "qualitative-grade",
            "mostly-qualitative",
            "generic-indicator",
        ] {
            assert!(run(id, &t).is_empty(), "{id}: {:?}", run(id, &t));
        }
    }

    #[test]
    fn separator_row_and_symbol_names() {
        let mut t = good();
        t.indicators
            .push(row("--", "--", "--", "--", "---", "--", "--"));
        t.indicators[2].name = "/".into();
        t.indicators[3].name = "   ".into();
        let d = run(ID, &t);
        assert_eq!(
            paths_of(&d),
            [
                "indicators.2.name",
                "indicators.3.name",
                "indicators.7.name"
            ]
        );
        assert!(d[0].message.contains("“/”"), "{}", d[0].message);
        assert!(
            d[0].fix.is_none() && d[1].fix.is_none(),
            "filled rows are not deleted"
        );
        assert!(d[2].fix.is_some(), "the separator row can go");
        assert!(d[2].message.contains("只有符号"), "{}", d[2].message);
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        t.indicators[0].name = "A".into();
        t.indicators[1].name = "2024年培训人数".into();
        t.indicators[2].name = "“青年之家”活跃度".into();
        // A template's unused slot: levels only, or the `……` row.
        t.indicators.push(row("效益指标", "经济效益指标", "", "", "", "-", ""));
        t.indicators.push(row("产出指标", "数量指标", "……", "", "", "", ""));
        assert!(run(ID, &t).is_empty(), "{:?}", paths(ID, &t));
        assert!(run(ID, &good()).is_empty());
    }

    #[test]
    fn a_number_is_no_name() {
        // 奉节: the system exported an empty name as `0`.
        let mut t = good();
        t.indicators[3].name = "0".into();
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.3.name");
    }
}
