//! `no-indicators` — 没有绩效指标.
//!
//! Finds a table with no indicator rows, or only rows nothing has been typed in. A goal must
//! be broken down into indicators (产出, 效益, 满意度) that can be monitored and evaluated;
//! without them the table cannot be filed. Source: 中发〔2018〕34号 (targets 细化量化 into
//! indicators); the budget-integration system's mandatory check that output and benefit
//! indicators exist. Reported once for the list; an `indicators` that is not a list, or rows
//! that are not objects, are `invalid-input`'s.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::no_indicators,
    level: Level::Error,
    stages: Stages::ALL,
    title: Tr {
        zh: "没有绩效指标",
        en: "The table has no indicators",
    },
    description: Tr {
        zh: "绩效目标必须细化为绩效指标。",
        en: "Targets must be broken down into indicators.",
    },
    check: Check::Table(check),
};

fn check(table: &Table, cx: &mut Context) {
    if !table.indicators.iter().all(|i| i.is_empty()) {
        return;
    }
    // A list that is not a list, or rows that are not objects, are invalid-input's.
    let wrong_rows = (0..table.indicators.len()).any(|i| table.has_input_issue(Path::Row(i)));
    if wrong_rows || table.has_input_issue(Path::Indicators) {
        return;
    }
    let msg = tr!(
        cx,
        "表中没有填写绩效指标。请把总体目标细化为产出指标（数量、质量、时效）、效益指标和满意度指标，每个指标写明指标值和度量单位。",
        "The table has no indicators. Break the overall goal down into output (quantity, quality, timeliness), benefit and satisfaction indicators, each with a target value and unit."
    );
    cx.report(Path::Indicators, msg);
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "no-indicators";

    #[test]
    fn none_or_only_empty_rows() {
        let mut t = good();
        t.indicators.clear();
        assert_eq!(paths(ID, &t), ["indicators"]);
        messages_contain(ID, &t, &["没有填写绩效指标"], &["no indicators"]);
        t.indicators = vec![
            row("", "", "", "", "", "", ""),
            row(" ", "", "", "", "", "", ""),
        ];
        assert_eq!(paths(ID, &t), ["indicators"]);
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // One half-typed row is an indicator being written.
        t.indicators = vec![row("", "", "维修数量", "", "", "", "")];
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
    }

    #[test]
    fn rows_of_the_wrong_type_are_invalid_inputs() {
        let v: serde_json::Value =
            serde_json::from_str(r#"{"projectName":"x","indicators":[null]}"#).unwrap();
        let (raw, issues) = crate::input::read(v).unwrap();
        let d = crate::validate_input(&raw, issues, &crate::Profile::default());
        assert!(d.iter().any(|d| d.rule == "invalid-input"));
        assert!(!d.iter().any(|d| d.rule == ID));
    }
}
