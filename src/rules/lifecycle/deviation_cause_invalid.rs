//! `deviation-cause-invalid` — 偏差原因类别不在可选范围内.
//!
//! The monitoring form's 偏差原因分析 is a set of tick boxes, not free text: 经费保障 · 制度保障 ·
//! 人员保障 · 硬件条件保障 · 其他 (the profile's `causeCategories`), which the budget systems
//! store as codes and total across projects. A cause outside them (`天气影响`) cannot be filed
//! or counted; the detail belongs in 原因说明 under 其他. The vendor's labels 经费原因 · 制度原因 ·
//! 人员原因 · 其他原因 are accepted for their categories (and the categories for them when a
//! profile lists the vendor's). Source: LIFECYCLE.md §4.5 rule 42 — C: datasource
//! `dviationanalysis` 1 人员原因, 2 制度原因, 3 经费原因, 10 其他原因 (C id 54696563557); the
//! Anhui import's five tick columns (C id 54851968000); E: 136号's categories, as recalled.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::deviation_cause_invalid,
    level: Level::Error,
    stages: Stages::MONITORING,
    title: Tr {
        zh: "偏差原因类别不在可选范围内",
        en: "A deviation cause is not one of the categories",
    },
    description: Tr {
        zh: "偏差原因应从经费保障、制度保障、人员保障、硬件条件保障、其他中勾选，具体情况写入原因说明。",
        en: "Deviation causes are ticked from the categories (经费保障 funding, 制度保障 rules, 人员保障 staff, 硬件条件保障 facilities, 其他 other); details go in the explanation.",
    },
    check: Check::Row(check),
};

/// The categories and the vendor's labels for them.
const ALIASES: &[(&str, &str)] = &[
    ("经费保障", "经费原因"),
    ("制度保障", "制度原因"),
    ("人员保障", "人员原因"),
    ("其他", "其他原因"),
];

fn is_category(cause: &str, categories: &[String]) -> bool {
    let listed = |s: &str| categories.iter().any(|c| crate::text::compact(c) == s);
    let c = crate::text::compact(cause);
    listed(&c)
        || ALIASES.iter().any(|&(a, b)| {
            (c == a && listed(b)) || (c == b && listed(a))
        })
}

fn check(ind: &Indicator, cx: &mut RowContext) {
    if ind.is_empty_slot() {
        return;
    }
    let Some(causes) = ind.progress.as_deref().and_then(|p| p.causes.as_ref()) else {
        return;
    };
    let categories = &cx.profile.lifecycle.cause_categories;
    let bad: Vec<&str> = causes
        .iter()
        .map(String::as_str)
        .filter(|c| crate::lifecycle::reading::is_stated(Some(c)) && !is_category(c, categories))
        .collect();
    if bad.is_empty() {
        return;
    }
    let row = cx.row();
    let sep = if cx.zh() { "”“" } else { "”, “" };
    let bad = bad
        .iter()
        .map(|c| crate::rules::quote(c))
        .collect::<Vec<_>>()
        .join(sep);
    let list = categories.join(if cx.zh() { "、" } else { ", " });
    let msg = tr!(
        cx,
        "{row}的偏差原因“{bad}”不在可选类别（{list}）中。请勾选相应类别（无对应类别的选“其他”），具体情况写入原因说明。",
        "{row}: the deviation cause “{bad}” is not one of the categories ({list}). Tick the matching one (其他, other, when none fits) and put the details in the explanation."
    );
    let path = cx.cell(Column::DeviationCauses);
    cx.report(path, msg);
}

#[cfg(test)]
mod tests {
    use crate::profile::Profile;
    use crate::rules::testing::*;

    const ID: &str = "deviation-cause-invalid";

    fn caused(causes: &str) -> crate::raw::RawTable {
        let mut t = monitoring();
        t.indicators[0].deviation_causes = Some(causes.into());
        t
    }

    #[test]
    fn hit_weather() {
        // ["天气影响"] → ["其他"], the weather in deviationReason.
        let t = caused("天气影响");
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.0.deviationCauses");
        assert!(d.fix.is_none());
        messages_contain(
            ID,
            &t,
            &["第1行（维修数量）", "“天气影响”", "人员保障", "“其他”"],
            &["row 1", "天气影响", "other"],
        );
        // One finding for the row, naming each cause outside the list.
        let t = caused("人员保障、天气影响、施工延期");
        let d = only(ID, &t);
        assert!(d.message.contains("“天气影响”“施工延期”"), "{}", d.message);
        assert!(!d.message.contains("“人员保障”"), "{}", d.message);
    }

    #[test]
    fn hit_under_the_vendors_list() {
        let mut p = Profile::default();
        p.lifecycle.cause_categories = ["人员原因", "制度原因", "经费原因", "其他原因"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        // 硬件条件保障 is not on the vendor's list.
        assert_eq!(run_with(ID, &caused("硬件条件保障"), &p).len(), 1);
        // The categories are accepted for the vendor's labels.
        assert!(run_with(ID, &caused("人员保障、其他"), &p).is_empty());
    }

    #[test]
    fn near_misses() {
        // Worked example D: 人员保障, and nothing ticked on the green row.
        assert!(run(ID, &monitoring()).is_empty());
        // Every category, the vendor's labels, separators and spaces.
        for ok in [
            "经费保障、制度保障、人员保障、硬件条件保障、其他",
            "经费原因,制度原因；人员原因/其他原因",
            " 人员 保障 ",
            "无",
            "",
        ] {
            assert!(run(ID, &caused(ok)).is_empty(), "{ok}");
        }
        // No causes column: silent.
        let mut t = monitoring();
        t.indicators[0].deviation_causes = None;
        assert!(run(ID, &t).is_empty());
        // Not a monitoring form.
        let mut t = self_evaluation();
        t.indicators[0].deviation_causes = Some("天气影响".into());
        assert!(run(ID, &t).is_empty());
    }
}
