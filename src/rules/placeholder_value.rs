//! `placeholder-value` — 指标值是模板占位符.
//!
//! Templates and last year's tables carry placeholders — `≥**%`, `xx`, `××`, `……`, `--` —
//! that were meant to be replaced. Budget systems reject `*`, `_`, `-` in a value (强制性审核:
//! the value must be numeric, with no template leftovers; DOMAIN.md “Review rules found in
//! real systems”). Rows without a name are left to `missing-indicator-name`. No fix: only the
//! user knows the target.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::placeholder_value,
    level: Level::Error,
    stages: Stages::ALL,
    title: Tr {
        zh: "指标值是模板占位符",
        en: "The target value is a template placeholder",
    },
    description: Tr {
        zh: "“**”“xx”“……”是模板里没改的占位符。",
        en: "“**”, “xx”, “……” are template leftovers.",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    if ind.target != Target::Placeholder || !ind.has_name() {
        return;
    }
    let row = cx.row();
    let text = crate::text::clean(&ind.raw.value);
    let msg = tr!(
        cx,
        "{row}的指标值“{text}”是模板里没有替换的占位符。请填写实际的目标值，如“≥95%”。",
        "{row}: the target “{text}” is a placeholder left from a template. Write the real target, e.g. “≥95%”."
    );
    cx.report(cx.cell(Column::Value), msg);
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "placeholder-value";

    #[test]
    fn hit_template_leftovers() {
        let mut t = good();
        t.indicators[1].operator = "".into();
        t.indicators[1].value = "≥**%".into();
        t.indicators[1].unit = "".into();
        t.indicators[2].value = "xx".into();
        let d = run(ID, &t);
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].path.to_string(), "indicators.1.value");
        assert!(d[0].fix.is_none());
        messages_contain(ID, &t, &["第2行（体检报告合格率）", "“≥**%”"], &["row 2"]);
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // Real values that look a little like leftovers, and a separator row.
        t.indicators[0].value = "1,000".into();
        t.indicators[5].value = "良好".into();
        t.indicators[5].operator = "定性".into();
        t.indicators
            .push(row("--", "--", "--", "--", "---", "--", "--"));
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
