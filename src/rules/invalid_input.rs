//! `invalid-input` — 输入的数据类型不对.
//!
//! Reports every value the form sent with the wrong data type, at its path: a `null` or an
//! object where a text was expected, an `indicators` that is not a list, a row that is not an
//! object, or something that is not a table at all. A half-built form must never make the
//! check throw, so [`crate::input::read`] keeps going and records these; this rule tells the
//! portal's developers (and the user) what was sent. Source: the library's input contract
//! (`crate::raw`); not a budget rule. Rules about the content of such a field stay quiet.

use crate::rules::prelude::*;
use crate::table::Issue;

pub const RULE: Rule = Rule {
    id: RuleId::invalid_input,
    level: Level::Error,
    stages: Stages::ALL,
    title: Tr {
        zh: "输入的数据类型不对",
        en: "A field has the wrong data type",
    },
    description: Tr {
        zh: "表格字段应为文本（预算、指标值、权重可为数字）。",
        en: "Table fields are text (budget, value and weight may be numbers).",
    },
    check: Check::Table(check),
};

fn check(table: &Table, cx: &mut Context) {
    for issue in &table.issues {
        let Issue::WrongType(issue) = issue else {
            continue;
        };
        let found = issue.found;
        let msg = match issue.path {
            Path::Root => tr!(
                cx,
                "这不是一张绩效目标表（收到的是 {found}）。",
                "This is not a target table (got {found})."
            ),
            Path::Indicators => tr!(
                cx,
                "绩效指标应为列表，收到的是 {found}。",
                "The indicators should be a list, got {found}."
            ),
            Path::Row(i) => {
                let n = i + 1;
                tr!(
                    cx,
                    "第{n}行应为一个指标，收到的是 {found}。",
                    "Row {n} should be an indicator object, got {found}."
                )
            }
            Path::Field(Field::Stage) => tr!(
                cx,
                "表别应为 target（目标表）、monitoring（监控表）或 selfEvaluation（自评表），收到的是 {found}。",
                "The stage should be target, monitoring or selfEvaluation, got {found}."
            ),
            Path::Field(Field::Year) => tr!(
                cx,
                "预算年度应为数字（如 2024），收到的是 {found}。",
                "The budget year should be a number such as 2024, got {found}."
            ),
            Path::Field(f) => {
                let (zh, en) = (f.label_zh(), f.label_en());
                if f == Field::Budget {
                    tr!(
                        cx,
                        "{zh}应为文字或数字，收到的是 {found}。",
                        "The {en} should be text or a number, got {found}."
                    )
                } else {
                    tr!(
                        cx,
                        "{zh}应为文字，收到的是 {found}。",
                        "The {en} should be text, got {found}."
                    )
                }
            }
            Path::Execution => tr!(
                cx,
                "预算执行情况应为一组金额，收到的是 {found}。",
                "The execution block should be an object of amounts, got {found}."
            ),
            Path::Exec(f) | Path::Source(_, Some(f)) => {
                let (zh, en) = (f.label_zh(), f.label_en());
                tr!(
                    cx,
                    "预算执行情况的{zh}应为文字或数字，收到的是 {found}。",
                    "The execution block's {en} should be text or a number, got {found}."
                )
            }
            Path::Source(i, None) => {
                let n = i + 1;
                tr!(
                    cx,
                    "第{n}个资金来源应为一行金额，收到的是 {found}。",
                    "Funding source {n} should be an object, got {found}."
                )
            }
            Path::Cell(i, c) => {
                let row = cx.row(i);
                let (zh, en) = (c.label_zh(), c.label_en());
                if c.takes_numbers() {
                    tr!(
                        cx,
                        "{row}的{zh}应为文字或数字，收到的是 {found}。",
                        "{row}: the {en} should be text or a number, got {found}."
                    )
                } else {
                    tr!(
                        cx,
                        "{row}的{zh}应为文字，收到的是 {found}。",
                        "{row}: the {en} should be text, got {found}."
                    )
                }
            }
        };
        cx.report(issue.path, msg);
    }
}

#[cfg(test)]
mod tests {
    use crate::diagnostic::{Level, Path};
    use crate::input::InputIssue;
    use crate::profile::{Locale, Profile};
    use crate::raw::{Column, Field, RawTable};
    use crate::rules::testing::*;
    use crate::table::Table;

    const ID: &str = "invalid-input";

    fn check(raw: &RawTable, issues: Vec<InputIssue>, locale: Locale) -> Vec<crate::Diagnostic> {
        let mut p = Profile {
            locale,
            ..Default::default()
        };
        for r in crate::rules::ALL {
            p.rules.insert(r.id, Level::Off);
        }
        p.rules.insert(ID.parse().unwrap(), Level::Error);
        crate::rules::check(&Table::parse(raw, issues, &p), &p)
    }

    #[test]
    fn every_issue_at_its_path() {
        let issues = vec![
            InputIssue {
                path: Path::Field(Field::ProjectName),
                found: "number",
            },
            InputIssue {
                path: Path::Cell(2, Column::Value),
                found: "object",
            },
            InputIssue {
                path: Path::Row(4),
                found: "null",
            },
        ];
        let mut raw = good();
        raw.indicators[2].name = "".into();
        let d = check(&raw, issues.clone(), Locale::Zh);
        let p = paths_of(&d);
        assert_eq!(p, ["projectName", "indicators.2.value", "indicators.4"]);
        assert_eq!(
            d[1].message,
            "第3行的指标值应为文字或数字，收到的是 object。"
        );
        assert!(
            d[0].message.contains("项目(政策)名称应为文字"),
            "{}",
            d[0].message
        );
        let en = check(&raw, issues, Locale::En);
        assert_eq!(
            en[1].message,
            "row 3: the target value should be text or a number, got object."
        );
    }

    #[test]
    fn not_a_table() {
        let issues = vec![InputIssue {
            path: Path::Root,
            found: "null",
        }];
        let zh = check(&RawTable::default(), issues.clone(), Locale::Zh);
        assert_eq!(zh[0].message, "这不是一张绩效目标表（收到的是 null）。");
        assert_eq!(zh[0].path.to_string(), "");
        let en = check(&RawTable::default(), issues, Locale::En);
        assert_eq!(en[0].message, "This is not a target table (got null).");
    }

    #[test]
    fn through_the_reader() {
        let v: serde_json::Value =
            serde_json::from_str(r#"{"projectName":"x","indicators":"none"}"#).unwrap();
        let (raw, issues) = crate::input::read(v).unwrap();
        let d = crate::validate_input(&raw, issues, &Profile::default());
        let mine: Vec<_> = d.iter().filter(|d| d.rule == ID).collect();
        assert_eq!(mine.len(), 1);
        assert_eq!(mine[0].path.to_string(), "indicators");
        assert!(
            !d.iter().any(|d| d.rule == "no-indicators"),
            "one finding per defect"
        );
    }

    #[test]
    fn near_misses() {
        // Clean input, and size issues (input-too-large's).
        assert!(run(ID, &good()).is_empty());
        let mut p = Profile::default();
        p.limits.max_rows = 2;
        assert!(run_with(ID, &good(), &p).is_empty());
    }
}
