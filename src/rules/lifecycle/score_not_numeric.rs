//! `score-not-numeric` — 得分不是数字.
//!
//! A 得分 written as words or with its unit — `满分`, `10分`, `优` — cannot be added into the
//! total or checked against the weight; the vendor import refuses it ("得分只能填数字。"). Checked
//! on the rows and the 预算执行率 line (a table rule for that). On a row the fix is the number
//! when it is certain: `10分` → 10, `满分` → the row's weight. N/A marks and template rows are
//! left alone, and so is the 总分: published forms print it with its unit (`99.55分`, a real
//! 2022 黄石 form), which is no entry error, and `total-score-sum` checks it. Source:
//! LIFECYCLE.md §4.1 rule 10; C — import (id 54547212816).

use crate::lifecycle::{score, Num};
use crate::raw::ExecField;
use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::score_not_numeric,
    level: Level::Error,
    stages: Stages::SELF_EVALUATION,
    title: Tr {
        zh: "得分不是数字",
        en: "A score is not a number",
    },
    description: Tr {
        zh: "得分只能填数字（如“10”），不能写“满分”“10分”“优”等。",
        en: "A score is a number (e.g. 10), not words such as 满分 (full marks), 10分 (10 points) or 优 (excellent).",
    },
    check: Check::Table(check),
};

fn check(table: &Table, cx: &mut Context) {
    for ind in &table.indicators {
        let Some(p) = ind.progress.as_ref() else {
            continue;
        };
        if p.score != Some(Num::Text) || !ind.has_name() || ind.is_empty_slot() {
            continue;
        }
        let text = ind.raw.score.as_deref().unwrap_or_default();
        report(cx, ind.index, text, p.weight.value());
    }
    // The execution line is read as a number only (its text is not kept): reported without a
    // quote or a fix.
    if table
        .execution
        .as_ref()
        .is_some_and(|e| e.score == Some(Num::Text))
    {
        let msg = tr!(
            cx,
            "预算执行率的得分不是数字。请只填数字，如“9.73”。",
            "The budget execution line's score is not a number. Enter a number only, e.g. 9.73."
        );
        cx.report(Path::Exec(ExecField::Score), msg);
    }
}

/// Reports a row's score `text`, with the number as the fix when it is certain: `10分` is 10, and
/// `满分` the `weight`.
fn report(cx: &mut Context, index: usize, text: &str, weight: Option<Decimal>) {
    let path = Path::Cell(index, Column::Score);
    let row = cx.row(index);
    let quoted = crate::rules::quote(text.trim());
    let full = crate::text::compact(text) == "满分";
    let value = score::points(text).or(weight.filter(|_| full));
    let msg = tr!(
        cx,
        "{row}的得分“{quoted}”不是数字。请只填数字，如“10”。",
        "{row}: the score “{quoted}” is not a number. Enter a number only, e.g. 10."
    );
    match value.map(|v| v.normalize()) {
        Some(v) => {
            let label = tr!(cx, "改为 {v}", "Change to {v}");
            cx.report(path, msg).fix(path, v.to_string(), label);
        }
        None => {
            cx.report(path, msg);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "score-not-numeric";

    #[test]
    fn hit() {
        // LIFECYCLE §4.1 rule 10: "满分", "10分", "优" → "10".
        let mut t = self_evaluation();
        t.indicators[0].score = Some("满分".into());
        t.indicators[1].score = Some("5分".into());
        t.indicators[8].score = Some("优".into());
        let d = run(ID, &t);
        assert_eq!(
            paths_of(&d),
            [
                "indicators.0.score",
                "indicators.1.score",
                "indicators.8.score"
            ]
        );
        assert_eq!(fix_of(&d[0]), ("indicators.0.score".into(), Some("10")));
        assert_eq!(fix_of(&d[1]), ("indicators.1.score".into(), Some("5")));
        assert!(d[2].fix.is_none(), "优 says no number");
        messages_contain(
            ID,
            &t,
            &["第1行（组织宣传活动次数）的得分“满分”不是数字"],
            &["row 1", "not a number"],
        );
        t.indicators[8].score = Some("10".into());
        fixes_clear(ID, &t, &d[..2]);
    }

    #[test]
    fn execution_line() {
        let mut t = self_evaluation();
        t.execution.as_mut().unwrap().score = Some("9.73分".into());
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "execution.score");
        assert!(d.message.starts_with("预算执行率"), "{}", d.message);
    }

    #[test]
    fn near_misses() {
        assert!(run(ID, &self_evaluation()).is_empty());
        let mut t = self_evaluation();
        // Numbers as written (decimals, full-width), N/A, blank, no cell.
        t.indicators[0].score = Some("10.00".into());
        t.indicators[1].score = Some("５".into());
        t.indicators[2].score = Some("/".into());
        t.indicators[3].score = Some(String::new());
        t.indicators[4].score = None;
        // The total as published forms print it (the real s13 table).
        t.total_score = Some("89.73分".into());
        // A template row (§6).
        t.indicators
            .push(se_row("……", "", "……", "", "", "", "", "", "**", ""));
        assert!(run(ID, &t).is_empty(), "{:?}", paths(ID, &t));
    }
}
