//! `name-value-conflict` — 指标名称中的数值与目标值不一致.
//!
//! Some names carry their own target: `培训合格率100%`, `入学率达到95%`. When the target value
//! says something else (`≥95%`), the row contradicts itself and a reviewer cannot tell which
//! is meant; usually the name was copied from a template or last year's table and the value
//! changed. Only percentages are compared: a number in a name is otherwise a year, a
//! period or a count of something else (`2024年`, `一季度`, `3个乡镇`). A name that carries
//! the same number as the value (`38.75万元` over 38.75) is `cost-restates-budget`'s business
//! where it matters, not a conflict.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::name_value_conflict,
    level: Level::Warning,
    title: Tr {
        zh: "指标名称中的数值与目标值不一致",
        en: "The name states a different value from the target",
    },
    description: Tr {
        zh: "名称里写了“100%”而目标值是“≥95%”，两者必有一处不对。",
        en: "A name saying “100 %” over a target of “≥ 95 %”: one of them is wrong.",
    },
    check: Check::Row(check),
};

/// The percentage a name states (`培训合格率100%`, `达到95%以上`), if exactly one.
fn percent_in(name: &str) -> Option<Decimal> {
    let c = crate::text::compact(name);
    let mut found = None;
    for (i, _) in c.match_indices('%') {
        let digits: String = c[..i]
            .chars()
            .rev()
            .take_while(|ch| ch.is_ascii_digit() || *ch == '.')
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let n = crate::amount::parse_decimal(&digits)?;
        if found.is_some_and(|f| f != n) {
            return None;
        }
        found = Some(n);
    }
    found
}

fn check(ind: &Indicator, cx: &mut RowContext) {
    let (Some(stated), Some(n)) = (percent_in(&ind.name), ind.number()) else {
        return;
    };
    if !ind.is_percent() || stated == n {
        return;
    }
    let row = cx.row();
    let (stated, n) = (stated.normalize(), n.normalize());
    let op = ind.operator.get().map_or("", Operator::symbol);
    let msg = tr!(
        cx,
        "{row}的名称写的是{stated}%，目标值却是“{op}{n}%”。请让两者一致：目标写在指标值栏，名称只写衡量什么。",
        "{row}: the name says {stated} % but the target is “{op} {n} %”. Make them agree: the target goes in the value column, the name says only what is measured."
    );
    cx.report(cx.cell(Column::Name), msg);
}

#[cfg(test)]
mod tests {
    use super::percent_in;
    use crate::rules::testing::*;

    const ID: &str = "name-value-conflict";

    #[test]
    fn hit_name_says_another_percentage() {
        let mut t = good();
        t.indicators[1].name = "体检报告合格率100%".into();
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.1.name");
        messages_contain(ID, &t, &["100%", "≥98%"], &["100 %"]);
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // The same number, a year, a count, a name without a number.
        t.indicators[1].name = "体检报告合格率98%".into();
        t.indicators[0].name = "2024年老年人健康体检人数".into();
        t.indicators[2].name = "3个社区体检完成及时率".into();
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
        assert_eq!(percent_in("达到95%以上"), Some(95.into()));
        assert_eq!(percent_in("由80%提高到90%"), None);
    }
}
