//! `measures-missing` — 进度滞后但未填纠偏措施.
//!
//! Monitoring exists to correct course in time ("发生偏离时,及时采取措施予以纠正"; "及时适时纠偏"):
//! a red row, a red execution light, or a row whose target may not be met (完成可能性 有可能 /
//! 完全不可能) needs the measure that will bring it back (纠偏措施), in its own cell or in the
//! form's 下一步措施 for the whole table. Without one the form records a lag and no response,
//! and is sent back. The lights are computed from the month and the numbers when they can be
//! read, else the ones the form states. Reported at the cell to fill: the row's or the
//! execution's 纠偏措施, or the table's when the row or block has none (one finding for all of
//! them). Silent when the form has no measures cell at all. Source: LIFECYCLE.md §4.5 rule 48 —
//! B: jiaozuo ("及时适时纠偏"), fsou; C: `measures` of the monitoring analysis import (C id
//! 54848695388); E.

use crate::lifecycle::light::{self, Light};
use crate::lifecycle::reading;
use crate::raw::ExecField;
use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::measures_missing,
    level: Level::Warning,
    stages: Stages::MONITORING,
    title: Tr {
        zh: "进度滞后但未填纠偏措施",
        en: "A lag without corrective measures",
    },
    description: Tr {
        zh: "红灯指标、预算执行红灯或完成可能性为“有可能/完全不可能”的指标，应填写纠偏措施。",
        en: "A red row, a red execution light, or a row whose target may not be met (有可能/完全不可能) needs corrective measures (纠偏措施).",
    },
    check: Check::Table(check),
};

/// Why a row needs a measure.
enum Why<'a> {
    Red,
    Likelihood(&'a str),
}

fn check(table: &Table, cx: &mut Context) {
    let table_measures = table.header.measures.as_deref();
    if reading::is_stated(table_measures) {
        return;
    }
    let o = &cx.profile.lifecycle;
    // What has no cell of its own, for the table's 下一步措施.
    let mut left: Vec<String> = Vec::new();
    if let Some(e) = table.execution.as_ref() {
        if light::execution_light(table, o) == Some(Light::Red) {
            match e.measures.as_deref() {
                Some(m) if !reading::is_stated(Some(m)) => {
                    let msg = tr!(
                        cx,
                        "预算执行预警为红灯，但纠偏措施未填写。请写明加快执行的具体措施和时间安排。",
                        "The execution light is red (红灯) but no corrective measure is given: say what will be done to speed up spending, and when."
                    );
                    cx.report(Path::Exec(ExecField::Measures), msg);
                }
                Some(_) => {}
                None => left.push(tr!(cx, "预算执行（红灯）", "the execution (red)")),
            }
        }
    }
    for ind in &table.indicators {
        if ind.is_empty_slot() {
            continue;
        }
        let Some(p) = ind.progress.as_deref() else {
            continue;
        };
        let doubtful = p
            .likelihood
            .as_deref()
            .and_then(|l| reading::likelihood(l, &o.likelihood_values))
            .filter(|i| *i > 0);
        let why = if light::row_light(ind, table.header.month, o) == Some(Light::Red) {
            Why::Red
        } else if let Some(i) = doubtful {
            Why::Likelihood(&o.likelihood_values[i])
        } else {
            continue;
        };
        let row = cx.row(ind.index);
        match p.measures.as_deref() {
            Some(m) if reading::is_stated(Some(m)) => {}
            Some(_) => {
                let msg = match why {
                    Why::Red => tr!(
                        cx,
                        "{row}进度为红灯，但纠偏措施未填写。请写明拟采取的措施和完成时间。",
                        "{row} is red (红灯) but no corrective measure is given: say what will be done, and by when."
                    ),
                    Why::Likelihood(l) => tr!(
                        cx,
                        "{row}的完成可能性为“{l}”，但纠偏措施未填写。请写明拟采取的措施和完成时间。",
                        "{row}: the likelihood is “{l}” but no corrective measure is given: say what will be done, and by when."
                    ),
                };
                cx.report(Path::Cell(ind.index, Column::Measures), msg);
            }
            None => left.push(match why {
                Why::Red => tr!(cx, "{row}（红灯）", "{row} (red)"),
                Why::Likelihood(l) => tr!(cx, "{row}（{l}）", "{row} ({l})"),
            }),
        }
    }
    if left.is_empty() || table_measures.is_none() {
        return;
    }
    let list = left.join(if cx.zh() { "、" } else { ", " });
    let msg = tr!(
        cx,
        "{list}需要纠偏，但下一步措施未填写。请写明拟采取的纠偏措施和完成时间。",
        "{list} need correcting, but the next steps (下一步措施) are blank: say what will be done, and by when."
    );
    cx.report(Path::Field(Field::Measures), msg);
}

#[cfg(test)]
mod tests {
    use crate::raw::RawTable;
    use crate::rules::testing::*;

    const ID: &str = "measures-missing";

    /// Worked example D with the execution's measure blank.
    fn execution_unmeasured() -> RawTable {
        let mut t = monitoring();
        t.execution.as_mut().unwrap().measures = Some(String::new());
        t
    }

    #[test]
    fn hit_red_execution() {
        // Execution red, execution.measures and the table's both "" → "督促施工单位按期完成并及时结算。"
        let t = execution_unmeasured();
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "execution.measures");
        assert!(d.fix.is_none());
        messages_contain(ID, &t, &["预算执行预警为红灯", "纠偏措施未填写"], &["red", "corrective"]);
        // Red as stated, when the rate cannot be read.
        let mut t = execution_unmeasured();
        t.month = None;
        assert_eq!(paths(ID, &t), ["execution.measures"]);
    }

    #[test]
    fn hit_rows() {
        // 维修合格率 at 90 of ≥ 100 %: red, no measure.
        let mut t = monitoring();
        t.indicators[1].actual = Some("90".into());
        assert_eq!(paths(ID, &t), ["indicators.1.measures"]);
        messages_contain(ID, &t, &["第2行（维修合格率）进度为红灯"], &["row 2", "red"]);
        // 有可能 on a green row, no measure.
        let mut t = monitoring();
        t.indicators[1].likelihood = Some("有可能".into());
        let d = only(ID, &t);
        assert!(d.message.contains("“有可能”"), "{}", d.message);
    }

    #[test]
    fn hit_at_the_tables_measures() {
        // Rows and block without measures cells of their own: one finding at the table's.
        let mut t = monitoring();
        t.execution.as_mut().unwrap().measures = None;
        t.indicators[1].actual = Some("90".into());
        t.indicators[1].measures = None;
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "measures");
        assert!(
            d.message.contains("预算执行（红灯）、第2行（维修合格率）（红灯）"),
            "{}",
            d.message
        );
    }

    #[test]
    fn near_misses() {
        // Worked example D: red execution with measures; the yellow row has its measure.
        assert!(run(ID, &monitoring()).is_empty());
        // The table's 下一步措施 covers everything.
        let mut t = execution_unmeasured();
        t.measures = Some("督促施工单位按期完成并及时结算。".into());
        t.indicators[1].actual = Some("90".into());
        assert!(run(ID, &t).is_empty());
        // A yellow row (维修数量) without a measure, 确定能: not asked.
        let mut t = monitoring();
        t.indicators[0].measures = Some(String::new());
        assert!(run(ID, &t).is_empty());
        // Green execution (70.00 / 125.07) without measures.
        let mut t = execution_unmeasured();
        t.execution.as_mut().unwrap().executed = Some("70.00".into());
        assert!(run(ID, &t).is_empty());
        // No measures cell anywhere: silent.
        let mut t = monitoring();
        t.execution.as_mut().unwrap().measures = None;
        t.measures = None;
        assert!(run(ID, &t).is_empty());
    }
}
