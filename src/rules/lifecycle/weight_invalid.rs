//! `weight-invalid` — 分值为空或不是数字.
//!
//! In a scored self-evaluation every row with a target carries its 分值 (权重): the points it
//! can earn, and the ceiling its 得分 is checked against. A blank or a word (`十分`, `高`)
//! leaves the row unscorable, and the vendor import refuses it ("分值只能填数字。"); with
//! `weightPositive` (the vendor switch `isCheckWeightGtZero`) a weight of 0 or less is refused
//! too. Forms without a score column (the Hunan 2020 layout) or without a 分值 column (no row
//! has one: layouts that print only 得分) are left alone, as are N/A marks, template rows and
//! breakdown rows (`其中桃树种植面积` under the row that carries the 分值, a real 财政衔接资金
//! form). `10分` gets its number as the fix. Source: LIFECYCLE.md
//! §4.1 rule 8; C — import (id 54547212816), `isCheckWeightGtZero` (id 54805832199,
//! 54504033813).

use crate::lifecycle::Num;
use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::weight_invalid,
    level: Level::Error,
    stages: Stages::SELF_EVALUATION,
    title: Tr {
        zh: "分值为空或不是数字",
        en: "A weight is blank or not a number",
    },
    description: Tr {
        zh: "自评表中每个指标都要有数字分值，得分以它为上限。",
        en: "In a self-evaluation every indicator needs a numeric weight (分值), the most its score can be.",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    let Some(p) = ind.progress.as_ref() else {
        return;
    };
    // Scored forms with a 分值 column (some row fills it); rows with a name and a target, not
    // a breakdown row (`其中…`, whose parent carries the weight).
    if p.score.is_none()
        || !cx.header.columns.has(Column::Weight)
        || crate::lifecycle::score::is_breakdown_row(ind)
        || !ind.has_name()
        || ind.is_empty_slot()
        || matches!(ind.target, Target::Empty | Target::Placeholder)
    {
        return;
    }
    let row = cx.row();
    let path = cx.cell(Column::Weight);
    match &p.weight {
        Num::Blank => {
            let msg = tr!(
                cx,
                "{row}未填写分值。请填写该指标的分值（数字），得分不能超过它。",
                "{row} has no weight (分值). Enter the points the indicator carries, as a number; its score cannot exceed them."
            );
            cx.report(path, msg);
        }
        Num::Text => {
            let text = crate::rules::quote(ind.raw.weight.trim());
            let msg = tr!(
                cx,
                "{row}的分值“{text}”不是数字。请只填数字，如“10”。",
                "{row}: the weight “{text}” is not a number. Enter a number only, e.g. 10."
            );
            match crate::lifecycle::score::points(&ind.raw.weight) {
                Some(n) => {
                    let n = n.normalize();
                    let label = tr!(cx, "改为 {n}", "Change to {n}");
                    cx.report(path, msg).fix(path, n.to_string(), label);
                }
                None => {
                    cx.report(path, msg);
                }
            }
        }
        Num::Number { value, .. }
            if cx.profile.lifecycle.weight_positive && *value <= Decimal::ZERO =>
        {
            let value = value.normalize();
            let msg = tr!(
                cx,
                "{row}的分值为{value}，按要求分值必须大于0。请填写该指标的分值，或删去不评分的指标。",
                "{row}: the weight is {value}, and weights must be above 0 here. Give the indicator its points, or remove an indicator that is not scored."
            );
            cx.report(path, msg);
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use crate::profile::Profile;
    use crate::rules::testing::*;

    const ID: &str = "weight-invalid";

    #[test]
    fn hit() {
        // LIFECYCLE §4.1 rule 8: "weight": "" → "10".
        let mut t = self_evaluation();
        t.indicators[0].weight = String::new();
        t.indicators[1].weight = "十分".into();
        assert_eq!(
            paths(ID, &t),
            ["indicators.0.weight", "indicators.1.weight"]
        );
        messages_contain(
            ID,
            &t,
            &["第1行（组织宣传活动次数）未填写分值"],
            &["row 1", "no weight"],
        );
        // `10分`: the number is certain.
        let mut t = self_evaluation();
        t.indicators[0].weight = "10分".into();
        let d = only(ID, &t);
        assert_eq!(fix_of(&d), ("indicators.0.weight".into(), Some("10")));
        fixes_clear(ID, &t, &[d]);
    }

    #[test]
    fn weight_positive() {
        // "0" with isCheckWeightGtZero.
        let mut t = self_evaluation();
        t.indicators[0].weight = "0".into();
        assert!(run(ID, &t).is_empty(), "0 is a weight by default");
        let mut p = Profile::default();
        p.lifecycle.weight_positive = true;
        let d = run_with(ID, &t, &p);
        assert_eq!(paths_of(&d), ["indicators.0.weight"]);
    }

    #[test]
    fn near_misses() {
        assert!(run(ID, &self_evaluation()).is_empty());
        let mut t = self_evaluation();
        // N/A; a weight with a decimal or a % sign.
        t.indicators[0].weight = "/".into();
        t.indicators[1].weight = "7.5".into();
        // A form without scores (the Hunan 2020 layout) carries no weights.
        t.indicators[2].weight = String::new();
        t.indicators[2].score = None;
        // A template row (§6); a breakdown row under the row with the weight.
        t.indicators
            .push(se_row("……", "", "……", "", "", "", "", "", "", ""));
        t.indicators.push(se_row(
            "产出指标",
            "数量指标",
            "其中：宣传进社区次数",
            ">=",
            "2",
            "次",
            "",
            "3",
            "",
            "",
        ));
        assert!(run(ID, &t).is_empty(), "{:?}", paths(ID, &t));
        // A form whose rows have no 分值 column at all (only 得分).
        let mut t = self_evaluation();
        for r in &mut t.indicators {
            r.weight = String::new();
        }
        assert!(run(ID, &t).is_empty());
        // Monitoring is not scored here.
        let mut t = monitoring();
        t.indicators[0].score = Some(String::new());
        assert!(run(ID, &t).is_empty());
    }
}
