//! Recognising the labelled parts of a pasted 绩效目标表: the title line, the unit line, the
//! header fields (项目名称, 主管部门, …), the indicator header row and its columns, footers.
//!
//! Labels are compared after [`label_key`]: full-width folded, spaces removed, a leading `*`
//! (required-field marker) and a trailing colon or parenthetical (`权重(%)`, `预算资金(万元)`)
//! dropped.

use crate::profile::AmountUnit;
use crate::raw::{Column, Field};
use crate::text;

/// The comparable form of a label cell, and the parenthetical it ended with, if any.
fn key_and_note(s: &str) -> (String, String) {
    let c = text::compact(s)
        .replace(['【', '['], "(")
        .replace(['】', ']'], ")");
    let c = c.trim_start_matches('*').trim_end_matches([':', '*']);
    if let Some(body) = c.strip_suffix(')') {
        if let Some(open) = body.rfind('(') {
            let head = &body[..open];
            let note = &body[open + 1..];
            if !head.is_empty() {
                return (
                    head.trim_end_matches([':', '*']).to_string(),
                    note.to_string(),
                );
            }
        }
    }
    (c.to_string(), String::new())
}

/// The comparable form of a label cell.
pub fn label_key(s: &str) -> String {
    key_and_note(s).0
}

/// A header field's label, with the money unit its parenthetical names (`预算资金(万元)`).
pub fn field_label(s: &str) -> Option<(Field, Option<AmountUnit>)> {
    let (key, note) = key_and_note(s);
    let field = match key.as_str() {
        "项目(政策)名称" | "项目名称" | "政策名称" | "项目(政策)" => {
            Field::ProjectName
        }
        "主管部门" | "主管单位" | "主管部门及代码" | "主管部门名称" => {
            Field::Department
        }
        "实施单位" | "项目实施单位" | "实施单位及代码" | "实施单位名称" | "执行单位" => {
            Field::ImplementingUnit
        }
        "预算资金情况" | "年度资金总额" | "资金总额" | "预算金额" | "预算资金" | "年度预算资金"
        | "预算资金总额" | "项目资金" | "项目资金总额" | "年度预算金额" => {
            Field::Budget
        }
        "总体目标" | "年度目标" | "年度绩效目标" | "绩效目标" | "年度总体目标" | "项目总体目标"
        | "总体绩效目标" | "项目绩效目标" => Field::OverallGoal,
        "预算年度" | "年度" => Field::Year,
        "年度主要任务" | "主要任务" | "部门年度主要任务" => Field::Tasks,
        "项目期" | "项目周期" | "起止时间" | "项目起止时间" | "实施期限" | "实施周期"
        | "建设周期" | "建设期" | "项目实施期" | "实施期" => Field::Period,
        _ => return None,
    };
    Some((field, unit_name(&note)))
}

fn unit_name(s: &str) -> Option<AmountUnit> {
    match s {
        "万元" => Some(AmountUnit::TenThousandYuan),
        "元" => Some(AmountUnit::Yuan),
        _ => None,
    }
}

/// The label that sits left of the indicator grid (`绩效指标`), which is not data.
pub fn is_indicator_label(s: &str) -> bool {
    matches!(
        label_key(s).as_str(),
        "绩效指标" | "年度绩效指标" | "项目绩效指标" | "绩效指标情况"
    )
}

/// What a heading of the indicator grid names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Heading {
    Column(Column),
    /// A known column the model has no field for (指标解释, 取值依据, …): skipped.
    Skip,
}

pub fn heading(s: &str) -> Option<Heading> {
    let key = label_key(s);
    let column = match key.as_str() {
        "一级指标" | "一级指标名称" => Column::Level1,
        "二级指标" | "二级指标名称" => Column::Level2,
        "三级指标" | "三级指标名称" | "指标名称" | "绩效指标名称" => {
            Column::Name
        }
        "运算符号" | "运算符" | "指标性质" | "计算符号" | "符号" => {
            Column::Operator
        }
        "指标值" | "目标值" | "指标目标值" | "年度指标值" | "绩效指标值" | "年度目标值" => {
            Column::Value
        }
        "度量单位" | "计量单位" | "单位" | "指标单位" | "指标值单位" => {
            Column::Unit
        }
        "完成时限" | "完成时间" | "时限" => Column::Deadline,
        "权重" | "分值" | "指标权重" | "权重分值" => Column::Weight,
        "指标方向" | "方向" | "指标方向性" => Column::Direction,
        "指标解释"
        | "指标说明"
        | "取值依据"
        | "指标值设定依据"
        | "评分标准"
        | "评(扣)分标准"
        | "备注"
        | "序号" => return Some(Heading::Skip),
        _ => return None,
    };
    Some(Heading::Column(column))
}

/// The indicator header row: which cell index holds which column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndicatorHeader {
    /// (cell index, column), in cell order; each column once.
    pub columns: Vec<(usize, Column)>,
    /// The empty (or `绩效指标`) column just left of the grid, where data rows are blank.
    pub label_col: Option<usize>,
    /// The leftmost mapped cell.
    pub first_col: usize,
    /// The last non-empty heading: cells beyond it overflow.
    pub last_col: usize,
}

impl IndicatorHeader {
    /// Reads a row as the indicator header: at least three known headings, among them a level
    /// or name column and a value-side column (operator, value, unit or deadline).
    pub fn detect(cells: &[&str]) -> Option<IndicatorHeader> {
        let mut columns: Vec<(usize, Column)> = Vec::new();
        let mut last_col = 0;
        for (i, cell) in cells.iter().enumerate() {
            if cell.trim().is_empty() {
                continue;
            }
            last_col = i;
            if let Some(Heading::Column(c)) = heading(cell) {
                if !columns.iter().any(|&(_, seen)| seen == c) {
                    columns.push((i, c));
                }
            }
        }
        let has = |set: &[Column]| columns.iter().any(|(_, c)| set.contains(c));
        if columns.len() < 3
            || !has(&[Column::Level1, Column::Level2, Column::Name])
            || !has(&[
                Column::Operator,
                Column::Value,
                Column::Unit,
                Column::Deadline,
            ])
        {
            return None;
        }
        let first_col = columns.iter().map(|&(i, _)| i).min()?;
        let label_col = first_col.checked_sub(1).filter(|&l| {
            cells
                .get(l)
                .is_some_and(|c| c.trim().is_empty() || is_indicator_label(c))
        });
        Some(IndicatorHeader {
            columns,
            label_col,
            first_col,
            last_col,
        })
    }

    /// The cell index of a column, if the header has it.
    pub fn index(&self, column: Column) -> Option<usize> {
        self.columns
            .iter()
            .find(|&&(_, c)| c == column)
            .map(|&(i, _)| i)
    }
}

/// True for the hierarchy columns (levels and name), which a stray value never moves into.
pub fn is_hierarchy(c: Column) -> bool {
    matches!(c, Column::Level1 | Column::Level2 | Column::Name)
}

/// A title line (`2024 年部门预算项目（政策）绩效目标表`): `Some(year)` with the year it names,
/// if any.
pub fn title(s: &str) -> Option<Option<i32>> {
    let c = text::compact(s);
    let is_title = c.contains("绩效目标")
        && c.contains('表')
        && text::char_len(&c) <= 60
        && field_label(s).is_none();
    is_title.then(|| year_in(&c))
}

/// The first `NNNN年` (1900–2199) in the text.
pub fn year_in(s: &str) -> Option<i32> {
    let c = text::compact(s);
    let chars: Vec<char> = c.chars().collect();
    for (i, w) in chars.windows(5).enumerate() {
        let digits = w[..4].iter().all(|ch| ch.is_ascii_digit());
        let before_digit = i > 0 && chars[i - 1].is_ascii_digit();
        if digits && !before_digit && w[4] == '年' {
            let y: i32 = w[..4].iter().collect::<String>().parse().ok()?;
            if (1900..2200).contains(&y) {
                return Some(y);
            }
        }
    }
    None
}

/// A budget year cell: `2024`, `2024年`, `2024年度`.
pub fn year_value(s: &str) -> Option<i32> {
    let c = text::compact(s);
    let digits = c
        .strip_suffix("年度")
        .or_else(|| c.strip_suffix('年'))
        .unwrap_or(&c);
    digits.parse().ok().filter(|y| (1900..2200).contains(y))
}

/// A unit line (`单位：万元`, `（金额单位：元）`): the money unit it names.
pub fn unit_line(s: &str) -> Option<AmountUnit> {
    let c = text::compact(s);
    let c = c.trim_start_matches('(').trim_end_matches(')');
    let rest = ["金额单位", "资金单位", "单位"]
        .iter()
        .find_map(|p| c.strip_prefix(p))?;
    unit_name(rest.trim_start_matches(':'))
}

/// A footer under the grid (填报人, 联系电话, 备注, …): the table ends there.
pub fn is_footer(s: &str) -> bool {
    let c = text::compact(s);
    [
        "填报人",
        "填表人",
        "联系人",
        "联系电话",
        "审核人",
        "负责人",
        "单位负责人",
        "财务负责人",
        "制表人",
        "填报日期",
        "填表日期",
        "填报说明",
        "填表说明",
        "注:",
        "备注:",
        "说明:",
    ]
    .iter()
    .any(|p| c.starts_with(p))
}

/// Prose rather than a cell of the grid: long, or a sentence.
pub fn is_prose(s: &str) -> bool {
    text::char_len(s) > 30 || s.contains('。')
}

/// A cell of a separator row: only dashes, rules and such symbols.
pub fn is_separator(s: &str) -> bool {
    let s = s.trim();
    !s.is_empty()
        && s.chars().all(|c| {
            matches!(
                c,
                '-' | '－'
                    | '—'
                    | '–'
                    | '─'
                    | '━'
                    | '_'
                    | '＿'
                    | '='
                    | '＝'
                    | '*'
                    | '＊'
                    | '~'
                    | '～'
                    | '·'
                    | '.'
                    | '…'
                    | '/'
                    | '|'
                    | '+'
                    | '#'
                    | ' '
                    | '\u{3000}'
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_labels_in_their_spellings() {
        for s in [
            "项目(政策)名称",
            "项目（政策）名称",
            "项目名称",
            " 项目名称： ",
            "*项目名称",
        ] {
            assert_eq!(field_label(s), Some((Field::ProjectName, None)), "{s}");
        }
        assert_eq!(field_label("主管部门"), Some((Field::Department, None)));
        assert_eq!(
            field_label("实施单位"),
            Some((Field::ImplementingUnit, None))
        );
        for s in ["预算资金情况", "年度资金总额", "资金总额", "预算金额"] {
            assert_eq!(field_label(s), Some((Field::Budget, None)), "{s}");
        }
        assert_eq!(
            field_label("预算资金（元）"),
            Some((Field::Budget, Some(AmountUnit::Yuan)))
        );
        for s in ["总体目标", "年度目标", "年度绩效目标", "绩效目标"] {
            assert_eq!(field_label(s), Some((Field::OverallGoal, None)), "{s}");
        }
        assert_eq!(field_label("绩效指标"), None);
        assert_eq!(field_label("项目名称很长的一句话"), None);
    }

    #[test]
    fn headings() {
        assert_eq!(heading("计量单位"), Some(Heading::Column(Column::Unit)));
        assert_eq!(heading("指标性质"), Some(Heading::Column(Column::Operator)));
        assert_eq!(heading("权重(%)"), Some(Heading::Column(Column::Weight)));
        assert_eq!(heading("目标值"), Some(Heading::Column(Column::Value)));
        assert_eq!(heading("完成时间"), Some(Heading::Column(Column::Deadline)));
        assert_eq!(heading("指标名称"), Some(Heading::Column(Column::Name)));
        assert_eq!(heading("指标解释"), Some(Heading::Skip));
        assert_eq!(heading("取值依据"), Some(Heading::Skip));
        assert_eq!(heading("绩效指标"), None);
        assert_eq!(heading("数量指标"), None);
    }

    #[test]
    fn seed_header_row() {
        let cells = [
            "绩效指标",
            "一级指标",
            "二级指标",
            "三级指标",
            "运算符号",
            "指标值",
            "度量单位",
            "完成时限",
            "",
        ];
        let h = IndicatorHeader::detect(&cells).unwrap();
        assert_eq!(h.label_col, Some(0));
        assert_eq!(h.first_col, 1);
        assert_eq!(h.last_col, 7);
        assert_eq!(h.index(Column::Level1), Some(1));
        assert_eq!(h.index(Column::Deadline), Some(7));
        assert_eq!(h.index(Column::Weight), None);
    }

    #[test]
    fn header_in_another_order() {
        let cells = [
            "三级指标",
            "一级指标",
            "二级指标",
            "指标解释",
            "指标性质",
            "目标值",
            "计量单位",
            "权重",
            "指标方向",
            "取值依据",
            "完成时间",
        ];
        let h = IndicatorHeader::detect(&cells).unwrap();
        assert_eq!(h.label_col, None);
        assert_eq!(h.first_col, 0);
        assert_eq!(h.last_col, 10);
        assert_eq!(
            h.columns,
            vec![
                (0, Column::Name),
                (1, Column::Level1),
                (2, Column::Level2),
                (4, Column::Operator),
                (5, Column::Value),
                (6, Column::Unit),
                (7, Column::Weight),
                (8, Column::Direction),
                (10, Column::Deadline),
            ]
        );
    }

    #[test]
    fn data_rows_are_not_headers() {
        let cells = ["", "产出指标", "数量指标", "项目申报数量", "=", "1", "个"];
        assert_eq!(IndicatorHeader::detect(&cells), None);
        assert_eq!(IndicatorHeader::detect(&["一级指标", "二级指标"]), None);
        assert_eq!(
            IndicatorHeader::detect(&["一级指标", "二级指标", "三级指标"]),
            None
        );
    }

    #[test]
    fn titles_and_years() {
        assert_eq!(
            title("2024 年部门预算项目（政策）绩效目标表"),
            Some(Some(2024))
        );
        assert_eq!(
            title("2024年部门预算项目（政策）绩效目标表"),
            Some(Some(2024))
        );
        assert_eq!(title("附件 1 绩效目标表"), Some(None));
        assert_eq!(
            title("项目支出绩效目标申报表（２０２５年度）"),
            Some(Some(2025))
        );
        assert_eq!(title("2024 年工作计划"), None);
        assert_eq!(year_in("编号12024年"), None);
        assert_eq!(year_value("2024年度"), Some(2024));
        assert_eq!(year_value("二〇二四"), None);
    }

    #[test]
    fn unit_lines() {
        assert_eq!(unit_line("单位：万元"), Some(AmountUnit::TenThousandYuan));
        assert_eq!(unit_line("（金额单位：元）"), Some(AmountUnit::Yuan));
        assert_eq!(unit_line("单位: 元"), Some(AmountUnit::Yuan));
        assert_eq!(unit_line("填报单位：铁西区财政局"), None);
        assert_eq!(unit_line("单位：个"), None);
    }

    #[test]
    fn separators_footers_prose() {
        assert!(is_separator("--"));
        assert!(is_separator("———"));
        assert!(!is_separator("%"));
        assert!(!is_separator(""));
        assert!(!is_separator("-1"));
        assert!(is_footer("填报人：张三"));
        assert!(!is_footer("保障水平"));
        assert!(is_prose("保证单位正常运转。"));
        assert!(!is_prose("正常运转率"));
    }
}
