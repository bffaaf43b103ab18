//! The seed's ten tables, pasted as they were filed (tests/data/seed.txt is a copy of
//! shared/seed/000_4e6b608f470ecd9e.txt), read by the importer.

use jixiao::diagnostic::Path;
use jixiao::import::to_tsv;
use jixiao::{import_text, Import, Locale, Profile, RawIndicator, RawTable};

const SEED: &str = include_str!("data/seed.txt");

fn seed() -> Import {
    import_text(SEED, &Profile::default())
}

fn cells(r: &RawIndicator) -> [&str; 7] {
    [
        &r.level1,
        &r.level2,
        &r.name,
        &r.operator,
        &r.value,
        &r.unit,
        &r.deadline,
    ]
}

fn table<'a>(i: &'a Import, name: &str) -> &'a RawTable {
    i.tables
        .iter()
        .find(|t| t.project_name.starts_with(name))
        .unwrap_or_else(|| panic!("no table {name}"))
}

#[test]
fn ten_tables_with_names_budgets_years_and_row_counts() {
    let i = seed();
    let got: Vec<(&str, &str, Option<i32>, usize)> = i
        .tables
        .iter()
        .map(|t| {
            (
                t.project_name.as_str(),
                t.budget.as_str(),
                t.year,
                t.indicators.len(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("办公楼维修维护", "125.07", Some(2024), 6),
            ("法律宣传及普法专项经费", "111.2", Some(2024), 6),
            ("区人代会会议费", "60", Some(2024), 6),
            ("少先队专项业务费", "6.7", Some(2024), 9),
            ("调研信息费", "22.5", Some(2024), 6),
            ("文化服务体系建设", "30.5", Some(2024), 9),
            (
                "义务教育阶段特殊教育学校和随班就读残疾学生生均公用经费",
                "7.2",
                Some(2024),
                6
            ),
            (
                "由财政拨款安排的财政部分补助人员和经费自理人员工资，工资附加及财政拨款安排的基本运转经费",
                "9.36",
                Some(2024),
                9
            ),
            ("巡察经费", "34.16", Some(2024), 12),
            ("专项印刷及订阅资料费", "11.5", Some(2024), 15),
        ]
    );
}

#[test]
fn header_fields_as_typed() {
    let i = seed();
    let t = table(&i, "办公楼");
    assert_eq!(t.department, "沈阳市铁西区人民政府办公室-");
    assert_eq!(t.implementing_unit, "铁西区机关事务保障中心-");
    assert_eq!(
        t.overall_goal,
        "通过配备维修配件、维修服务等，解决在工作存在的维修维护等问题，确保单位工作正常运转。"
    );
    let t = table(&i, "区人代会");
    assert_eq!(
        t.implementing_unit,
        "沈阳市铁西区人民代表大会常务委员会 本级-"
    );
    for t in &i.tables {
        assert!(!t.department.is_empty(), "{}", t.project_name);
        assert!(!t.implementing_unit.is_empty(), "{}", t.project_name);
        assert!(!t.overall_goal.is_empty(), "{}", t.project_name);
    }
}

#[test]
fn office_building_benefit_rows() {
    let i = seed();
    let t = table(&i, "办公楼");
    assert_eq!(
        cells(&t.indicators[0]),
        [
            "产出指标",
            "数量指标",
            "项目申报数量",
            "=",
            "1",
            "个",
            "2024年12月"
        ]
    );
    assert_eq!(
        cells(&t.indicators[3]),
        [
            "产出指标",
            "质量指标",
            "维修质量达标率",
            ">=",
            "100",
            "%",
            "2024年12月"
        ]
    );
    // The value sits in the unit column and there is no deadline: kept so, for the rules.
    assert_eq!(
        cells(&t.indicators[4]),
        [
            "效益指标",
            "社会效益指标",
            "确保机关事业单位平稳运行",
            "",
            "",
            "平稳运行",
            ""
        ]
    );
    // Shifted left and overflowing; the level-2 name stays in the level-1 column.
    assert_eq!(
        cells(&t.indicators[5]),
        [
            "可持续影响指标",
            "",
            "政策可持续性",
            "",
            "",
            "平稳运行",
            "2024年12月"
        ]
    );
}

#[test]
fn overflowing_qualitative_rows_get_their_deadline() {
    let i = seed();
    for name in ["法律宣传", "区人代会", "调研信息费"] {
        let t = table(&i, name);
        assert_eq!(
            cells(&t.indicators[4]),
            [
                "效益指标",
                "社会效益指标",
                "确保机关事业单位平稳运行",
                "",
                "",
                "平稳运行",
                "2024年12月"
            ],
            "{name}"
        );
        assert_eq!(
            cells(&t.indicators[5]),
            [
                "效益指标",
                "可持续影响指标",
                "保障水平",
                "",
                "",
                "足额保障",
                "2024年12月"
            ],
            "{name}"
        );
    }
}

#[test]
fn young_pioneers_deadlines_as_typed() {
    let i = seed();
    let t = table(&i, "少先队");
    assert_eq!(t.indicators[0].deadline, "2024 年 12 月");
    assert_eq!(
        cells(&t.indicators[6]),
        [
            "效益指标",
            "社会效益指标",
            "确保机关事业单位平稳运行",
            "",
            "平稳运行",
            "",
            "2024 年 12 月"
        ]
    );
    assert_eq!(
        cells(&t.indicators[8]),
        [
            "满意度指标",
            "服务对象满意度指标",
            "机关事业单位干部群众满意度",
            ">=",
            "95",
            "%",
            "2024年12月"
        ]
    );
}

#[test]
fn inspection_value_broken_over_two_lines() {
    let i = seed();
    let t = table(&i, "巡察经费");
    assert_eq!(
        cells(&t.indicators[11]),
        [
            "效益指标",
            "可持续影响指标",
            "保障水平",
            "",
            "足额保障",
            "",
            "2024年12月"
        ]
    );
    assert_eq!(t.indicators[10], t.indicators[11]);
}

#[test]
fn printing_rows_from_two_years() {
    let i = seed();
    let t = table(&i, "专项印刷");
    // 质量指标 in the level-1 column is kept and filled down.
    assert_eq!(
        cells(&t.indicators[4]),
        [
            "质量指标",
            "质量指标",
            "正常运转率",
            "=",
            "100",
            "%",
            "2023 年 12 月"
        ]
    );
    // The shifted 2024 row: its name leaves the level-1 column, levels fill down.
    assert_eq!(
        cells(&t.indicators[6]),
        [
            "质量指标",
            "质量指标",
            "正常运转率",
            "=",
            "100",
            "%",
            "2024 年 12 月"
        ]
    );
    assert_eq!(t.indicators[7].name, "印刷宣传材料内容合格率");
    assert_eq!(
        (
            t.indicators[8].level1.as_str(),
            t.indicators[8].level2.as_str()
        ),
        ("质量指标", "时效指标")
    );
    assert_eq!(t.indicators[14].level1, "满意度指标");
}

#[test]
fn repairs_reported_per_table_and_row() {
    let i = seed();
    let got: Vec<(usize, String)> = i
        .diagnostics
        .iter()
        .map(|d| (d.table, d.diagnostic.path.to_string()))
        .collect();
    let want: Vec<(usize, &str)> = vec![
        (0, "indicators.5"), // shifted
        (0, "indicators.5"), // overflow → 完成时限
        (1, "indicators.4"),
        (1, "indicators.5"),
        (2, "indicators.4"),
        (2, "indicators.5"),
        (4, "indicators.4"),
        (4, "indicators.5"),
        (8, "indicators.11"), // shifted
        (8, "indicators.11"), // name out of the level-1 column
        (8, "indicators.11"), // 足额保 + 障
        (8, "indicators"),    // the -- row
        (9, "indicators.6"),  // shifted
        (9, "indicators.6"),  // name out of the level-1 column
    ];
    let want: Vec<(usize, String)> = want.into_iter().map(|(t, p)| (t, p.into())).collect();
    assert_eq!(got, want);
    for d in &i.diagnostics {
        assert_eq!(d.diagnostic.rule, "import-repaired");
        assert!(d.diagnostic.fix.is_none());
        assert!(matches!(d.diagnostic.path, Path::Row(_) | Path::Indicators));
    }
    assert!(i.diagnostics[10].diagnostic.message.contains("足额保障"));
}

#[test]
fn english_profile_same_tables() {
    let en = Profile {
        locale: Locale::En,
        ..Profile::default()
    };
    let i = import_text(SEED, &en);
    assert_eq!(i.tables, seed().tables);
    assert!(i.diagnostics[0].diagnostic.message.starts_with("Row 6 "));
}

#[test]
fn crlf_and_grid_give_the_same_tables() {
    let crlf = SEED.replace('\n', "\r\n");
    assert_eq!(import_text(&crlf, &Profile::default()), seed());
    let rows: Vec<Vec<String>> = SEED
        .lines()
        .map(|l| l.split('\t').map(String::from).collect())
        .collect();
    assert_eq!(jixiao::import_grid(&rows, &Profile::default()), seed());
}

#[test]
fn imported_tables_round_trip_through_tsv() {
    let i = seed();
    for t in &i.tables {
        let again = import_text(&to_tsv(t), &Profile::default());
        assert_eq!(again.tables, vec![t.clone()], "{}", t.project_name);
    }
}

#[test]
fn validates_without_panicking() {
    for t in &seed().tables {
        let _ = jixiao::validate(t, &Profile::default());
    }
}
