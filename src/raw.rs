//! The public contract: a 绩效目标表 exactly as the form holds it.
//!
//! Every field is text (what the user typed, untouched), in the camelCase JSON/JS shape that
//! portals send: `{ year?, projectName, department, implementingUnit, budget, overallGoal,
//! indicators: [{ level1, level2, name, operator, value, unit, deadline, weight?, direction? }] }`.
//! The typed model ([`crate::table::Table`]) is parsed from this and keeps a copy of it, so
//! nothing typed is ever lost; fixes and `normalize` produce a new `RawTable`.

use serde::{Deserialize, Serialize};

/// 绩效目标表, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct RawTable {
    /// What the table is for: a project's (项目支出, the default), a department's as a whole
    /// (部门整体支出), or a transfer payment's (转移支付). Read from the header when not given.
    #[serde(skip_serializing_if = "TableKind::is_unset")]
    pub kind: TableKind,
    /// Budget year (预算年度); `None` when the table does not say.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// 项目(政策)名称.
    pub project_name: String,
    /// 主管部门.
    pub department: String,
    /// 实施单位.
    pub implementing_unit: String,
    /// 预算资金情况 / 年度资金总额, in the table's amount unit unless the text names one.
    pub budget: String,
    /// The table's money unit (`单位：元`), `万元` or `元`; empty: the profile's.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub amount_unit: String,
    /// 总体目标 / 年度目标 (a department's 年度总体目标).
    pub overall_goal: String,
    /// 年度主要任务, which department tables have beside the goal.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub tasks: String,
    /// 项目期 (起止时间, 实施期限, 建设周期): when the project runs, as printed
    /// (`2024年1月-12月`, `1年`).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub period: String,
    /// 绩效指标, one row each.
    pub indicators: Vec<RawIndicator>,
}

/// One indicator row (三级指标 with its level 1 and level 2), as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct RawIndicator {
    /// 一级指标.
    pub level1: String,
    /// 二级指标.
    pub level2: String,
    /// 三级指标: the indicator's name.
    pub name: String,
    /// 运算符号.
    pub operator: String,
    /// 指标值.
    pub value: String,
    /// 度量单位.
    pub unit: String,
    /// 完成时限.
    pub deadline: String,
    /// 权重 / 分值, when the portal shows the column.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub weight: String,
    /// 指标方向 (正向/反向), when the portal shows the column.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub direction: String,
}

/// What a table is for ([`RawTable::kind`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum TableKind {
    /// Not said: read from the header ([`crate::table::Header::kind`]).
    #[default]
    Unset,
    /// 项目支出绩效目标表.
    Project,
    /// 部门整体支出绩效目标表: no project name or implementing unit; 年度主要任务 beside the
    /// goal.
    Department,
    /// 转移支付区域（项目）绩效目标表.
    Transfer,
}

impl TableKind {
    pub fn is_unset(&self) -> bool {
        *self == TableKind::Unset
    }

    /// `project`, `department` or `transfer`; anything else is unset.
    pub fn parse(s: &str) -> TableKind {
        match crate::text::compact(s).as_ref() {
            "project" | "项目" | "项目支出" => TableKind::Project,
            "department" | "部门" | "部门整体" | "部门整体支出" => {
                TableKind::Department
            }
            "transfer" | "转移支付" => TableKind::Transfer,
            _ => TableKind::Unset,
        }
    }
}

/// A header field of the table, in display order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Year,
    ProjectName,
    Department,
    ImplementingUnit,
    Budget,
    OverallGoal,
    Tasks,
    Period,
}

/// A column of the indicator grid, in display order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Column {
    Level1,
    Level2,
    Name,
    Operator,
    Value,
    Unit,
    Deadline,
    Weight,
    Direction,
}

impl Field {
    pub const ALL: [Field; 8] = [
        Field::Year,
        Field::ProjectName,
        Field::Department,
        Field::ImplementingUnit,
        Field::Budget,
        Field::OverallGoal,
        Field::Tasks,
        Field::Period,
    ];

    /// The JSON/JS key, which is also the form's `prop`/`data-path`.
    pub fn key(self) -> &'static str {
        match self {
            Field::Year => "year",
            Field::ProjectName => "projectName",
            Field::Department => "department",
            Field::ImplementingUnit => "implementingUnit",
            Field::Budget => "budget",
            Field::OverallGoal => "overallGoal",
            Field::Tasks => "tasks",
            Field::Period => "period",
        }
    }

    /// The label on the paper form.
    pub fn label_zh(self) -> &'static str {
        match self {
            Field::Year => "预算年度",
            Field::ProjectName => "项目(政策)名称",
            Field::Department => "主管部门",
            Field::ImplementingUnit => "实施单位",
            Field::Budget => "预算资金情况",
            Field::OverallGoal => "总体目标",
            Field::Tasks => "年度主要任务",
            Field::Period => "项目期",
        }
    }

    pub fn label_en(self) -> &'static str {
        match self {
            Field::Year => "budget year",
            Field::ProjectName => "project name",
            Field::Department => "department",
            Field::ImplementingUnit => "implementing unit",
            Field::Budget => "budget",
            Field::OverallGoal => "overall goal",
            Field::Tasks => "main tasks of the year",
            Field::Period => "project period",
        }
    }

    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.key() == key)
    }

    /// True for fields a JSON or JS number may fill (the year, the budget); any other
    /// number is an `invalid-input` finding.
    pub fn takes_numbers(self) -> bool {
        matches!(self, Field::Year | Field::Budget)
    }
}

impl Column {
    pub const ALL: [Column; 9] = [
        Column::Level1,
        Column::Level2,
        Column::Name,
        Column::Operator,
        Column::Value,
        Column::Unit,
        Column::Deadline,
        Column::Weight,
        Column::Direction,
    ];

    /// The JSON/JS key of the cell in an indicator object.
    pub fn key(self) -> &'static str {
        match self {
            Column::Level1 => "level1",
            Column::Level2 => "level2",
            Column::Name => "name",
            Column::Operator => "operator",
            Column::Value => "value",
            Column::Unit => "unit",
            Column::Deadline => "deadline",
            Column::Weight => "weight",
            Column::Direction => "direction",
        }
    }

    /// The column heading on the paper form.
    pub fn label_zh(self) -> &'static str {
        match self {
            Column::Level1 => "一级指标",
            Column::Level2 => "二级指标",
            Column::Name => "三级指标",
            Column::Operator => "运算符号",
            Column::Value => "指标值",
            Column::Unit => "度量单位",
            Column::Deadline => "完成时限",
            Column::Weight => "权重",
            Column::Direction => "指标方向",
        }
    }

    pub fn label_en(self) -> &'static str {
        match self {
            Column::Level1 => "level 1",
            Column::Level2 => "level 2",
            Column::Name => "indicator name",
            Column::Operator => "operator",
            Column::Value => "target value",
            Column::Unit => "unit",
            Column::Deadline => "deadline",
            Column::Weight => "weight",
            Column::Direction => "direction",
        }
    }

    pub fn from_key(key: &str) -> Option<Column> {
        Column::ALL.into_iter().find(|c| c.key() == key)
    }

    /// True for cells a JSON or JS number may fill (the value, the weight).
    pub fn takes_numbers(self) -> bool {
        matches!(self, Column::Value | Column::Weight)
    }
}

impl RawTable {
    /// The text of a header field (`year` as its decimal digits).
    pub fn field(&self, field: Field) -> String {
        self.field_text(field).into_owned()
    }

    /// [`RawTable::field`], borrowed except for `year`.
    pub fn field_text(&self, field: Field) -> std::borrow::Cow<'_, str> {
        match field {
            Field::Year => self.year.map(|y| y.to_string()).unwrap_or_default().into(),
            Field::ProjectName => self.project_name.as_str().into(),
            Field::Department => self.department.as_str().into(),
            Field::ImplementingUnit => self.implementing_unit.as_str().into(),
            Field::Budget => self.budget.as_str().into(),
            Field::OverallGoal => self.overall_goal.as_str().into(),
            Field::Tasks => self.tasks.as_str().into(),
            Field::Period => self.period.as_str().into(),
        }
    }

    /// The text of a header field, to change in place (`None` for the year, a number).
    pub fn text_mut(&mut self, field: Field) -> Option<&mut String> {
        Some(match field {
            Field::Year => return None,
            Field::ProjectName => &mut self.project_name,
            Field::Department => &mut self.department,
            Field::ImplementingUnit => &mut self.implementing_unit,
            Field::Budget => &mut self.budget,
            Field::OverallGoal => &mut self.overall_goal,
            Field::Tasks => &mut self.tasks,
            Field::Period => &mut self.period,
        })
    }

    /// Sets a header field from text. A `year` that is not a number clears the year.
    pub fn set_field(&mut self, field: Field, value: String) {
        match field {
            Field::Year => self.year = crate::text::compact(&value).parse().ok(),
            Field::ProjectName => self.project_name = value,
            Field::Department => self.department = value,
            Field::ImplementingUnit => self.implementing_unit = value,
            Field::Budget => self.budget = value,
            Field::OverallGoal => self.overall_goal = value,
            Field::Tasks => self.tasks = value,
            Field::Period => self.period = value,
        }
    }
}

impl RawIndicator {
    /// Every cell, in [`Column::ALL`]'s order, without a call per cell.
    pub fn cells(&self) -> [&String; 9] {
        [
            &self.level1,
            &self.level2,
            &self.name,
            &self.operator,
            &self.value,
            &self.unit,
            &self.deadline,
            &self.weight,
            &self.direction,
        ]
    }

    /// True when every cell is blank: a row added and not yet filled.
    pub fn is_empty(&self) -> bool {
        self.cells().iter().all(|c| crate::text::is_blank(c))
    }

    pub fn cell(&self, column: Column) -> &str {
        match column {
            Column::Level1 => &self.level1,
            Column::Level2 => &self.level2,
            Column::Name => &self.name,
            Column::Operator => &self.operator,
            Column::Value => &self.value,
            Column::Unit => &self.unit,
            Column::Deadline => &self.deadline,
            Column::Weight => &self.weight,
            Column::Direction => &self.direction,
        }
    }

    pub fn cell_mut(&mut self, column: Column) -> &mut String {
        match column {
            Column::Level1 => &mut self.level1,
            Column::Level2 => &mut self.level2,
            Column::Name => &mut self.name,
            Column::Operator => &mut self.operator,
            Column::Value => &mut self.value,
            Column::Unit => &mut self.unit,
            Column::Deadline => &mut self.deadline,
            Column::Weight => &mut self.weight,
            Column::Direction => &mut self.direction,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_in_column_order() {
        let mut row = RawIndicator::default();
        for (i, c) in Column::ALL.into_iter().enumerate() {
            *row.cell_mut(c) = i.to_string();
        }
        let cells = row.cells();
        for (i, c) in Column::ALL.into_iter().enumerate() {
            assert_eq!(cells[i], row.cell(c));
        }
    }
}
