//! A grid of cells → tables, repairing what pasting breaks.
//!
//! The grid is read row by row (cells trimmed):
//!
//! - **Title line** (`2024 年部门预算项目（政策）绩效目标表`): ends the table being read; its year
//!   becomes the `year` of the tables that follow (else `profile.year`). **Unit line**
//!   (`单位：元`): the money unit of the tables that follow, until the next title.
//! - **Header fields** by the label in their first cell: 项目(政策)名称, 主管部门 … 实施单位 (label,
//!   value, label, value anywhere on the row), 预算资金情况, 总体目标. A 项目名称 row starts a new
//!   table (unless the current one has no name and no grid yet); so does any header field once
//!   the current table's grid has begun. A value cell that is itself a label means "empty".
//! - **Indicator header**: columns found by name in any order ([`super::header`]).
//! - **Data rows** until the next table, a footer (填报人 …) or prose in the first column.
//!   Merged cells are filled down: an empty level 1 is the one above; an empty level 2 is the
//!   one above only when level 1 was filled down too.
//! - Narrative text outside tables, blank rows and columns nobody asked for are ignored.
//!
//! Repairs, each reported as `import-repaired` (info) at the row they touched:
//!
//! 1. **Shifted row**: text in the label column (left of the grid, blank in data rows) means the
//!    row slid one column left: it is moved back right.
//! 2. **Overflow**: cells beyond the last heading move left into the nearest empty value-side
//!    cells (operator, value, unit, deadline, weight, direction), keeping their order; a cell with
//!    nowhere to go is dropped and said so.
//! 3. **Name in a level column**: a level-1 cell that names neither a level 1 nor a level 2,
//!    with level 2 and name empty, is the indicator's name; it moves to the name column and the
//!    levels are filled down. Likewise a level-2 cell that names no level with the name empty.
//!    A level-2 name in the level-1 column stays where it is, for the rules to flag.
//! 4. **Broken value**: a row whose only cell is a value-side cell under a row that has that cell
//!    filled continues it: the text is appended (no separator) and the row dropped.
//! 5. **Separator row** (`--  --  ---`): dropped.
//!
//! **The later forms** (绩效运行监控表, 绩效自评表; LIFECYCLE.md §1, §2.4), in the central,
//! Sichuan, 衔接资金 and Hunan layouts:
//!
//! - The title names the form (`…自评表`, `…监控表`) and so the table's `stage`; without one,
//!   the cells do: a period, projection, light or tick boxes make a monitoring form; an
//!   execution block, an actual or score column, a completion, totals or a grade a
//!   self-evaluation. A line under such a title gives the year or period (`（2024年度）`,
//!   `（1-7月）`).
//! - **Execution block**: a row of its headings (年初预算数, 全年预算数(A) / 调整后预算数,
//!   全年执行数(B) / 1-N月执行数, 执行率, 分值 / 权重, 得分, 原因 …), then one row per fund,
//!   named left of the headings: the total (年度资金总额, 总额) and the sources (其中：财政拨款,
//!   上年结转资金 …) until a row that is neither. A table without a budget label takes the
//!   total's 全年预算数 as its budget; the unit its label or a unit line names is the table's
//!   `amountUnit` (amounts stay as written).
//! - **A row of labels** with values on the next row (年度总体目标 | 预期目标 | 实际完成情况):
//!   each label takes the cells under it up to the next label.
//! - **Grid**: the later columns by their headings (实际完成值, 分值, 得分, 偏差原因分析及改进措施,
//!   全年预计完成值, 完成可能性, 备注 …, a period before a heading read as the month), and tick
//!   boxes — under a group heading on a second heading row or on the heading row itself —
//!   whose ticked categories become `deviationCauses` / `likelihood`. A cell the layout has is
//!   `Some` (blank: `""`), one it lacks `None`.
//! - **Totals row** (合计, 总分): its 分值 and 得分 cells and a grade beside them; the fields
//!   under the grid (评价等级, 评价结论, 存在问题, 改进措施 …) stay with the table.
//!
//! Also: the goal continued on the next row (first cell blank) is joined to it, and when
//! the table's unit line says 元 while the profile counts in 万元 (or the reverse), the budget is
//! written with its unit (`1250700元`) so the model reads it right.

use super::header::{self, ExecHeader, IndicatorHeader, LATER};
use super::position::{GridCell, Positions};
use super::{Import, ImportDiagnostic};
use crate::amount::Amount;
use crate::diagnostic::{Diagnostic, Path, Severity};
use crate::profile::{AmountUnit, Profile};
use crate::raw::{
    Column, ExecField, Field, RawExecution, RawIndicator, RawSource, RawTable, Stage,
};
use crate::taxonomy::{Level1, Level2};
use crate::text;

/// The rule id of every importer note.
pub const RULE: crate::rules::RuleId = crate::rules::RuleId::import_repaired;

/// Reads the tables in `rows`.
pub fn read<S: AsRef<str>>(rows: &[Vec<S>], profile: &Profile) -> Import {
    read_with::<false, S>(rows, profile)
}

/// [`read`], and where each table's parts were read ([`Import::positions`], one per table):
/// for a workbook, whose findings name their cells. The tables and notes are the same as
/// [`read`]'s; `read` alone keeps none of the bookkeeping (the paste importer's wasm module
/// does not carry it).
pub fn read_located<S: AsRef<str>>(rows: &[Vec<S>], profile: &Profile) -> Import {
    read_with::<true, S>(rows, profile)
}

fn read_with<const LOCATE: bool, S: AsRef<str>>(rows: &[Vec<S>], profile: &Profile) -> Import {
    let mut reader = Reader::<LOCATE> {
        profile,
        zh: profile.zh(),
        out: Import::default(),
        current: None,
        pending_year: None,
        pending_unit: None,
        pending_stage: None,
        pending_month: None,
        at: 0,
    };
    for (at, row) in rows.iter().enumerate() {
        reader.at = at;
        let cells: Vec<&str> = row.iter().map(|c| c.as_ref().trim()).collect();
        reader.row(&cells);
    }
    reader.finish();
    reader.out
}

/// `LOCATE`: whether to record [`Positions`] (a constant, so that [`read`] compiles without).
struct Reader<'a, const LOCATE: bool> {
    profile: &'a Profile,
    zh: bool,
    out: Import,
    /// The index of the row being read.
    at: usize,
    current: Option<Builder>,
    /// The year of the last title line.
    pending_year: Option<i32>,
    /// The unit of the last unit line since that title.
    pending_unit: Option<AmountUnit>,
    /// The form the last title names (`…自评表`, `…监控表`).
    pending_stage: Option<Stage>,
    /// The period on the line under that title (`（1-7月）`).
    pending_month: Option<String>,
}

/// A table being read.
struct Builder {
    table: RawTable,
    unit: Option<AmountUnit>,
    header: Option<IndicatorHeader>,
    last_field: Option<Field>,
    last_l1: String,
    last_l2: String,
    notes: Vec<(Path, String)>,
    /// Where the parts were read (only with `LOCATE`), and the cells the last level 1 and
    /// level 2 were filled down from.
    pos: Positions,
    last_l1_at: GridCell,
    last_l2_at: GridCell,
    /// The later forms: the form the title names; the execution block whose rows are being
    /// read; the labels of a row of labels whose values are on the next row (年度总体目标 |
    /// 预期目标 | 实际完成情况), with their columns; whether a budget label was read (else the
    /// execution block's total gives the budget); whether the grid's header was just read
    /// (a second heading row may follow); the period a heading names.
    stage: Option<Stage>,
    exec: Option<ExecHeader>,
    labels: Option<Vec<(Field, usize)>>,
    budget_labelled: bool,
    fresh_header: bool,
    month_hint: Option<String>,
    monitoring_hint: bool,
}

impl Builder {
    fn has_content(&self) -> bool {
        self.header.is_some()
            || self.table.execution.is_some()
            || !self.table.indicators.is_empty()
            || Field::ALL.iter().any(|&f| {
                !matches!(f, Field::Year | Field::Stage) && !self.table.field(f).is_empty()
            })
    }
}

impl Builder {
    /// True when the table is a later form's: its title says so, or it has an execution block
    /// or a grid of a later form.
    fn is_lifecycle(&self) -> bool {
        self.stage.is_some()
            || self.table.execution.is_some()
            || self
                .header
                .as_ref()
                .is_some_and(IndicatorHeader::is_lifecycle)
    }

    /// The form the table is: the one its title names, else the one its cells show — a
    /// monitoring form's period, projection, light or tick boxes; a later form's execution
    /// block, grid, completion, totals or grade.
    fn stage(&self) -> Stage {
        if let Some(s) = self.stage {
            return s;
        }
        let t = &self.table;
        // What only a monitoring form has, then what only a self-evaluation has (scores,
        // totals, a grade, the year's completion), then the weaker signs of either.
        if self.monitoring_hint || t.month.is_some() {
            return Stage::Monitoring;
        }
        let scored = self
            .header
            .as_ref()
            .is_some_and(|h| h.index(Column::Score).is_some());
        let evaluated = [
            &t.goal_completion,
            &t.process,
            &t.total_weight,
            &t.total_score,
            &t.grade,
        ]
        .iter()
        .any(|c| c.is_some());
        if scored || evaluated {
            Stage::SelfEvaluation
        } else if t.goal_progress.is_some() || t.measures.is_some() {
            Stage::Monitoring
        } else if self.is_lifecycle() {
            Stage::SelfEvaluation
        } else {
            Stage::Target
        }
    }

    /// A later form's table, once read: the period a heading names as its month, the goal's
    /// completion under the form's own key, the budget from the execution block, and the
    /// money unit as the table's `amountUnit` (amounts stay as written).
    fn lifecycle_finish(&mut self) {
        let t = &mut self.table;
        if t.stage == Stage::Monitoring && t.month.is_none() {
            t.month = self.month_hint.take();
        }
        match t.stage {
            Stage::SelfEvaluation if t.goal_completion.is_none() => {
                t.goal_completion = t.goal_progress.take();
            }
            Stage::Monitoring if t.goal_progress.is_none() => {
                t.goal_progress = t.goal_completion.take();
            }
            _ => {}
        }
        if !self.budget_labelled && t.budget.is_empty() {
            if let Some(b) = t.execution.as_ref().and_then(|e| e.annual_budget.clone()) {
                t.budget = b;
            }
        }
        if let Some(u) = self.unit {
            t.amount_unit = u.name().to_string();
        }
    }
}

/// A row of labels only (年度总体目标 | 预期目标 | 实际完成情况), among them one of the later
/// forms: each label and its column, a label named twice at its last column (the group
/// label on the left spans the ones under it). Their values are on the next row.
fn label_row(cells: &[&str], filled: &[usize]) -> Option<Vec<(Field, usize)>> {
    let mut out: Vec<(Field, usize)> = Vec::new();
    for &i in filled {
        let (field, _) = header::field_label(cells[i])?;
        out.retain(|&(f, _)| f != field);
        out.push((field, i));
    }
    let later = out.iter().any(|(f, _)| !Field::TARGET.contains(f));
    (filled.len() >= 2 && later).then_some(out)
}

/// A row of header fields: (field, value, unit named by the label, column of the value — or
/// of the cell right of the label when the value is empty).
type FieldRow = Vec<(Field, String, Option<AmountUnit>, usize)>;

impl<const LOCATE: bool> Reader<'_, LOCATE> {
    fn row(&mut self, cells: &[&str]) {
        let filled: Vec<usize> = (0..cells.len()).filter(|&i| !cells[i].is_empty()).collect();
        let Some(&first) = filled.first() else {
            return;
        };
        // The later forms' parts (execution block, rows of labels, totals, tick boxes) are
        // read only in a build with them (`LATER`, a constant: the rest is compiled out).
        let labels = self.current.as_mut().and_then(|b| b.labels.take());
        if let Some(labels) = labels.filter(|_| LATER) {
            if field_row(cells, first).is_none() && self.label_values(cells, &labels) {
                return;
            }
        }
        if LATER && self.exec_row(cells, &filled) {
            return;
        }
        let grid = self.current.as_ref().and_then(|b| b.header.as_ref());
        let left_of_names =
            |h: &IndicatorHeader| first <= h.index(Column::Name).unwrap_or(h.first_col);
        let lifecycle = LATER && self.current.as_ref().is_some_and(Builder::is_lifecycle);
        if grid.is_some_and(|h| lifecycle && left_of_names(h))
            && header::is_totals_label(cells[first])
        {
            self.totals_row(cells, &filled);
            return;
        }
        // Once the grid has begun, titles and labels only count in the leftmost columns.
        let at_edge = grid.is_none_or(|h| first == 0 || first < h.first_col);
        if at_edge && self.meta_row(cells, &filled) {
            return;
        }
        let exec = match LATER && at_edge {
            true => ExecHeader::detect(cells),
            false => None,
        };
        if let Some(e) = exec {
            let new_table = self
                .current
                .as_ref()
                .is_none_or(|b| b.header.is_some() || b.table.execution.is_some());
            if new_table {
                self.finish();
                self.start(first);
            }
            if let Some(b) = self.current.as_mut() {
                if LOCATE {
                    b.pos
                        .set(Path::Execution, GridCell::new(self.at, e.first_col));
                }
                if e.unit.is_some() {
                    b.unit = e.unit;
                }
                b.monitoring_hint |= e.is_monitoring();
                if b.month_hint.is_none() {
                    b.month_hint = e.month.clone();
                }
                b.table.execution = Some(RawExecution::default());
                b.exec = Some(e);
            }
            return;
        }
        if at_edge {
            if let Some(fields) = field_row(cells, first) {
                let labels = if LATER {
                    label_row(cells, &filled)
                } else {
                    None
                };
                self.fields(fields, first);
                if let Some(b) = self.current.as_mut() {
                    b.labels = labels;
                }
                return;
            }
        }
        let lifecycle = LATER
            && match &self.current {
                Some(b) => b.is_lifecycle(),
                None => self.pending_stage.is_some(),
            };
        if let Some(h) = IndicatorHeader::detect_in(cells, lifecycle) {
            if self.current.is_none() {
                self.start(first);
            }
            let at = GridCell::new(self.at, h.first_col);
            if let Some(b) = self.current.as_mut() {
                if LOCATE {
                    b.pos.set(Path::Indicators, at);
                }
                b.monitoring_hint |= h.is_monitoring();
                if b.month_hint.is_none() {
                    b.month_hint = h.month.clone();
                }
                b.header = Some(h);
                b.fresh_header = true;
            }
            return;
        }
        let Some(b) = self.current.as_mut() else {
            return; // narrative outside any table
        };
        if LATER && b.fresh_header {
            b.fresh_header = false;
            if let Some(h) = b.header.as_mut().filter(|h| !h.sub_read) {
                if h.sub_heading(cells) {
                    b.monitoring_hint |= h.is_monitoring();
                    return;
                }
            }
        }
        match b.header.clone() {
            Some(h) => self.data_row(cells, &filled, &h),
            None => {
                // The goal continued on the next row (merged label cell): first cell blank, one
                // cell. Other fields are not continued: a lone cell under the budget is more
                // likely a breakdown (其中：财政拨款 …) than more of the amount.
                let field = b.last_field.filter(|&f| f == Field::OverallGoal);
                if let (Some(field), true) = (field, first > 0 && filled.len() == 1) {
                    let more = cells[first];
                    let mut value = b.table.field(field);
                    if !value.is_empty() {
                        value.push('\n');
                    }
                    value.push_str(more);
                    b.table.set_field(field, value);
                    let msg = if self.zh {
                        format!("{}的续行“{more}”已并入。", field.label_zh())
                    } else {
                        format!(
                            "Joined “{more}” on the next row to the {}.",
                            field.label_en()
                        )
                    };
                    b.notes.push((Path::Field(field), msg));
                }
            }
        }
    }

    /// The values under a row of labels: each label takes the cells from its column to the
    /// next label's. True when the row gave any.
    fn label_values(&mut self, cells: &[&str], labels: &[(Field, usize)]) -> bool {
        let mut sorted = labels.to_vec();
        sorted.sort_by_key(|&(_, c)| c);
        let mut fields: FieldRow = Vec::new();
        for (k, &(field, col)) in sorted.iter().enumerate() {
            let end = sorted.get(k + 1).map_or(cells.len(), |&(_, c)| c);
            let parts: Vec<(usize, &str)> = (col..end.min(cells.len()))
                .filter(|&i| !cells[i].is_empty())
                .map(|i| (i, cells[i]))
                .collect();
            if let Some(&(at, _)) = parts.first() {
                let value: Vec<&str> = parts.iter().map(|&(_, v)| v).collect();
                fields.push((field, value.join("\n"), None, at));
            }
        }
        let first = labels.iter().map(|&(_, c)| c).min().unwrap_or(0);
        let given = cells[..first].iter().all(|c| c.is_empty());
        if fields.is_empty() || !given {
            return false;
        }
        let Some(b) = self.current.as_mut() else {
            return false;
        };
        for (field, value, _, col) in fields {
            let old = b.table.field(field);
            if LOCATE {
                b.pos
                    .replace(Path::Field(field), GridCell::new(self.at, col));
            }
            if old.is_empty() {
                b.table.set_field(field, value);
            } else if field == Field::OverallGoal && value != old {
                b.table.set_field(field, format!("{old}\n{value}"));
            }
        }
        true
    }

    /// A row of the execution block being read (年度资金总额, 其中：财政拨款, 上年结转资金 …): its
    /// name left of the headings, its cells under them. The first total-named row (or an
    /// unnamed one) is the total; the others are sources. Any other row ends the block (false).
    fn exec_row(&mut self, cells: &[&str], filled: &[usize]) -> bool {
        let at = self.at;
        let Some(b) = self.current.as_mut() else {
            return false;
        };
        let Some(e) = b.exec.as_ref() else {
            return false;
        };
        let name_at = (0..e.first_col.min(cells.len()))
            .rev()
            .find(|&i| !cells[i].is_empty());
        let name = name_at.map_or("", |i| cells[i]);
        let has_values = filled.iter().any(|&i| i >= e.first_col);
        let exec = b.table.execution.get_or_insert_with(RawExecution::default);
        let total_read = exec.annual_budget.is_some()
            || exec.executed.is_some()
            || exec.rate.is_some()
            || exec.initial_budget.is_some();
        // A header label on the row (年度目标, 绩效指标 …) ends the block; the block's own
        // label (项目资金, merged down the rows) may sit left of the names.
        let is_label = |s: &str| {
            header::field_label(s).is_some_and(|(f, _)| f != Field::Budget)
                || header::is_indicator_label(s)
        };
        let label = (header::field_label(name).is_some() && !header::is_fund_total(name))
            || filled.first().is_some_and(|&f| is_label(cells[f]))
            || text::char_len(name) > 20;
        let is_total =
            !total_read && (header::is_fund_total(name) || (name.is_empty() && has_values));
        let is_source = !is_total
            && !label
            && (header::is_fund_source(name) || (name.is_empty() && has_values));
        if !is_total && !is_source {
            if header::is_fund_total(name) {
                return true; // a second total row: read once
            }
            b.exec = None;
            return false;
        }
        if !has_values && matches!(text::compact(name).trim_end_matches(':'), "其中") {
            return true; // 其中： on a line of its own
        }
        // The block's label beside its first row (项目资金（万元）): the unit.
        if let Some(u) = filled
            .first()
            .filter(|&&f| name_at.is_some_and(|n| f < n))
            .and_then(|&f| header::label_unit(cells[f]))
        {
            b.unit = Some(u);
        }
        let cell = |i: usize| cells.get(i).copied().unwrap_or("").to_string();
        if is_total {
            for &(i, f) in &e.columns {
                if let Some(c) = exec.get_mut(f) {
                    *c = cell(i);
                }
                if LOCATE {
                    b.pos.set(Path::Exec(f), GridCell::new(at, i));
                }
            }
        } else {
            let sources = exec.sources.get_or_insert_with(Vec::new);
            let k = sources.len();
            let mut source = RawSource {
                name: name.to_string(),
                ..RawSource::default()
            };
            for &(i, f) in &e.columns {
                if source.get(f).is_none() && !matches!(f, ExecField::Name) {
                    if let Some(c) = source.get_mut(f) {
                        *c = cell(i);
                        if LOCATE {
                            b.pos.set(Path::Source(k, Some(f)), GridCell::new(at, i));
                        }
                    }
                }
            }
            if LOCATE {
                let name_cell = GridCell::new(at, name_at.unwrap_or(e.first_col));
                b.pos.set(Path::Source(k, None), name_cell);
                b.pos.set(Path::Source(k, Some(ExecField::Name)), name_cell);
            }
            sources.push(source);
        }
        true
    }

    /// The totals row under a later form's grid (合计 / 总分): its 分值 and 得分 cells, and a
    /// grade right of them (`良`, `自评等级：良`). Cells of the row that are not under those
    /// columns fill them in order when the row has none under them (merged cells).
    fn totals_row(&mut self, cells: &[&str], filled: &[usize]) {
        let at = self.at;
        let Some(b) = self.current.as_mut() else {
            return;
        };
        let Some(h) = b.header.as_ref() else {
            return;
        };
        let (w, s) = (h.index(Column::Weight), h.index(Column::Score));
        let cell = |i: usize| cells.get(i).copied().unwrap_or("").to_string();
        let mut weight = w.map(cell);
        let mut score = s.map(cell);
        let mut grade = None;
        let mut rest: Vec<usize> = Vec::new();
        let mut k = 1;
        while k < filled.len() {
            let i = filled[k];
            k += 1;
            if Some(i) == w || Some(i) == s {
                continue;
            }
            if header::field_label(cells[i]).is_some_and(|(f, _)| f == Field::Grade) {
                if let Some(&j) = filled.get(k) {
                    grade = Some((cells[j].to_string(), j));
                    k += 1;
                } else {
                    grade = Some((String::new(), i + 1));
                }
            } else if let Some(g) = header::grade_cell(cells[i]) {
                grade = Some((g.to_string(), i));
            } else {
                rest.push(i);
            }
        }
        let empty = |c: &Option<String>| c.as_deref().is_none_or(str::is_empty);
        let mut rest_at = rest.into_iter();
        let mut filled_from = |slot: &mut Option<String>, col: Option<usize>| {
            let at_col = rest_at.next();
            if let Some(j) = at_col {
                *slot = Some(cells[j].to_string());
            }
            at_col.or(col)
        };
        let (mut w_at, mut s_at) = (w, s);
        if empty(&weight) && empty(&score) {
            match (w.is_some(), s.is_some()) {
                (true, true) => {
                    w_at = filled_from(&mut weight, w);
                    s_at = filled_from(&mut score, s);
                }
                (false, _) => s_at = filled_from(&mut score, s),
                (true, false) => w_at = filled_from(&mut weight, w),
            }
        }
        let t = &mut b.table;
        for (field, value, col) in [
            (Field::TotalWeight, weight, w_at),
            (Field::TotalScore, score, s_at),
            (
                Field::Grade,
                grade.as_ref().map(|g| g.0.clone()),
                grade.map(|g| g.1),
            ),
        ] {
            if let Some(v) = value {
                t.set_field(field, v);
                if let (true, Some(col)) = (LOCATE, col) {
                    b.pos.set(Path::Field(field), GridCell::new(at, col));
                }
            }
        }
    }

    /// Title and unit lines. True when the row was one.
    fn meta_row(&mut self, cells: &[&str], filled: &[usize]) -> bool {
        if filled.len() > 2 {
            return false;
        }
        let mut title = None;
        let mut unit = None;
        let mut period = None;
        // A later form's title is followed by its year or period (`（2024年度）`, `（1-7月）`).
        let after_title = LATER && self.current.is_none() && self.pending_stage.is_some();
        for &i in filled {
            if let Some(t) = header::title(cells[i]).filter(|_| i == filled[0]) {
                title = Some(t);
            } else if let Some(u) = header::unit_line(cells[i]) {
                unit = Some(u);
            } else if let Some(p) = after_title.then(|| header::period_line(cells[i])).flatten() {
                period = Some(p);
            } else {
                return false;
            }
        }
        if let Some((year, month)) = period {
            self.pending_year = self.pending_year.or(year);
            self.pending_month = self.pending_month.take().or(month);
            if title.is_none() && unit.is_none() {
                return true;
            }
        }
        match (title, unit) {
            (Some(t), unit) => {
                self.finish();
                self.pending_year = t.year;
                self.pending_unit = unit;
                self.pending_stage = t.stage;
                self.pending_month = None;
            }
            (None, Some(u)) => match self.current.as_mut() {
                Some(b) if b.header.is_none() && b.table.budget.is_empty() => b.unit = Some(u),
                _ => self.pending_unit = Some(u),
            },
            (None, None) => return false,
        }
        true
    }

    /// A row of header fields, the first label at column `first`.
    fn fields(&mut self, fields: FieldRow, first: usize) {
        let names_project = fields.iter().any(|(f, ..)| *f == Field::ProjectName);
        // A later form's totals and narrative under the grid (合计, 评价结论, 存在问题 …) are the
        // table's own, and so are the other later fields it has not had yet.
        let trailing = LATER
            && self.current.as_ref().is_some_and(|b| {
                fields.iter().all(|&(f, ..)| {
                    f.is_trailing() || (!Field::TARGET.contains(&f) && b.table.cell_of(f).is_none())
                })
            });
        let new_table = match &self.current {
            None => true,
            Some(b) => {
                (b.header.is_some() && !(trailing && b.is_lifecycle()))
                    || (names_project && !b.table.project_name.is_empty())
            }
        };
        if new_table {
            self.finish();
            self.start(first);
        }
        let at = self.at;
        let Some(b) = self.current.as_mut() else {
            return;
        };
        for (field, value, unit, col) in fields {
            if unit.is_some() {
                b.unit = unit;
            }
            b.last_field = Some(field);
            b.budget_labelled |= field == Field::Budget;
            if field == Field::Year {
                if let Some(y) = header::year_value(&value) {
                    b.table.year = Some(y);
                    if LOCATE {
                        b.pos.set(Path::Field(field), GridCell::new(at, col));
                    }
                }
                continue;
            }
            let old = b.table.field(field);
            if LOCATE {
                // The cell that gave the field its value, else where its first label wanted it.
                let (path, cell) = (Path::Field(field), GridCell::new(at, col));
                if b.pos.get(&path).is_none() {
                    b.pos.set(path, cell);
                } else if old.is_empty() && !value.is_empty() {
                    b.pos.replace(path, cell);
                }
            }
            if old.is_empty() {
                b.table.set_field(field, value);
            } else if field == Field::OverallGoal && !value.is_empty() && value != old {
                b.table.set_field(field, format!("{old}\n{value}"));
            }
        }
    }

    /// Starts a table at column `col` of the current row.
    fn start(&mut self, col: usize) {
        let start = GridCell::new(self.at, col);
        self.current = Some(Builder {
            table: RawTable {
                year: self.pending_year.or(self.profile.year),
                ..RawTable::default()
            },
            unit: self.pending_unit,
            header: None,
            last_field: None,
            last_l1: String::new(),
            last_l2: String::new(),
            notes: Vec::new(),
            pos: Positions::new(start),
            last_l1_at: start,
            last_l2_at: start,
            stage: self.pending_stage,
            exec: None,
            labels: None,
            budget_labelled: false,
            fresh_header: false,
            month_hint: None,
            monitoring_hint: false,
        });
        if let (Some(b), Some(m)) = (self.current.as_mut(), &self.pending_month) {
            b.table.month = Some(m.clone());
        }
    }

    /// Closes the current table: written out if it holds anything.
    fn finish(&mut self) {
        let Some(mut b) = self.current.take() else {
            return;
        };
        if !b.has_content() {
            return;
        }
        if LATER {
            b.table.stage = b.stage();
        }
        if b.table.stage.is_target() {
            if let Some(unit) = b.unit.filter(|&u| u != self.profile.amount_unit) {
                self.budget_unit(&mut b, unit);
            }
        } else if LATER {
            b.lifecycle_finish();
        }
        let table = self.out.tables.len();
        self.out.tables.push(b.table);
        if LOCATE {
            self.out.positions.push(b.pos);
        }
        self.out
            .diagnostics
            .extend(b.notes.into_iter().map(|(path, message)| ImportDiagnostic {
                table,
                diagnostic: Diagnostic {
                    id: String::new(),
                    rule: RULE,
                    severity: Severity::Info,
                    path,
                    message,
                    fix: None,
                },
            }));
    }

    /// The table counts in another unit than the profile: write the unit into the budget.
    fn budget_unit(&self, b: &mut Builder, unit: AmountUnit) {
        let budget = b.table.budget.clone();
        if budget.is_empty() {
            return;
        }
        let (u, p) = (unit.name(), self.profile.amount_unit.name());
        let msg = match Amount::parse(&budget) {
            Some(a) if a.unit_yuan.is_some() => return,
            Some(_) => {
                let written = format!("{budget}{u}");
                b.table.budget = written.clone();
                if self.zh {
                    format!("表格单位为{u}（不是设置的{p}），预算金额已写为“{written}”。")
                } else {
                    format!(
                        "The table counts in {u}, not the profile's {p}: wrote the budget as “{written}”."
                    )
                }
            }
            None => {
                if self.zh {
                    format!("表格单位为{u}（不是设置的{p}），预算金额“{budget}”无法识别，未加单位，请核对。")
                } else {
                    format!(
                        "The table counts in {u}, not the profile's {p}, and the budget “{budget}” is not a number: left as typed, check its unit."
                    )
                }
            }
        };
        b.notes.push((Path::Field(Field::Budget), msg));
    }

    fn data_row(&mut self, cells: &[&str], filled: &[usize], h: &IndicatorHeader) {
        let zh = self.zh;
        let Some(&first) = filled.first() else {
            return;
        };
        let edge = first == 0 || h.label_col.is_some_and(|l| first <= l);
        if edge {
            let text = cells[first];
            let prose = filled.len() == 1
                && header::is_prose(text)
                && Level1::parse(text).is_none()
                && Level2::parse(text).is_none();
            if prose || header::is_footer(text) {
                self.finish();
                return;
            }
        }
        let at = self.at;
        let Some(b) = self.current.as_mut() else {
            return;
        };
        if filled.iter().all(|&i| header::is_separator(cells[i])) {
            let shown: Vec<&str> = filled.iter().map(|&i| cells[i]).collect();
            let shown = shown.join(" ");
            let msg = if zh {
                format!("已删除分隔行（“{shown}”）。")
            } else {
                format!("Dropped a separator row (“{shown}”).")
            };
            b.notes.push((Path::Indicators, msg));
            return;
        }
        let row = b.table.indicators.len();
        let n = row + 1;
        let mut notes: Vec<String> = Vec::new();
        let mut cells: Vec<String> = cells.iter().map(|c| c.to_string()).collect();
        // With LOCATE: the column each cell was read from, through the repairs below.
        let mut origin: Vec<usize> = if LOCATE {
            (0..cells.len()).collect()
        } else {
            Vec::new()
        };

        // 1. A row slid one column left: text in the label column.
        if let Some(l) = h.label_col {
            if cells.get(l).is_some_and(|c| header::is_indicator_label(c)) {
                cells[l].clear();
            }
            if cells.get(l).is_some_and(|c| !c.is_empty()) {
                notes.push(if zh {
                    format!(
                        "第{n}行整行左移了一列（“{}”落在表格左侧的标签列），已右移一列还原。",
                        cells[l]
                    )
                } else {
                    format!(
                        "Row {n} was shifted one column left (“{}” sat in the label column): moved it back one column right.",
                        cells[l]
                    )
                });
                cells.insert(l, String::new());
                if LOCATE {
                    origin.insert(l, l);
                }
            }
        }

        // 2. Cells beyond the last heading move left into the nearest empty value-side cells.
        if cells.len() > h.last_col + 1 {
            let beyond = h.last_col + 1;
            let mut over_at: Vec<usize> = if LOCATE {
                let at = (beyond..cells.len()).filter(|&k| !cells[k].is_empty());
                let at = at.map(|k| origin[k]).collect();
                origin.truncate(beyond);
                at
            } else {
                Vec::new()
            };
            let over: Vec<String> = cells.drain(beyond..).filter(|c| !c.is_empty()).collect();
            let mut targets: Vec<(usize, Column)> = h
                .columns
                .iter()
                .copied()
                .filter(|&(i, c)| {
                    !header::is_hierarchy(c) && cells.get(i).is_some_and(|v| v.is_empty())
                })
                .collect();
            targets.sort_unstable();
            let mut placed = Vec::new();
            for value in over.into_iter().rev() {
                let from = over_at.pop();
                match targets.pop() {
                    Some((i, c)) => {
                        cells[i] = value.clone();
                        if let (true, Some(from)) = (LOCATE, from) {
                            origin[i] = from;
                        }
                        placed.push(if zh {
                            format!(
                                "第{n}行超出表头的单元格“{value}”已移入左侧最近的空列（{}）。",
                                c.label_zh()
                            )
                        } else {
                            format!(
                                "Row {n}: moved “{value}”, beyond the last column, into the nearest empty column to its left ({}).",
                                c.label_en()
                            )
                        });
                    }
                    None => placed.push(if zh {
                        format!("第{n}行超出表头的单元格“{value}”左侧没有空列，已舍弃。")
                    } else {
                        format!(
                            "Row {n}: “{value}”, beyond the last column, had no empty column to its left and was dropped."
                        )
                    }),
                }
            }
            notes.extend(placed.into_iter().rev());
        }

        let mut ind = RawIndicator::default();
        for &(i, c) in &h.columns {
            // A row that ends early (a workbook's rows end at their last filled cell) still
            // has the cells of its columns: blank.
            *ind.cell_mut(c) = cells.get(i).cloned().unwrap_or_default();
        }
        // Tick boxes: the categories ticked, joined as the cell holds them.
        let mut ticked_at: Vec<(Column, usize)> = Vec::new();
        for &(i, c, t) in h.ticks.iter().filter(|_| LATER) {
            let cell = ind.cell_mut(c);
            if cells.get(i).is_some_and(|v| header::is_ticked(v)) {
                if !cell.is_empty() {
                    cell.push('、');
                }
                cell.push_str(t);
                ticked_at.push((c, i));
            }
        }
        // With LOCATE: where each column's cell was read (by `Column as usize`).
        let mut cell_at: [Option<GridCell>; Column::ALL.len()] = [None; Column::ALL.len()];
        if LOCATE {
            for &(i, c) in &h.columns {
                let col = match cells.get(i) {
                    Some(v) if !v.is_empty() => origin[i],
                    _ => i,
                };
                cell_at[c as usize] = Some(GridCell::new(at, col));
            }
            for &(i, c, _) in h.ticks.iter().rev() {
                cell_at[c as usize] = Some(GridCell::new(at, i));
            }
            for &(c, i) in ticked_at.iter().rev() {
                cell_at[c as usize] = Some(GridCell::new(at, origin.get(i).copied().unwrap_or(i)));
            }
        }
        let present: Vec<Column> = Column::ALL
            .into_iter()
            .filter(|&c| !ind.cell(c).is_empty())
            .collect();
        if present.is_empty() {
            return; // text only in columns the model does not keep
        }

        // 4. A value broken over two lines.
        if let [c] = present[..] {
            if !header::is_hierarchy(c) {
                if let Some(prev) = b.table.indicators.last_mut() {
                    if !prev.cell(c).is_empty() {
                        let before = prev.cell(c).to_string();
                        let more = ind.cell(c).to_string();
                        prev.cell_mut(c).push_str(&more);
                        let joined = prev.cell(c).to_string();
                        let msg = if zh {
                            format!(
                                "第{row}行的{}“{before}”被拆成了两行，已与下一行的“{more}”合并为“{joined}”。",
                                c.label_zh()
                            )
                        } else {
                            format!(
                                "Row {row}: the {} “{before}” was broken over two lines; joined it with “{more}” on the next line into “{joined}”.",
                                c.label_en()
                            )
                        };
                        b.notes.push((Path::Row(row - 1), msg));
                        return;
                    }
                }
            }
        }

        // 3. An indicator name in a level column.
        let names_no_level = |s: &str| Level1::parse(s).is_none() && Level2::parse(s).is_none();
        if !ind.level1.is_empty()
            && ind.level2.is_empty()
            && ind.name.is_empty()
            && names_no_level(&ind.level1)
        {
            ind.name = std::mem::take(&mut ind.level1);
            cell_at[Column::Name as usize] = cell_at[Column::Level1 as usize];
            notes.push(if zh {
                format!(
                    "第{n}行一级指标列的“{}”不是一级或二级指标名称，已移到三级指标列，一级、二级指标沿用上一行。",
                    ind.name
                )
            } else {
                format!(
                    "Row {n}: “{}” in the level-1 column names no level 1 or level 2: moved it to the indicator name column and carried the levels down from the row above.",
                    ind.name
                )
            });
        } else if !ind.level2.is_empty() && ind.name.is_empty() && names_no_level(&ind.level2) {
            ind.name = std::mem::take(&mut ind.level2);
            cell_at[Column::Name as usize] = cell_at[Column::Level2 as usize];
            notes.push(if zh {
                format!(
                    "第{n}行二级指标列的“{}”不是指标层级名称，已移到三级指标列。",
                    ind.name
                )
            } else {
                format!(
                    "Row {n}: “{}” in the level-2 column names no level: moved it to the indicator name column.",
                    ind.name
                )
            });
        }

        // Merged cells: fill down.
        if LOCATE {
            let (l1, l2) = (Column::Level1 as usize, Column::Level2 as usize);
            if !ind.level1.is_empty() {
                b.last_l1_at = cell_at[l1].unwrap_or(b.last_l1_at);
                b.last_l2_at = cell_at[l2].unwrap_or(b.last_l2_at);
            } else if !ind.level2.is_empty() {
                cell_at[l1] = cell_at[l1].map(|_| b.last_l1_at);
                b.last_l2_at = cell_at[l2].unwrap_or(b.last_l2_at);
            } else {
                cell_at[l1] = cell_at[l1].map(|_| b.last_l1_at);
                cell_at[l2] = cell_at[l2].map(|_| b.last_l2_at);
            }
        }
        if ind.level1.is_empty() {
            ind.level1 = b.last_l1.clone();
            if ind.level2.is_empty() {
                ind.level2 = b.last_l2.clone();
            } else {
                b.last_l2 = ind.level2.clone();
            }
        } else {
            b.last_l1 = ind.level1.clone();
            b.last_l2 = ind.level2.clone();
        }

        if LOCATE {
            let name = cell_at[Column::Name as usize];
            let row_at = name.unwrap_or(GridCell::new(at, h.first_col));
            b.pos.set(Path::Row(row), row_at);
            for c in Column::ALL {
                if let Some(cell) = cell_at[c as usize] {
                    b.pos.set(Path::Cell(row, c), cell);
                }
            }
        }
        b.table.indicators.push(ind);
        b.notes
            .extend(notes.into_iter().map(|m| (Path::Row(row), m)));
    }
}

/// A row of header fields, when its first non-empty cell (at `first`) is a field label.
/// Each label takes the next non-empty cell as its value, unless that cell is a label itself;
/// a field named twice on a row keeps its first non-empty value.
fn field_row(cells: &[&str], first: usize) -> Option<FieldRow> {
    header::field_label(cells[first])?;
    let mut out: FieldRow = Vec::new();
    let mut i = first;
    while i < cells.len() {
        let Some((field, unit)) = header::field_label(cells[i]) else {
            i += 1;
            continue;
        };
        let next = (i + 1..cells.len()).find(|&j| !cells[j].is_empty());
        let (value, col) = match next {
            Some(j) if header::field_label(cells[j]).is_none() => {
                i = j;
                (cells[j].to_string(), j)
            }
            _ => (String::new(), i + 1),
        };
        i += 1;
        match out.iter_mut().find(|(f, ..)| *f == field) {
            Some(slot) if slot.1.is_empty() => (slot.1, slot.3) = (value, col),
            Some(_) => {}
            None => out.push((field, value, unit, col)),
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use crate::diagnostic::{Path, Severity};
    use crate::import::{import_grid, import_text, Import};
    use crate::profile::{AmountUnit, Locale, Profile};
    use crate::raw::RawIndicator;

    const SOUP: usize = 3000;

    /// Test text with `|` for tabs.
    fn import(s: &str) -> Import {
        import_with(s, &Profile::default())
    }

    fn import_with(s: &str, profile: &Profile) -> Import {
        import_text(&s.replace('|', "\t"), profile)
    }

    const HEAD: &str = "项目(政策)名称|测试项目\n\
                        主管部门|铁西区财政局-|||实施单位|铁西区财政局本级-\n\
                        预算资金情况|10\n\
                        总体目标|保障工作正常开展。\n\
                        绩效指标|一级指标|二级指标|三级指标|运算符号|指标值|度量单位|完成时限\n";

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

    fn notes(i: &Import) -> Vec<(usize, String)> {
        i.diagnostics
            .iter()
            .map(|d| (d.table, d.diagnostic.path.to_string()))
            .collect()
    }

    #[test]
    fn header_fields_and_plain_rows() {
        let i = import(&format!(
            "{HEAD}|产出指标|数量指标|维修数量|=|100|个|2024年12月\n"
        ));
        assert_eq!(i.tables.len(), 1);
        let t = &i.tables[0];
        assert_eq!(t.project_name, "测试项目");
        assert_eq!(t.department, "铁西区财政局-");
        assert_eq!(t.implementing_unit, "铁西区财政局本级-");
        assert_eq!(t.budget, "10");
        assert_eq!(t.overall_goal, "保障工作正常开展。");
        assert_eq!(t.year, None);
        assert_eq!(
            cells(&t.indicators[0]),
            [
                "产出指标",
                "数量指标",
                "维修数量",
                "=",
                "100",
                "个",
                "2024年12月"
            ]
        );
        assert!(i.diagnostics.is_empty());
    }

    #[test]
    fn columns_by_name_in_any_order() {
        let i = import(
            "项目名称|体检\n\
             三级指标|指标性质|一级指标|二级指标|目标值|计量单位|指标解释|权重|指标方向|完成时间|取值依据\n\
             体检人数|≥|产出指标|数量指标|12000|人|参加体检的人数|20|正向|2024年11月|计划标准\n\
             人均成本|≤|||100|元/人|人均|10|反向|2024年12月|历史标准\n",
        );
        let t = &i.tables[0];
        assert_eq!(t.project_name, "体检");
        let a = &t.indicators[0];
        assert_eq!(
            cells(a),
            [
                "产出指标",
                "数量指标",
                "体检人数",
                "≥",
                "12000",
                "人",
                "2024年11月"
            ]
        );
        assert_eq!((a.weight.as_str(), a.direction.as_str()), ("20", "正向"));
        let b = &t.indicators[1];
        assert_eq!(
            cells(b),
            [
                "产出指标",
                "数量指标",
                "人均成本",
                "≤",
                "100",
                "元/人",
                "2024年12月"
            ]
        );
        assert_eq!((b.weight.as_str(), b.direction.as_str()), ("10", "反向"));
        assert!(i.diagnostics.is_empty());
    }

    #[test]
    fn combined_value_cell_is_kept_as_typed() {
        let i = import("一级指标|二级指标|三级指标|指标值\n产出指标|质量指标|合格率|≥95%\n");
        let r = &i.tables[0].indicators[0];
        assert_eq!((r.operator.as_str(), r.value.as_str()), ("", "≥95%"));
    }

    #[test]
    fn merged_levels_fill_down() {
        let i = import(&format!(
            "{HEAD}\
             |产出指标|数量指标|a|=|1|个|\n\
             |||b|=|1|个|\n\
             ||质量指标|c|=|1|%|\n\
             |||d|=|1|%|\n\
             |效益指标||e||提高||\n\
             |||f||提高||\n\
             |满意度指标|服务对象满意度指标|g|>=|95|%|\n"
        ));
        let levels: Vec<(&str, &str)> = i.tables[0]
            .indicators
            .iter()
            .map(|r| (r.level1.as_str(), r.level2.as_str()))
            .collect();
        assert_eq!(
            levels,
            [
                ("产出指标", "数量指标"),
                ("产出指标", "数量指标"),
                ("产出指标", "质量指标"),
                ("产出指标", "质量指标"),
                // A new level 1 resets level 2: it is not carried over from 质量指标.
                ("效益指标", ""),
                ("效益指标", ""),
                ("满意度指标", "服务对象满意度指标"),
            ]
        );
        assert!(i.diagnostics.is_empty());
    }

    #[test]
    fn repair_shifted_row() {
        let i = import(&format!(
            "{HEAD}|效益指标|社会效益指标|a|=|1|个|2024年12月\n\
             可持续影响指标||政策可持续性|||平稳运行||2024年12月\n"
        ));
        let r = &i.tables[0].indicators[1];
        assert_eq!(
            cells(r),
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
        assert_eq!(
            notes(&i),
            [(0, "indicators.1".into()), (0, "indicators.1".into())]
        );
        assert!(i.diagnostics[0].diagnostic.message.contains("左移"));
        assert!(i.diagnostics[1].diagnostic.message.contains("完成时限"));
        assert!(i
            .diagnostics
            .iter()
            .all(|d| d.diagnostic.rule == "import-repaired"
                && d.diagnostic.severity == Severity::Info));
    }

    #[test]
    fn repair_overflow_moves_cells_left_in_order() {
        let i = import(&format!(
            "{HEAD}|效益指标|社会效益指标|平稳运行|||平稳运行||2024年12月\n\
             |||b|||||x|y\n\
             |||c|=|1|个|2024年12月|z\n"
        ));
        let t = &i.tables[0];
        assert_eq!(
            cells(&t.indicators[0]),
            [
                "效益指标",
                "社会效益指标",
                "平稳运行",
                "",
                "",
                "平稳运行",
                "2024年12月"
            ]
        );
        // Two cells beyond: they fill the two nearest empty cells, keeping their order.
        assert_eq!(
            cells(&t.indicators[1]),
            ["效益指标", "社会效益指标", "b", "", "", "x", "y"]
        );
        // No room: dropped, and said so.
        assert_eq!(
            cells(&t.indicators[2]),
            [
                "效益指标",
                "社会效益指标",
                "c",
                "=",
                "1",
                "个",
                "2024年12月"
            ]
        );
        let last = &i.diagnostics.last().unwrap().diagnostic;
        assert_eq!(last.path, Path::Row(2));
        assert!(last.message.contains("“z”") && last.message.contains("舍弃"));
    }

    #[test]
    fn repair_name_in_level_columns() {
        let i = import(&format!(
            "{HEAD}|产出指标|质量指标|a|=|100|%|2024年12月\n\
             正常运转率|||=|100|%|2024年12月|\n\
             |保障水平||||足额保障||2024年12月\n\
             |可持续影响指标||政策可持续性|||平稳运行|\n\
             ||时效指标|及时率|=|100|%|\n\
             ||完成率||=|100|%|\n"
        ));
        let t = &i.tables[0];
        // Shifted, then the name leaves the level-1 column; levels fill down.
        assert_eq!(
            cells(&t.indicators[1]),
            [
                "产出指标",
                "质量指标",
                "正常运转率",
                "=",
                "100",
                "%",
                "2024年12月"
            ]
        );
        assert_eq!(
            cells(&t.indicators[2]),
            [
                "产出指标",
                "质量指标",
                "保障水平",
                "",
                "足额保障",
                "",
                "2024年12月"
            ]
        );
        // A level-2 name in the level-1 column stays, for the rules to flag.
        assert_eq!(
            cells(&t.indicators[3]),
            ["可持续影响指标", "", "政策可持续性", "", "", "平稳运行", ""]
        );
        // A name in the level-2 column with the name empty moves too.
        assert_eq!(
            cells(&t.indicators[5]),
            ["可持续影响指标", "时效指标", "完成率", "=", "100", "%", ""]
        );
        let paths: Vec<String> = notes(&i).into_iter().map(|(_, p)| p).collect();
        assert_eq!(
            paths,
            [
                "indicators.1",
                "indicators.1",
                "indicators.2",
                "indicators.5"
            ]
        );
    }

    #[test]
    fn repair_value_broken_over_two_lines() {
        let i = import(&format!(
            "{HEAD}|效益指标|可持续影响指标|保障水平||足额保障||2024年12月\n\
             保障水平||||足额保||2024年12月|\n\
             \n\
             |||||障||\n\
             |||x|=|1|个|2024年\n\
             |||||||12月\n"
        ));
        let t = &i.tables[0];
        assert_eq!(t.indicators.len(), 3);
        assert_eq!(
            cells(&t.indicators[1]),
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
        assert_eq!(t.indicators[2].deadline, "2024年12月");
        let joined = &i.diagnostics[2].diagnostic;
        assert_eq!(joined.path, Path::Row(1));
        assert!(joined.message.contains("“足额保障”"), "{}", joined.message);
    }

    #[test]
    fn a_lone_cell_under_an_empty_cell_is_a_row() {
        let i = import(&format!("{HEAD}|产出指标|数量指标|a|=|1||\n||||||个|\n"));
        let t = &i.tables[0];
        assert_eq!(t.indicators.len(), 2);
        assert_eq!(t.indicators[1].unit, "个");
        assert_eq!(t.indicators[1].level1, "产出指标");
    }

    #[test]
    fn separator_and_blank_rows_are_dropped() {
        let i = import(&format!(
            "{HEAD}|产出指标|数量指标|a|=|1|个|2024年12月\n\
             \n\
             |||||||\n\
             --|--|--|--|--|---|--|--\n\
             |||b|=|1|个|2024年12月\n"
        ));
        assert_eq!(i.tables[0].indicators.len(), 2);
        assert_eq!(notes(&i), [(0, "indicators".into())]);
        assert!(i.diagnostics[0].diagnostic.message.contains("分隔行"));
    }

    #[test]
    fn many_tables_with_titles_and_years() {
        let text = format!(
            "铁西区 2023 年工作总结\n\
             一、2023 年工作总结\n\
             附件 1 绩效目标表\n\
             2024 年部门预算项目（政策）绩效目标表\n\
             单位：万元\n\
             {HEAD}|产出指标|数量指标|a|=|1|个|2024年12月\n\
             \n\
             2025年部门预算项目（政策）绩效目标表\n\
             项目(政策)名称|第二个\n\
             绩效指标|一级指标|二级指标|三级指标|运算符号|指标值|度量单位|完成时限\n\
             |产出指标|数量指标|b|=|1|个|2025年12月\n\
             项目名称|第三个\n\
             绩效指标|一级指标|二级指标|三级指标|运算符号|指标值|度量单位|完成时限\n\
             |产出指标|数量指标|c|=|1|个|2025年12月\n\
             绩效目标表\n\
             项目名称|第四个\n"
        );
        let profile = Profile {
            year: Some(2030),
            ..Profile::default()
        };
        let i = import_with(&text, &profile);
        let got: Vec<(&str, Option<i32>, usize)> = i
            .tables
            .iter()
            .map(|t| (t.project_name.as_str(), t.year, t.indicators.len()))
            .collect();
        assert_eq!(
            got,
            [
                ("测试项目", Some(2024), 1),
                ("第二个", Some(2025), 1),
                ("第三个", Some(2025), 1),
                // A title without a year: the profile's year.
                ("第四个", Some(2030), 0),
            ]
        );
    }

    #[test]
    fn header_rows_after_the_grid_start_a_new_table() {
        let i = import(&format!(
            "{HEAD}|产出指标|数量指标|a|=|1|个|\n\
             主管部门|另一个局\n\
             预算资金情况|5\n"
        ));
        assert_eq!(i.tables.len(), 2);
        assert_eq!(i.tables[1].department, "另一个局");
        assert_eq!(i.tables[1].budget, "5");
        assert_eq!(i.tables[1].project_name, "");
    }

    #[test]
    fn a_name_that_looks_like_a_label_stays_a_row() {
        let i = import(&format!(
            "{HEAD}|产出指标|成本指标|人均成本|<=|1|万元|\n|||资金总额|<=|10|万元|\n"
        ));
        assert_eq!(i.tables.len(), 1);
        assert_eq!(i.tables[0].indicators[1].name, "资金总额");
    }

    #[test]
    fn label_values_and_budget_sub_labels() {
        let i = import(
            "项目名称|x\n\
             主管部门||实施单位|铁西区\n\
             预算资金情况|年度资金总额|125.07|其中：财政拨款|125.07\n\
             预算年度|2024年\n",
        );
        let t = &i.tables[0];
        assert_eq!(t.department, "");
        assert_eq!(t.implementing_unit, "铁西区");
        assert_eq!(t.budget, "125.07");
        assert_eq!(t.year, Some(2024));
    }

    #[test]
    fn a_budget_breakdown_is_not_the_budget() {
        let i = import("项目名称|x\n预算资金情况|125.07\n|其中：财政拨款 100\n");
        assert_eq!(i.tables[0].budget, "125.07");
        assert!(i.diagnostics.is_empty());
    }

    #[test]
    fn goal_continued_on_the_next_row() {
        let i = import(
            "项目名称|x\n\
             年度绩效目标|目标1：完成维修。\n\
             |目标2：保障运转。\n\
             绩效指标|一级指标|二级指标|三级指标|指标值\n",
        );
        assert_eq!(
            i.tables[0].overall_goal,
            "目标1：完成维修。\n目标2：保障运转。"
        );
        assert_eq!(i.diagnostics[0].diagnostic.path.to_string(), "overallGoal");
    }

    #[test]
    fn unit_yuan_is_written_into_the_budget() {
        let text = "2024 年部门预算项目（政策）绩效目标表\n单位：元\n项目名称|x\n预算资金情况|1250700\n\
                    2024 年部门预算项目（政策）绩效目标表\n单位：元\n项目名称|y\n预算资金情况|3万元\n\
                    2024 年部门预算项目（政策）绩效目标表\n项目名称|z\n预算资金情况|7\n";
        let i = import(text);
        let budgets: Vec<&str> = i.tables.iter().map(|t| t.budget.as_str()).collect();
        assert_eq!(budgets, ["1250700元", "3万元", "7"]);
        assert_eq!(notes(&i), [(0, "budget".into())]);
        assert!(i.diagnostics[0].diagnostic.message.contains("1250700元"));
        // A profile counting in yuan: a 万元 table gets its unit written instead.
        let yuan = Profile {
            amount_unit: AmountUnit::Yuan,
            ..Profile::default()
        };
        let i = import_with("单位：万元\n项目名称|x\n预算资金情况|125.07\n", &yuan);
        assert_eq!(i.tables[0].budget, "125.07万元");
        // The label's own parenthetical counts as the unit.
        let i = import("项目名称|x\n预算资金（元）|500\n");
        assert_eq!(i.tables[0].budget, "500元");
    }

    #[test]
    fn narrative_and_footers_end_a_table() {
        let i = import(&format!(
            "{HEAD}|产出指标|数量指标|a|=|1|个|\n\
             填报人：张三||联系电话：123\n\
             |||b|=|1|个|\n\
             附件 2 本表由各部门填报，财政局审核后公开。\n\
             |||c|=|1|个|\n"
        ));
        assert_eq!(i.tables.len(), 1);
        assert_eq!(i.tables[0].indicators.len(), 1);
    }

    #[test]
    fn header_without_a_label_column() {
        let i = import(
            "一级指标|二级指标|三级指标|运算符号|指标值|度量单位|完成时限\n\
             产出指标|数量指标|a|=|1|个|2024年12月\n\
             ||b|=|2|个|2024年12月\n",
        );
        let t = &i.tables[0];
        assert_eq!(t.indicators.len(), 2);
        assert_eq!(t.indicators[1].level2, "数量指标");
        assert!(i.diagnostics.is_empty());
    }

    #[test]
    fn english_messages() {
        let en = Profile {
            locale: Locale::En,
            ..Profile::default()
        };
        let i = import_with(
            &format!(
                "{HEAD}|产出指标|数量指标|a|=|1|个|\n正常运转率|||=|100|%|2024年12月|\n--|--\n"
            ),
            &en,
        );
        let msgs: Vec<&str> = i
            .diagnostics
            .iter()
            .map(|d| d.diagnostic.message.as_str())
            .collect();
        assert_eq!(msgs.len(), 3);
        assert!(msgs[0].starts_with("Row 2 was shifted"), "{msgs:?}");
        assert!(msgs[1].contains("level-1 column"), "{msgs:?}");
        assert!(msgs[2].starts_with("Dropped a separator row"), "{msgs:?}");
        assert!(msgs.iter().all(|m| m.is_ascii() || m.contains('“')));
    }

    #[test]
    fn import_grid_reads_the_same_as_text() {
        let text = format!("{HEAD}|产出指标|数量指标|a|=|1|个|2024年12月\n");
        let rows: Vec<Vec<String>> = text
            .lines()
            .map(|l| l.split('|').map(String::from).collect())
            .collect();
        assert_eq!(import_grid(&rows, &Profile::default()), import(&text));
    }

    #[test]
    fn located_reading_records_where_each_part_came_from() {
        use crate::import::grid::{read, read_located};
        use crate::import::GridCell;
        use crate::raw::{Column, Field};
        let text = format!(
            "{HEAD}|产出指标|数量指标|a|=|1|个|2024年12月\n\
             |||b|=|2|个|\n\
             可持续影响指标||政策可持续性|||平稳运行||2024年12月\n\
             ||时效指标|及时率|=|100|%|\n\
             ||完成率||=|100|%|\n"
        )
        .replace('|', "\t");
        let rows = crate::import::tsv::parse(&text);
        let plain = read(&rows, &Profile::default());
        let located = read_located(&rows, &Profile::default());
        assert!(plain.positions.is_empty());
        assert_eq!(located.tables, plain.tables);
        assert_eq!(located.diagnostics, plain.diagnostics);
        assert_eq!(located.positions.len(), 1);
        let p = &located.positions[0];
        let at = |path: Path| p.get(&path).map(|c| (c.row, c.col));
        assert_eq!(p.start, GridCell::new(0, 0));
        assert_eq!(at(Path::Field(Field::ProjectName)), Some((0, 1)));
        assert_eq!(at(Path::Field(Field::ImplementingUnit)), Some((1, 5)));
        assert_eq!(at(Path::Field(Field::Budget)), Some((2, 1)));
        assert_eq!(at(Path::Field(Field::Year)), None);
        assert_eq!(at(Path::Indicators), Some((4, 1)));
        assert_eq!(at(Path::Row(0)), Some((5, 3)));
        assert_eq!(at(Path::Cell(0, Column::Value)), Some((5, 5)));
        // Merged level cells: the cell they were filled from; an empty deadline: its heading's.
        assert_eq!(at(Path::Cell(1, Column::Level1)), Some((5, 1)));
        assert_eq!(at(Path::Cell(1, Column::Level2)), Some((5, 2)));
        assert_eq!(at(Path::Cell(1, Column::Deadline)), Some((6, 7)));
        // A shifted row: each cell one column left of its heading; the overflowing deadline
        // where it was typed.
        assert_eq!(at(Path::Cell(2, Column::Level1)), Some((7, 0)));
        assert_eq!(at(Path::Cell(2, Column::Name)), Some((7, 2)));
        assert_eq!(at(Path::Cell(2, Column::Unit)), Some((7, 5)));
        assert_eq!(at(Path::Cell(2, Column::Deadline)), Some((7, 7)));
        // A name moved out of the level-2 column: where it was typed.
        assert_eq!(at(Path::Cell(4, Column::Name)), Some((9, 2)));
        assert_eq!(at(Path::Cell(4, Column::Level2)), Some((8, 2)));
        // Columns the header lacks fall back to the row.
        assert_eq!(at(Path::Cell(0, Column::Weight)), None);
        assert_eq!(
            p.locate(&Path::Cell(0, Column::Weight)),
            GridCell::new(5, 3)
        );
    }

    #[test]
    fn located_reading_of_the_seed_matches_the_paste_reading() {
        let text = include_str!("../../tests/data/seed.txt");
        let rows = crate::import::tsv::parse(text);
        let plain = super::read(&rows, &Profile::default());
        let located = super::read_located(&rows, &Profile::default());
        assert_eq!(located.tables, plain.tables);
        assert_eq!(located.diagnostics, plain.diagnostics);
        assert_eq!(located.positions.len(), plain.tables.len());
        for (t, p) in located.tables.iter().zip(&located.positions) {
            for (i, r) in t.indicators.iter().enumerate() {
                let at = p.get(&Path::Cell(i, crate::raw::Column::Name)).unwrap();
                assert_eq!(rows[at.row][at.col].trim(), r.name, "{}", t.project_name);
            }
        }
    }

    #[test]
    fn garbage_gives_no_tables_and_no_panic() {
        for s in [
            "",
            "\t\t\t\n\t\t\n",
            "2024 年部门预算项目（政策）绩效目标表",
            "2024 年部门预算项目（政策）绩效目标表\n单位：万元\n",
            "\"\"\"\t\"",
            "--\t--\n---",
            "总体目标",
            "hello world\nfoo\tbar\n",
        ] {
            let i = import_text(s, &Profile::default());
            assert!(i.tables.is_empty(), "{s:?} → {:?}", i.tables);
        }
        // Pseudo-random bytes, made text the way a browser would.
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..200 {
            let bytes: Vec<u8> = (0..300)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    // Mostly delimiters, quotes and bytes of CJK characters.
                    match x % 8 {
                        0 => b'\t',
                        1 => b'\n',
                        2 => b'"',
                        3 => b'\r',
                        _ => (x >> 8) as u8,
                    }
                })
                .collect();
            let text = String::from_utf8_lossy(&bytes);
            let _ = import_text(&text, &Profile::default());
        }
        // Label soup: recognised pieces in random order must not panic either.
        let pieces = [
            "项目名称",
            "绩效指标",
            "一级指标",
            "二级指标",
            "三级指标",
            "指标值",
            "完成时限",
            "产出指标",
            "保障水平",
            "--",
            "",
            "2024 年绩效目标表",
            "单位：元",
            "预算资金情况",
            "x",
            "正常运转率",
            "足额保",
            "障",
            "\"",
            "主管部门",
            "实施单位",
            "计量单位",
            "权重",
            "总体目标",
            "填报人：",
        ];
        let mut soup = String::new();
        for k in 0..SOUP {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            soup.push_str(pieces[(x % pieces.len() as u64) as usize]);
            soup.push(if k % 7 == 0 { '\n' } else { '\t' });
        }
        let i = import_text(&soup, &Profile::default());
        for d in &i.diagnostics {
            let t = &i.tables[d.table];
            if let Some(row) = d.diagnostic.path.row() {
                assert!(row < t.indicators.len(), "{d:?}");
            }
        }
    }
}
