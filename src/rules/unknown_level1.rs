//! `unknown-level1` — 一级指标不是产出、效益、满意度或成本指标.
//!
//! Finds a 一级指标 cell whose text is not a level-1 name. The commonest case is a level-2 name
//! typed one column too far left — the seed's 办公楼维修维护 has 可持续影响指标 and 专项印刷及订阅
//! 资料费 has 质量指标 in the level-1 column — so the message names the level 1 it belongs to,
//! and a fix writes it when the row's level 2 agrees. Portals store only the framework's
//! names, and every structural check (output and benefit present, level 2 under the right
//! level 1) depends on them. Source: 财预〔2020〕10号 and 财预〔2021〕101号 (the indicator
//! frameworks); the budget-integration system's fixed level-1 list. 成本指标 at level 1 in a
//! 2020 table is a known name and is `level2-mismatch`'s.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::unknown_level1,
    level: Level::Error,
    stages: Stages::ALL,
    title: Tr {
        zh: "一级指标不是产出、效益、满意度或成本指标",
        en: "Level 1 is not output, benefit, satisfaction or cost",
    },
    description: Tr {
        zh: "一级指标只能取框架规定的名称。",
        en: "Level 1 must be one of the framework's names.",
    },
    check: Check::Table(check),
};

fn check(table: &Table, cx: &mut Context) {
    let fw = table.header.framework;
    let rows = &table.indicators;
    // One finding per merged cell: consecutive rows with the same wrong level-1 text.
    let runs = crate::rules::merged_runs(rows, |ind| {
        let wrong = matches!(ind.level1, Cell::Invalid)
            && !table.has_input_issue(Path::Cell(ind.index, Column::Level1));
        wrong.then(|| crate::text::compact(&ind.raw.level1))
    });
    for run in runs {
        let first = &rows[run.start];
        let fixes: Vec<Option<Level1>> = rows[run.clone()].iter().map(|r| fix_of(r, fw)).collect();
        let fix = fixes[0].filter(|f| fixes.iter().all(|g| *g == Some(*f)));
        let label = cx.rows_label(&run);
        let msg = message(first, fw, &label, cx);
        let paths: Vec<Path> = rows[run.clone()]
            .iter()
            .map(|r| Path::Cell(r.index, Column::Level1))
            .collect();
        // A level-2 name in the level-1 column of a row with no level 2 moves across.
        let moved = first.level2_in_level1.filter(|_| first.level2.is_blank());
        let fix_label = fix.map(|p| {
            let n = p.name();
            match moved {
                Some(l2) => {
                    let m = l2.name();
                    tr!(cx, "改为 {n} › {m}", "Change to {n} › {m}")
                }
                None => tr!(cx, "改为 {n}", "Change to {n}"),
            }
        });
        let d = cx.report(paths[0], msg);
        if let (Some(p), Some(l)) = (fix, fix_label) {
            let level2 = rows[run.clone()].iter().filter_map(|r| {
                let l2 = r.level2_in_level1.filter(|_| r.level2.is_blank())?;
                Some((Path::Cell(r.index, Column::Level2), l2.name().to_string()))
            });
            d.fix_all(paths, p.name(), l).and_write(level2);
        }
    }
}

/// The level 1 a row with a wrong level-1 cell clearly belongs under, if any: the one its
/// level-2 name in that cell and its own level 2 agree on.
fn fix_of(ind: &Indicator, fw: Framework) -> Option<Level1> {
    let typed_l2 = ind.level2_in_level1;
    let typed_parent = typed_l2.and_then(|l2| l2.parent(fw));
    let row_parent = ind.level2.get().and_then(|l2| l2.parent(fw));
    match (typed_parent, row_parent) {
        (Some(a), Some(b)) if a == b => Some(a),
        (Some(a), None) if ind.level2.is_blank() => Some(a),
        (None, Some(b)) if typed_l2.is_none() => Some(b),
        _ => None,
    }
}

/// What is wrong with the row's level-1 cell, naming the row(s) as `row`.
fn message(ind: &Indicator, fw: Framework, row: &str, cx: &Context) -> String {
    let names = Quoted::new(Level1::of(fw).iter().map(|l| (l.name(), l.english())), cx.zh());
    let text = crate::text::clean(&ind.raw.level1);
    let typed_l2 = ind.level2_in_level1;
    let typed_parent = typed_l2.and_then(|l2| l2.parent(fw));
    match (typed_l2, typed_parent) {
        (Some(l2), Some(p)) => {
            let (l2z, pz, pe) = (l2.name(), p.name(), p.english());
            if ind.level2.is_blank() {
                tr!(
                    cx,
                    "{row}的一级指标填的是“{text}”，这是二级指标的名称，属于一级指标“{pz}”。请将一级指标改为“{pz}”，二级指标填“{l2z}”。",
                    "{row}: level 1 says “{text}”, which is a level-2 name belonging to “{pz}” ({pe}). Set level 1 to “{pz}” and level 2 to “{l2z}”."
                )
            } else {
                tr!(
                    cx,
                    "{row}的一级指标填的是“{text}”，这是二级指标的名称，属于一级指标“{pz}”。一级指标应为{names}之一。",
                    "{row}: level 1 says “{text}”, which is a level-2 name belonging to “{pz}” ({pe}). Level 1 must be one of {names}."
                )
            }
        }
        (Some(_), None) => {
            let f = fw.as_str();
            tr!(
                cx,
                "{row}的一级指标填的是“{text}”，这是二级指标的名称，而且不属于{f}框架。一级指标应为{names}之一。",
                "{row}: level 1 says “{text}”, a level-2 name that is not in the {f} framework. Level 1 must be one of {names}."
            )
        }
        (None, _) => tr!(
            cx,
            "{row}的一级指标“{text}”不是规定的名称，应为{names}之一。",
            "{row}: level 1 “{text}” is not a recognised name; it must be one of {names}."
        ),
    }
}

#[cfg(test)]
mod tests {
    use crate::profile::Profile;
    use crate::rules::testing::*;
    use crate::taxonomy::Framework;

    const ID: &str = "unknown-level1";

    #[test]
    fn seed_level2_name_in_level1_column() {
        // 专项印刷及订阅资料费: 质量指标 / 质量指标.
        let mut t = good();
        t.indicators[1] = row(
            "质量指标",
            "质量指标",
            "正常运转率",
            "=",
            "100",
            "%",
            "2024年12月",
        );
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.1.level1");
        assert_eq!(fix_of(&d), ("indicators.1.level1".into(), Some("产出指标")));
        messages_contain(
            ID,
            &t,
            &["第2行（正常运转率）", "“产出指标”"],
            &["row 2", "output"],
        );
    }

    #[test]
    fn seed_sustainable_impact_with_level2_blank() {
        // 办公楼维修维护: 可持续影响指标 in level 1, level 2 empty.
        let mut t = good();
        t.indicators[5] = row(
            "可持续影响指标",
            "",
            "政策可持续性",
            "",
            "平稳运行",
            "",
            "2024年12月",
        );
        let d = run(ID, &t);
        assert_eq!(fix_of(&d[0]).1, Some("效益指标"));
        let fixed = crate::apply_fixes(&t, &d);
        assert_eq!(fixed.indicators[5].level1, "效益指标");
        assert_eq!(fixed.indicators[5].level2, "可持续影响指标");
        assert!(
            d[0].message.contains("二级指标填“可持续影响指标”"),
            "{}",
            d[0].message
        );
    }

    #[test]
    fn unclear_cases_have_no_fix() {
        let mut t = good();
        // A level-2 name under a different level 1 than the row's level 2.
        t.indicators[1] = row(
            "质量指标",
            "社会效益指标",
            "x率",
            "≥",
            "90",
            "%",
            "2024年12月",
        );
        // Unknown text, nothing to go on.
        t.indicators[2] = row("其他指标", "", "y", "≥", "1", "个", "2024年12月");
        let d = run(ID, &t);
        assert_eq!(d.len(), 2);
        assert!(d.iter().all(|d| d.fix.is_none()));
        assert!(d[1]
            .message
            .contains("“产出指标”、“效益指标”、“满意度指标”"));
    }

    #[test]
    fn typo_with_a_clear_level2() {
        let mut t = good();
        t.indicators[0].level1 = "产出类指标A".into();
        let d = run(ID, &t);
        assert_eq!(fix_of(&d[0]).1, Some("产出指标"));
    }

    #[test]
    fn a_merged_cell_is_one_finding() {
        // 质量指标 typed in the level-1 column and cut down three rows.
        let mut t = good();
        for i in 1..4 {
            t.indicators[i].level1 = "质量指标".into();
            t.indicators[i].level2 = "质量指标".into();
        }
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.1.level1");
        assert!(d.message.starts_with("第2至4行"), "{}", d.message);
        let fix = d.fix.as_ref().unwrap();
        assert_eq!(fix.also.len(), 2);
        fixes_clear(ID, &t, &[d]);
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // Cost at level 1 in a 2020 table is a known name (level2-mismatch's), aliases are fine.
        t.indicators[3] = row(
            "成本指标",
            "成本指标",
            "人均体检成本",
            "≤",
            "100",
            "元/人",
            "2024年12月",
        );
        t.indicators[4].level1 = "效果指标".into();
        t.indicators[0].level1 = "".into();
        assert!(run(ID, &t).is_empty());
        let p = Profile {
            framework: Some(Framework::F2021),
            ..Default::default()
        };
        assert!(run_with(ID, &good(), &p).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
