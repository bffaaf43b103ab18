//! `likelihood-invalid` — 完成可能性不是可选值.
//!
//! 完成目标可能性 is one of three answers — 确定能 · 有可能 · 完全不可能 (the profile's
//! `likelihoodValues`) — which the budget systems store as a code and act on: 有可能 and
//! 完全不可能 call for a projection, a cause and a measure. A value of its own (`基本能`,
//! `能`, `较大`) cannot be filed and says nothing certain; the reviewer sends it back. The codes
//! 1/2/3 and code-and-name (`1-确定能`, as imports write them) are accepted; a value with a
//! verb after it (`确定能完成`) gets the value as its fix. A blank cell is not this rule's
//! business. Source: LIFECYCLE.md §4.5 rule 44 — C: the `completeanalysis` enum (C id
//! 55002117486, 54696563557); 合肥's import splits "1-…" (C id 54851968000).

use crate::lifecycle::reading;
use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::likelihood_invalid,
    level: Level::Error,
    stages: Stages::MONITORING,
    title: Tr {
        zh: "完成可能性不是可选值",
        en: "The likelihood is not one of the values",
    },
    description: Tr {
        zh: "完成目标可能性应从“确定能”“有可能”“完全不可能”中选择。",
        en: "The likelihood of meeting the target is one of 确定能 (certain), 有可能 (possible), 完全不可能 (impossible).",
    },
    check: Check::Row(check),
};

/// What may follow a value and still mean it: `确定能完成`, `有可能实现目标`.
const VERBS: &[&str] = &[
    "", "完成", "实现", "达成", "达到", "完成目标", "实现目标", "达成目标", "达到目标",
    "完成年度目标", "实现年度目标", "完成全年目标", "按期完成",
];

/// The value a wording certainly means: a value with a verb after it.
fn certain(text: &str, values: &[String]) -> Option<usize> {
    let c = crate::text::compact(text);
    let c = c.trim_end_matches(['。', '.', '！', '!']);
    values.iter().position(|v| {
        let v = crate::text::compact(v);
        c.strip_prefix(v.as_ref()).is_some_and(|rest| VERBS.contains(&rest))
    })
}

fn check(ind: &Indicator, cx: &mut RowContext) {
    if ind.is_empty_slot() {
        return;
    }
    let Some(text) = ind.progress.as_deref().and_then(|p| p.likelihood.as_deref()) else {
        return;
    };
    let values = &cx.profile.lifecycle.likelihood_values;
    if crate::text::is_blank(text) || reading::likelihood(text, values).is_some() {
        return;
    }
    let row = cx.row();
    let shown = crate::rules::quote(text);
    let list = values
        .iter()
        .map(|v| format!("“{v}”"))
        .collect::<Vec<_>>()
        .join(if cx.zh() { "、" } else { ", " });
    let fix = certain(text, values).map(|i| values[i].as_str());
    let msg = match (fix, values.get(1)) {
        (Some(v), _) => tr!(
            cx,
            "{row}的完成可能性“{shown}”应填可选值之一（{list}），即“{v}”。",
            "{row}: the likelihood “{shown}” should be one of the values ({list}): “{v}”."
        ),
        (None, Some(maybe)) => tr!(
            cx,
            "{row}的完成可能性“{shown}”不是可选值（{list}）。请选择其一；不能确定完成的选“{maybe}”，并说明原因和措施。",
            "{row}: the likelihood “{shown}” is not one of the values ({list}). Choose one; when completion is not certain, “{maybe}”, with the cause and the measures."
        ),
        (None, None) => tr!(
            cx,
            "{row}的完成可能性“{shown}”不是可选值（{list}）。请选择其一。",
            "{row}: the likelihood “{shown}” is not one of the values ({list}). Choose one."
        ),
    };
    let path = cx.cell(Column::Likelihood);
    let label = fix.map(|v| tr!(cx, "改为“{v}”", "Change to “{v}”"));
    let d = cx.report(path, msg);
    if let (Some(v), Some(label)) = (fix, label) {
        d.fix(path, v, label);
    }
}

#[cfg(test)]
mod tests {
    use crate::profile::Profile;
    use crate::rules::testing::*;

    const ID: &str = "likelihood-invalid";

    fn likely(text: &str) -> crate::raw::RawTable {
        let mut t = monitoring();
        t.indicators[0].likelihood = Some(text.into());
        t
    }

    #[test]
    fn hit_own_wording() {
        // "基本能" → "有可能": not certain, no fix.
        let t = likely("基本能");
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.0.likelihood");
        assert!(d.fix.is_none());
        messages_contain(
            ID,
            &t,
            &["第1行（维修数量）", "“基本能”", "“确定能”、“有可能”、“完全不可能”", "选“有可能”"],
            &["row 1", "基本能", "not one of the values"],
        );
        for bad in ["能", "4", "1-有可能", "是"] {
            assert_eq!(run(ID, &likely(bad)).len(), 1, "{bad}");
        }
    }

    #[test]
    fn hit_with_a_certain_fix() {
        for (text, want) in [
            ("确定能完成", "确定能"),
            ("有可能实现目标", "有可能"),
            ("完全不可能完成。", "完全不可能"),
        ] {
            let t = likely(text);
            let d = only(ID, &t);
            assert_eq!(fix_of(&d), ("indicators.0.likelihood".into(), Some(want)));
            fixes_clear(ID, &t, &[d]);
        }
    }

    #[test]
    fn near_misses() {
        // Worked example D: 确定能 on both rows.
        assert!(run(ID, &monitoring()).is_empty());
        // The values, their codes, code and name, spaces.
        for ok in ["有可能", "完全不可能", "1", "2", "3", "1-确定能", "2、有可能", " 有 可能 "] {
            assert!(run(ID, &likely(ok)).is_empty(), "{ok}");
        }
        // Blank, or no such column: not this rule's business.
        assert!(run(ID, &likely("")).is_empty());
        let mut t = monitoring();
        t.indicators[0].likelihood = None;
        assert!(run(ID, &t).is_empty());
        // A profile's own values.
        let mut p = Profile::default();
        p.lifecycle.likelihood_values = vec!["能".into(), "不能".into()];
        let mut t = likely("能");
        t.indicators[1].likelihood = Some("2".into());
        assert!(run_with(ID, &t, &p).is_empty());
        assert_eq!(
            paths_of(&run_with(ID, &likely("确定能"), &p)),
            ["indicators.0.likelihood", "indicators.1.likelihood"]
        );
    }
}
