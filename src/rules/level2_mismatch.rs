//! `level2-mismatch` — 二级指标不属于所填的一级指标.
//!
//! Finds a row whose 二级指标 is not a child of its 一级指标 in the profile's framework
//! (服务对象满意度指标 under 效益指标), whose 二级指标 is no known name at all, or that uses the
//! other framework's cost structure: 成本指标 as a level 1, or 经济/社会/生态环境成本指标, in a
//! 2020 table; 成本指标 under 产出指标 in a 2021 table. The message names the level 1 the level
//! 2 belongs to, with a fix when that is clear. Portals build the level-2 list from the level
//! 1, and every check that counts output, benefit or cost rows relies on the pairing.
//! Source: 财预〔2020〕10号 (cost under output) and 财预〔2021〕101号 (cost as a level 1 with
//! 经济/社会/生态环境成本); reviewers' rule “level 2 must belong to its level 1” (DOMAIN.md).
//! An unknown level 1 is `unknown-level1`'s; a satisfaction indicator filed under benefit or
//! output is `satisfaction-misplaced`'s; a table mixing both frameworks is also reported once
//! by `framework-mixed`.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::level2_mismatch,
    level: Level::Error,
    stages: Stages::ALL,
    title: Tr {
        zh: "二级指标不属于所填的一级指标",
        en: "Level 2 does not belong to its level 1",
    },
    description: Tr {
        zh: "二级指标必须是其一级指标在所选框架中的下级。",
        en: "Level 2 must be a child of its level 1 in the profile's framework.",
    },
    check: Check::Table(check),
};

/// True when `satisfaction-misplaced` reports this row: a satisfaction rate outside 满意度指标.
fn satisfaction_misplaced(ind: &Indicator) -> bool {
    ind.name_kind == NameKind::Satisfaction
        && ind.level1.get() != Some(Level1::Satisfaction)
        && !matches!(
            ind.unit,
            Some(Unit::Count(_) | Unit::Money(_) | Unit::Time(_) | Unit::Measure(_))
        )
}

fn check(table: &Table, cx: &mut Context) {
    let fw = cx.table.header.framework;
    let f = fw.as_str();
    let rows = &table.indicators;
    // One finding per merged cell: consecutive rows with the same level texts read the same.
    let runs = crate::rules::merged_runs(rows, |ind| {
        (!ind.is_empty()).then(|| {
            (
                crate::text::compact(&ind.raw.level1),
                crate::text::compact(&ind.raw.level2),
                satisfaction_misplaced(ind),
            )
        })
    });
    for run in runs {
        let ind = &rows[run.start];
        let i = ind.index;
        let row = cx.rows_label(&run);
        let l1_path = Path::Cell(i, Column::Level1);
        let l2_path = Path::Cell(i, Column::Level2);
        let all = |c: Column| run.clone().map(move |k| Path::Cell(rows[k].index, c));

        // Cost at level 1 in a 2020 table: the level-1 cell is what is wrong — unless its
        // level 2 is plain 成本 (成本指标 › 成本指标, or 投入 › 成本目标 in older forms): cost
        // filed as cost, in a tree that puts it a level higher.
        if ind.level1.get() == Some(Level1::Cost)
            && fw == Framework::F2020
            && ind.level2.get() != Some(Level2::Cost)
        {
            let l2 = ind.level2.get();
            let (msg, fix) = match l2 {
                Some(l2) if l2.is_2021_cost() => {
                    let n = l2.name();
                    (
                        tr!(
                            cx,
                            "{row}按2021框架（财预〔2021〕101号）把“成本指标”作为一级指标、“{n}”作为二级指标，而本表按2020框架检查。若本地采用2021框架，请在设置中选择2021框架；否则请改为一级指标“产出指标”、二级指标“成本指标”。",
                            "{row} follows the 2021 framework (财预〔2021〕101号): 成本指标 (cost) as level 1 with “{n}” below it, but this table is checked under the 2020 framework. Choose the 2021 framework in the settings if that is what you use; otherwise file it as 产出指标 / 成本指标."
                        ),
                        None,
                    )
                }
                _ => {
                    let fix = l2.and_then(|l2| l2.parent(fw));
                    (
                        tr!(
                            cx,
                            "{row}把“成本指标”作为一级指标，但2020框架中成本指标是“产出指标”下的二级指标。请将一级指标改为“产出指标”，二级指标填“成本指标”。",
                            "{row} has 成本指标 (cost) as level 1, but in the 2020 framework cost is a level 2 under 产出指标 (output). Set level 1 to 产出指标 and level 2 to 成本指标."
                        ),
                        fix,
                    )
                }
            };
            let label = fix.map(|p| {
                let n = p.name();
                tr!(cx, "改为 {n}", "Change to {n}")
            });
            let d = cx.report(l1_path, msg);
            if let (Some(p), Some(label)) = (fix, label) {
                d.fix_all(all(Column::Level1), p.name(), label);
            }
            if !matches!(ind.level2, Cell::Invalid) {
                continue;
            }
        }

        match (ind.level1.get(), &ind.level2) {
            (_, Cell::Invalid) => {
                if table.has_input_issue(l2_path) {
                    continue;
                }
                let l2_text = crate::text::clean(&ind.raw.level2);
                let msg = match ind.level1.get().map(|l1| (l1, l1.children(fw))) {
                    Some((l1, children)) if !children.is_empty() => {
                        let (l1z, list) = (l1.name(), Quoted::new(children.iter().map(|c| (c.name(), c.english())), cx.zh()));
                        tr!(
                            cx,
                            "{row}的二级指标“{l2_text}”不是规定的名称。“{l1z}”下的二级指标为：{list}。",
                            "{row}: level 2 “{l2_text}” is not a recognised name. Under “{l1z}” the level 2s are {list}."
                        )
                    }
                    _ => {
                        let all = Level1::of(fw).iter().flat_map(move |l1| l1.children(fw));
                        let list = Quoted::new(all.map(|c| (c.name(), c.english())), cx.zh());
                        tr!(
                            cx,
                            "{row}的二级指标“{l2_text}”不是规定的名称，应为{list}之一。",
                            "{row}: level 2 “{l2_text}” is not a recognised name; it must be one of {list}."
                        )
                    }
                };
                cx.report(l2_path, msg);
            }
            (Some(l1), &Cell::Valid(l2)) => {
                let parent = l2.parent(fw);
                // Plain 成本 under a cost level 1 (成本指标 › 成本指标, the older forms' 投入 ›
                // 成本目标): cost filed as cost.
                let cost_as_cost = l1 == Level1::Cost && l2 == Level2::Cost;
                if parent == Some(l1) || cost_as_cost || satisfaction_misplaced(ind) {
                    continue;
                }
                let (l1z, l1e, l2z, l2e) = (l1.name(), l1.english(), l2.name(), l2.english());
                let msg = match parent {
                    Some(p) => {
                        let (pz, pe) = (p.name(), p.english());
                        tr!(
                            cx,
                            "{row}的二级指标“{l2z}”属于一级指标“{pz}”，不属于“{l1z}”。请将一级指标改为“{pz}”，或另选“{l1z}”下的二级指标。",
                            "{row}: level 2 “{l2z}” ({l2e}) belongs to “{pz}” ({pe}), not to “{l1z}” ({l1e}). Set level 1 to “{pz}”, or choose a level 2 of “{l1z}”."
                        )
                    }
                    None if l2.is_2021_cost() => tr!(
                        cx,
                        "{row}的二级指标“{l2z}”是2021框架（财预〔2021〕101号）成本指标下的名称，2020框架中没有。若本地采用2021框架，请在设置中选择2021框架；否则请改为“产出指标”下的“成本指标”。",
                        "{row}: level 2 “{l2z}” ({l2e}) belongs to the 2021 framework's cost level 1 (财预〔2021〕101号) and does not exist in the 2020 framework. Choose the 2021 framework in the settings if that is what you use; otherwise use 成本指标 under 产出指标."
                    ),
                    None => {
                        let list = Quoted::new(Level1::Cost.children(fw).iter().map(|c| (c.name(), c.english())), cx.zh());
                        tr!(
                            cx,
                            "{row}的二级指标为“{l2z}”，但{f}框架（财预〔2021〕101号）中成本指标已是一级指标，下设{list}。请将一级指标改为“成本指标”，二级指标选其中之一。",
                            "{row}: level 2 is “{l2z}” ({l2e}), but in the {f} framework (财预〔2021〕101号) cost is a level 1 with {list} below it. Set level 1 to 成本指标 and pick one of those."
                        )
                    }
                };
                let label = parent.map(|p| {
                    let n = p.name();
                    tr!(cx, "改为 {n}", "Change to {n}")
                });
                // Moving the row is the clear fix only when another row stays under its
                // level 1; if it is the last, its level 2 is as likely the mistake.
                let others_stay = rows.iter().enumerate().any(|(k, o)| {
                    !run.contains(&k) && !o.is_empty() && o.level1_or_implied(fw) == Some(l1)
                });
                let d = cx.report(l2_path, msg);
                if let (Some(p), Some(label), true) = (parent, label, others_stay) {
                    d.fix_all(all(Column::Level1), p.name(), label);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::profile::Profile;
    use crate::rules::testing::*;
    use crate::taxonomy::Framework;

    const ID: &str = "level2-mismatch";

    fn f2021() -> Profile {
        Profile {
            framework: Some(Framework::F2021),
            ..Default::default()
        }
    }

    fn f2020() -> Profile {
        Profile {
            framework: Some(Framework::F2020),
            ..Default::default()
        }
    }

    #[test]
    fn level2_under_the_wrong_level1() {
        let mut t = good();
        t.indicators[5] = row(
            "产出指标",
            "社会效益指标",
            "慢性病早期发现人数",
            "≥",
            "600",
            "人",
            "2024年12月",
        );
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.5.level2");
        assert_eq!(fix_of(&d), ("indicators.5.level1".into(), Some("效益指标")));
        messages_contain(
            ID,
            &t,
            &["第6行（慢性病早期发现人数）", "“效益指标”"],
            &["row 6", "benefit"],
        );
    }

    #[test]
    fn the_last_row_of_a_level_is_not_moved() {
        // The only satisfaction row, filed under a benefit level 2: moving it would leave no
        // satisfaction indicator, so the rule explains and offers no fix.
        let mut t = good();
        t.indicators[6].level2 = "社会效益指标".into();
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.6.level2");
        assert!(d.fix.is_none(), "{:?}", d.fix);
        // With a second satisfaction row the move is clear again.
        t.indicators.push(row(
            "满意度指标",
            "服务对象满意度指标",
            "家属满意度",
            "≥",
            "90",
            "%",
            "2024年12月",
        ));
        assert_eq!(
            fix_of(&only(ID, &t)),
            ("indicators.6.level1".into(), Some("效益指标"))
        );
    }

    #[test]
    fn unknown_level2_lists_the_children() {
        let mut t = good();
        t.indicators[2].level2 = "进度质量指标".into();
        assert_eq!(paths(ID, &t), ["indicators.2.level2"]);
        let m = &run(ID, &t)[0].message;
        assert!(
            m.contains("“数量指标”、“质量指标”、“时效指标”、“成本指标”"),
            "{m}"
        );
        assert!(run(ID, &t)[0].fix.is_none());
    }

    #[test]
    fn cost_level1_in_a_2020_table() {
        let mut t = good();
        // Cost filed as cost a level higher (福建 2017: 投入 › 成本目标): accepted.
        t.indicators[3] = row(
            "成本指标",
            "成本指标",
            "人均体检成本",
            "≤",
            "100",
            "元/人",
            "2024年12月",
        );
        assert!(run(ID, &t).is_empty());
        t.indicators[3].level1 = "投入".into();
        t.indicators[3].level2 = "成本目标".into();
        assert!(run(ID, &t).is_empty());
        // Any other level 2 under it: the level-1 cell is wrong.
        t.indicators[3].level1 = "成本指标".into();
        t.indicators[3].level2 = "数量指标".into();
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.3.level1");
        assert_eq!(fix_of(&d).1, Some("产出指标"));
        // With a 2021 level 2 where the profile says 2020: suggest the framework, no fix.
        t.indicators[3].level2 = "经济成本指标".into();
        let d = run_with(ID, &t, &f2020());
        assert_eq!(d.len(), 1);
        assert!(d[0].fix.is_none());
        assert!(d[0].message.contains("2021框架"), "{}", d[0].message);
        // And fine under 2021, which the table is read in when the profile does not say.
        assert!(run_with(ID, &t, &f2021()).is_empty());
        assert!(run(ID, &t).is_empty());
    }

    #[test]
    fn frameworks_cost_level2s() {
        // 2021 cost level 2 under output in a 2020 table.
        let mut t = good();
        t.indicators[3].level2 = "经济成本指标".into();
        let d = run_with(ID, &t, &f2020());
        assert_eq!(d[0].path.to_string(), "indicators.3.level2");
        assert!(d[0].message.contains("设置中选择2021框架"));
        // Read as 2021 (the table's own way), it belongs under 成本指标.
        let d = run(ID, &t);
        assert_eq!(d[0].path.to_string(), "indicators.3.level2");
        assert!(d[0].message.contains("成本指标"), "{}", d[0].message);
        // 2020's 成本指标 under output in a 2021 table.
        let d = run_with(ID, &good(), &f2021());
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].path.to_string(), "indicators.3.level2");
        assert!(d[0].message.contains("“经济成本指标”"), "{}", d[0].message);
        assert!(d[0].fix.is_none());
    }

    #[test]
    fn a_merged_cell_is_one_finding() {
        // 社会效益指标 filed under 产出指标, the level-1 cell merged down two rows.
        let mut t = good();
        for i in [1, 2] {
            t.indicators[i].level2 = "社会效益指标".into();
        }
        let d = run(ID, &t);
        assert_eq!(paths_of(&d), ["indicators.1.level2"]);
        assert!(d[0].message.starts_with("第2至3行"), "{}", d[0].message);
        let fix = d[0].fix.as_ref().unwrap();
        assert_eq!(fix.paths().count(), 2);
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // Aliases, blank cells (required-field's), unknown level 1 (unknown-level1's), an empty
        // row, and a satisfaction rate under benefit (satisfaction-misplaced's).
        t.indicators[4].level2 = "环境效益".into();
        t.indicators[2].level2 = "进度指标".into();
        t.indicators[0].level1 = "".into();
        t.indicators[1].level1 = "质量指标".into();
        t.indicators[5] = row(
            "效益指标",
            "服务对象满意度指标",
            "群众满意度",
            "≥",
            "90",
            "%",
            "2024年12月",
        );
        t.indicators.push(row("", "", "", "", "", "", ""));
        assert!(run(ID, &t).is_empty(), "{:?}", run(ID, &t));
        assert!(run(ID, &good()).is_empty());
        let mut t = good();
        t.indicators[3] = row(
            "成本指标",
            "经济成本指标",
            "人均体检成本",
            "≤",
            "100",
            "元/人",
            "2024年12月",
        );
        assert!(run_with(ID, &t, &f2021()).is_empty());
    }
}
