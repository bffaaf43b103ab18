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
use jixiao::raw::{Column, Field, RawExecution, RawIndicator, RawTable, Stage};
use jixiao::taxonomy::Framework;
use jixiao::{apply_fixes, normalize, validate, Form, InputIssue, Locale};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;

#[path = "support/corpus.rs"]
mod corpus;

/// The development corpus's real tables (`tests/data/real/`), to start edits from.
fn real_table() -> impl Strategy<Value = RawTable> {
    let tables: Vec<RawTable> = corpus::load().into_iter().map(|e| e.table).collect();
    select(tables)
}

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
    // From rules' hit tests: count-unit-mismatch, name-value-conflict, cost-restates-budget,
    // sangong-increase, name-too-long.
    "奖励或资助学生人次",
    "培训合格率100%",
    "项目总成本",
    "三公经费增长率",
    "为全区各级各类学校提供安全稳定的教学环境并持续推动教育教学质量全面提升从而实现区域教育均衡发展和人民群众满意的总体目标以及相关配套工作的有序开展和各项保障措施落实到位确保项目顺利实施并按期通过验收交付使用发挥效益",
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
    // From rules' hit tests: satisfaction-threshold, qualitative-grade, cost-restates-budget.
    "80",
    "提高",
    "高中低",
    "125.07",
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

// The later forms' cells (LIFECYCLE.md §2; vocabulary from the lifecycle rules' hit tests).
const ACTUALS: &[&str] = &[
    "6",
    "4",
    "1",
    "45",
    "100",
    "100%",
    "80%",
    "97%",
    "102%",
    "-3",
    "≥4次",
    "≥95%",
    "13人次",
    "1,184,600.00",
    "已完成",
    "达成年度指标",
    "部分达成年度指标并具有一定效果",
    "部分达成",
    "未达成年度指标且效果较差",
    "平稳运行",
    "/",
    "",
];
const WEIGHTS: &[&str] = &["10", "15", "5", "0", "十分", ""];
const SCORES: &[&str] = &[
    "10", "5", "8", "9", "9.41", "13", "15", "12", "0", "满分", "10分", "优", "/", "",
];
const REASONS: &[&str] = &["", "无", "第二期培训因场地改造推迟至2025年1月举办。"];
const FUNDS: &[&str] = &["6.70", "6.52", "125.07", "40.00", "0", "0.00", "—", ""];
const RATES: &[&str] = &["97.31%", "98.00%", "31.98%", "100.00%", "0", "—", ""];

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
                    ..Default::default()
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

/// A later form's cell: `None` where the form has no such cell.
fn opt(list: &'static [&'static str]) -> BoxedStrategy<Option<String>> {
    prop_oneof![1 => Just(None), 4 => cell(list).prop_map(Some)].boxed()
}

/// What a monitoring or self-evaluation row adds to the target cells (its 分值 replaces the
/// target's weight).
#[derive(Clone, Debug)]
struct LaterRow {
    weight: String,
    cells: [Option<String>; 9],
}

impl LaterRow {
    fn fill(&self, r: &mut RawIndicator) {
        r.weight.clone_from(&self.weight);
        let [a, s, dr, m, rm, p, l, dc, lk] = self.cells.clone();
        (r.actual, r.score, r.deviation_reason, r.measures, r.remark) = (a, s, dr, m, rm);
        (r.projected, r.light, r.deviation_causes, r.likelihood) = (p, l, dc, lk);
    }
}

fn later_row() -> impl Strategy<Value = LaterRow> {
    (
        cell(WEIGHTS),
        (
            opt(ACTUALS),
            opt(SCORES),
            opt(REASONS),
            opt(REASONS),
            opt(REASONS),
        ),
        (
            opt(ACTUALS),
            opt(pool(Column::Light)),
            opt(pool(Column::DeviationCauses)),
            opt(pool(Column::Likelihood)),
        ),
    )
        .prop_map(|(weight, (a, s, dr, m, rm), (p, l, dc, lk))| LaterRow {
            weight,
            cells: [a, s, dr, m, rm, p, l, dc, lk],
        })
}

/// A monitoring or self-evaluation form: a generated table with the later forms' stage, month,
/// execution block, totals and row cells.
fn later_table() -> impl Strategy<Value = RawTable> {
    let execution = (
        (opt(FUNDS), opt(FUNDS), opt(FUNDS), opt(RATES)),
        (opt(&["10", "20", "/", ""]), opt(SCORES), opt(REASONS)),
    )
        .prop_map(
            |((initial_budget, annual_budget, executed, rate), (weight, score, reason))| {
                RawExecution {
                    initial_budget,
                    annual_budget,
                    executed,
                    rate,
                    weight,
                    score,
                    reason,
                    ..Default::default()
                }
            },
        );
    (
        table(),
        vec(later_row(), 13),
        prop_oneof![2 => Just(Stage::SelfEvaluation), 1 => Just(Stage::Monitoring)],
        (
            opt(&["7", "1-7月", "13"]),
            prop_oneof![1 => Just(None), 2 => execution.prop_map(Some)],
            opt(&["100", "90", ""]),
            opt(&["89.73", "100", "89.73分", ""]),
        ),
    )
        .prop_map(
            |(mut t, cells, stage, (month, execution, total_weight, total_score))| {
                for (r, later) in t.indicators.iter_mut().zip(&cells) {
                    later.fill(r);
                }
                t.stage = stage;
                t.month = month;
                t.execution = execution;
                t.total_weight = total_weight;
                t.total_score = total_score;
                t
            },
        )
}

/// A table of any form of the year: mostly target tables, a quarter later forms.
fn any_table() -> impl Strategy<Value = RawTable> {
    prop_oneof![3 => table(), 1 => later_table()]
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
        any::<[bool; 3]>(),
    )
        .prop_map(
            |(f2021, en, year, yuan, deadline_required, limits, lifecycle)| {
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
                // Options of the later forms that switch a rule on or change what it asks.
                #[cfg(feature = "lifecycle")]
                {
                    let [remark, strict, locked] = lifecycle;
                    p.lifecycle.qualitative_remark_required = remark;
                    p.lifecycle.strict_greater = strict;
                    if locked {
                        p.lifecycle.score_mode =
                            jixiao::lifecycle::options::ScoreMode::ComputedLocked;
                    }
                }
                #[cfg(not(feature = "lifecycle"))]
                let _ = lifecycle;
                p
            },
        )
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
        Path::Execution | Path::Exec(_) => t.execution.is_some(),
        Path::Source(i, _) => t
            .execution
            .as_ref()
            .and_then(|e| e.sources.as_ref())
            .is_some_and(|s| i < s.len()),
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
    fn validate_is_deterministic_and_sorted(t in any_table(), p in profile()) {
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
    fn every_path_exists(t in any_table(), p in profile()) {
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
    fn validate_field_is_a_filter(t in any_table(), p in profile(), row in 0usize..4) {
        let all = validate(&t, &p);
        for path in [Path::Field(Field::Budget), Path::Indicators, Path::Row(row), Path::Cell(row, Column::Value)] {
            let expected: Vec<_> = all.iter().filter(|d| d.path.is_within(&path)).cloned().collect();
            prop_assert_eq!(jixiao::validate_field(&t, &path, &p), expected);
        }
    }

    /// Normalising twice changes nothing more, and keeps every row.
    #[test]
    fn normalize_is_idempotent(t in any_table(), p in profile()) {
        let n = normalize(&t, &p);
        prop_assert_eq!(n.indicators.len(), t.indicators.len());
        prop_assert_eq!(normalize(&n, &p), n);
    }

    /// A round of fixes never adds an error. Only for tables within the limits: beyond them a removed row brings an unchecked
    /// row into range and clipped cells read differently once rewritten. On the later forms,
    /// the target rules' fixes (capped at warning there) complete the targets that the
    /// lifecycle rules measure the actuals against, which may rightly bring their errors to
    /// light: there the lifecycle rules' own fixes are held to it.
    #[test]
    fn fixes_never_add_an_error(t in any_table(), p in profile()) {
        prop_assume!(within_limits(&t, &p));
        let before = validate(&t, &p);
        let own = |d: &&Diagnostic| {
            t.stage == Stage::Target
                || !jixiao::rules::find(d.rule.as_str()).is_some_and(|r| r.stages.is_target_rule())
        };
        let fixes: Vec<Diagnostic> = before.iter().filter(own).cloned().collect();
        let fixed = apply_fixes(&t, &fixes);
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
    /// `value-in-unit` fix takes two rounds by design), with no more errors than at the start —
    /// on a target table: on the later forms the targets the target rules complete may rightly
    /// bring the lifecycle rules' errors to light (see `fixes_never_add_an_error`).
    #[test]
    fn fix_all_settles(t in any_table(), p in profile()) {
        prop_assume!(within_limits(&t, &p));
        let start = errors(&validate(&t, &p));
        let target = t.stage == Stage::Target;
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
        if within_limits(&cur, &p) && target {
            prop_assert!(errors(&validate(&cur, &p)) <= start);
        }
    }

    /// The same list of cell fixes applied twice changes nothing more than once (a stale list
    /// clicked again is harmless). Row removals are not idempotent — a second application
    /// removes the next row — so a form must re-validate after removing rows.
    #[test]
    fn cell_fixes_are_idempotent(t in any_table(), p in profile()) {
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

    /// The same for the later forms (监控表, 自评表): the execution block with its sources, the
    /// later columns, the totals and the narrative come back as they were, `None` and `""`
    /// apart (under `to_tsv`'s conditions for them: a column is there for every row or none,
    /// the block has a budget and 执行数, its sources are named as funds).
    #[cfg(feature = "lifecycle")]
    #[test]
    fn tsv_export_of_later_forms_imports_back(t in exportable_later_table()) {
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
    Insert(prop::sample::Index, Box<RawIndicator>),
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
        Column::Actual | Column::Projected | Column::InitialValue | Column::Completion => VALUES,
        Column::Score => &["10", "9.5", "0", "12", "满分", ""],
        Column::DeviationReason | Column::Measures | Column::Remark => {
            &["", "人员不足，已补充。", "无"]
        }
        Column::Light => &["红灯", "黄灯", "绿灯", "蓝灯", ""],
        Column::DeviationCauses => &["人员保障", "经费保障、其他", "天气影响", ""],
        Column::Likelihood => &["确定能", "有可能", "完全不可能", "基本能", ""],
    }
}

fn edit() -> impl Strategy<Value = Edit> {
    let col = select(&Column::ALL[..]);
    prop_oneof![
        4 => (any::<prop::sample::Index>(), col.clone())
            .prop_flat_map(|(i, c)| cell(pool(c)).prop_map(move |s| Edit::Cell(i, c, s))),
        4 => (any::<prop::sample::Index>(), col, prop_oneof![Just('0'), Just('率'), Just('%'), any::<char>()]).prop_map(|(i, c, ch)| Edit::Type(i, c, ch)),
        1 => (any::<prop::sample::Index>(), row()).prop_map(|(i, r)| Edit::Insert(i, Box::new(r))),
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
            t.indicators.insert(i, (**r).clone());
            shift(issues, |r| Some(if r >= i { r + 1 } else { r }));
            changes.push(f.insert_row(i, Some((**r).clone())).unwrap());
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

    /// One `Form` fed a table (generated, or a real one) and its edits, one after another,
    /// holds the findings a fresh validation of each table gives; and a page that shows the
    /// added findings of each change and takes away the removed ones shows the same findings.
    #[test]
    fn form_matches_fresh_validation(
        t in prop_oneof![3 => table(), 1 => real_table()],
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
                ..Default::default()
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

/// The development corpus's self-evaluations (`tests/data/real/s*.json`), exported and pasted
/// back: the same tables (but their `kind`, which the layout does not write, and a cell the
/// transcription left null in a column the block has).
#[cfg(feature = "lifecycle")]
#[test]
fn real_later_forms_export_and_import_back() {
    let mut seen = 0;
    for e in corpus::load() {
        if e.table.stage.is_target() {
            continue;
        }
        seen += 1;
        let mut t = e.table;
        t.kind = Default::default();
        // A form has a column for every row or none: a cell a transcription left out (null)
        // where the column is there reads back blank.
        if let Some(x) = t.execution.as_mut() {
            use jixiao::raw::ExecField;
            let sources = x.sources.clone().unwrap_or_default();
            for f in ExecField::ALL.into_iter().skip(1) {
                if x.get(f).is_some() || sources.iter().any(|s| s.get(f).is_some()) {
                    x.get_mut(f);
                    for s in x.sources.iter_mut().flatten() {
                        s.get_mut(f);
                    }
                }
            }
        }
        let text = jixiao::import::to_tsv(&t);
        let import = jixiao::import_text(&text, &Profile::default());
        assert_eq!(import.tables, vec![t], "{}: {text}", e.file);
    }
    assert!(seen >= 10, "{seen}");
}

/// A monitoring form or a self-evaluation within `to_tsv`'s round-trip conditions.
#[cfg(feature = "lifecycle")]
fn exportable_later_table() -> impl Strategy<Value = RawTable> {
    use jixiao::raw::{ExecField, RawExecution, RawSource, Stage};
    const LATER: [Column; 11] = [
        Column::InitialValue,
        Column::Actual,
        Column::Completion,
        Column::Projected,
        Column::Score,
        Column::Light,
        Column::DeviationCauses,
        Column::DeviationReason,
        Column::Likelihood,
        Column::Measures,
        Column::Remark,
    ];
    const MONEY: &[&str] = &["6.70", "6.52", "97.31%", "—", "/", "0", "125.07", "100"];
    const FUNDS: &[&str] = &[
        "其中：本年财政拨款",
        "上年结转资金",
        "其他资金",
        "财政专户管理资金",
        "单位资金",
        "专项债券资金",
    ];
    const TEXT: &[&str] = &["人员不足，已补充。", "无", "良", "100", "确定能", "红灯"];
    let some =
        |list: &'static [&'static str]| proptest::option::of(cell(list).prop_map(trimmed)).boxed();
    let stage = prop_oneof![Just(Stage::SelfEvaluation), Just(Stage::Monitoring)];
    let columns = vec(any::<bool>(), LATER.len());
    let row = (
        select(&LEVELS[..LEVELS.len() - 1]),
        cell(LEVELS),
        select(&NAMES[..NAMES.len() - 2]),
        (cell(OPERATORS), cell(VALUES), cell(UNITS)),
        prop_oneof![Just(String::new()), cell(&["10", "20"])],
        vec(cell(TEXT), LATER.len()),
    );
    let exec_fields = vec(any::<bool>(), ExecField::ALL.len());
    let exec = proptest::option::of((
        exec_fields,
        vec(cell(MONEY), ExecField::ALL.len()),
        vec((select(FUNDS), vec(cell(MONEY), 4)), 0..3),
    ));
    (
        (
            stage,
            prop_oneof![Just(None), (1900i32..2200).prop_map(Some)],
        ),
        (
            select(PROJECTS),
            select(ORGS),
            select(AMOUNTS),
            select(GOALS),
            select(&["", "万元", "元"][..]),
            any::<bool>(),
        ),
        (columns, vec(row, 0..6)),
        exec,
        (
            some(&["1-7月", "7", "1-12月"]),
            some(GOALS),
            some(GOALS),
            some(GOALS),
        ),
        (
            some(&["100", "90"]),
            some(&["89.73", "100"]),
            some(&["良", "优"]),
        ),
        (some(GOALS), some(GOALS), some(GOALS), some(GOALS)),
    )
        .prop_map(
            |(
                (stage, year),
                (name, org, budget, goal, unit, budget_from_block),
                (columns, rows),
                exec,
                (month, progress, completion, process),
                (total_weight, total_score, grade),
                (conclusion, problems, improvements, other),
            )| {
                let mon = stage == Stage::Monitoring;
                let indicators = rows
                    .into_iter()
                    .map(|(l1, l2, name, (op, value, unit), weight, later)| {
                        let mut r = RawIndicator {
                            level1: l1.to_string(),
                            level2: trimmed(l2),
                            name: name.to_string(),
                            operator: trimmed(op),
                            value: trimmed(value),
                            unit: trimmed(unit),
                            weight: trimmed(weight),
                            ..Default::default()
                        };
                        for (k, c) in LATER.into_iter().enumerate() {
                            if columns[k] {
                                *r.cell_mut(c) = trimmed(later[k].clone());
                            }
                        }
                        r
                    })
                    .collect();
                let execution = exec.map(|(fields, values, sources)| {
                    let has = |f: ExecField| {
                        matches!(f, ExecField::AnnualBudget | ExecField::Executed)
                            || fields[f as usize]
                    };
                    let mut e = RawExecution::default();
                    for f in ExecField::ALL.into_iter().skip(1).filter(|&f| has(f)) {
                        *e.get_mut(f).unwrap() = trimmed(values[f as usize].clone());
                    }
                    let sources: Vec<RawSource> = sources
                        .into_iter()
                        .map(|(name, v)| {
                            let mut s = RawSource {
                                name: name.to_string(),
                                ..Default::default()
                            };
                            let amounts = [
                                ExecField::InitialBudget,
                                ExecField::AnnualBudget,
                                ExecField::Executed,
                                ExecField::Rate,
                            ];
                            for (k, f) in amounts.into_iter().enumerate() {
                                if has(f) {
                                    *s.get_mut(f).unwrap() = trimmed(v[k].clone());
                                }
                            }
                            s
                        })
                        .collect();
                    e.sources = (!sources.is_empty()).then_some(sources);
                    e
                });
                let budget = match (&execution, budget_from_block) {
                    (Some(e), true) => e.annual_budget.clone().unwrap_or_default(),
                    _ => budget.to_string(),
                };
                RawTable {
                    stage,
                    year,
                    project_name: name.to_string(),
                    department: org.to_string(),
                    budget,
                    amount_unit: unit.to_string(),
                    overall_goal: goal.to_string(),
                    indicators,
                    execution,
                    month: month.filter(|_| mon),
                    goal_progress: progress.filter(|_| mon),
                    goal_completion: completion.filter(|_| !mon),
                    process: process.filter(|_| !mon),
                    total_weight,
                    total_score,
                    grade,
                    conclusion,
                    problems,
                    improvements,
                    other_notes: other.clone().filter(|_| !mon),
                    measures: other.filter(|_| mon),
                    ..Default::default()
                }
            },
        )
}

/// The generated tables and edits exercise every rule: the comparisons above see each rule's
/// findings come and go. Vocabulary missing for a rule is added from its hit tests.
#[test]
fn every_rule_is_exercised() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::from_seed(RngAlgorithm::ChaCha, &[7; 32]),
    );
    let mut fired = std::collections::BTreeSet::new();
    for _ in 0..3000 {
        let t = table().new_tree(&mut runner).unwrap().current();
        let p = profile().new_tree(&mut runner).unwrap().current();
        for d in validate(&t, &p) {
            fired.insert(d.rule.as_str());
        }
    }
    // The later forms, from a runner of their own (the target tables above stay as they were).
    let mut later = TestRunner::new_with_rng(
        Config::default(),
        TestRng::from_seed(RngAlgorithm::ChaCha, &[8; 32]),
    );
    for _ in 0..3000 {
        let t = later_table().new_tree(&mut later).unwrap().current();
        let p = profile().new_tree(&mut later).unwrap().current();
        for d in validate(&t, &p) {
            fired.insert(d.rule.as_str());
        }
    }
    // invalid-input needs a value of the wrong type, which a RawTable cannot hold: the Form's
    // edits give it (Edit::Number in form_matches_fresh_validation). The tables generated here
    // are target tables: the rules of the later forms only (src/rules/lifecycle/) are left to
    // their own tests.
    let missing: Vec<&str> = jixiao::rules::ALL
        .iter()
        .filter(|r| r.stages.has(jixiao::raw::Stage::Target))
        .map(|r| r.id.as_str())
        .filter(|r| !fired.contains(r) && *r != "invalid-input")
        .collect();
    assert!(missing.is_empty(), "never fired: {missing:?}");
}
