//! `full-marks-low-execution` — 指标全部满分但预算执行偏低或大幅调减.
//!
//! Every indicator scored full marks while the money tells another story: what was spent is
//! below `lowExecution` (80 %) of 年初预算数, or the budget was cut by more than
//! `budgetCutRatio` (20 %) of 年初 — and 预算执行情况's 原因 does not explain it. Outputs planned
//! on the initial budget cannot all have been delivered on much less money; a spot-check of
//! 数据真实性 starts here. A trigger, not proof (warning): the cut may have come with reduced
//! targets. Needs a 年初预算数 above 0 (a project added mid-year has none to compare with).
//! Source: LIFECYCLE.md §4.2 rule 26 (E: the seed's 数据真实性 spot-checks; thresholds E).

use crate::lifecycle::light::percent;
use crate::lifecycle::{narrative, weights, Num};
use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::full_marks_low_execution,
    level: Level::Warning,
    stages: Stages::SELF_EVALUATION,
    title: Tr {
        zh: "指标全部满分但预算执行偏低",
        en: "Full marks everywhere on much less money",
    },
    description: Tr {
        zh: "预算执行明显低于年初预算或预算大幅调减时，各指标全部满分需核实。",
        en: "Full marks on every indicator while much less than the initial budget was spent, or the budget was cut deeply, need checking.",
    },
    check: Check::Table(check),
};

fn check(table: &Table, cx: &mut Context) {
    let Some(e) = &table.execution else {
        return;
    };
    let o = &cx.profile.lifecycle;
    if narrative::explains(e.reason.as_deref(), &o.guidance_patterns) {
        return;
    }
    let mut rows = 0;
    for r in weights::weighted_rows(&table.indicators) {
        let (Some(w), Some(s)) = (
            r.weight.get(),
            r.progress.as_ref().and_then(|p| p.score.as_ref()?.value()),
        ) else {
            return;
        };
        if s < w {
            return;
        }
        rows += 1;
    }
    let value = |n: &Option<Num>| n.as_ref().and_then(Num::value);
    let Some(initial) = value(&e.initial_budget).filter(|i| *i > Decimal::ZERO) else {
        return;
    };
    if rows == 0 {
        return;
    }
    let pct = |v: Decimal| percent(v, 2).map(|p| p.normalize());
    let mut zh = Vec::new();
    let mut en = Vec::new();
    if let Some(x) = value(&e.executed) {
        if let Some((p, low)) = x
            .checked_div(initial)
            .filter(|s| *s < o.low_execution)
            .and_then(|s| Some((pct(s)?, pct(o.low_execution)?)))
        {
            zh.push(format!("执行数{x}仅为年初预算数{initial}的{p}%（低于{low}%）"));
            en.push(format!(
                "spending of {x} is only {p}% of the initial budget of {initial} (below {low}%)"
            ));
        }
    }
    if let Some(a) = value(&e.annual_budget) {
        let cut = initial.checked_sub(a).and_then(|c| c.checked_div(initial));
        if let Some((p, max)) = cut
            .filter(|c| *c > o.budget_cut_ratio)
            .and_then(|c| Some((pct(c)?, pct(o.budget_cut_ratio)?)))
        {
            zh.push(format!(
                "全年预算数由年初{initial}调减至{a}（减少{p}%，超过{max}%）"
            ));
            en.push(format!(
                "the budget was cut from {initial} to {a} ({p}%, more than {max}%)"
            ));
        }
    }
    if zh.is_empty() {
        return;
    }
    let (zh, en) = (zh.join("，"), en.join("; "));
    let msg = tr!(
        cx,
        "各指标均得满分，但{zh}，且未说明原因。请核实各指标是否按实际产出填报和评分，并说明预算执行或调整的原因。",
        "Every indicator has full marks, but {en}, with no reason given. Check that the indicators were reported and scored on what was actually delivered, and explain the spending or the cut."
    );
    cx.report(Path::Indicators, msg);
}

#[cfg(test)]
mod tests {
    use crate::raw::RawTable;
    use crate::rules::testing::*;

    const ID: &str = "full-marks-low-execution";

    /// 文化服务体系建设: 年初 30.50 cut to 21.35 (−30 %), all spent (70 % of 年初), every row
    /// full, 原因 as written.
    fn cut(reason: Option<&str>) -> RawTable {
        let mut t = weights_over_100();
        let e = t.execution.as_mut().unwrap();
        e.annual_budget = Some("21.35".into());
        e.executed = Some("21.35".into());
        e.rate = Some("100.00%".into());
        e.score = Some("10".into());
        e.reason = reason.map(Into::into);
        t
    }

    #[test]
    fn hit_cut_and_spent() {
        let t = cut(Some(""));
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators");
        messages_contain(
            ID,
            &t,
            &[
                "各指标均得满分",
                "执行数21.35仅为年初预算数30.50的70%（低于80%）",
                "由年初30.50调减至21.35（减少30%，超过20%）",
            ],
            &["70%", "30%"],
        );
        // No 原因 cell on the form: nothing explains it either.
        assert_eq!(run(ID, &cut(None)).len(), 1);
    }

    #[test]
    fn hit_low_spending_alone() {
        let mut t = weights_over_100();
        t.execution.as_mut().unwrap().executed = Some("21.35".into());
        assert_eq!(run(ID, &t).len(), 1);
    }

    #[test]
    fn near_misses() {
        // §3.10 B: 28.67 of 30.50 (94 %), no cut. §3.10 A: rows below their weights.
        assert!(run(ID, &weights_over_100()).is_empty());
        assert!(run(ID, &self_evaluation()).is_empty());
        // Explained; one row below full marks; a project added mid-year (年初 0.00).
        assert!(run(ID, &cut(Some("年中压减一般性支出9.15万元，送戏下乡改为线上。"))).is_empty());
        let mut t = cut(Some(""));
        t.indicators[1].score = Some("18".into());
        assert!(run(ID, &t).is_empty());
        let mut t = cut(Some(""));
        t.execution.as_mut().unwrap().initial_budget = Some("0.00".into());
        assert!(run(ID, &t).is_empty());
        // A cut of 20 % exactly, spending at 80 % of 年初.
        let mut t = cut(Some(""));
        let e = t.execution.as_mut().unwrap();
        e.annual_budget = Some("24.40".into());
        e.executed = Some("24.40".into());
        assert!(run(ID, &t).is_empty());
        // A row score that is not a number.
        let mut t = cut(Some(""));
        t.indicators[0].score = Some(String::new());
        assert!(run(ID, &t).is_empty());
    }
}
