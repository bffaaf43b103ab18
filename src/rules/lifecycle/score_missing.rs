//! `score-missing` — 得分为空.
//!
//! A self-evaluation is a score out of 100: every row with a weight, the 预算执行率 line when
//! it carries a 分值, and the 总分 must be scored. A blank 得分 leaves the total and the grade
//! unfounded, and the vendor page refuses to save it (required columns). A table rule because
//! the execution line and the total are not rows. The fix is the computed value where it is
//! certain: a quantitative row's `s*` (§3.5), the budget score from the execution rate (§3.3),
//! the total from the stated scores (§3.7). Forms without a score column, rows with an N/A
//! weight and template rows (`……`, §6) are left alone. Source: LIFECYCLE.md §4.1 rule 9; C —
//! required columns (id 54504033813).

use crate::lifecycle::{execution, score, Num};
use crate::raw::ExecField;
use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::score_missing,
    level: Level::Error,
    stages: Stages::SELF_EVALUATION,
    title: Tr {
        zh: "得分为空",
        en: "A score is blank",
    },
    description: Tr {
        zh: "自评表中有分值的指标、预算执行率和总分都必须填写得分。",
        en: "In a self-evaluation every weighted indicator, the budget execution line and the total must be scored.",
    },
    check: Check::Table(check),
};

fn check(table: &Table, cx: &mut Context) {
    let profile = cx.profile;
    let o = &profile.lifecycle;
    for ind in &table.indicators {
        let Some(p) = ind.progress.as_ref() else {
            continue;
        };
        let weighted = p.weight.value().is_some_and(|w| w > Decimal::ZERO);
        if !weighted
            || !p.score.as_ref().is_some_and(Num::is_blank)
            || !ind.has_name()
            || ind.is_empty_slot()
        {
            continue;
        }
        let row = cx.row(ind.index);
        let w = p.weight.value().unwrap_or_default().normalize();
        let path = Path::Cell(ind.index, Column::Score);
        let msg = tr!(
            cx,
            "{row}未填写得分（分值{w}分）。请按实际完成情况评分。",
            "{row} has no score (weight {w}). Score it by what was achieved."
        );
        let expected = score::fix_score(ind, o).map(|s| s.normalize());
        let label = expected.map(|s| {
            tr!(
                cx,
                "按实际完成值计算为 {s} 分",
                "{s}, as computed from the actual value"
            )
        });
        let d = cx.report(path, msg);
        if let (Some(s), Some(label)) = (expected, label) {
            d.fix(path, s.to_string(), label);
        }
    }
    if let Some(e) = &table.execution {
        let weighted = e
            .weight
            .as_ref()
            .is_some_and(|w| w.value().is_some_and(|w| w > Decimal::ZERO));
        if weighted && e.score.as_ref().is_some_and(Num::is_blank) {
            let path = Path::Exec(ExecField::Score);
            let expected = execution::expected_score(e, o).map(|s| s.normalize());
            let msg = tr!(
                cx,
                "预算执行率未填写得分。请按执行率计算得分（分值×执行率）。",
                "The budget execution line has no score. Score it by the execution rate (weight × rate)."
            );
            let label = expected.map(|s| {
                tr!(
                    cx,
                    "按执行率计算为 {s} 分",
                    "{s}, as computed from the execution rate"
                )
            });
            let d = cx.report(path, msg);
            if let (Some(s), Some(label)) = (expected, label) {
                d.fix(path, s.to_string(), label);
            }
        }
    }
    if table.header.total_score.as_ref().is_some_and(Num::is_blank) && is_scored(table) {
        let path = Path::Field(Field::TotalScore);
        let total = stated_total(table).map(|s| s.normalize());
        let msg = tr!(
            cx,
            "总分未填写。总分为各指标得分与预算执行率得分之和。",
            "The total score is blank. It is the sum of the indicators' scores and the budget execution score."
        );
        let label = total.map(|s| {
            tr!(
                cx,
                "按各项得分合计为 {s} 分",
                "{s}, the sum of the stated scores"
            )
        });
        let d = cx.report(path, msg);
        if let (Some(s), Some(label)) = (total, label) {
            d.fix(path, s.to_string(), label);
        }
    }
}

/// True when the form has a score column somewhere (a row's or the execution line's).
fn is_scored(table: &Table) -> bool {
    table
        .indicators
        .iter()
        .any(|r| r.progress.as_ref().is_some_and(|p| p.score.is_some()))
        || table.execution.as_ref().is_some_and(|e| e.score.is_some())
}

/// The sum of the stated scores, when every one that counts is a number: each scored row
/// (N/A and template rows aside) and the execution line; `None` without an execution block
/// (the budget part of the 100 is unknown).
fn stated_total(table: &Table) -> Option<Decimal> {
    let e = table.execution.as_ref()?;
    let mut sum = match &e.score {
        Some(n) => n.value()?,
        None => Decimal::ZERO,
    };
    for ind in &table.indicators {
        let Some(s) = ind.progress.as_ref().and_then(|p| p.score.as_ref()) else {
            continue;
        };
        match s {
            Num::Number { value, .. } => sum += *value,
            Num::NotApplicable => {}
            _ if !ind.has_name() || ind.is_empty_slot() => {}
            _ => return None,
        }
    }
    Some(sum)
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "score-missing";

    #[test]
    fn hit() {
        // LIFECYCLE §4.1 rule 9: the 满意度 row, weight "10", score "" → "10".
        let mut t = self_evaluation();
        t.indicators[8].score = Some(String::new());
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.8.score");
        assert_eq!(fix_of(&d), ("indicators.8.score".into(), Some("10")));
        messages_contain(
            ID,
            &t,
            &["第9行（机关事业单位干部群众满意度）未填写得分"],
            &["row 9", "no score"],
        );
        fixes_clear(ID, &t, &[d]);
        // A qualitative row: no single value to write.
        let mut t = self_evaluation();
        t.indicators[6].score = Some(" ".into());
        let d = only(ID, &t);
        assert!(d.fix.is_none());
    }

    #[test]
    fn execution_and_total() {
        let mut t = self_evaluation();
        t.execution.as_mut().unwrap().score = Some(String::new());
        t.total_score = Some(String::new());
        let d = run(ID, &t);
        assert_eq!(paths_of(&d), ["execution.score", "totalScore"]);
        // 10 × 97.31 % = 9.73; the total waits for it.
        assert_eq!(fix_of(&d[0]), ("execution.score".into(), Some("9.73")));
        assert!(d[1].fix.is_none());
        // The total alone: 80 + 9.73.
        let mut t = self_evaluation();
        t.total_score = Some(String::new());
        let d = only(ID, &t);
        assert_eq!(fix_of(&d), ("totalScore".into(), Some("89.73")));
        fixes_clear(ID, &t, &[d]);
    }

    #[test]
    fn near_misses() {
        // §3.10 A as given.
        assert!(run(ID, &self_evaluation()).is_empty());
        let mut t = self_evaluation();
        // No score column, an N/A score, an N/A or zero weight.
        t.indicators[0].score = None;
        t.indicators[1].score = Some("/".into());
        t.indicators[2].weight = "—".into();
        t.indicators[2].score = Some(String::new());
        t.indicators[3].weight = "0".into();
        t.indicators[3].score = Some(String::new());
        // Placeholder rows (§6): name "……".
        t.indicators
            .push(se_row("……", "", "……", "", "", "", "10", "", "", ""));
        // No execution score cell; no weight on the execution line.
        let e = t.execution.as_mut().unwrap();
        e.weight = None;
        e.score = Some(String::new());
        // The form has no total.
        t.total_score = None;
        assert!(run(ID, &t).is_empty(), "{:?}", paths(ID, &t));
        // A form without any score column leaves its blank total alone.
        let mut t = self_evaluation();
        for r in &mut t.indicators {
            r.score = None;
        }
        t.execution.as_mut().unwrap().score = None;
        t.total_score = Some(String::new());
        assert!(run(ID, &t).is_empty());
        // Monitoring forms are not scored.
        let mut t = monitoring();
        t.indicators[0].weight = "10".into();
        t.indicators[0].score = Some(String::new());
        assert!(run(ID, &t).is_empty());
    }
}
