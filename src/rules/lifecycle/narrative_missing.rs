//! `narrative-missing` — 有扣分却未写明问题和措施.
//!
//! 年度目标完成情况, 评价结论, 存在问题 or 改进措施 left blank or only `无` / `暂无` / `/` while the
//! self-evaluation itself shows a shortfall — a row scored below its 分值, or the execution rate
//! under 100 %: whatever cost the points is a problem to name and a measure to take, and
//! “存在问题暂无，改进措施暂无” beside lost points is what spot-checks send back (a 规范 finding of
//! 自评抽审). The message names the shortfalls. A form without the cell (`null`) is not asked.
//! Source: LIFECYCLE.md §4.4 rule 36 — D: “存在问题暂无改进措施暂无” in a 2023 Sichuan county
//! self-evaluation (dyrmt); the rule E.

use crate::lifecycle::{light, reading, weights};
use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::narrative_missing,
    level: Level::Warning,
    stages: Stages::SELF_EVALUATION,
    title: Tr {
        zh: "有扣分却未写明问题和措施",
        en: "Points were lost but no problem or measure is given",
    },
    description: Tr {
        zh: "有指标未得满分或预算未执行完时，应写明完成情况、存在问题和改进措施。",
        en: "When an indicator lost points or money went unspent, the completion, problems and improvements must say so.",
    },
    check: Check::Table(check),
};

/// How many rows below their weight the message names before “等”.
const MAX_LISTED: usize = 3;

fn check(table: &Table, cx: &mut Context) {
    let fields: Vec<(Field, &str)> = [
        Field::GoalCompletion,
        Field::Conclusion,
        Field::Problems,
        Field::Improvements,
    ]
    .into_iter()
    .filter_map(|f| Some((f, table.header.text(f)?)))
    .filter(|(_, t)| !reading::is_stated(Some(t)))
    .collect();
    if fields.is_empty() {
        return;
    }
    let short: Vec<usize> = weights::weighted_rows(&table.indicators)
        .filter(|r| {
            let score = r.progress.as_ref().and_then(|p| p.score.as_ref()?.value());
            matches!((score, r.weight.get()), (Some(s), Some(w)) if s < w)
        })
        .map(|r| r.index)
        .collect();
    let rate = table
        .execution
        .as_ref()
        .and_then(light::execution_rate)
        .filter(|r| *r < Decimal::ONE);
    if short.is_empty() && rate.is_none() {
        return;
    }
    let sep = if cx.zh() { "、" } else { ", " };
    let mut rows = short
        .iter()
        .take(MAX_LISTED)
        .map(|&i| cx.row(i).to_string())
        .collect::<Vec<_>>()
        .join(sep);
    if short.len() > MAX_LISTED {
        rows.push_str(if cx.zh() { "等" } else { " and others" });
    }
    let (zh_why, en_why) = match (short.is_empty(), rate) {
        (false, Some(r)) => {
            let p = light::percent(r, 2).unwrap_or_default();
            (
                format!("{rows}得分低于分值，预算执行率为{p}%"),
                format!("{rows} scored below their weights and the execution rate is {p}%"),
            )
        }
        (false, None) => (
            format!("{rows}得分低于分值"),
            format!("{rows} scored below their weights"),
        ),
        (true, r) => {
            let p = r.and_then(|r| light::percent(r, 2)).unwrap_or_default();
            (
                format!("预算执行率为{p}%"),
                format!("the execution rate is {p}%"),
            )
        }
    };
    for (f, text) in fields {
        let (name, english) = (f.label_zh(), f.label_en());
        let state_zh = if text.is_empty() {
            "未填写".to_string()
        } else {
            format!("填写为“{text}”")
        };
        let state_en = if text.is_empty() {
            "blank".to_string()
        } else {
            format!("“{text}”")
        };
        let ask = match f {
            Field::GoalCompletion => "请写明年度目标的实际完成情况和未完成的原因",
            Field::Conclusion => "请写明评价结论，包括扣分的原因",
            Field::Problems => "请写明存在的问题",
            _ => "请写明针对问题的改进措施",
        };
        let msg = tr!(
            cx,
            "{name}{state_zh}，但{zh_why}。{ask}。",
            "The {english} ({name}) is {state_en}, yet {en_why}. Say what fell short and what will be done."
        );
        cx.report(Path::Field(f), msg);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "narrative-missing";

    #[test]
    fn hit_problems_none_beside_lost_points() {
        // §3.10 A: rows 1, 3, 4 and 7 below their weights, 97.31 %; 存在问题 “无”.
        let mut t = self_evaluation();
        t.problems = Some("无".into());
        t.improvements = Some(String::new());
        let d = run(ID, &t);
        assert_eq!(paths_of(&d), ["problems", "improvements"]);
        assert!(
            d[0].message.starts_with(
                "存在问题填写为“无”，但第2行（培训批次、期数）、第4行（“青年之家”建设和活跃度增长率）、第5行（培训完成及时率）等得分低于分值，预算执行率为97.31%。"
            ),
            "{}",
            d[0].message
        );
        assert!(d[1].message.starts_with("改进措施未填写"), "{}", d[1].message);
        messages_contain(ID, &t, &["请写明存在的问题"], &["problems", "97.31%"]);
    }

    #[test]
    fn hit_money_unspent_alone() {
        let mut t = weights_over_100();
        t.conclusion = Some("/".into());
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "conclusion");
        assert!(d.message.contains("但预算执行率为94.00%"), "{}", d.message);
    }

    #[test]
    fn near_misses() {
        // §3.10 A: the completion is written, the other cells are not on the form (null).
        assert!(run(ID, &self_evaluation()).is_empty());
        // Written cells.
        let mut t = self_evaluation();
        t.problems = Some("第二期培训推迟；“青年之家”活跃度增长80%，低于85%。".into());
        assert!(run(ID, &t).is_empty());
        // Nothing fell short: full marks everywhere and everything spent.
        let mut t = weights_over_100();
        let e = t.execution.as_mut().unwrap();
        e.executed = Some("30.50".into());
        t.problems = Some("无".into());
        assert!(run(ID, &t).is_empty());
    }
}
