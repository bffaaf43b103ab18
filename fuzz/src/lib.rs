//! Shared pieces of jixiao's fuzz targets: a random [`Profile`], domain-biased text, a
//! structured [`FuzzTable`], and the invariants every target checks after the no-panic one.
//!
//! Text is biased toward what people type into a 绩效目标表 (operators in every spelling,
//! numbers with `%` and 万元, dates, level names, placeholders, odd whitespace) and mixed with
//! arbitrary strings, so that the rules' branches get exercised and not only their early exits.

use arbitrary::{Arbitrary, Result, Unstructured};
use jixiao::diagnostic::{Diagnostic, Path, Severity};
use jixiao::profile::{AmountUnit, Profile, DEFAULT_GRADES};
use jixiao::raw::{RawIndicator, RawTable};
use jixiao::taxonomy::Framework;
use jixiao::{Level, Locale};
use rust_decimal::Decimal;

pub const OPERATORS: &[&str] = &[
    "≥",
    "＞",
    "＝",
    "＜",
    "≤",
    "定性",
    ">=",
    "=>",
    "<=",
    "=<",
    ">",
    "<",
    "=",
    "==",
    "≧",
    "≦",
    "⩾",
    "⩽",
    "═",
    "＞＝",
    "＜＝",
    "大于等于",
    "大于或等于",
    "不低于",
    "不少于",
    "不高于",
    "不超过",
    "小于",
    "大于",
    "等于",
    "至少",
    "至多",
    "约",
    "/",
    "—",
    "",
];

pub const LEVELS: &[&str] = &[
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
    "社会公众或服务对象满意度指标",
    "经济成本指标",
    "社会成本指标",
    "生态环境成本指标",
    "环境效益指标",
    "进度指标",
    "效果指标",
    "产出",
    "效益",
    "满意度",
    "数量",
    "质量",
    "时效",
    "成本",
    "指标",
    "",
];

pub const UNITS: &[&str] = &[
    "%",
    "％",
    "‰",
    "百分比",
    "万元",
    "元",
    "元/人",
    "万元/公里",
    "亿元",
    "千元",
    "万",
    "万/人",
    "个",
    "次",
    "人",
    "人次",
    "件",
    "套",
    "册",
    "批次",
    "项",
    "台",
    "篇",
    "份",
    "公里",
    "亩",
    "天",
    "日",
    "月",
    "年",
    "工作日",
    "小时",
    "分",
    "级",
    "平稳运行",
    "足额保障",
    "提高",
    "95",
    "95%",
    "是",
    "万 元",
    "",
];

pub const DATES: &[&str] = &[
    "2024年12月",
    "2024 年 12 月",
    "2024-12",
    "2024.12",
    "2024/12/31",
    "2024年12月31日",
    "2024年12月31日前",
    "2024-12-31 00:00:00",
    "12月31日前",
    "12月底",
    "年底前",
    "2024年底",
    "2024年度",
    "2024年第四季度",
    "第二季度",
    "2023年12月",
    "2025年6月",
    "2024年2月29日",
    "2023年2月29日",
    "2024年13月",
    "2024年12月32日",
    "２０２４年１２月",
    "0000年0月",
    "9999年12月",
    "全年",
    "尽快",
    "",
];

pub const NAMES: &[&str] = &[
    "维修合格率",
    "维修质量达标率",
    "维修数量",
    "项目申报数量",
    "足额缴纳率",
    "足额保障率",
    "举办展会次数",
    "培训完成及时率",
    "按标准保障率",
    "正常运转率",
    "保障全年正常运转率",
    "残疾儿童入学增长率",
    "受益残疾人数",
    "奖励或资助学生人次",
    "人均培训成本",
    "项目总成本",
    "机关事业单位干部群众满意度",
    "服务对象满意度",
    "政策可持续性",
    "确保机关事业单位平稳运行",
    "“青年之家”活跃度",
    "培训批次、期数",
    "印刷资料册数",
    "足额保\n障",
    "--",
    "",
];

pub const VALUES: &[&str] = &[
    "100",
    "95",
    "≥95%",
    "≤90万元",
    "＝100％",
    "≥100%",
    "＞120",
    "1",
    "0",
    "-5",
    "1,000",
    "1,0000",
    "1e5",
    "12.5",
    ".5",
    "5.",
    "9 5",
    "１００",
    "平稳运行",
    "足额保障",
    "好",
    "较好",
    "一般",
    "显著提升",
    "达成预期指标",
    "**",
    "≥**%",
    "xx",
    "XX",
    "××",
    "……",
    "-",
    "--",
    "___",
    "12月31日前",
    "2024年12月",
    ">=",
    "定性",
    "79228162514264337593543950335",
    "-79228162514264337593543950335",
    "0.0000000000000000000000000001",
    "99999999999999999999",
    "",
];

pub const AMOUNTS: &[&str] = &[
    "125.07",
    "34.16",
    "6.7",
    "1,250.07万元",
    "¥ 6.7 万元",
    "1250700元",
    "１，２５０.０７",
    "12万元/人",
    "0",
    "-1",
    "79228162514264337593543950335亿元",
    "7922816251426433759354395033.5亿元",
    "0.0000000000000000000000000001元",
    "0.123456789万元",
    "abc",
    "",
];

pub const ORGS: &[&str] = &[
    "820001-铁西区教育局",
    "[820001]铁西区教育局",
    "【820001】铁西区教育局",
    "沈阳市铁西区人民政府办公室-",
    "第12中学",
    "12中学",
    "123-",
    "[]",
    "【】",
    "",
];

pub const GOALS: &[&str] = &[
    "通过维修维护办公楼，确保机关事业单位平稳运行。",
    "保证单位正常运转。",
    "提高了办学效率。提高了办学效率。",
    "加强燃气安全监管，确保全区燃气使用安全。",
    "完成系统升级改造",
    "2024年为辖区65岁以上老年人提供一次免费健康体检，建立健康档案。",
    "xxxx",
    "……",
    "无",
    "",
];

pub const PROJECTS: &[&str] = &[
    "办公楼维修维护",
    "法律宣传及普法专项经费",
    "区人代会会议费",
    "少先队专项业务费",
    "调研信息费",
    "巡察经费",
    "专项印刷及订阅资料费",
    "",
];

pub const ODD: &[&str] = &[
    " ",
    "\u{3000}",
    "\u{00A0}",
    "\u{200B}",
    "\u{FEFF}",
    "\t",
    "\n",
    "\r\n",
    "\"",
    "'",
    "％",
    "﹪",
    "。",
    "；",
    "！",
    "？",
    "、",
    "（",
    "）",
    "(",
    ")",
    "“",
    "”",
    "年",
    "月",
    "日",
    "前",
    "底",
    "第",
    "季度",
    "份",
    "号",
    "率",
    "度",
    "指标",
    "/",
    "每",
    "·",
    ".",
    ",",
    "+",
    "-",
    "*",
    "_",
    "x",
    "e",
    "E",
    "\u{0}",
    "\u{FFFF}",
    "\u{10FFFF}",
    "é",
    "👍",
];

/// A Profile as a deployment could set it (valid per `Profile::validate`), with small limits
/// most of the time so that clipping and row limits are exercised.
pub fn profile(u: &mut Unstructured) -> Result<Profile> {
    let mut p = Profile::default();
    if u.is_empty() {
        return Ok(p);
    }
    p.framework = match u.int_in_range(0..=2u8)? {
        0 => None,
        1 => Some(Framework::F2020),
        _ => Some(Framework::F2021),
    };
    p.locale = if u.arbitrary()? {
        Locale::En
    } else {
        Locale::Zh
    };
    p.year = match u.int_in_range(0..=4u8)? {
        0 => None,
        1 => Some(2024),
        2 => Some(2023),
        3 => Some(u.int_in_range(1900..=2200)?),
        _ => Some(2200),
    };
    p.amount_unit = if u.arbitrary()? {
        AmountUnit::Yuan
    } else {
        AmountUnit::TenThousandYuan
    };
    p.amount_decimals = u.int_in_range(0..=10)?;
    p.satisfaction_min = Decimal::new(u.int_in_range(0..=10_000)?, 2);
    p.deadline_required = u.arbitrary()?;
    match u.int_in_range(0..=3u8)? {
        0 => {}
        1 => p.limits.max_rows = u.int_in_range(1..=20)?,
        _ => {
            p.limits.max_rows = u.int_in_range(1..=20)?;
            p.limits.max_text_length = u.int_in_range(1..=200)?;
            p.limits.max_input_length = u.int_in_range(1..=2000)?;
        }
    }
    match u.int_in_range(0..=3u8)? {
        0 => p.qualitative_grades.clear(),
        1 => {
            p.qualitative_grades = DEFAULT_GRADES
                .iter()
                .filter(|_| u.arbitrary().unwrap_or(false))
                .map(|s| s.to_string())
                .collect();
            p.qualitative_grades.push(text(u)?);
        }
        _ => {}
    }
    let n = u.int_in_range(0..=4u8)?;
    for _ in 0..n {
        let rule = u.choose(jixiao::rules::ALL)?;
        let level = *u.choose(&[Level::Off, Level::Info, Level::Warning, Level::Error])?;
        p.rules.insert(rule.id, level);
    }
    debug_assert!(p.validate().is_ok(), "{:?}", p.validate());
    Ok(p)
}

/// A profile read from the last bytes of `data` (the rest of the input stays what it is, so
/// plain text and JSON seeds work as they are).
pub fn profile_from_tail(data: &[u8]) -> Profile {
    let tail = &data[data.len().saturating_sub(24)..];
    profile(&mut Unstructured::new(tail)).unwrap_or_default()
}

/// A number as people type it: digits, decimals, commas, signs, full width, extremes.
pub fn number(u: &mut Unstructured) -> Result<String> {
    let n: i64 = match u.int_in_range(0..=3u8)? {
        0 => u.int_in_range(0..=100)?,
        1 => u.int_in_range(0..=100_000)?,
        2 => u.arbitrary()?,
        _ => *u.choose(&[85, 90, 95, 99, 100, 101, 120, 2023, 2024, 2025])?,
    };
    let mut s = n.to_string();
    if u.ratio(1, 4)? {
        s.push('.');
        s.push_str(&u.int_in_range(0..=999_999u32)?.to_string());
    }
    if u.ratio(1, 8)? {
        s = format!("{}{}", u.choose(&["+", "-", "＋", "－"])?, s);
    }
    if u.ratio(1, 10)? {
        s = s
            .chars()
            .map(|c| match c {
                '0'..='9' => char::from_u32(c as u32 + 0xFEE0).unwrap_or(c),
                c => c,
            })
            .collect();
    }
    if u.ratio(1, 10)? {
        s = s.replace('0', ",000");
    }
    Ok(s)
}

/// One piece of domain text.
fn piece(u: &mut Unstructured) -> Result<String> {
    let list: &[&str] = match u.int_in_range(0..=12u8)? {
        0 => OPERATORS,
        1 => LEVELS,
        2 => UNITS,
        3 => DATES,
        4 => NAMES,
        5 => VALUES,
        6 => AMOUNTS,
        7 => ORGS,
        8 => GOALS,
        9 => ODD,
        10 => return number(u),
        11 => return Ok(<&str>::arbitrary(u)?.chars().take(12).collect()),
        _ => return Ok(PROJECTS[u.choose_index(PROJECTS.len())?].to_string()),
    };
    Ok(u.choose(list)?.to_string())
}

/// Domain-biased text: mostly concatenations of domain pieces, sometimes arbitrary, sometimes
/// long (to hit the text-length limit).
pub fn text(u: &mut Unstructured) -> Result<String> {
    Ok(match u.int_in_range(0..=15u8)? {
        0 => String::arbitrary(u)?,
        1 => {
            let p = piece(u)?;
            p.repeat(u.int_in_range(1..=300)?)
        }
        _ => {
            let n = u.int_in_range(1..=4)?;
            let mut s = String::new();
            for _ in 0..n {
                s.push_str(&piece(u)?);
            }
            s
        }
    })
}

/// A cell of a column: mostly that column's vocabulary, sometimes anything.
fn cell(u: &mut Unstructured, list: &[&str]) -> Result<String> {
    match u.int_in_range(0..=9u8)? {
        0..=5 => Ok(u.choose(list)?.to_string()),
        6 => number(u),
        7 => Ok(format!("{}{}", u.choose(list)?, piece(u)?)),
        _ => text(u),
    }
}

fn row(u: &mut Unstructured) -> Result<RawIndicator> {
    let value = match u.int_in_range(0..=3u8)? {
        0 => format!("{}{}{}", u.choose(OPERATORS)?, number(u)?, u.choose(UNITS)?),
        1 => number(u)?,
        _ => cell(u, VALUES)?,
    };
    Ok(RawIndicator {
        level1: cell(u, LEVELS)?,
        level2: cell(u, LEVELS)?,
        name: cell(u, NAMES)?,
        operator: cell(u, OPERATORS)?,
        value,
        unit: cell(u, UNITS)?,
        deadline: cell(u, DATES)?,
        weight: if u.ratio(1, 3)? {
            cell(u, &["10", "20", "30", "50", "100", "0", "%", "10%", "abc"])?
        } else {
            String::new()
        },
        direction: if u.ratio(1, 4)? {
            cell(u, &["正向", "反向", "等于", "越大越好", "+", "-", "中性"])?
        } else {
            String::new()
        },
        ..RawIndicator::default()
    })
}

/// A table with domain-biased cells, a profile to check it under, built from fuzz bytes.
#[derive(Debug)]
pub struct FuzzTable {
    pub table: RawTable,
    pub profile: Profile,
}

impl<'a> Arbitrary<'a> for FuzzTable {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let profile = profile(u)?;
        let year = match u.int_in_range(0..=5u8)? {
            0 => None,
            1 | 2 => Some(2024),
            3 => Some(2023),
            4 => Some(u.int_in_range(1890..=2210)?),
            _ => Some(u.arbitrary()?),
        };
        let mut table = RawTable {
            year,
            project_name: cell(u, PROJECTS)?,
            department: cell(u, ORGS)?,
            implementing_unit: cell(u, ORGS)?,
            budget: cell(u, AMOUNTS)?,
            overall_goal: cell(u, GOALS)?,
            indicators: Vec::new(),
            ..Default::default()
        };
        let n = if u.ratio(1, 10)? {
            u.int_in_range(0..=60)?
        } else {
            u.int_in_range(0..=12)?
        };
        for _ in 0..n {
            if u.is_empty() {
                break;
            }
            // Copies of earlier rows (with one cell changed) exercise the duplicate rules.
            let r = if !table.indicators.is_empty() && u.ratio(1, 5)? {
                let mut r = u.choose(&table.indicators)?.clone();
                let col = *u.choose(&jixiao::raw::Column::ALL)?;
                if u.arbitrary()? {
                    *r.cell_mut(col) = cell(u, ODD)?;
                }
                r
            } else {
                row(u)?
            };
            table.indicators.push(r);
        }
        Ok(FuzzTable { table, profile })
    }
}

/// True when `path` names something that exists in `raw`.
pub fn path_exists(raw: &RawTable, path: &Path) -> bool {
    match *path {
        Path::Root | Path::Field(_) | Path::Indicators => true,
        Path::Row(i) | Path::Cell(i, _) => i < raw.indicators.len(),
        Path::Execution | Path::Exec(_) => raw.execution.is_some(),
        Path::Source(i, _) => raw
            .execution
            .as_ref()
            .and_then(|e| e.sources.as_ref())
            .is_some_and(|s| i < s.len()),
    }
}

/// Validates `raw` and checks what every output must satisfy: deterministic, sorted by path,
/// paths and fix paths inside the table, known rule ids at the profile's level, messages
/// present.
pub fn validate_checked(raw: &RawTable, profile: &Profile) -> Vec<Diagnostic> {
    let d = jixiao::validate(raw, profile);
    check_diagnostics(raw, profile, &d);
    assert_eq!(
        d,
        jixiao::validate(raw, profile),
        "validate is not deterministic"
    );
    d
}

/// The invariants of a diagnostic list for `raw` (see [`validate_checked`]).
pub fn check_diagnostics(raw: &RawTable, profile: &Profile, d: &[Diagnostic]) {
    for w in d.windows(2) {
        assert!(
            w[0].path.sort_key() <= w[1].path.sort_key(),
            "not sorted by path: {} before {}",
            w[0].path,
            w[1].path
        );
    }
    for x in d {
        assert!(
            path_exists(raw, &x.path),
            "{}: path {} not in a table of {} rows",
            x.rule,
            x.path,
            raw.indicators.len()
        );
        if let Some(fix) = &x.fix {
            assert!(
                path_exists(raw, &fix.path),
                "{}: fix path {} not in a table of {} rows",
                x.rule,
                fix.path,
                raw.indicators.len()
            );
            if fix.value.is_none() {
                assert!(
                    matches!(fix.path, Path::Row(_)),
                    "{}: removal fix at {}",
                    x.rule,
                    fix.path
                );
            }
        }
        let rule = jixiao::rules::find(x.rule.as_str())
            .unwrap_or_else(|| panic!("diagnostic from unknown rule {:?}", x.rule));
        // A rule reports at its level, or as info when the finding needs judgement (a note);
        // a target rule's errors are warnings on a later form unless the profile names it or
        // says `targetRules: "inherit"` (LIFECYCLE.md §4.6).
        let mut level = profile.level(rule).severity();
        if !raw.stage.is_target()
            && rule.stages.is_target_rule()
            && profile.lifecycle.cap_target_rules
            && !profile.rules.contains_key(&rule.id)
            && level == Some(Severity::Error)
        {
            level = Some(Severity::Warning);
        }
        assert!(
            level.is_some() && (level == Some(x.severity) || x.severity == Severity::Info),
            "{}: severity {:?} differs from the profile's level {:?}",
            x.rule,
            x.severity,
            level
        );
        assert!(!x.message.trim().is_empty(), "{}: empty message", x.rule);
    }
}

/// True when `raw` fits the profile's limits, so that every cell is checked whole. Beyond
/// them rows go unchecked and texts are checked clipped, so a fix that removes a row (bringing
/// an unchecked one into range) or rewrites a clipped cell can legitimately surface errors.
pub fn within_limits(raw: &RawTable, profile: &Profile) -> bool {
    let max = profile.limits.max_text_length;
    let fits = |s: &str| s.chars().count() <= max;
    let total: usize = jixiao::raw::Field::ALL
        .iter()
        .map(|f| raw.field(*f).chars().count())
        .chain(
            raw.indicators
                .iter()
                .flat_map(|r| jixiao::raw::Column::ALL.map(|c| r.cell(c).chars().count())),
        )
        .sum();
    raw.indicators.len() <= profile.limits.max_rows
        && total <= profile.limits.max_input_length
        && jixiao::raw::Field::ALL.iter().all(|f| fits(&raw.field(*f)))
        && raw
            .indicators
            .iter()
            .all(|r| jixiao::raw::Column::ALL.iter().all(|c| fits(r.cell(*c))))
}

/// Exports an imported table with `to_tsv` and reads it back (no panic; the tables read back
/// validate). Exact round trips hold only under `to_tsv`'s documented preconditions and are a
/// property test (`tests/properties.rs`), not asserted here.
pub fn check_export(t: &RawTable, profile: &Profile) {
    let tsv = jixiao::import::to_tsv(t);
    for back in jixiao::import_text(&tsv, profile).tables {
        let d = jixiao::validate(&back, profile);
        check_diagnostics(&back, profile, &d);
    }
}

pub fn errors(d: &[Diagnostic]) -> usize {
    d.iter().filter(|d| d.severity == Severity::Error).count()
}
