//! The acceptance test of the review rules: the district's ten 2024 tables (the seed), imported
//! as pasted, must each be flagged with the defects a reviewer sends back (DOMAIN.md, "The
//! seed's ten tables, as a reviewer would read them"), and a well-filled table with none of
//! those defects must pass without errors.

use jixiao::{import_text, validate, Diagnostic, Profile, RawTable, Severity};

fn seed() -> Vec<RawTable> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/seed.txt"))
        .unwrap();
    import_text(&text, &Profile::default()).tables
}

fn find<'a>(tables: &'a [RawTable], name: &str) -> &'a RawTable {
    tables
        .iter()
        .find(|t| t.project_name.starts_with(name))
        .unwrap_or_else(|| panic!("no table {name}"))
}

/// The diagnostics of rule `id` on the rows whose names are given (or anywhere when empty).
fn hits<'a>(d: &'a [Diagnostic], t: &RawTable, id: &str) -> Vec<(&'a Diagnostic, String)> {
    d.iter()
        .filter(|d| d.rule == id)
        .map(|d| {
            (
                d,
                d.path
                    .row()
                    .and_then(|i| t.indicators.get(i))
                    .map(|r| r.name.clone())
                    .unwrap_or_default(),
            )
        })
        .collect()
}

/// Asserts that rule `id` fires on exactly the rows named (by indicator name), or at least
/// once at the table level when `rows` is empty.
fn expect(d: &[Diagnostic], t: &RawTable, id: &str, rows: &[&str]) {
    let h = hits(d, t, id);
    assert!(
        !h.is_empty(),
        "{}: expected {id}; got {:#?}",
        t.project_name,
        d.iter()
            .map(|d| (&d.rule, d.path.to_string()))
            .collect::<Vec<_>>()
    );
    if !rows.is_empty() {
        let mut got: Vec<&str> = h.iter().map(|(_, n)| n.as_str()).collect();
        got.dedup();
        assert_eq!(got, rows, "{}: rows hit by {id}", t.project_name);
    }
}

fn check(t: &RawTable) -> Vec<Diagnostic> {
    validate(t, &Profile::default())
}

#[test]
fn imports_all_ten_tables() {
    let tables = seed();
    let names: Vec<&str> = tables.iter().map(|t| t.project_name.as_str()).collect();
    assert_eq!(names.len(), 10, "{names:?}");
    let budgets: Vec<&str> = tables.iter().map(|t| t.budget.as_str()).collect();
    assert_eq!(
        budgets,
        ["125.07", "111.2", "60", "6.7", "22.5", "30.5", "7.2", "9.36", "34.16", "11.5"]
    );
    assert!(tables.iter().all(|t| t.year == Some(2024)));
}

#[test]
fn office_building_maintenance() {
    let tables = seed();
    let t = find(&tables, "办公楼维修维护");
    let d = check(t);
    expect(
        &d,
        t,
        "rate-at-least-100",
        &["维修合格率", "维修质量达标率"],
    );
    // Both benefit rows carry 平稳运行 in the unit column.
    expect(
        &d,
        t,
        "value-in-unit",
        &["确保机关事业单位平稳运行", "政策可持续性"],
    );
    expect(&d, t, "missing-deadline", &["确保机关事业单位平稳运行"]);
    expect(&d, t, "unknown-level1", &["政策可持续性"]);
    expect(&d, t, "missing-satisfaction-indicator", &[]);
    expect(&d, t, "generic-indicator", &[]);
}

#[test]
fn legal_publicity() {
    let tables = seed();
    let t = find(&tables, "法律宣传及普法专项经费");
    let d = check(t);
    expect(&d, t, "goal-unrelated", &[]);
    expect(&d, t, "rate-under-quantity", &["足额缴纳率", "足额发放率"]);
    expect(&d, t, "generic-indicator", &[]);
}

#[test]
fn congress_meeting() {
    let tables = seed();
    let t = find(&tables, "区人代会会议费");
    let d = check(t);
    expect(&d, t, "rate-under-quantity", &["足额保障率"]);
}

#[test]
fn young_pioneers() {
    let tables = seed();
    let t = find(&tables, "少先队专项业务费");
    let d = check(t);
    expect(&d, t, "cost-not-monetary", &["按标准保障率"]);
    expect(&d, t, "rate-at-least-100", &["培训完成及时率"]);
    let format = hits(&d, t, "deadline-format");
    assert!(
        format.len() >= 7,
        "deadlines written 2024 年 12 月: {format:?}"
    );
    let fix = format[0].0.fix.as_ref().expect("deadline-format has a fix");
    assert_eq!(fix.value.as_deref(), Some("2024年12月"));
}

#[test]
fn research_information() {
    let tables = seed();
    let t = find(&tables, "调研信息费");
    let d = check(t);
    expect(&d, t, "goal-unrelated", &[]);
    expect(&d, t, "rate-under-quantity", &["足额保障率"]);
    expect(&d, t, "missing-satisfaction-indicator", &[]);
}

#[test]
fn cultural_services() {
    let tables = seed();
    let t = find(&tables, "文化服务体系建设");
    let d = check(t);
    expect(&d, t, "goal-generic", &[]);
    assert!(
        !hits(&d, t, "near-duplicate-indicator").is_empty(),
        "正常运转率 / 保障全年正常运转率"
    );
    expect(&d, t, "cost-not-monetary", &["按标准保障率"]);
}

#[test]
fn special_education() {
    let tables = seed();
    let t = find(&tables, "义务教育阶段特殊教育学校");
    let d = check(t);
    expect(&d, t, "goal-repeated-sentence", &[]);
    expect(&d, t, "goal-past-tense", &[]);
    expect(&d, t, "implausible-growth", &["残疾儿童入学增长率"]);
    expect(&d, t, "count-unit-mismatch", &["奖励或资助学生人次"]);
    expect(&d, t, "missing-satisfaction-indicator", &[]);
}

#[test]
fn basic_operation_funds() {
    let tables = seed();
    let t = find(&tables, "由财政拨款安排");
    let d = check(t);
    expect(&d, t, "generic-indicator", &[]);
    expect(&d, t, "cost-not-monetary", &["按标准保障率"]);
    expect(&d, t, "rate-under-quantity", &["足额发放率", "足额保障率"]);
}

#[test]
fn inspection_funds() {
    let tables = seed();
    let t = find(&tables, "巡察经费");
    let d = check(t);
    let dups = hits(&d, t, "duplicate-indicator");
    let mut names: Vec<&str> = dups.iter().map(|(_, n)| n.as_str()).collect();
    names.sort();
    names.dedup();
    assert!(names.len() >= 4, "four indicators duplicated: {names:?}");
    expect(&d, t, "goal-generic", &[]);
    assert!(
        t.indicators
            .iter()
            .any(|r| r.value == "足额保障" && r.name == "保障水平"),
        "value broken over two lines is joined"
    );
}

#[test]
fn printing_and_subscriptions() {
    let tables = seed();
    let t = find(&tables, "专项印刷及订阅资料费");
    let d = check(t);
    let outside = hits(&d, t, "deadline-outside-year");
    assert!(outside.len() >= 6, "2023 deadlines: {outside:?}");
    expect(&d, t, "unknown-level1", &[]);
    expect(&d, t, "duplicate-indicator", &[]);
}

#[test]
fn a_well_filled_table_has_no_errors() {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/good.json"))
            .unwrap();
    let (t, issues) = jixiao::input::read(&mut serde_json::Deserializer::from_str(&text)).unwrap();
    assert!(issues.is_empty(), "{issues:?}");
    let d = check(&t);
    assert!(d.iter().all(|d| d.severity != Severity::Error), "{d:#?}");
    assert!(d.is_empty(), "not even a warning: {d:#?}");
}

#[test]
fn every_seed_table_has_at_least_one_error_or_warning() {
    for t in seed() {
        let d = check(&t);
        assert!(
            d.iter().any(|d| d.severity >= Severity::Warning),
            "{}",
            t.project_name
        );
    }
}
