//! A drafted 审核意见 (review opinion) for one table, in the layout of the 绩效目标审核表:
//! 总体目标 · 产出指标 · 效益指标 · 满意度指标 (· 成本指标 when the table has cost at level 1),
//! one opinion each, so that a reviewer edits a draft instead of writing from nothing.
//!
//! Every sentence comes from the table's findings and keeps their rule ids ([`Sentence::rule`]):
//! nothing is said that no rule found, and a section no finding falls in says "无问题". A
//! sentence is one rule's finding on one or more rows, in the rule's own words (its title),
//! with the rows named as reviewers do (“培训合格率”) and the one-click fix as the suggestion:
//! `“维修合格率”、“维修质量达标率”比率目标为“≥100%”，建议改为 ＝100`.
//!
//! The section is decided by where the finding points, not by its rule id, so that rules
//! added later fall into place: the overall goal → 总体目标; a row or one of its cells → the
//! row's level 1 (through its level 2 when the level-1 cell holds a level-2 name; cost under
//! 产出 in the 2020 framework is 产出); the indicator list as a whole → the level 1 the rule's
//! title names (`缺少满意度指标` → 满意度指标). What falls in none of them — the other header
//! fields, a row with no recognisable level, a finding about the whole list such as
//! `weights-sum` — is gathered in a sixth section, 其他 (other), present only when it has
//! something to say. Importer notes (`import-repaired`) are not findings and are left out.

use crate::diagnostic::{Diagnostic, Path};
use crate::profile::Profile;
use crate::raw::{Field, RawTable};
use crate::rules;
use crate::taxonomy::{Framework, Level1, Level2};
use serde::Serialize;

/// A part of the 绩效目标审核表.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Section {
    /// 总体目标.
    Goal,
    /// 产出指标.
    Output,
    /// 效益指标.
    Benefit,
    /// 满意度指标.
    Satisfaction,
    /// 成本指标 (a table with cost at level 1).
    Cost,
    /// 其他: the other header fields and what belongs to no level.
    Other,
}

impl Section {
    pub const ALL: [Section; 6] = [
        Section::Goal,
        Section::Output,
        Section::Benefit,
        Section::Satisfaction,
        Section::Cost,
        Section::Other,
    ];

    pub fn label(self, zh: bool) -> &'static str {
        match (self, zh) {
            (Section::Goal, true) => "总体目标",
            (Section::Output, true) => "产出指标",
            (Section::Benefit, true) => "效益指标",
            (Section::Satisfaction, true) => "满意度指标",
            (Section::Cost, true) => "成本指标",
            (Section::Other, true) => "其他",
            (Section::Goal, false) => "Overall goal",
            (Section::Output, false) => "Output indicators",
            (Section::Benefit, false) => "Benefit indicators",
            (Section::Satisfaction, false) => "Satisfaction indicators",
            (Section::Cost, false) => "Cost indicators",
            (Section::Other, false) => "Other",
        }
    }

    fn of_level1(l: Level1, cost_section: bool) -> Section {
        match l {
            Level1::Output => Section::Output,
            Level1::Benefit => Section::Benefit,
            Level1::Satisfaction => Section::Satisfaction,
            Level1::Cost if cost_section => Section::Cost,
            Level1::Cost => Section::Output,
            // 过程管理指标 (the NDRC investment form) has no part in the 审核表.
            Level1::Process => Section::Other,
        }
    }
}

/// One sentence of an opinion and the rule it comes from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Sentence {
    pub rule: rules::RuleId,
    pub text: String,
}

/// The opinion on one section.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SectionOpinion {
    pub section: Section,
    /// Empty when no finding falls in the section.
    pub sentences: Vec<Sentence>,
}

impl SectionOpinion {
    /// The opinion as a reviewer writes it: the sentences joined, or "无问题" / "No issues.".
    /// With `rule_ids`, each sentence is followed by its rule id in brackets (〔rule-id〕,
    /// ` [rule-id]` in English).
    pub fn text(&self, zh: bool, rule_ids: bool) -> String {
        if self.sentences.is_empty() {
            return if zh { "无问题" } else { "No issues." }.into();
        }
        let parts: Vec<String> = self
            .sentences
            .iter()
            .map(|s| {
                if rule_ids && zh {
                    format!("{}〔{}〕", s.text, s.rule)
                } else if rule_ids {
                    format!("{} [{}]", s.text, s.rule)
                } else {
                    s.text.clone()
                }
            })
            .collect();
        if zh {
            format!("{}。", parts.join("；"))
        } else {
            format!("{}.", parts.join("; "))
        }
    }
}

/// A table's drafted opinion: 总体目标, 产出指标, 效益指标, 满意度指标, then 成本指标 when the
/// table has cost at level 1, and 其他 when something fell there.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Opinion {
    pub sections: Vec<SectionOpinion>,
}

impl Opinion {
    pub fn get(&self, section: Section) -> Option<&SectionOpinion> {
        self.sections.iter().find(|s| s.section == section)
    }

    /// True when no section has anything to say.
    pub fn is_clean(&self) -> bool {
        self.sections.iter().all(|s| s.sentences.is_empty())
    }

    /// One line per section: `产出指标：…。`.
    pub fn text(&self, zh: bool, rule_ids: bool) -> String {
        let sep = if zh { "：" } else { ": " };
        let lines: Vec<String> = self
            .sections
            .iter()
            .map(|s| format!("{}{sep}{}", s.section.label(zh), s.text(zh, rule_ids)))
            .collect();
        lines.join("\n")
    }
}

/// Drafts the opinion on `table` from its `diagnostics` (those [`crate::validate`] gave, in
/// the profile's locale).
pub fn review_opinion(table: &RawTable, diagnostics: &[Diagnostic], profile: &Profile) -> Opinion {
    let zh = profile.zh();
    let cost_section = table
        .indicators
        .iter()
        .any(|r| Level1::parse(&r.level1) == Some(Level1::Cost));
    // (section, rule, fix label) → the rows named, in the order the findings came.
    struct Group<'a> {
        section: Section,
        rule: &'static rules::Rule,
        fix: Option<&'a str>,
        rows: Vec<String>,
    }
    let mut groups: Vec<Group> = Vec::new();
    for d in diagnostics {
        let Some(rule) = rules::ALL.iter().find(|r| r.id == d.rule) else {
            continue; // importer notes and anything that is not a rule's finding
        };
        let section = section_of(table, &d.path, rule, profile, cost_section);
        let row = d.path.row().map(|i| row_name(table, i, zh));
        let fix = d.fix.as_ref().map(|f| f.label.as_str());
        let group = groups
            .iter_mut()
            .find(|g| g.section == section && g.rule.id == rule.id && g.fix == fix);
        let group = match group {
            Some(g) => g,
            None => {
                groups.push(Group {
                    section,
                    rule,
                    fix,
                    rows: Vec::new(),
                });
                groups.last_mut().expect("just pushed")
            }
        };
        if let Some(row) = row {
            if !group.rows.contains(&row) {
                group.rows.push(row);
            }
        }
    }
    let mut sections: Vec<Section> = vec![
        Section::Goal,
        Section::Output,
        Section::Benefit,
        Section::Satisfaction,
    ];
    if cost_section || groups.iter().any(|g| g.section == Section::Cost) {
        sections.push(Section::Cost);
    }
    if groups.iter().any(|g| g.section == Section::Other) {
        sections.push(Section::Other);
    }
    let sections = sections
        .into_iter()
        .map(|section| SectionOpinion {
            section,
            sentences: groups
                .iter()
                .filter(|g| g.section == section)
                .map(|g| Sentence {
                    rule: g.rule.id,
                    text: sentence(&g.rows, g.rule.title.get(zh), g.fix, zh),
                })
                .collect(),
        })
        .collect();
    Opinion { sections }
}

fn sentence(rows: &[String], title: &str, fix: Option<&str>, zh: bool) -> String {
    let mut s = String::new();
    if zh {
        s.push_str(&rows.join("、"));
        s.push_str(title);
        if let Some(fix) = fix {
            s.push_str("，建议");
            s.push_str(fix);
        }
    } else {
        if !rows.is_empty() {
            s.push_str(&rows.join(", "));
            s.push_str(": ");
        }
        s.push_str(title);
        if let Some(fix) = fix {
            s.push_str(" (");
            s.push_str(fix);
            s.push(')');
        }
    }
    s
}

/// A row as reviewers name it: its indicator name in quotes, else its number.
fn row_name(table: &RawTable, i: usize, zh: bool) -> String {
    let name = table.indicators.get(i).map_or("", |r| r.name.trim());
    match (name.is_empty(), zh) {
        (false, _) => format!("“{name}”"),
        (true, true) => format!("第{}行", i + 1),
        (true, false) => format!("row {}", i + 1),
    }
}

fn section_of(
    table: &RawTable,
    path: &Path,
    rule: &rules::Rule,
    profile: &Profile,
    cost_section: bool,
) -> Section {
    match *path {
        Path::Field(Field::OverallGoal) => Section::Goal,
        Path::Root | Path::Field(_) | Path::Execution | Path::Exec(_) | Path::Source(..) => {
            Section::Other
        }
        Path::Row(i) | Path::Cell(i, _) => {
            let Some(r) = table.indicators.get(i) else {
                return Section::Other;
            };
            // The level 1 of a level 2, in the profile's framework or, unset, either.
            let parent = |s: &str| {
                let l = Level2::parse(s)?;
                match profile.framework {
                    Some(f) => l.parent(f),
                    None => l
                        .parent(Framework::F2020)
                        .or_else(|| l.parent(Framework::F2021)),
                }
            };
            Level1::parse(&r.level1)
                .or_else(|| parent(&r.level1))
                .or_else(|| parent(&r.level2))
                .map_or(Section::Other, |l| Section::of_level1(l, cost_section))
        }
        Path::Indicators => {
            // The level 1 the rule's title names first, in either language. ASCII lowercase:
            // the English level names are ASCII, and Unicode's case tables would be part of
            // the validator's wasm module (`reviewOpinion`).
            let zh_title = rule.title.zh;
            let en_title = rule.title.en.to_ascii_lowercase();
            let named = Level1::ALL
                .into_iter()
                .filter_map(|l| {
                    zh_title
                        .find(l.name())
                        .or_else(|| en_title.find(l.english()))
                        .map(|at| (at, l))
                })
                .min();
            named.map_or(Section::Other, |(_, l)| Section::of_level1(l, cost_section))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{validate, Locale, RawIndicator};

    fn row(l1: &str, l2: &str, name: &str, op: &str, v: &str, u: &str) -> RawIndicator {
        RawIndicator {
            level1: l1.into(),
            level2: l2.into(),
            name: name.into(),
            operator: op.into(),
            value: v.into(),
            unit: u.into(),
            deadline: "2024年12月".into(),
            ..Default::default()
        }
    }

    fn table() -> RawTable {
        RawTable {
            year: Some(2024),
            project_name: "教师培训经费".into(),
            department: "铁西区教育局".into(),
            implementing_unit: "铁西区教师进修学校".into(),
            budget: "12.5".into(),
            overall_goal: "2024年完成全区教师培训1200人次，培训合格率达到95%以上。".into(),
            indicators: vec![
                row("产出指标", "数量指标", "培训教师人次", "≥", "1200", "人次"),
                row("产出指标", "数量指标", "培训合格率", "≥", "100", "%"),
                row(
                    "效益指标",
                    "社会效益指标",
                    "教师教学能力提升率",
                    "≥",
                    "90",
                    "%",
                ),
                row(
                    "满意度指标",
                    "服务对象满意度指标",
                    "参训教师满意度",
                    "≥",
                    "95",
                    "%",
                ),
            ],
            ..Default::default()
        }
    }

    #[test]
    fn sections_from_paths_with_rule_ids_and_fixes() {
        let t = table();
        let p = Profile::default();
        let d = validate(&t, &p);
        let o = review_opinion(&t, &d, &p);
        let labels: Vec<&str> = o.sections.iter().map(|s| s.section.label(true)).collect();
        assert_eq!(labels, ["总体目标", "产出指标", "效益指标", "满意度指标"]);
        assert_eq!(o.get(Section::Goal).unwrap().text(true, false), "无问题");
        let output = o.get(Section::Output).unwrap();
        let rules: Vec<&str> = output.sentences.iter().map(|s| s.rule.as_str()).collect();
        assert!(rules.contains(&"rate-under-quantity"), "{rules:?}");
        assert!(rules.contains(&"rate-at-least-100"), "{rules:?}");
        let text = output.text(true, true);
        assert!(
            text.contains("；“培训合格率”比率指标放在了数量指标下，建议改为 质量指标〔rate-under-quantity〕；"),
            "{text}"
        );
        assert!(text.contains("”，建议改为 ＝100"), "{text}");
        assert!(text.contains("〔rate-at-least-100〕"), "{text}");
        assert!(text.ends_with('。'));
        // Every sentence is a finding's: its rule is among the diagnostics.
        for s in o.sections.iter().flat_map(|s| &s.sentences) {
            assert!(d.iter().any(|d| d.rule == s.rule), "{s:?}");
        }
        let all = o.text(true, false);
        assert!(all.lines().next().unwrap() == "总体目标：无问题", "{all}");
    }

    #[test]
    fn list_findings_go_to_the_level_their_title_names() {
        let mut t = table();
        t.indicators.pop(); // no satisfaction indicator
        t.overall_goal = "保障单位正常运转。".into();
        let p = Profile::default();
        let d = validate(&t, &p);
        let o = review_opinion(&t, &d, &p);
        let sat = o.get(Section::Satisfaction).unwrap();
        assert_eq!(sat.sentences.len(), 1);
        assert_eq!(sat.sentences[0].rule, "missing-satisfaction-indicator");
        assert_ne!(o.get(Section::Goal).unwrap().text(true, false), "无问题");
        assert!(o.get(Section::Other).is_none());
    }

    #[test]
    fn cost_section_other_section_and_english() {
        let mut t = table();
        t.indicators.push(row(
            "成本指标",
            "经济成本指标",
            "人均培训成本",
            "≥",
            "100",
            "元/人",
        ));
        t.department = String::new();
        let p = Profile {
            framework: Some(crate::taxonomy::Framework::F2021),
            locale: Locale::En,
            ..Profile::default()
        };
        let d = validate(&t, &p);
        let o = review_opinion(&t, &d, &p);
        let labels: Vec<Section> = o.sections.iter().map(|s| s.section).collect();
        assert_eq!(
            labels,
            [
                Section::Goal,
                Section::Output,
                Section::Benefit,
                Section::Satisfaction,
                Section::Cost,
                Section::Other
            ]
        );
        let cost = o.get(Section::Cost).unwrap();
        assert!(
            cost.sentences.iter().any(|s| s.rule == "cost-direction"),
            "{cost:?}"
        );
        let other = o.get(Section::Other).unwrap();
        assert!(other.sentences.iter().any(|s| s.rule == "required-field"));
        assert!(o.get(Section::Goal).unwrap().text(false, false) == "No issues.");
        assert!(cost.text(false, false).starts_with("“人均培训成本”: "));
        assert!(cost.text(false, true).contains(" [cost-direction]"));
    }

    #[test]
    fn on_the_seed_every_sentence_is_a_finding() {
        let p = Profile::default();
        let import = crate::import_text(include_str!("../tests/data/seed.txt"), &p);
        for t in &import.tables {
            let d = validate(t, &p);
            let o = review_opinion(t, &d, &p);
            assert!(!o.is_clean(), "{}", t.project_name);
            let said: usize = o.sections.iter().map(|s| s.sentences.len()).sum();
            assert!(said > 0);
            for s in o.sections.iter().flat_map(|s| &s.sentences) {
                let found: Vec<&Diagnostic> = d.iter().filter(|d| d.rule == s.rule).collect();
                assert!(!found.is_empty(), "{s:?}");
                // Each row it names has that rule's finding.
                for (i, row) in t.indicators.iter().enumerate() {
                    let quoted = format!("“{}”", row.name.trim());
                    if row.name.trim().is_empty() || !s.text.contains(&quoted) {
                        continue;
                    }
                    let same_name = |j: usize| t.indicators[j].name.trim() == row.name.trim();
                    assert!(
                        found.iter().any(|d| d.path.row().is_some_and(same_name)),
                        "{}: row {i} named in {s:?}",
                        t.project_name
                    );
                }
            }
        }
    }

    /// A self-evaluation and a monitoring form: findings on their execution block, totals and
    /// later cells have a place (a row's under its level 1, printed with its points as the
    /// central layout prints it: 产出指标（50分）; the block's and the totals' in 其他).
    #[cfg(feature = "lifecycle")]
    #[test]
    fn later_forms_findings_have_a_place() {
        use crate::diagnostic::Severity;
        use crate::raw::{Column, ExecField};
        use crate::rules::RuleId;
        let p = Profile::default();
        let text = include_str!("../tests/data/lifecycle/central.txt");
        let mut tables = crate::import_text(text, &p).tables;
        tables.extend(
            crate::import_text(include_str!("../tests/data/lifecycle/monitoring.txt"), &p).tables,
        );
        for t in &tables {
            let at = |path: Path| Diagnostic {
                id: String::new(),
                rule: RuleId::weights_sum,
                severity: Severity::Error,
                path,
                message: String::new(),
                fix: None,
            };
            let mut d = validate(t, &p);
            d.extend([
                at(Path::Cell(0, Column::Actual)),
                at(Path::Execution),
                at(Path::Exec(ExecField::Rate)),
                at(Path::Source(0, Some(ExecField::Executed))),
                at(Path::Field(Field::TotalScore)),
                at(Path::Field(Field::GoalCompletion)),
            ]);
            let o = review_opinion(t, &d, &p);
            let output = o.get(Section::Output).unwrap().text(true, true);
            assert!(output.contains("〔weights-sum〕"), "{output}");
            let other = o.get(Section::Other).unwrap();
            assert!(other
                .sentences
                .iter()
                .any(|s| s.rule == RuleId::weights_sum));
            assert!(!o.text(false, true).is_empty());
        }
    }

    #[test]
    fn a_clean_table_has_nothing_to_say() {
        let json = include_str!("../tests/data/good.json");
        let good = crate::input::read(&mut serde_json::Deserializer::from_str(json))
            .unwrap()
            .0;
        let p = Profile::default();
        let d = validate(&good, &p);
        let o = review_opinion(&good, &d, &p);
        assert!(o.is_clean(), "{}", o.text(true, true));
        assert!(o.sections.iter().all(|s| s.text(true, false) == "无问题"));
    }
}
