//! Writing a table as clipboard text, in the layout the importer reads (the seed's layout;
//! the later forms' layout for a monitoring form or a self-evaluation).

use super::tsv;
use crate::raw::{Column, ExecField, Field, RawExecution, RawTable, Stage};

/// What a line of the written layout is, for a writer that formats each kind
/// (`report::table_workbook`, feature `cli`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    /// The title (`2024 年部门预算项目（政策）绩效目标表`, `项目支出绩效自评表`).
    Title,
    /// `单位：万元`.
    Unit,
    /// Header fields: label, value (and label, value).
    Field,
    /// The execution block's headings (项目资金 | | 年初预算数 | …).
    ExecHeading,
    /// A row of the execution block: its total, then its sources.
    ExecRow,
    /// The indicator grid's headings.
    Heading,
    /// An indicator row.
    Row,
    /// The totals row under the grid (合计).
    Totals,
}

/// One line of the written layout.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub kind: LineKind,
    pub cells: Vec<String>,
}

/// A table as Excel/WPS clipboard text: a title line with the year (when the table has one),
/// the header fields, the indicator header (with 权重 / 指标方向 only when some row fills them)
/// and one row per indicator, level cells merged (left empty when the same as the row above).
/// Cells holding tabs, line breaks or a leading quote are quoted as Excel does.
///
/// A monitoring form or a self-evaluation is written in the later forms' layout
/// ([`layout`]): its title names the form, the execution block and the narrative and totals
/// are written when the table has them, and each later column when some row has it.
///
/// [`super::import_text`] reads the result back to the same table when: its cells have no
/// leading or trailing spaces (the importer trims); its year, if any, is within 1900–2199; its
/// header values are not themselves labels (`实施单位`, `总体目标`); and every indicator row is a
/// row the importer keeps as is — it has a level 1 (an empty level 1 reads as "same as
/// above"), is not only symbols (a separator row), and has no level-1 or level-2 cell naming
/// no level while the name is empty (that text would be taken for the name). A later form's
/// table also needs what a form can show: a column of the grid or of the execution block is
/// there for every row or for none (a cell the form lacks is `None` in every row, a blank one
/// `""`); the execution block has a budget (年初预算数 or 全年预算数) and 执行数 or 执行率, and
/// its sources are named as funds (`其中：财政拨款`, `上年结转资金`); the amount unit is empty,
/// `万元` or `元`; a self-evaluation's completion is in `goalCompletion`, a monitoring form's in
/// `goalProgress`; and a target table has none of the later cells.
pub fn to_tsv(table: &RawTable) -> String {
    let rows: Vec<Vec<String>> = layout(table).into_iter().map(|l| l.cells).collect();
    tsv::write(&rows)
}

/// The lines [`to_tsv`] writes, each with its kind.
pub fn layout(table: &RawTable) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    let mut line = |kind: LineKind, cells: Vec<String>| out.push(Line { kind, cells });
    // A build without the later forms writes the target table's cells only.
    let cells = super::header::LATER;
    let later = cells && !table.stage.is_target();
    let field = |f: Field, v: &str| vec![f.label_zh().to_string(), v.to_string()];
    let form = match table.stage {
        Stage::Target => "部门预算项目（政策）绩效目标表",
        Stage::SelfEvaluation => "项目支出绩效自评表",
        Stage::Monitoring => "项目支出绩效运行监控表",
    };
    match table.year {
        Some(year) => line(LineKind::Title, vec![format!("{year} 年{form}")]),
        None if later => line(LineKind::Title, vec![form.to_string()]),
        None => {}
    }
    if later && !table.amount_unit.is_empty() {
        line(LineKind::Unit, vec![format!("单位：{}", table.amount_unit)]);
    }
    line(
        LineKind::Field,
        field(Field::ProjectName, &table.project_name),
    );
    line(
        LineKind::Field,
        vec![
            "主管部门".into(),
            table.department.clone(),
            "实施单位".into(),
            table.implementing_unit.clone(),
        ],
    );
    // A later form's budget is its execution block's total, unless it says otherwise.
    let from_block = table
        .execution
        .as_ref()
        .and_then(|e| e.annual_budget.as_deref())
        .is_some_and(|b| b == table.budget)
        || (table.budget.is_empty()
            && table
                .execution
                .as_ref()
                .is_some_and(|e| e.annual_budget.is_none()));
    if !later || !from_block {
        line(LineKind::Field, field(Field::Budget, &table.budget));
    }
    if let Some(m) = table.month.as_ref().filter(|_| cells) {
        line(LineKind::Field, field(Field::Month, m));
    }
    if let Some(e) = table.execution.as_ref().filter(|_| cells) {
        for l in execution(e) {
            out.push(l);
        }
    }
    let mut line = |kind: LineKind, cells: Vec<String>| out.push(Line { kind, cells });
    line(
        LineKind::Field,
        field(Field::OverallGoal, &table.overall_goal),
    );
    for f in [Field::GoalProgress, Field::GoalCompletion, Field::Process] {
        if let Some(v) = table.cell_of(f).filter(|_| cells) {
            line(LineKind::Field, field(f, &v));
        }
    }

    let mut columns = vec![
        Column::Level1,
        Column::Level2,
        Column::Name,
        Column::Operator,
        Column::Value,
        Column::Unit,
        Column::Deadline,
    ];
    for extra in [Column::Weight, Column::Direction] {
        let totals = extra == Column::Weight && later && table.total_weight.is_some();
        if totals || table.indicators.iter().any(|r| !r.cell(extra).is_empty()) {
            columns.push(extra);
        }
    }
    for c in LATER_COLUMNS.into_iter().filter(|_| cells) {
        if table.indicators.iter().any(|r| r.cell_of(c).is_some()) {
            columns.push(c);
        }
    }
    let mut heading = vec!["绩效指标".to_string()];
    heading.extend(columns.iter().map(|&c| heading_of(c).to_string()));
    line(LineKind::Heading, heading);

    let mut above: Option<(&str, &str)> = None;
    for r in &table.indicators {
        let mut cells = vec![String::new()];
        // Merge like a pasted table, but never leave a row whose name is empty or only symbols
        // without its levels (it could read as the continuation of the row above, or as a
        // separator row), and write level 1 again
        // when level 2 is empty under a filled one (a blank level 2 below a blank level 1
        // reads as "same as above").
        let same = |i: usize| {
            above.is_some_and(|a| [a.0, a.1][i] == r.cell([Column::Level1, Column::Level2][i]))
        };
        let merge_l2 = same(0) && same(1);
        let named = !r.name.is_empty() && !super::header::is_separator(&r.name);
        let merge_l1 = named && same(0) && (merge_l2 || !r.level2.is_empty());
        let merge_l2 = merge_l1 && merge_l2;
        for &c in &columns {
            let v = match c {
                Column::Level1 if merge_l1 => "",
                Column::Level2 if merge_l2 => "",
                _ => r.cell(c),
            };
            cells.push(v.to_string());
        }
        line(LineKind::Row, cells);
        above = Some((&r.level1, &r.level2));
    }

    // The totals: under their columns when the grid has exactly the columns they fill, else
    // as fields of their own.
    let at = |c: Column| columns.iter().position(|&x| x == c).map(|i| i + 1);
    let (w, s) = (at(Column::Weight), at(Column::Score));
    let (tw, ts) = match cells {
        true => (table.total_weight.as_deref(), table.total_score.as_deref()),
        false => (None, None),
    };
    let under = (tw.is_some() || ts.is_some())
        && w.is_some() == tw.is_some()
        && s.is_some() == ts.is_some();
    if later && under {
        let mut cells = vec![String::new(); columns.len() + 1];
        cells[0] = "合计".into();
        for (col, v) in [(w, tw), (s, ts)] {
            if let (Some(col), Some(v)) = (col, v) {
                cells[col] = v.to_string();
            }
        }
        line(LineKind::Totals, cells);
    } else {
        if let Some(v) = tw {
            line(LineKind::Field, vec!["分值合计".into(), v.into()]);
        }
        if let Some(v) = ts {
            line(LineKind::Field, vec!["自评得分".into(), v.into()]);
        }
    }
    for (f, label) in [
        (Field::Grade, "评价等级"),
        (Field::Conclusion, "评价结论"),
        (Field::Problems, "存在问题"),
        (Field::Improvements, "改进措施"),
        (Field::OtherNotes, "其他需要说明事项"),
        (Field::Measures, "下一步措施"),
    ] {
        if let Some(v) = table.cell_of(f).filter(|_| cells) {
            line(LineKind::Field, vec![label.into(), v.into_owned()]);
        }
    }
    out
}

/// The later forms' columns, in the order they are written.
const LATER_COLUMNS: [Column; 11] = [
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

/// A column's heading as written: the form's own wording, one the importer reads back.
fn heading_of(c: Column) -> &'static str {
    match c {
        Column::InitialValue => "年初指标值",
        Column::Actual => "实际完成值",
        Column::Completion => "完成率",
        Column::Projected => "全年预计完成值",
        Column::Score => "得分",
        Column::Light => "预警",
        Column::DeviationCauses => "偏差原因类别",
        Column::DeviationReason => "偏差原因分析",
        Column::Likelihood => "完成可能性",
        Column::Measures => "改进措施",
        Column::Remark => "备注",
        c => c.label_zh(),
    }
}

/// The execution block: its headings (the cells some row has), the total row, the sources.
fn execution(e: &RawExecution) -> Vec<Line> {
    let sources = e.sources.as_deref().unwrap_or_default();
    let fields: Vec<ExecField> = ExecField::ALL[1..]
        .iter()
        .copied()
        .filter(|&f| e.get(f).is_some() || sources.iter().any(|s| s.get(f).is_some()))
        .collect();
    let heading = |f: ExecField| match f {
        ExecField::Executed => "全年执行数",
        f => f.label_zh(),
    };
    let mut out = Vec::new();
    let mut cells = vec!["项目资金".to_string(), String::new()];
    cells.extend(fields.iter().map(|&f| heading(f).to_string()));
    out.push(Line {
        kind: LineKind::ExecHeading,
        cells,
    });
    let mut cells = vec![String::new(), "年度资金总额".to_string()];
    cells.extend(fields.iter().map(|&f| e.get(f).unwrap_or("").to_string()));
    out.push(Line {
        kind: LineKind::ExecRow,
        cells,
    });
    for s in sources {
        let mut cells = vec![String::new(), s.name.clone()];
        cells.extend(fields.iter().map(|&f| s.get(f).unwrap_or("").to_string()));
        out.push(Line {
            kind: LineKind::ExecRow,
            cells,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::import_text;
    use crate::profile::Profile;
    use crate::raw::RawIndicator;

    fn row(l1: &str, l2: &str, name: &str, op: &str, v: &str, u: &str, d: &str) -> RawIndicator {
        RawIndicator {
            level1: l1.into(),
            level2: l2.into(),
            name: name.into(),
            operator: op.into(),
            value: v.into(),
            unit: u.into(),
            deadline: d.into(),
            ..Default::default()
        }
    }

    fn round_trip(t: &RawTable) {
        let text = to_tsv(t);
        let import = import_text(&text, &Profile::default());
        assert_eq!(import.tables, vec![t.clone()], "{text}");
        assert!(import.diagnostics.is_empty(), "{:?}", import.diagnostics);
    }

    #[test]
    fn plain_table_round_trips() {
        round_trip(&RawTable {
            year: Some(2024),
            project_name: "办公楼维修维护".into(),
            department: "沈阳市铁西区人民政府办公室-".into(),
            implementing_unit: "铁西区机关事务保障中心-".into(),
            budget: "125.07".into(),
            overall_goal: "确保单位工作正常运转。".into(),
            indicators: vec![
                row(
                    "产出指标",
                    "数量指标",
                    "维修数量",
                    "=",
                    "100",
                    "个",
                    "2024年12月",
                ),
                row(
                    "产出指标",
                    "数量指标",
                    "项目申报数量",
                    "=",
                    "1",
                    "个",
                    "2024年12月",
                ),
                row(
                    "产出指标",
                    "质量指标",
                    "维修合格率",
                    ">=",
                    "100",
                    "%",
                    "2024年12月",
                ),
                row(
                    "效益指标",
                    "社会效益指标",
                    "平稳运行",
                    "",
                    "",
                    "平稳运行",
                    "",
                ),
                row(
                    "满意度指标",
                    "服务对象满意度指标",
                    "满意度",
                    "",
                    "≥95%",
                    "",
                    "2024 年 12 月",
                ),
            ],
            ..Default::default()
        });
    }

    #[test]
    fn tabs_quotes_and_newlines_round_trip() {
        round_trip(&RawTable {
            year: None,
            project_name: "\"绿叶杯\"竞赛\t经费".into(),
            department: "a \"b\" c".into(),
            implementing_unit: String::new(),
            budget: "1250700元".into(),
            overall_goal: "目标一：完成。\n目标二：\"保障\"。".into(),
            indicators: vec![
                row(
                    "产出指标",
                    "数量指标",
                    "维修\n数量",
                    "=",
                    "1\t2",
                    "个",
                    "\"2024\"",
                ),
                row("效益指标", "", "无二级", "", "\"", "", ""),
            ],
            ..Default::default()
        });
    }

    #[test]
    fn weights_and_directions_round_trip() {
        let mut a = row(
            "产出指标",
            "数量指标",
            "体检人数",
            "≥",
            "12000",
            "人",
            "2024年12月",
        );
        a.weight = "20".into();
        a.direction = "正向".into();
        let mut b = row(
            "产出指标",
            "成本指标",
            "人均成本",
            "≤",
            "100",
            "元/人",
            "2024年12月",
        );
        b.weight = "10".into();
        round_trip(&RawTable {
            year: Some(2025),
            project_name: "社区老年人健康体检".into(),
            budget: "120.5".into(),
            indicators: vec![a, b],
            ..Default::default()
        });
    }

    #[test]
    fn empty_table_round_trips() {
        round_trip(&RawTable::default());
    }

    #[test]
    fn rows_without_a_name_keep_their_levels() {
        round_trip(&RawTable {
            project_name: "x".into(),
            indicators: vec![
                row("产出指标", "数量指标", "a", "=", "1", "个", ""),
                row("产出指标", "数量指标", "", "", "2", "", ""),
            ],
            ..Default::default()
        });
    }

    #[test]
    fn generated_tables_round_trip() {
        let mut x: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = |n: usize| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % n as u64) as usize
        };
        let levels = [
            ("产出指标", "数量指标"),
            ("产出指标", "质量指标"),
            ("产出指标", "成本指标"),
            ("效益指标", "社会效益指标"),
            ("效益指标", ""),
            ("满意度指标", "服务对象满意度指标"),
            ("质量指标", "质量指标"),
        ];
        let words = [
            "",
            "维修合格率",
            "≥95%",
            "=",
            "100",
            "%",
            "2024 年 12 月",
            "--",
            "a\tb",
            "x\ny",
            "\"引号\"",
            "“青年之家”",
            "-",
            "项目名称",
            "总体目标",
            "2024年绩效目标表",
            "单位：元",
            "一级指标",
            "足额保",
            "障",
        ];
        for _ in 0..500 {
            let mut t = RawTable {
                year: [None, Some(2024), Some(1999)][next(3)],
                project_name: words[next(words.len())].into(),
                department: words[next(words.len())].into(),
                implementing_unit: words[next(words.len())].into(),
                budget: ["", "125.07", "1,250,700元", "x"][next(4)].into(),
                overall_goal: ["", "保障运转。", "目标一\n目标二"][next(3)].into(),
                indicators: Vec::new(),
                ..Default::default()
            };
            // Header values that are labels themselves are outside the round trip.
            for f in [
                &mut t.project_name,
                &mut t.department,
                &mut t.implementing_unit,
            ] {
                if crate::import::header::field_label(f).is_some() {
                    f.clear();
                }
            }
            for _ in 0..next(8) {
                let (l1, l2) = levels[next(levels.len())];
                let mut r = row(l1, l2, "", "", "", "", "");
                for c in [
                    Column::Name,
                    Column::Operator,
                    Column::Value,
                    Column::Unit,
                    Column::Deadline,
                    Column::Weight,
                    Column::Direction,
                ] {
                    if next(3) > 0 {
                        *r.cell_mut(c) = words[next(words.len())].into();
                    }
                }
                t.indicators.push(r);
            }
            round_trip(&t);
        }
    }

    #[test]
    fn merges_levels_like_a_paste() {
        let t = RawTable {
            indicators: vec![
                row("产出指标", "数量指标", "a", "", "", "", ""),
                row("产出指标", "数量指标", "b", "", "", "", ""),
                row("产出指标", "质量指标", "c", "", "", "", ""),
            ],
            ..Default::default()
        };
        let text = to_tsv(&t);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[5], "\t产出指标\t数量指标\ta\t\t\t\t");
        assert_eq!(lines[6], "\t\t\tb\t\t\t\t");
        assert_eq!(lines[7], "\t\t质量指标\tc\t\t\t\t");
    }
}
