//! Properties of the public API over generated tables (proptest).
//!
//! Tables are built from domain text — operators in every spelling, numbers with `%` and 万元,
//! dates, level names, the seed's indicator names, template leftovers — mixed with arbitrary
//! strings, under profiles that vary the framework, locale, year and limits. Case counts are
//! kept moderate so this file runs in a few seconds; `PROPTEST_CASES=5000 cargo test --test
//! properties` runs more.

#![cfg(not(target_arch = "wasm32"))]

use jixiao::diagnostic::{Diagnostic, Path, Severity};
use jixiao::input::Loose;
use jixiao::profile::{AmountUnit, Profile};
use jixiao::raw::{Column, Field, RawIndicator, RawTable};
use jixiao::taxonomy::Framework;
use jixiao::{apply_fixes, normalize, validate, Form, InputIssue, Locale};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;

const OPERATORS: &[&str] = &[
    "≥",
    "＞",
    "＝",
    "＜",
    "≤",
    "定性",
    ">=",
    "<=",
    ">",
    "<",
    "=",
    "≧",
    "＞＝",
    "大于等于",
    "不低于",
    "不超过",
    "约",
    "/",
    "",
];
const LEVELS: &[&str] = &[
    "产出指标",
    "效益指标",
    "满意度指标",
    "成本指标",
    "数量指标",
    "质量指标",
    "时效指标",
    "经济效益指标",
    "社会效益指标",
    "生态效益指标",
    "可持续影响指标",
    "服务对象满意度指标",
    "经济成本指标",
    "社会成本指标",
    "生态环境成本指标",
    "环境效益指标",
    "进度指标",
    "效果指标",
    "",
];
const NAMES: &[&str] = &[
    "维修合格率",
    "维修数量",
    "足额保障率",
    "举办展会次数",
    "培训完成及时率",
    "正常运转率",
    "保障全年正常运转率",
    "残疾儿童入学增长率",
    "受益残疾人数",
    "人均培训成本",
    "机关事业单位干部群众满意度",
    "政策可持续性",
    "确保机关事业单位平稳运行",
    "培训批次、期数",
    "--",
    "",
];
const VALUES: &[&str] = &[
    "100",
    "95",
    "≥95%",
    "≤90万元",
    "＝100％",
    "≥100%",
    "120",
    "1,000",
    "-5",
    "9 5",
    "１００",
    "平稳运行",
    "足额保障",
    "好",
    "是",
    "显著提升",
    "**",
    "≥**%",
    "xx",
    "……",
    "12月31日前",
    "2024年12月",
    "79228162514264337593543950335",
    "",
];
const UNITS: &[&str] = &[
    "%",
    "％",
    "‰",
    "万元",
    "元",
    "元/人",
    "亿元",
    "个",
    "次",
    "人",
    "人次",
    "件",
    "项",
    "天",
    "月",
    "公里",
    "分",
    "平稳运行",
    "足额保障",
    "是",
    "95",
    "",
];
const DATES: &[&str] = &[
    "2024年12月",
    "2024 年 12 月",
    "2024-12",
    "2024/12/31",
    "12月31日前",
    "年底前",
    "2024年第四季度",
    "2023年12月",
    "2025年6月",
    "2024年13月",
    "尽快",
    "",
];
const AMOUNTS: &[&str] = &[
    "125.07",
    "34.16",
    "1,250.07万元",
    "1250700元",
    "¥ 6.7 万元",
    "0",
    "-1",
    "7922816251426433759354395033.5亿元",
    "0.1234567",
    "abc",
    "",
];
const GOALS: &[&str] = &[
    "通过维修维护办公楼，确保机关事业单位平稳运行。",
    "保证单位正常运转。",
    "提高了办学效率。提高了办学效率。",
    "加强燃气安全监管，确保全区燃气使用安全。",
    "2024年为辖区65岁以上老年人提供一次免费健康体检，建立健康档案。",
    "xxxx",
    "",
];
const PROJECTS: &[&str] = &[
    "办公楼维修维护",
    "法律宣传及普法专项经费",
    "少先队专项业务费",
    "巡察经费",
    "社区老年人健康体检",
    "",
];
const ORGS: &[&str] = &[
    "820001-铁西区教育局",
    "[820001]铁西区教育局",
    "沈阳市铁西区人民政府办公室-",
    "第12中学",
    "",
];
const ODD: &[&str] = &[
    " ", "\u{3000}", "\u{200B}", "\n", "\t", "％", "。", "；", "、", "“", "年", "月", "率", "度",
    "/", "-", "*", "x", "👍",
];

/// Short arbitrary text.
fn noise() -> impl Strategy<Value = String> {
    vec(any::<char>(), 0..8).prop_map(|v| v.into_iter().collect())
}

/// A number as people type it.
fn number() -> impl Strategy<Value = String> {
    (
        prop_oneof![0i64..=100, 0i64..=100_000, any::<i64>()],
        proptest::option::of(0u32..1000),
    )
        .prop_map(|(n, frac)| match frac {
            Some(f) => format!("{n}.{f}"),
            None => n.to_string(),
        })
}

/// Mostly the column's vocabulary, sometimes with an odd character, a number or noise.
fn cell(list: &'static [&'static str]) -> BoxedStrategy<String> {
    prop_oneof![
        6 => select(list).prop_map(String::from),
        1 => (select(list), select(ODD)).prop_map(|(a, b)| format!("{a}{b}")),
        1 => number(),
        1 => noise(),
    ]
    .boxed()
}

fn row() -> impl Strategy<Value = RawIndicator> {
    (
        (cell(LEVELS), cell(LEVELS), cell(NAMES)),
        (
            cell(OPERATORS),
            prop_oneof![4 => cell(VALUES), 1 => Just(String::new())],
            cell(UNITS),
            cell(DATES),
        ),
        (
            prop_oneof![3 => Just(String::new()), 1 => cell(&["10", "20", "30", "50", "%"])],
            prop_oneof![3 => Just(String::new()), 1 => cell(&["正向", "反向", "等于"])],
        ),
    )
        .prop_map(
            |((level1, level2, name), (operator, value, unit, deadline), (weight, direction))| {
                RawIndicator {
                    level1,
                    level2,
                    name,
                    operator,
                    value,
                    unit,
                    deadline,
                    weight,
                    direction,
                }
            },
        )
}

fn rows() -> impl Strategy<Value = Vec<RawIndicator>> {
    // Some rows repeated (with their index shifted) so the duplicate rules fire.
    (vec(row(), 0..10), vec(any::<prop::sample::Index>(), 0..3)).prop_map(|(mut rows, dups)| {
        if !rows.is_empty() {
            for d in dups {
                let r = rows[d.index(rows.len())].clone();
                rows.push(r);
            }
        }
        rows
    })
}

fn table() -> impl Strategy<Value = RawTable> {
    (
        prop_oneof![
            Just(None),
            Just(Some(2024)),
            Just(Some(2023)),
            (1890i32..2210).prop_map(Some)
        ],
        (
            cell(PROJECTS),
            cell(ORGS),
            cell(ORGS),
            cell(AMOUNTS),
            cell(GOALS),
        ),
        rows(),
    )
        .prop_map(
            |(
                year,
                (project_name, department, implementing_unit, budget, overall_goal),
                indicators,
            )| {
                RawTable {
                    year,
                    project_name,
                    department,
                    implementing_unit,
                    budget,
                    overall_goal,
                    indicators,
                    ..Default::default()
                }
            },
        )
}

fn profile() -> impl Strategy<Value = Profile> {
    (
        any::<Option<bool>>(),
        any::<bool>(),
        prop_oneof![
            Just(None),
            Just(Some(2024)),
            (1900i32..=2200).prop_map(Some)
        ],
        any::<bool>(),
        any::<bool>(),
        prop_oneof![
            4 => Just(None),
            1 => (1usize..8, 1usize..40, 1usize..400).prop_map(Some),
        ],
    )
        .prop_map(|(f2021, en, year, yuan, deadline_required, limits)| {
            let mut p = Profile {
                framework: match f2021 {
                    Some(true) => Some(Framework::F2021),
                    Some(false) => Some(Framework::F2020),
                    None => None,
                },
                locale: if en { Locale::En } else { Locale::Zh },
                year,
                amount_unit: if yuan {
                    AmountUnit::Yuan
                } else {
                    AmountUnit::TenThousandYuan
                },
                deadline_required,
                ..Profile::default()
            };
            if let Some((rows, len, input)) = limits {
                p.limits.max_rows = rows;
                p.limits.max_text_length = len;
                p.limits.max_input_length = input;
            }
            p
        })
}

fn errors(d: &[Diagnostic]) -> usize {
    d.iter().filter(|d| d.severity == Severity::Error).count()
}

fn rule_index(id: &str) -> usize {
    jixiao::rules::ALL
        .iter()
        .position(|r| r.id == id)
        .unwrap_or_else(|| panic!("unknown rule {id}"))
}

fn path_exists(t: &RawTable, p: &Path) -> bool {
    match *p {
        Path::Root | Path::Field(_) | Path::Indicators => true,
        Path::Row(i) | Path::Cell(i, _) => i < t.indicators.len(),
    }
}

/// Every cell is checked whole: no row beyond `maxRows`, no text beyond `maxTextLength`, no
/// more than `maxInputLength` characters in all.
fn within_limits(t: &RawTable, p: &Profile) -> bool {
    let fits = |s: &str| s.chars().count() <= p.limits.max_text_length;
    let total: usize = Field::ALL
        .iter()
        .map(|f| t.field(*f).chars().count())
        .chain(
            t.indicators
                .iter()
                .flat_map(|r| Column::ALL.map(|c| r.cell(c).chars().count())),
        )
        .sum();
    t.indicators.len() <= p.limits.max_rows
        && total <= p.limits.max_input_length
        && Field::ALL.iter().all(|f| fits(&t.field(*f)))
        && t.indicators
            .iter()
            .all(|r| Column::ALL.iter().all(|c| fits(r.cell(*c))))
}

/// One click on "fix all".
fn fix_all(t: &RawTable, p: &Profile) -> RawTable {
    apply_fixes(t, &validate(t, p))
}

/// The errors of `after` that `before` did not have (same rule at the same path).
fn added_errors<'a>(before: &[Diagnostic], after: &'a [Diagnostic]) -> Vec<&'a Diagnostic> {
    after
        .iter()
        .filter(|x| x.severity == Severity::Error)
        .filter(|x| !before.iter().any(|y| y.rule == x.rule && y.path == x.path))
        .collect()
}

proptest! {
    #![proptest_config(config())]

    /// Same input, same output; listed by path in form order, ties by the rules' order in
    /// `rules::ALL`.
    #[test]
    fn validate_is_deterministic_and_sorted(t in table(), p in profile()) {
        let d = validate(&t, &p);
        prop_assert_eq!(&d, &validate(&t.clone(), &p.clone()));
        for w in d.windows(2) {
            let a = (w[0].path.sort_key(), rule_index(w[0].rule.as_str()));
            let b = (w[1].path.sort_key(), rule_index(w[1].rule.as_str()));
            prop_assert!(a <= b, "{} {} listed before {} {}", w[0].rule, w[0].path, w[1].rule, w[1].path);
        }
    }

    /// Every diagnostic, and every fix, points at something that exists in the table.
    #[test]
    fn every_path_exists(t in table(), p in profile()) {
        for d in validate(&t, &p) {
            prop_assert!(path_exists(&t, &d.path), "{} at {} ({} rows)", d.rule, d.path, t.indicators.len());
            if let Some(f) = &d.fix {
                prop_assert!(path_exists(&t, &f.path), "{} fix at {}", d.rule, f.path);
                prop_assert!(f.value.is_some() || matches!(f.path, Path::Row(_)), "{} removes {}", d.rule, f.path);
            }
        }
    }

    /// `validate_field` is `validate` filtered to the path, in the same order.
    #[test]
    fn validate_field_is_a_filter(t in table(), p in profile(), row in 0usize..4) {
        let all = validate(&t, &p);
        for path in [Path::Field(Field::Budget), Path::Indicators, Path::Row(row), Path::Cell(row, Column::Value)] {
            let expected: Vec<_> = all.iter().filter(|d| d.path.is_within(&path)).cloned().collect();
            prop_assert_eq!(jixiao::validate_field(&t, &path, &p), expected);
        }
    }

    /// Normalising twice changes nothing more, and keeps every row.
    #[test]
    fn normalize_is_idempotent(t in table(), p in profile()) {
        let n = normalize(&t, &p);
        prop_assert_eq!(n.indicators.len(), t.indicators.len());
        prop_assert_eq!(normalize(&n, &p), n);
    }

    /// A round of fixes never adds an error. Only for tables within the limits: beyond them a removed row brings an unchecked
    /// row into range and clipped cells read differently once rewritten.
    #[test]
    fn fixes_never_add_an_error(t in table(), p in profile()) {
        prop_assume!(within_limits(&t, &p));
        let before = validate(&t, &p);
        let fixed = apply_fixes(&t, &before);
        prop_assume!(within_limits(&fixed, &p));
        let after = validate(&fixed, &p);
        prop_assert!(
            errors(&after) <= errors(&before),
            "{} → {} errors; added: {:?}",
            errors(&before),
            errors(&after),
            added_errors(&before, &after).iter().map(|d| format!("{} at {}", d.rule, d.path)).collect::<Vec<_>>()
        );
    }

    /// "Fix all" settles: clicking it again and again reaches a table its own fixes no longer
    /// change within four rounds (`fix_all(fix_all(t)) == fix_all(t)` is *not* true: the
    /// `value-in-unit` fix takes two rounds by design), with no more errors than at the start.
    #[test]
    fn fix_all_settles(t in table(), p in profile()) {
        prop_assume!(within_limits(&t, &p));
        let start = errors(&validate(&t, &p));
        let mut cur = t;
        let mut settled = false;
        for _ in 0..=4 {
            let next = fix_all(&cur, &p);
            if next == cur {
                settled = true;
                break;
            }
            cur = next;
        }
        prop_assert!(settled, "still changing after 4 rounds: {:?}", cur);
        if within_limits(&cur, &p) {
            prop_assert!(errors(&validate(&cur, &p)) <= start);
        }
    }

    /// The same list of cell fixes applied twice changes nothing more than once (a stale list
    /// clicked again is harmless). Row removals are not idempotent — a second application
    /// removes the next row — so a form must re-validate after removing rows.
    #[test]
    fn cell_fixes_are_idempotent(t in table(), p in profile()) {
        let d: Vec<Diagnostic> = validate(&t, &p)
            .into_iter()
            .filter(|d| d.fix.as_ref().is_some_and(|f| f.value.is_some()))
            .collect();
        let once = apply_fixes(&t, &d);
        prop_assert_eq!(apply_fixes(&once, &d), once);
    }

    /// Pasting a table's own export gives the same table back (under `to_tsv`'s documented
    /// conditions: trimmed cells, a year in 1900–2199, every row with a level 1 and a name).
    #[test]
    fn tsv_export_imports_back(t in exportable_table()) {
        let text = jixiao::import::to_tsv(&t);
        let import = jixiao::import_text(&text, &Profile::default());
        prop_assert_eq!(import.tables, vec![t], "{}", text);
    }
}

/// One change a form makes between two validations.
#[derive(Clone, Debug)]
enum Edit {
    /// Retypes a cell (row index taken modulo the row count).
    Cell(prop::sample::Index, Column, String),
    /// Types one more character at the end of a cell.
    Type(prop::sample::Index, Column, char),
    Insert(prop::sample::Index, RawIndicator),
    Remove(prop::sample::Index),
    /// Swaps two rows.
    Swap(prop::sample::Index, prop::sample::Index),
    /// Empties every cell of a row, as if it had been added and not yet filled.
    Clear(prop::sample::Index),
    /// Retypes a header field (the rows stay the same).
    Field(Field, String),
    /// A number typed where text is expected (an `invalid-input` finding until retyped).
    Number(prop::sample::Index, Column),
    /// Validates the same table again.
    Same,
}

/// What a column's cells are drawn from, so that a retyped cell holds what such a cell holds.
fn pool(c: Column) -> &'static [&'static str] {
    match c {
        Column::Level1 | Column::Level2 => LEVELS,
        Column::Name => NAMES,
        Column::Operator => OPERATORS,
        Column::Value => VALUES,
        Column::Unit => UNITS,
        Column::Deadline => DATES,
        Column::Weight => &["10", "20", "30", "50", "%"],
        Column::Direction => &["正向", "反向", "等于"],
    }
}

fn edit() -> impl Strategy<Value = Edit> {
    let col = select(&Column::ALL[..]);
    prop_oneof![
        4 => (any::<prop::sample::Index>(), col.clone())
            .prop_flat_map(|(i, c)| cell(pool(c)).prop_map(move |s| Edit::Cell(i, c, s))),
        4 => (any::<prop::sample::Index>(), col, prop_oneof![Just('0'), Just('率'), Just('%'), any::<char>()]).prop_map(|(i, c, ch)| Edit::Type(i, c, ch)),
        1 => (any::<prop::sample::Index>(), row()).prop_map(|(i, r)| Edit::Insert(i, r)),
        1 => any::<prop::sample::Index>().prop_map(Edit::Remove),
        1 => (any::<prop::sample::Index>(), any::<prop::sample::Index>()).prop_map(|(a, b)| Edit::Swap(a, b)),
        2 => any::<prop::sample::Index>().prop_map(Edit::Clear),
        1 => prop_oneof![
            cell(PROJECTS).prop_map(|s| Edit::Field(Field::ProjectName, s)),
            cell(ORGS).prop_map(|s| Edit::Field(Field::Department, s)),
            cell(ORGS).prop_map(|s| Edit::Field(Field::ImplementingUnit, s)),
            cell(AMOUNTS).prop_map(|s| Edit::Field(Field::Budget, s)),
            cell(GOALS).prop_map(|s| Edit::Field(Field::OverallGoal, s)),
            prop_oneof![Just("2023"), Just("2024"), Just("")].prop_map(|y| Edit::Field(Field::Year, y.into())),
        ],
        1 => (any::<prop::sample::Index>(), select(&Column::ALL[..])).prop_map(|(i, c)| Edit::Number(i, c)),
        1 => Just(Edit::Same),
    ]
}

/// Applies `e` to the form and to `t`, the table it should hold, whose input issues (values
/// of the wrong type) are `issues`; the form's changes, in order.
fn apply(
    f: &mut Form,
    t: &mut RawTable,
    issues: &mut Vec<InputIssue>,
    e: &Edit,
) -> Vec<jixiao::form::Change> {
    let n = t.indicators.len();
    let mut changes = Vec::new();
    let mut set = |f: &mut Form, t: &mut RawTable, path: Path, text: String| {
        issues.retain(|i| i.path != path);
        match path {
            Path::Cell(i, c) => *t.indicators[i].cell_mut(c) = text.clone(),
            Path::Field(field) => t.set_field(field, text.clone()),
            _ => unreachable!(),
        }
        f.set(path, text).unwrap()
    };
    match e {
        Edit::Cell(i, c, s) if n > 0 => {
            changes.push(set(f, t, Path::Cell(i.index(n), *c), s.clone()))
        }
        Edit::Type(i, c, ch) if n > 0 => {
            let i = i.index(n);
            let mut s = t.indicators[i].cell(*c).to_string();
            s.push(*ch);
            changes.push(set(f, t, Path::Cell(i, *c), s));
        }
        Edit::Clear(i) if n > 0 => {
            let i = i.index(n);
            for c in Column::ALL {
                changes.push(set(f, t, Path::Cell(i, c), String::new()));
            }
        }
        Edit::Field(field, s) => changes.push(set(f, t, Path::Field(*field), s.clone())),
        Edit::Number(i, c) if n > 0 => {
            let path = Path::Cell(i.index(n), *c);
            issues.retain(|x| x.path != path);
            if !c.takes_numbers() {
                issues.push(InputIssue {
                    path,
                    found: "number",
                });
            }
            *t.indicators[i.index(n)].cell_mut(*c) = "95".into();
            changes.push(f.set_loose(path, Loose::number(95.0)).unwrap());
        }
        Edit::Insert(i, r) => {
            let i = i.index(n + 1);
            t.indicators.insert(i, r.clone());
            shift(issues, |r| Some(if r >= i { r + 1 } else { r }));
            changes.push(f.insert_row(i, Some(r.clone())).unwrap());
        }
        Edit::Remove(i) if n > 0 => {
            let i = i.index(n);
            t.indicators.remove(i);
            shift(issues, |r| match r.cmp(&i) {
                std::cmp::Ordering::Less => Some(r),
                std::cmp::Ordering::Equal => None,
                std::cmp::Ordering::Greater => Some(r - 1),
            });
            changes.push(f.remove_row(i).unwrap());
        }
        Edit::Swap(a, b) if n > 0 => {
            let (from, to) = (a.index(n), b.index(n));
            let row = t.indicators.remove(from);
            t.indicators.insert(to, row);
            shift(issues, |r| {
                Some(if r == from {
                    to
                } else if from < to && r > from && r <= to {
                    r - 1
                } else if to < from && r >= to && r < from {
                    r + 1
                } else {
                    r
                })
            });
            changes.push(f.move_row(from, to).unwrap());
        }
        _ => {}
    }
    changes
}

/// Moves the rows of cell issues by `map` (`None`: the row is gone).
fn shift(issues: &mut Vec<InputIssue>, map: impl Fn(usize) -> Option<usize>) {
    issues.retain_mut(|i| match i.path {
        Path::Cell(r, c) => map(r).map(|r| i.path = Path::Cell(r, c)).is_some(),
        _ => true,
    })
}

/// The ids of `d`, sorted.
fn sorted_ids<'a>(d: impl IntoIterator<Item = &'a jixiao::Diagnostic>) -> Vec<String> {
    let mut ids: Vec<String> = d.into_iter().map(|d| d.id.clone()).collect();
    ids.sort();
    ids
}

proptest! {
    #![proptest_config(config())]

    /// One `Form` fed a table and its edits, one after another, holds the findings a fresh
    /// validation of each table gives; and a page that shows the added findings of each
    /// change and takes away the removed ones shows the same findings.
    #[test]
    fn form_matches_fresh_validation(
        t in table(),
        p in profile(),
        edits in vec(edit(), 1..12),
    ) {
        let mut f = Form::new(p.clone());
        let mut shown: Vec<jixiao::Diagnostic> = f.diagnostics(None).into_iter().cloned().collect();
        let c = f.load(t.clone(), vec![]);
        shown.retain(|d| !c.removed.contains(&d.id));
        shown.extend(c.added);
        let held = |f: &Form| f.diagnostics(None).into_iter().cloned().collect::<Vec<_>>();
        prop_assert_eq!(held(&f), validate(&t, &p));
        let mut t = t;
        let mut issues = Vec::new();
        for e in &edits {
            let changes = apply(&mut f, &mut t, &mut issues, e);
            if let Some(last) = changes.last() {
                prop_assert_eq!(last.counts, jixiao::Counts::of(&held(&f)));
            }
            for c in changes {
                shown.retain(|d| !c.removed.contains(&d.id));
                shown.extend(c.added);
            }
            prop_assert_eq!(f.table(), &t);
            prop_assert_eq!(held(&f), jixiao::validate_input(&t, issues.clone(), &p), "after {:?}", e);
            prop_assert_eq!(sorted_ids(&shown), sorted_ids(f.diagnostics(None)));
        }
    }
}

/// The seed's 办公楼维修维护 benefit row with `≥` in the operator cell: `平稳运行` typed under
/// 度量单位, the value empty.
fn known_counterexample() -> RawTable {
    RawTable {
        year: Some(2024),
        indicators: vec![RawIndicator {
            level1: "效益指标".into(),
            level2: "社会效益指标".into(),
            name: "确保机关事业单位平稳运行".into(),
            operator: "≥".into(),
            unit: "平稳运行".into(),
            deadline: "2024年12月".into(),
            ..Default::default()
        }],
        ..Default::default()
    }
}

/// Cases per property: `PROPTEST_CASES`, else 192 (a few seconds).
/// About one generated table in five is over the limits and skipped by the fix properties.
fn config() -> ProptestConfig {
    ProptestConfig {
        max_global_rejects: cases(),
        ..ProptestConfig::with_cases(cases())
    }
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(192)
}

/// Regression (fix_normalize, long run): the only output row had level 2 `满意度指标`, and
/// `level2-mismatch` offered to move the row to 满意度指标, which then added
/// `missing-output-indicator`. The move is offered now only when another row stays behind.
#[test]
fn moving_the_last_row_of_a_level_is_not_offered() {
    let t = RawTable {
        year: Some(2024),
        project_name: "专项印刷及订阅资料费".into(),
        indicators: vec![RawIndicator {
            level1: "产出指标".into(),
            level2: "满意度指标".into(),
            name: "足额保障率".into(),
            operator: "＜".into(),
            value: "95".into(),
            unit: "%".into(),
            deadline: "2024年12月".into(),
            ..Default::default()
        }],
        ..Default::default()
    };
    let p = Profile {
        framework: Some(Framework::F2021),
        ..Profile::default()
    };
    let before = validate(&t, &p);
    assert!(before.iter().any(|d| d.rule == "level2-mismatch"));
    let after = validate(&apply_fixes(&t, &before), &p);
    let added: Vec<String> = added_errors(&before, &after)
        .iter()
        .map(|d| format!("{} at {}", d.rule, d.path))
        .collect();
    assert!(added.is_empty(), "{added:?}");
}

/// Regression: `value-in-unit` used to move `平稳运行` into the value cell of a row whose
/// operator is `≥`, and the next check added `operator-on-qualitative`. It now explains and
/// leaves the two edits to the user.
#[test]
fn value_in_unit_fix_adds_no_operator_error() {
    let t = known_counterexample();
    let p = Profile::default();
    let before = validate(&t, &p);
    let after = validate(&apply_fixes(&t, &before), &p);
    let added: Vec<String> = added_errors(&before, &after)
        .iter()
        .map(|d| format!("{} at {}", d.rule, d.path))
        .collect();
    assert!(added.is_empty(), "{added:?}");
    assert!(before.iter().any(|d| d.rule == "value-in-unit"));
}

/// Text that survives a paste as is: no leading or trailing whitespace.
fn trimmed(s: String) -> String {
    s.trim().to_string()
}

/// A table within `to_tsv`'s round-trip conditions.
fn exportable_table() -> impl Strategy<Value = RawTable> {
    let named_row = (
        select(&LEVELS[..LEVELS.len() - 1]),
        cell(LEVELS),
        select(&NAMES[..NAMES.len() - 2]),
        (cell(OPERATORS), cell(VALUES), cell(UNITS), cell(DATES)),
        prop_oneof![3 => Just(String::new()), 1 => cell(&["10", "20", "30"])],
    )
        .prop_map(
            |(level1, level2, name, (operator, value, unit, deadline), weight)| RawIndicator {
                level1: level1.to_string(),
                level2: trimmed(level2),
                name: name.to_string(),
                operator: trimmed(operator),
                value: trimmed(value),
                unit: trimmed(unit),
                deadline: trimmed(deadline),
                weight: trimmed(weight),
                direction: String::new(),
            },
        );
    (
        prop_oneof![Just(None), (1900i32..2200).prop_map(Some)],
        (
            select(PROJECTS),
            select(ORGS),
            select(ORGS),
            select(AMOUNTS),
            select(GOALS),
        ),
        vec(named_row, 0..8),
    )
        .prop_map(|(year, (n, d, u, b, g), indicators)| RawTable {
            year,
            project_name: n.to_string(),
            department: d.to_string(),
            implementing_unit: u.to_string(),
            budget: b.to_string(),
            overall_goal: g.to_string(),
            indicators,
            ..Default::default()
        })
}
