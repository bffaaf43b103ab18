//! `guidance-text-left` — 填报说明未删除.
//!
//! A narrative cell — 年度目标完成情况, 项目实施内容及过程概述, 评价结论, 存在问题, 改进措施, 其他需要
//! 说明事项, 预算执行情况's 原因, a row's 偏差原因 — still holds the layout's printed instruction
//! (`请概述本年度项目产出与效益（300字以内）`) or note (`预算执行率=预算执行数/调整后预算数`, `…需
//! 单独说明原因`) instead of what the unit has to say: the template was exported and the cell
//! looks filled while nothing was written (a 规范 finding of 自评抽审). Matches the length marker
//! `（N字以内）`, notes restating the form's rules, and sentences opening with the profile's
//! `guidancePatterns` (`请概述`, `请简要`, `请说明`, `请填写` …). Source: LIFECYCLE.md §4.4 rule 34 and
//! §3.9 — D: the layouts' printed instructions and the Sichuan 510000_0013zp notes (its 原因 cell
//! merged down the funding rows keeps them in blank or half-filled exports, §2.4); the rule
//! generalises `goal-placeholder` (E).

use crate::lifecycle::narrative;
use crate::raw::ExecField;
use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::guidance_text_left,
    level: Level::Error,
    stages: Stages::SELF_EVALUATION,
    title: Tr {
        zh: "填报说明未删除",
        en: "The form's instructions are left in a cell",
    },
    description: Tr {
        zh: "叙述栏中留有表格的填报说明或注释，应替换为实际情况。",
        en: "A narrative cell still holds the form's printed instructions instead of what happened.",
    },
    check: Check::Table(check),
};

/// The narrative fields of the header, in form order.
const FIELDS: [Field; 6] = [
    Field::GoalCompletion,
    Field::Process,
    Field::Conclusion,
    Field::Problems,
    Field::Improvements,
    Field::OtherNotes,
];

fn check(table: &Table, cx: &mut Context) {
    let patterns = &cx.profile.lifecycle.guidance_patterns;
    let mut cells: Vec<(Path, &str, String, String)> = Vec::new();
    for f in FIELDS {
        if let Some(text) = table.header.text(f) {
            cells.push((
                Path::Field(f),
                text,
                f.label_zh().to_string(),
                f.label_en().to_string(),
            ));
        }
    }
    if let Some(reason) = table.execution.as_ref().and_then(|e| e.reason.as_deref()) {
        let zh = if cx.zh() { "预算执行情况的原因" } else { "原因" };
        cells.push((
            Path::Exec(ExecField::Reason),
            reason,
            zh.to_string(),
            "the execution block's reason".to_string(),
        ));
    }
    for row in &table.indicators {
        if let Some(reason) = row.progress.as_ref().and_then(|p| p.deviation_reason.as_deref()) {
            let label = cx.row(row.index);
            let zh = if cx.zh() {
                format!("{label}的偏差原因")
            } else {
                "偏差原因".to_string()
            };
            cells.push((
                Path::Cell(row.index, Column::DeviationReason),
                reason,
                zh,
                format!("the deviation reason of {label}"),
            ));
        }
    }
    let found: Vec<_> = cells
        .into_iter()
        .filter(|(_, text, ..)| !text.is_empty() && narrative::is_guidance(text, patterns))
        .collect();
    for (path, text, zh, en) in found {
        let quoted = crate::rules::quote(text);
        let msg = tr!(
            cx,
            "{zh}为表格的填报说明“{quoted}”，不是实际情况。请删除说明，填写实际内容。",
            "The cell {en} ({zh}) holds the form's instruction “{quoted}”, not what happened. Replace it with the facts."
        );
        cx.report(path, msg);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "guidance-text-left";

    #[test]
    fn hit_an_instruction_in_the_conclusion() {
        let mut t = self_evaluation();
        t.conclusion = Some("请概述本年度项目产出与效益（300字以内）".into());
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "conclusion");
        assert!(d.fix.is_none());
        messages_contain(
            ID,
            &t,
            &["评价结论为表格的填报说明“请概述本年度项目产出与效益(300字以内…”"],
            &["conclusion", "instruction"],
        );
    }

    #[test]
    fn hit_notes_in_reasons() {
        let mut t = self_evaluation();
        t.execution.as_mut().unwrap().reason =
            Some("1.预算执行率=预算执行数÷调整后预算数×100%；2.预算执行率低于90%的，需说明原因。".into());
        t.indicators[3].deviation_reason = Some("请说明未完成原因及改进措施".into());
        t.goal_completion = Some("（300字以内）".into());
        assert_eq!(
            paths(ID, &t),
            ["goalCompletion", "execution.reason", "indicators.3.deviationReason"]
        );
        let d = run(ID, &t);
        assert!(d[2].message.starts_with("第4行（“青年之家”建设和活跃度增长率）的偏差原因"));
    }

    #[test]
    fn near_misses() {
        // §3.10 A: what the unit wrote; blank cells are narrative-missing's; absent cells.
        assert!(run(ID, &self_evaluation()).is_empty());
        let mut t = self_evaluation();
        t.conclusion = Some("自评得分89.73分，等级良；全年开展宣传活动6次。".into());
        t.problems = Some(String::new());
        t.improvements = Some("需要说明的是，下年度将提前安排培训场地。".into());
        t.execution.as_mut().unwrap().reason = Some("执行率97.31%，结余0.18万元。".into());
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &monitoring()).is_empty());
    }
}
