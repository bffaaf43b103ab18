//! `name-too-long` — 三级指标名称超过100字.
//!
//! Budget integration systems cap the level-3 name at 100 characters and refuse to save a
//! longer one (强制性审核). A name that long is usually a definition or a whole sentence pasted
//! into the name cell; it belongs in 指标解释. Counted in characters, not bytes.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::name_too_long,
    level: Level::Error,
    title: Tr {
        zh: "三级指标名称超过100字",
        en: "The indicator name is longer than 100 characters",
    },
    description: Tr {
        zh: "一体化系统限制指标名称不超过100字。",
        en: "Budget systems limit indicator names to 100 characters.",
    },
    check: Check::Row(check),
};

/// The longest name budget systems accept, in characters.
const MAX: usize = 100;

fn check(ind: &Indicator, cx: &mut RowContext) {
    let len = crate::text::char_len(&ind.name);
    if len <= MAX {
        return;
    }
    let n = ind.index + 1;
    let msg = tr!(
        cx,
        "第{n}行的三级指标名称有{len}个字，超过{MAX}字的上限。请只写指标名称（如“…合格率”），说明和计算方法放到指标解释里。",
        "Row {n}: the indicator name has {len} characters, over the limit of {MAX}. Keep only the name (e.g. “…合格率”, pass rate of …) and put explanations in the indicator definition."
    );
    cx.report(cx.cell(Column::Name), msg);
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "name-too-long";

    #[test]
    fn hit_over_100_chars() {
        let mut t = good();
        t.indicators[1].name = "维".repeat(101);
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.1.name");
        assert!(d.fix.is_none());
        messages_contain(ID, &t, &["第2行", "101"], &["Row 2", "101"]);
    }

    #[test]
    fn near_miss_exactly_100_chars() {
        let mut t = good();
        // 100 Chinese characters are 300 bytes: the limit is in characters.
        t.indicators[1].name = "维".repeat(100);
        // Surrounding spaces are not part of the name.
        t.indicators[2].name = format!("  {}  ", "a".repeat(100));
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
