//! `required-field` — 必填项为空.
//!
//! Finds an empty 项目名称, 主管部门, 实施单位 or 预算资金, and an empty 一级指标 or 二级指标 on a
//! row that has something else typed. Without them the table cannot be filed, budgeted or
//! read: budget-integration systems make these fields mandatory (强制性审核). Forms differ —
//! many provinces' have no 实施单位 (the department implements), transfer-payment tables name a
//! 资金使用单位, some print no budget — so only the fields the profile declares the form to have
//! (`fields`) are errors when empty; without a declaration the project name is (department
//! tables have none), and an empty 主管部门 or budget is noted (info) — not 实施单位, not a
//! transfer table's 主管部门, not when all three are empty (a form without them). An empty 总体目标 is
//! reported by `goal-placeholder`, an empty indicator name by `missing-indicator-name`; the
//! budget year is optional (the profile may supply it). A field that arrived with the wrong
//! data type is left to `invalid-input`.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::required_field,
    level: Level::Error,
    title: Tr {
        zh: "必填项为空",
        en: "A required field is empty",
    },
    description: Tr {
        zh: "项目名称、主管部门、实施单位、预算资金、总体目标以及每行的一级、二级指标都必须填写。",
        en: "Project name, department, implementing unit, budget, overall goal, and each row's level 1 and level 2 must be filled in.",
    },
    check: Check::Table(check),
};

fn check(table: &Table, cx: &mut Context) {
    let blank_text = |s: &str| crate::text::is_only_symbols(s);
    let header = [
        (Field::ProjectName, blank_text(&table.header.project_name)),
        (Field::Department, blank_text(&table.header.department)),
        (
            Field::ImplementingUnit,
            blank_text(&table.header.implementing_unit),
        ),
        (Field::Budget, table.header.budget.is_blank()),
    ];
    let department = table.header.kind == crate::raw::TableKind::Department;
    let transfer = table.header.kind == crate::raw::TableKind::Transfer;
    // No department, unit or budget at all: a form (or a page) without those fields.
    let no_header = header[1..].iter().all(|(_, blank)| *blank);
    for (field, blank) in header {
        if !blank || table.has_input_issue(Path::Field(field)) {
            continue;
        }
        // A department's table has no project and no implementing unit.
        if department && matches!(field, Field::ProjectName | Field::ImplementingUnit) {
            continue;
        }
        let certain = match &cx.profile.fields {
            Some(fields) => fields.contains(&field),
            None => field == Field::ProjectName,
        };
        if cx.profile.fields.as_ref().is_some_and(|f| !f.contains(&field)) {
            continue;
        }
        // Undeclared forms: many have no 实施单位 (the department implements); transfer
        // tables are handed down with a header of their own (下达地方, 资金使用单位) but still
        // an amount; a table with none of the three has a form without them.
        let unit_field = matches!(field, Field::Department | Field::ImplementingUnit);
        if !certain
            && (field == Field::ImplementingUnit || (transfer && unit_field) || no_header)
        {
            continue;
        }
        let (zh, en) = (field.label_zh(), field.label_en());
        let msg = match field {
            Field::Budget => {
                let unit = cx.table.header.amount_unit.name();
                tr!(
                    cx,
                    "“{zh}”未填写。请填写本项目的年度预算金额（单位：{unit}）。",
                    "The {en} is empty. Enter the project's budget for the year (in {unit})."
                )
            }
            _ => tr!(
                cx,
                "“{zh}”未填写，这是必填项。",
                "The {en} is empty; it is required."
            ),
        };
        if certain {
            cx.report(Path::Field(field), msg);
        } else {
            cx.note(Path::Field(field), msg);
        }
    }

    let fw = cx.table.header.framework;
    for ind in &table.indicators {
        if ind.is_empty() {
            continue;
        }
        let i = ind.index;
        if ind.level1.is_blank() && !table.has_input_issue(Path::Cell(i, Column::Level1)) {
            let row = cx.row(i);
            let parent = ind.level2.get().and_then(|l2| l2.parent(fw));
            let msg = match parent {
                Some(p) => {
                    let (l2, l2_en, pz, pe) = (
                        ind.level2.get().map_or("", Level2::name),
                        ind.level2.get().map_or("", Level2::english),
                        p.name(),
                        p.english(),
                    );
                    tr!(
                        cx,
                        "{row}的一级指标未填写。二级指标“{l2}”属于“{pz}”，请填写“{pz}”。",
                        "{row}: level 1 is empty. Its level 2 “{l2}” ({l2_en}) belongs to “{pz}” ({pe}); enter that."
                    )
                }
                None => {
                    let names = Quoted::new(Level1::of(fw).iter().map(|l| (l.name(), l.english())), cx.zh());
                    tr!(
                        cx,
                        "{row}的一级指标未填写，请选择{names}之一。",
                        "{row}: level 1 is empty; choose one of {names}."
                    )
                }
            };
            let label = parent.map(|p| {
                let n = p.name();
                tr!(cx, "填写 {n}", "Enter {n}")
            });
            let d = cx.report(Path::Cell(i, Column::Level1), msg);
            if let (Some(p), Some(label)) = (parent, label) {
                d.fix(Path::Cell(i, Column::Level1), p.name(), label);
            }
        }
        // A level-2 name typed in the level-1 cell (the seed's 可持续影响指标) is one defect,
        // reported by `unknown-level1`: the empty level-2 cell next to it is part of it.
        // Not asked where the form has no level-2 column (no row fills one, or the level 1
        // sits in it under a wrapper such as 实施效果指标), nor in a template's unused slot;
        // nor under 满意度指标, whose only level 2 goes without saying.
        let level2_asked = table.header.columns.has(Column::Level2)
            && !ind.level1_in_level2
            && !ind.is_empty_slot()
            && ind.level1.get() != Some(Level1::Satisfaction);
        if level2_asked
            && ind.level2.is_blank()
            && ind.level2_in_level1.is_none()
            && !table.has_input_issue(Path::Cell(i, Column::Level2))
        {
            let row = cx.row(i);
            let children = ind.level1.get().map(|l1| l1.children(fw)).unwrap_or(&[]);
            let msg = if children.is_empty() {
                tr!(cx, "{row}的二级指标未填写。", "{row}: level 2 is empty.")
            } else {
                let list = Quoted::new(children.iter().map(|c| (c.name(), c.english())), cx.zh());
                let l1 = ind.level1.get().map_or("", Level1::name);
                tr!(
                    cx,
                    "{row}的二级指标未填写，“{l1}”下可选：{list}。",
                    "{row}: level 2 is empty; under “{l1}” choose one of {list}."
                )
            };
            cx.report(Path::Cell(i, Column::Level2), msg);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::profile::Profile;
    use crate::raw::{Field, RawTable};
    use crate::rules::testing::*;

    const ID: &str = "required-field";

    #[test]
    fn only_a_project_name() {
        // No department, unit or budget at all: a form without them, nothing to note.
        let mut t = RawTable {
            project_name: "巡察经费".into(),
            ..Default::default()
        };
        assert!(paths(ID, &t).is_empty());
        t.budget = "12".into();
        assert_eq!(
            paths(ID, &t),
            ["department"],
            "the goal belongs to goal-placeholder, the year is optional, 实施单位 is not asked"
        );
        messages_contain(ID, &t, &["主管部门"], &["department"]);
    }

    #[test]
    fn fields_the_form_may_not_have() {
        let mut t = good();
        t.implementing_unit = "".into();
        t.budget = "".into();
        // Without a declaration: the budget noted only, 实施单位 not asked (many forms have
        // none), nor a transfer table's 主管部门.
        let d = run(ID, &t);
        assert_eq!(paths_of(&d), ["budget"]);
        assert!(d.iter().all(|d| d.severity == crate::Severity::Info));
        let mut transfer = t.clone();
        transfer.kind = crate::raw::TableKind::Transfer;
        transfer.department.clear();
        transfer.implementing_unit = "某县教育局".into();
        assert_eq!(paths(ID, &transfer), ["budget"]);
        // Declared by the profile: errors for those the form has, nothing for the others.
        let p = Profile {
            fields: Some(vec![Field::ProjectName, Field::Budget, Field::OverallGoal]),
            ..Default::default()
        };
        let d = run_with(ID, &t, &p);
        assert_eq!(paths_of(&d), ["budget"]);
        assert_eq!(d[0].severity, crate::Severity::Error);
        // A department's table has no project name and no implementing unit.
        let mut t = good();
        t.kind = crate::raw::TableKind::Department;
        t.project_name = "".into();
        t.implementing_unit = "".into();
        assert!(run(ID, &t).is_empty());
    }

    #[test]
    fn no_level_2_column_or_a_wrapper() {
        // 荆门: no level-2 column at all.
        let mut t = good();
        for r in &mut t.indicators {
            r.level2.clear();
        }
        assert!(run(ID, &t).is_empty(), "{:?}", paths(ID, &t));
        // 宝坻: 实施效果指标 over 产出指标 / 效益指标.
        let mut t = good();
        t.indicators[0].level1 = "实施效果指标".into();
        t.indicators[0].level2 = "产出指标".into();
        assert!(run(ID, &t).is_empty(), "{:?}", paths(ID, &t));
    }

    #[test]
    fn decorations_only_count_as_empty() {
        let mut t = good();
        t.department = "820001-".into();
        t.project_name = "--".into();
        assert_eq!(paths(ID, &t), ["projectName", "department"]);
    }

    #[test]
    fn blank_level_cells_on_a_typed_row() {
        let mut t = good();
        t.indicators[0].level1 = "".into();
        t.indicators[6].level2 = " ".into();
        t.indicators[3].level1 = "".into();
        t.indicators[3].level2 = "".into();
        let d = run(ID, &t);
        let p = paths_of(&d);
        assert_eq!(
            p,
            [
                "indicators.0.level1",
                "indicators.3.level1",
                "indicators.3.level2",
            ],
            "row 6 is under 满意度指标, whose only level 2 goes without saying"
        );
        // Level 2 数量指标 says where it belongs.
        let fix = d[0].fix.as_ref().unwrap();
        assert_eq!(fix.value.as_deref(), Some("产出指标"));
        assert!(
            d[0].message.contains("第1行（老年人健康体检人数）"),
            "{}",
            d[0].message
        );
        // Nothing to go on: no fix.
        assert!(d[1].fix.is_none() && d[2].fix.is_none());
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // A completely empty row (just added) and a year left out are fine.
        t.indicators.push(row("", "", "", "", "", "", ""));
        t.year = None;
        assert!(run(ID, &t).is_empty());
        // A level-2 name in the level-1 cell with level 2 empty belongs to unknown-level1.
        t.indicators[5] = row(
            "可持续影响指标",
            "",
            "政策可持续性",
            "",
            "平稳运行",
            "",
            "2024年12月",
        );
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
    }

    #[test]
    fn wrong_types_are_left_to_invalid_input() {
        let raw = good();
        let mut p = crate::profile::Profile::default();
        for r in crate::rules::ALL {
            p.rules
                .insert(r.id, crate::diagnostic::Level::Off);
        }
        p.rules.insert(ID.parse().unwrap(), crate::diagnostic::Level::Error);
        let mut raw2 = raw.clone();
        raw2.budget = "".into();
        let issues = vec![crate::input::InputIssue {
            path: crate::diagnostic::Path::Field(crate::raw::Field::Budget),
            found: "array",
        }];
        let t = crate::table::Table::parse(&raw2, issues, &p);
        assert!(crate::rules::check(&t, &p).is_empty());
    }
}
