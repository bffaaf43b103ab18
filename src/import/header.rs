//! Recognising the labelled parts of a pasted 绩效目标表, 绩效运行监控表 or 绩效自评表: the title
//! line, the unit line, the header fields (项目名称, 主管部门, …), the execution block's
//! headings and fund rows, the indicator header row and its columns (tick boxes included), the
//! totals row, footers.
//!
//! Labels are compared after [`label_key`]: full-width folded, spaces removed, a leading `*`
//! (required-field marker) and a trailing colon or parenthetical (`权重(%)`, `预算资金(万元)`)
//! dropped.

use crate::profile::AmountUnit;
use crate::raw::{Column, ExecField, Field, Stage};
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
        k if LATER => later_field(k)?,
        _ => return None,
    };
    Some((field, unit_name(&note)))
}

/// True in a build that reads the later forms (feature `lifecycle`): their labels, headings,
/// execution block and totals. Without it the importer reads target tables as it always
/// has, and the later forms' labels are text like any other.
pub const LATER: bool = cfg!(feature = "lifecycle");

/// The later forms' header labels (LIFECYCLE.md §2.2–2.3).
fn later_field(key: &str) -> Option<Field> {
    Some(match key {
        "预期目标" | "项目年度目标" | "年初设定目标" | "年度预期目标" | "年初绩效目标" => {
            Field::OverallGoal
        }
        "实际完成情况"
        | "年度目标完成情况"
        | "年度总体目标完成情况综述"
        | "全年实际完成情况"
        | "年度总体目标完成情况"
        | "总体目标完成情况综述"
        | "目标实际完成情况" => Field::GoalCompletion,
        "总体目标完成情况" | "目标执行情况" | "总体目标执行情况" | "目标完成进度" => {
            Field::GoalProgress
        }
        "项目实施内容及过程概述" | "实施内容及过程概述" | "项目实施情况概述" => {
            Field::Process
        }
        "监控截止月份" | "截止月份" | "监控月份" | "监控期间" | "监控时段" | "监控期" => {
            Field::Month
        }
        "分值合计" | "总分值" | "权重合计" => Field::TotalWeight,
        "自评得分" | "总得分" | "得分合计" | "自评总分" | "总分" => {
            Field::TotalScore
        }
        "评价等级" | "自评等级" | "自评结论" | "绩效等级" | "自评结果等级" => {
            Field::Grade
        }
        "评价结论" | "绩效评价结论" | "自评结论说明" => Field::Conclusion,
        "存在问题" | "存在的问题" | "主要问题" | "偏差大或目标未完成原因分析" => {
            Field::Problems
        }
        "改进措施" | "改进意见" | "整改措施" | "改进措施及结果应用方案" => {
            Field::Improvements
        }
        "其他需要说明事项"
        | "其他需要说明的事项"
        | "其他需说明事项"
        | "其他说明事项"
        | "其他说明" => Field::OtherNotes,
        "下一步措施" | "纠偏措施" | "下一步工作措施" | "下一步改进措施" => {
            Field::Measures
        }
        _ => return None,
    })
}

/// The money unit a label's parenthetical names (`项目资金（万元）`).
pub fn label_unit(s: &str) -> Option<AmountUnit> {
    unit_name(&key_and_note(s).1)
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
    /// One box of a tick-box group (LIFECYCLE.md §2.4): a 偏差原因 category (经费保障 …,
    /// [`Column::DeviationCauses`]) or a 完成可能性 answer (确定能 …, [`Column::Likelihood`]),
    /// with the text the box stands for.
    Tick(Column, &'static str),
}

/// The 偏差原因 categories of the monitoring forms' tick boxes.
pub const CAUSES: [&str; 5] = ["经费保障", "制度保障", "人员保障", "硬件条件保障", "其他"];
/// The 完成可能性 answers of the monitoring forms' tick boxes.
pub const LIKELIHOODS: [&str; 3] = ["确定能", "有可能", "完全不可能"];

pub fn heading(s: &str) -> Option<Heading> {
    let key = label_key(s);
    let key = if LATER { month_prefix(&key).1 } else { &key };
    let column = match key {
        "一级指标" | "一级指标名称" => Column::Level1,
        "二级指标" | "二级指标名称" => Column::Level2,
        "三级指标" | "三级指标名称" | "指标名称" | "绩效指标名称" => {
            Column::Name
        }
        "运算符号" | "运算符" | "指标性质" | "计算符号" | "符号" => {
            Column::Operator
        }
        "指标值" | "目标值" | "指标目标值" | "年度指标值" | "绩效指标值" | "年度目标值"
        | "全年指标值" => Column::Value,
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
        | "序号"
        | "得分计算方法"
        | "扣分原因" => return Some(Heading::Skip),
        "备注" if !LATER => return Some(Heading::Skip),
        k if LATER => return later_heading(k),
        _ => return None,
    };
    Some(Heading::Column(column))
}

/// The later forms' grid headings (LIFECYCLE.md §2.2–2.3), and their tick boxes.
fn later_heading(key: &str) -> Option<Heading> {
    let column = match key {
        "实际完成值"
        | "完成值"
        | "全年实际值"
        | "全年完成值"
        | "实际值"
        | "全年实际完成值"
        | "实际完成指标值"
        | "实际完成情况"
        | "当前完成值"
        | "完成情况"
        | "累计完成值"
        | "实际完成" => Column::Actual,
        "得分" | "自评得分" | "实际得分" | "指标得分" => Column::Score,
        "偏差原因分析及改进措施"
        | "偏差原因分析"
        | "偏差原因"
        | "偏差原因说明"
        | "偏差原因及改进措施"
        | "未完成原因分析"
        | "未完成原因及拟采取的改进措施"
        | "未完成原因和改进措施"
        | "未完成原因及改进措施"
        | "未完成原因"
        | "原因说明"
        | "原因分析" => Column::DeviationReason,
        "改进措施" | "纠偏措施" | "整改措施" => Column::Measures,
        "全年预计完成值" | "全年预计完成情况" | "预计全年完成值" | "预计完成值" | "全年预计值" => {
            Column::Projected
        }
        "完成可能性" | "全年完成可能性" | "完成目标可能性" => Column::Likelihood,
        "预警" | "预警灯" | "预警情况" | "指标预警" | "预警等级" | "监控预警" | "亮灯情况" => {
            Column::Light
        }
        "偏差原因类别" | "偏差原因类型" => Column::DeviationCauses,
        "备注" => Column::Remark,
        "年初指标值" | "年初目标值" => Column::InitialValue,
        "完成率" | "指标完成率" | "完成比例" => Column::Completion,
        k => {
            let tick = |list: &[&'static str], c: Column| {
                list.iter().find(|&&t| t == k).map(|&t| Heading::Tick(c, t))
            };
            let other = (k == "其它").then_some(Heading::Tick(Column::DeviationCauses, "其他"));
            return tick(&CAUSES, Column::DeviationCauses)
                .or(other)
                .or_else(|| tick(&LIKELIHOODS, Column::Likelihood));
        }
    };
    Some(Heading::Column(column))
}

/// A heading's leading period (`1-7月实际完成值`, `截至7月执行数`, `2024年1-7月执行数`): the
/// period as written, and the rest of the heading.
pub fn month_prefix(key: &str) -> (Option<&str>, &str) {
    let mut rest = key;
    for p in ["截至", "截止", "至"] {
        if let Some(r) = rest.strip_prefix(p) {
            rest = r;
            break;
        }
    }
    let start = key.len() - rest.len();
    if let Some(i) = rest.find('年') {
        if i == 4 && rest[..4].bytes().all(|b| b.is_ascii_digit()) {
            rest = &rest[i + '年'.len_utf8()..];
        }
    }
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let mut r = rest;
    let n = digits(r);
    if n == 0 || n > 2 {
        return (None, key);
    }
    r = &r[n..];
    if let Some(sep) = r.chars().next().filter(|c| "-~～—－至到".contains(*c)) {
        r = &r[sep.len_utf8()..];
        let m = digits(r);
        if m == 0 || m > 2 {
            return (None, key);
        }
        r = &r[m..];
    }
    let Some(after) = r.strip_prefix('月') else {
        return (None, key);
    };
    let after = after
        .strip_prefix('份')
        .or_else(|| after.strip_prefix('底'))
        .or_else(|| after.strip_prefix('末'))
        .unwrap_or(after);
    if after.is_empty() {
        return (None, key);
    }
    let end = key.len() - after.len();
    (Some(&key[start..end]), after)
}

/// The indicator header row: which cell index holds which column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndicatorHeader {
    /// (cell index, column), in cell order; each column once.
    pub columns: Vec<(usize, Column)>,
    /// Tick-box columns: (cell index, [`Column::DeviationCauses`] or [`Column::Likelihood`],
    /// the category the box stands for).
    pub ticks: Vec<(usize, Column, &'static str)>,
    /// The empty (or `绩效指标`) column just left of the grid, where data rows are blank.
    pub label_col: Option<usize>,
    /// The leftmost mapped cell.
    pub first_col: usize,
    /// The last non-empty heading: cells beyond it overflow.
    pub last_col: usize,
    /// The period a heading names (`1-7月实际完成值` → `1-7月`): a monitoring form's.
    pub month: Option<String>,
    /// True once a second heading row (the tick boxes under 偏差原因 / 完成可能性) was read.
    pub sub_read: bool,
}

/// Columns only the later forms have: a grid with one of them is a monitoring form's or a
/// self-evaluation's.
fn is_lifecycle(c: Column) -> bool {
    !Column::TARGET.contains(&c) && !matches!(c, Column::Remark | Column::Measures)
}

impl IndicatorHeader {
    /// Reads a row as the indicator header: at least three known headings, among them a level
    /// or name column and a value-side column (operator, value, unit or deadline).
    ///
    /// 备注 and 改进措施 are read only in a grid of the later forms (a target table's 备注
    /// stays skipped); 年初指标值 is the target when the grid has no other.
    pub fn detect(cells: &[&str]) -> Option<IndicatorHeader> {
        IndicatorHeader::detect_in(cells, false)
    }

    /// [`IndicatorHeader::detect`] in a table known to be a later form's (`lifecycle`: its
    /// title or its execution block says so), where 备注 and 改进措施 are read in any grid.
    pub fn detect_in(cells: &[&str], lifecycle: bool) -> Option<IndicatorHeader> {
        let mut columns: Vec<(usize, Column)> = Vec::new();
        let mut ticks = Vec::new();
        let mut last_col = 0;
        let mut month = None;
        for (i, cell) in cells.iter().enumerate() {
            if cell.trim().is_empty() {
                continue;
            }
            last_col = i;
            match heading(cell) {
                Some(Heading::Column(c)) if !columns.iter().any(|&(_, seen)| seen == c) => {
                    columns.push((i, c));
                    if LATER && month.is_none() {
                        month = month_prefix(&label_key(cell)).0.map(String::from);
                    }
                }
                Some(Heading::Tick(c, t)) if LATER => ticks.push((i, c, t)),
                _ => {}
            }
        }
        let has = |columns: &[(usize, Column)], set: &[Column]| {
            columns.iter().any(|(_, c)| set.contains(c))
        };
        if LATER && !has(&columns, &[Column::Value]) {
            if let Some(slot) = columns.iter_mut().find(|(_, c)| *c == Column::InitialValue) {
                slot.1 = Column::Value;
            }
        }
        if !columns.iter().any(|&(_, c)| is_lifecycle(c)) && !ticks.is_empty() {
            // Boxes alone do not make a grid.
            ticks.clear();
        }
        if !lifecycle && !columns.iter().any(|&(_, c)| is_lifecycle(c)) && ticks.is_empty() {
            columns.retain(|&(_, c)| !matches!(c, Column::Remark | Column::Measures));
            month = None;
        }
        if columns.len() < 3
            || !has(&columns, &[Column::Level1, Column::Level2, Column::Name])
            || !has(
                &columns,
                &[
                    Column::Operator,
                    Column::Value,
                    Column::Unit,
                    Column::Deadline,
                ],
            )
        {
            return None;
        }
        let first_col = columns.iter().map(|&(i, _)| i).min()?;
        let label_col = first_col.checked_sub(1).filter(|&l| {
            cells
                .get(l)
                .is_some_and(|c| c.trim().is_empty() || is_indicator_label(c))
        });
        let mut h = IndicatorHeader {
            columns,
            ticks: Vec::new(),
            label_col,
            first_col,
            last_col,
            month,
            sub_read: false,
        };
        if LATER {
            h.add_ticks(ticks);
        }
        Some(h)
    }

    /// The second heading row of a grid whose group headings (偏差原因, 完成可能性) span tick
    /// boxes: at least two boxes, and nothing but headings. The boxes replace the group
    /// heading above them; a text heading beside them (原因说明) takes its column.
    pub fn sub_heading(&mut self, cells: &[&str]) -> bool {
        let mut ticks = Vec::new();
        let mut columns = Vec::new();
        for (i, cell) in cells.iter().enumerate() {
            if cell.trim().is_empty() {
                continue;
            }
            match heading(cell) {
                Some(Heading::Tick(c, t)) => ticks.push((i, c, t)),
                Some(Heading::Column(c)) if !is_hierarchy(c) => columns.push((i, c)),
                Some(Heading::Skip) => {}
                _ => return false,
            }
        }
        if ticks.len() < 2 {
            return false;
        }
        for (i, c) in columns {
            self.columns.retain(|&(j, seen)| seen != c && j != i);
            self.columns.push((i, c));
            self.last_col = self.last_col.max(i);
        }
        self.add_ticks(ticks);
        self.columns.sort_unstable();
        self.sub_read = true;
        true
    }

    fn add_ticks(&mut self, ticks: Vec<(usize, Column, &'static str)>) {
        // 其他 is a cause only beside other causes.
        let causes = ticks
            .iter()
            .filter(|&&(_, c, t)| c == Column::DeviationCauses && t != "其他")
            .count();
        for (i, c, t) in ticks {
            if c == Column::DeviationCauses && t == "其他" && causes == 0 {
                continue;
            }
            // A box replaces the group heading it sits under, and a text column of the same
            // cell the boxes stand for.
            self.columns.retain(|&(j, seen)| j != i && seen != c);
            self.ticks.push((i, c, t));
            self.last_col = self.last_col.max(i);
        }
    }

    /// True when the grid is a later form's: a column or a box only those forms have.
    pub fn is_lifecycle(&self) -> bool {
        !self.ticks.is_empty() || self.columns.iter().any(|&(_, c)| is_lifecycle(c))
    }

    /// True when the grid is a monitoring form's: a projection, a light, a likelihood,
    /// boxes, or a period in a heading.
    pub fn is_monitoring(&self) -> bool {
        self.month.is_some()
            || !self.ticks.is_empty()
            || self
                .columns
                .iter()
                .any(|&(_, c)| matches!(c, Column::Projected | Column::Light | Column::Likelihood))
    }

    /// The cell index of a column, if the header has it.
    pub fn index(&self, column: Column) -> Option<usize> {
        self.columns
            .iter()
            .find(|&&(_, c)| c == column)
            .map(|&(i, _)| i)
    }
}

/// What a heading of the execution block (预算执行情况 / 项目资金) names.
pub fn exec_heading(s: &str) -> Option<ExecField> {
    if !LATER {
        return None;
    }
    let key = label_key(s);
    let (_, key) = month_prefix(&key);
    Some(match key {
        "年初预算数" | "年初预算" | "年初预算金额" | "年初预算安排数" | "年初预算安排" => {
            ExecField::InitialBudget
        }
        "全年预算数"
        | "调整后预算数"
        | "调整后预算"
        | "全年预算"
        | "预算数"
        | "全年预算金额"
        | "年度预算数"
        | "调整后全年预算数" => ExecField::AnnualBudget,
        "全年执行数" | "执行数" | "预算执行数" | "实际执行数" | "累计执行数" | "实际支出数"
        | "执行金额" | "全年执行金额" => ExecField::Executed,
        "执行率" | "预算执行率" | "资金执行率" | "执行进度" => ExecField::Rate,
        "分值" | "权重" => ExecField::Weight,
        "得分" => ExecField::Score,
        "原因" | "偏差原因" | "原因说明" | "未执行原因" | "执行偏差原因" | "偏差原因分析" => {
            ExecField::Reason
        }
        "全年预计执行数" | "预计全年执行数" | "全年预计支出数" | "预计执行数" => {
            ExecField::ProjectedExecuted
        }
        "预算执行预警" | "预警" | "执行预警" | "预警情况" => ExecField::Light,
        "纠偏措施" | "改进措施" | "整改措施" => ExecField::Measures,
        _ => return None,
    })
}

/// The heading row of the execution block: which cell index holds which cell of its rows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExecHeader {
    /// (cell index, cell), in cell order; each cell once.
    pub columns: Vec<(usize, ExecField)>,
    /// The leftmost heading: the rows' names (年度资金总额, 其中：财政拨款) are left of it.
    pub first_col: usize,
    /// The money unit the block's label names (`项目资金（万元）`).
    pub unit: Option<AmountUnit>,
    /// The period a heading names (`1-7月执行数` → `1-7月`): a monitoring form's.
    pub month: Option<String>,
}

impl ExecHeader {
    /// Reads a row as the execution block's headings: a budget (年初预算数 or 全年预算数) and
    /// what was spent or its rate (执行数, 执行率), and no indicator columns.
    pub fn detect(cells: &[&str]) -> Option<ExecHeader> {
        if !LATER {
            return None;
        }
        let mut columns: Vec<(usize, ExecField)> = Vec::new();
        let mut month = None;
        for (i, cell) in cells.iter().enumerate() {
            if cell.is_empty() {
                continue;
            }
            if let Some(f) = exec_heading(cell) {
                if !columns.iter().any(|&(_, seen)| seen == f) {
                    columns.push((i, f));
                    if f == ExecField::Executed {
                        month = month_prefix(&label_key(cell)).0.map(String::from);
                    }
                }
            }
        }
        let has = |set: &[ExecField]| columns.iter().any(|(_, f)| set.contains(f));
        if !LATER
            || !has(&[ExecField::Executed, ExecField::Rate])
            || !has(&[ExecField::InitialBudget, ExecField::AnnualBudget])
            || IndicatorHeader::detect(cells).is_some()
        {
            return None;
        }
        let first_col = columns.iter().map(|&(i, _)| i).min()?;
        let unit = cells[..first_col]
            .iter()
            .find_map(|c| unit_name(&key_and_note(c).1));
        Some(ExecHeader {
            columns,
            first_col,
            unit,
            month,
        })
    }

    /// True when the block is a monitoring form's: spending to a month, a projection, a light.
    pub fn is_monitoring(&self) -> bool {
        self.month.is_some()
            || self
                .columns
                .iter()
                .any(|&(_, f)| matches!(f, ExecField::ProjectedExecuted | ExecField::Light))
    }
}

/// A row name of the execution block that is its total (年度资金总额, 总额, 合计).
pub fn is_fund_total(s: &str) -> bool {
    matches!(
        label_key(s).as_str(),
        "年度资金总额"
            | "资金总额"
            | "总额"
            | "合计"
            | "总计"
            | "项目资金总额"
            | "年度预算资金总额"
            | "预算资金总额"
            | "资金合计"
            | "项目总额"
    )
}

/// A row name of the execution block that is a funding source (其中：本年财政拨款, 上年结转资金,
/// 其他资金, 专项债券资金, 单位资金 …).
pub fn is_fund_source(s: &str) -> bool {
    let c = text::compact(s);
    c.starts_with("其中")
        || [
            "资金", "拨款", "财政", "结转", "结余", "债券", "自筹", "收入", "专户", "补助", "配套",
        ]
        .iter()
        .any(|w| c.contains(w))
}

/// The totals row under a later form's indicator grid (合计, 总分).
pub fn is_totals_label(s: &str) -> bool {
    matches!(
        label_key(s).as_str(),
        "合计" | "总计" | "总分" | "合计得分" | "总得分"
    )
}

/// A tick in a tick box (`√`, `✓`, `是`): anything but a blank, an unticked box or a no.
pub fn is_ticked(s: &str) -> bool {
    let s = s.trim();
    !s.is_empty()
        && !matches!(
            s,
            "□" | "☐"
                | "×"
                | "✗"
                | "✘"
                | "否"
                | "无"
                | "0"
                | "/"
                | "-"
                | "—"
                | "－"
                | "N"
                | "n"
        )
}

/// A grade as a totals row or a grade cell writes it (`良`, `自评等级：良`): the grade.
pub fn grade_cell(s: &str) -> Option<&str> {
    let t = s.trim();
    let value = t
        .rsplit_once([':', '：'])
        .filter(|(label, _)| field_label(label) == Some((Field::Grade, None)))
        .map_or(t, |(_, v)| v.trim());
    matches!(
        value,
        "优" | "良" | "中" | "差" | "优秀" | "良好" | "合格" | "不合格" | "较差" | "一般"
    )
    .then_some(value)
}

/// True for the hierarchy columns (levels and name), which a stray value never moves into.
pub fn is_hierarchy(c: Column) -> bool {
    matches!(c, Column::Level1 | Column::Level2 | Column::Name)
}

/// A title line: the year it names, if any, and the form it names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Title {
    pub year: Option<i32>,
    /// `None` for a target table's title (`…绩效目标表`), which the columns may still
    /// overrule; the later forms' titles (`…自评表`, `…监控表`) name theirs.
    pub stage: Option<Stage>,
}

/// A title line (`2024 年部门预算项目（政策）绩效目标表`, `项目支出绩效自评表`,
/// `…绩效运行监控表`), with the year and the form it names.
pub fn title(s: &str) -> Option<Title> {
    let c = text::compact(s);
    let stage = if !LATER {
        None
    } else if c.contains("自评") {
        Some(Stage::SelfEvaluation)
    } else if c.contains("监控") {
        Some(Stage::Monitoring)
    } else {
        None
    };
    let names_form =
        c.contains("绩效目标") || (stage.is_some() && (c.contains("绩效") || c.ends_with('表')));
    let is_title =
        names_form && c.contains('表') && text::char_len(&c) <= 60 && field_label(s).is_none();
    is_title.then(|| Title {
        year: year_in(&c),
        stage,
    })
}

/// A line under a later form's title that gives its year (`（2024年度）`) or its period
/// (`（1-7月）`, `2024年1-7月`).
pub fn period_line(s: &str) -> Option<(Option<i32>, Option<String>)> {
    let c = text::compact(s);
    let c = c.trim_start_matches('(').trim_end_matches(')');
    let c = c
        .strip_prefix("监控期间:")
        .or_else(|| c.strip_prefix("监控期间"))
        .unwrap_or(c);
    if let Some(y) = year_value(c) {
        return Some((Some(y), None));
    }
    let (year, rest) = match c.find('年') {
        Some(4) => (year_value(&c[..4]), &c[4 + '年'.len_utf8()..]),
        _ => (None, c),
    };
    let month = rest.strip_suffix('份').unwrap_or(rest);
    month_only(month).map(|m| (year, Some(m)))
}

/// A text that is only a period (`1-7月`), as [`month_prefix`] reads it.
fn month_only(s: &str) -> Option<String> {
    let probe = format!("{s}x");
    match month_prefix(&probe) {
        (Some(m), "x") => Some(m.to_string()),
        _ => None,
    }
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
        let year = |s: &str| title(s).map(|t| t.year);
        assert_eq!(
            year("2024 年部门预算项目（政策）绩效目标表"),
            Some(Some(2024))
        );
        assert_eq!(
            year("2024年部门预算项目（政策）绩效目标表"),
            Some(Some(2024))
        );
        assert_eq!(year("附件 1 绩效目标表"), Some(None));
        assert_eq!(
            year("项目支出绩效目标申报表（２０２５年度）"),
            Some(Some(2025))
        );
        assert_eq!(year("2024 年工作计划"), None);
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
