//! The public contract: a 绩效目标表 exactly as the form holds it.
//!
//! Every field is text (what the user typed, untouched), in the camelCase JSON/JS shape that
//! portals send: `{ year?, projectName, department, implementingUnit, budget, overallGoal,
//! indicators: [{ level1, level2, name, operator, value, unit, deadline, weight?, direction? }] }`
//! (and `kind`, `amountUnit`, `tasks`, `period` where the form has them).
//!
//! The same table carries the later forms of the year (`stage`): the 绩效运行监控表 and the
//! 绩效自评表 add the execution block, per-row actuals, weights, scores and reasons, and the
//! totals (../shared/LIFECYCLE.md §2). Their cells are `Option<String>`: `None` (null or absent)
//! is a cell the form does not have, and rules that need it stay silent; `Some("")` is a blank
//! cell the user has not filled.
//! The typed model (`table::Table`) is parsed from this and keeps a copy of it, so
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

    /// Which form of the year this is: the target table (the default), the mid-year
    /// monitoring form or the self-evaluation.
    #[serde(skip_serializing_if = "Stage::is_target")]
    pub stage: Stage,
    /// 监控截止月份 (`1-7月`, `7`): monitoring.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(feature = "lifecycle"), serde(skip))]
    pub month: Option<String>,
    /// 总体目标完成情况 (monitoring).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(feature = "lifecycle"), serde(skip))]
    pub goal_progress: Option<String>,
    /// 实际完成情况 / 年度目标完成情况 (self-evaluation).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(feature = "lifecycle"), serde(skip))]
    pub goal_completion: Option<String>,
    /// 项目实施内容及过程概述 (the Sichuan self-evaluation).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(feature = "lifecycle"), serde(skip))]
    pub process: Option<String>,
    /// 预算执行情况 / 项目资金: the money side of both later forms.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(feature = "lifecycle"), serde(skip))]
    pub execution: Option<RawExecution>,
    /// 合计 / 总分 in the 分值 column.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(feature = "lifecycle"), serde(skip))]
    pub total_weight: Option<String>,
    /// 合计 / 总分 in the 得分 column.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(feature = "lifecycle"), serde(skip))]
    pub total_score: Option<String>,
    /// 评价等级 / 自评结论 (优·良·中·差).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(feature = "lifecycle"), serde(skip))]
    pub grade: Option<String>,
    /// 评价结论.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(feature = "lifecycle"), serde(skip))]
    pub conclusion: Option<String>,
    /// 存在问题.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(feature = "lifecycle"), serde(skip))]
    pub problems: Option<String>,
    /// 改进措施.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(feature = "lifecycle"), serde(skip))]
    pub improvements: Option<String>,
    /// 其他需要说明事项.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(feature = "lifecycle"), serde(skip))]
    pub other_notes: Option<String>,
    /// 下一步措施 / 纠偏措施 for the whole table (monitoring).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(feature = "lifecycle"), serde(skip))]
    pub measures: Option<String>,
}

/// Which form of the year a table is (LIFECYCLE.md §1).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum Stage {
    /// 绩效目标表, set with the budget.
    #[default]
    Target,
    /// 绩效运行监控表, mid-year (normally 1–7月).
    Monitoring,
    /// 绩效自评表, after the year.
    SelfEvaluation,
}

impl Stage {
    pub fn is_target(&self) -> bool {
        *self == Stage::Target
    }

    /// `target`, `monitoring`, `selfEvaluation` (and the Chinese names); `None` otherwise.
    pub fn parse(s: &str) -> Option<Stage> {
        Some(match crate::text::compact(s).as_ref() {
            "" | "target" | "目标" | "绩效目标" | "绩效目标表" => Stage::Target,
            "monitoring" | "监控" | "运行监控" | "绩效运行监控" | "绩效监控" => {
                Stage::Monitoring
            }
            "selfEvaluation" | "self-evaluation" | "自评" | "绩效自评" => {
                Stage::SelfEvaluation
            }
            _ => return None,
        })
    }

    pub fn key(self) -> &'static str {
        match self {
            Stage::Target => "target",
            Stage::Monitoring => "monitoring",
            Stage::SelfEvaluation => "selfEvaluation",
        }
    }
}

/// 预算执行情况: the total row (年度资金总额) and its sources (其中: 本年财政拨款, 上年结转资金…),
/// as written. `None`: the form has no such cell.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct RawExecution {
    /// 年初预算数.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub initial_budget: Option<String>,
    /// 全年预算数 (A) / 调整后预算数: the rate's denominator.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub annual_budget: Option<String>,
    /// 全年执行数 (B); in monitoring, 1–N月执行数.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub executed: Option<String>,
    /// 执行率 (B/A), as written (`97.31%`; no sign: percent points).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rate: Option<String>,
    /// 分值 of 预算执行率 (normally 10).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weight: Option<String>,
    /// 得分 of 预算执行率.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<String>,
    /// 原因: why the rate or the budget moved.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// 全年预计执行数 (monitoring).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub projected_executed: Option<String>,
    /// 预算执行预警 as written (红灯/黄灯/绿灯).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub light: Option<String>,
    /// 纠偏措施 for the money (monitoring).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub measures: Option<String>,
    /// 其中: the funding sources, each with its own amounts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sources: Option<Vec<RawSource>>,
}

/// One funding source row of [`RawExecution`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct RawSource {
    /// As printed: `其中：本年财政拨款`, `上年结转资金`.
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub initial_budget: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub annual_budget: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub executed: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rate: Option<String>,
}

/// A cell of the execution block or of one of its sources.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ExecField {
    Name,
    InitialBudget,
    AnnualBudget,
    Executed,
    Rate,
    Weight,
    Score,
    Reason,
    ProjectedExecuted,
    Light,
    Measures,
}

impl ExecField {
    pub const ALL: [ExecField; 11] = [
        ExecField::Name,
        ExecField::InitialBudget,
        ExecField::AnnualBudget,
        ExecField::Executed,
        ExecField::Rate,
        ExecField::Weight,
        ExecField::Score,
        ExecField::Reason,
        ExecField::ProjectedExecuted,
        ExecField::Light,
        ExecField::Measures,
    ];

    pub fn key(self) -> &'static str {
        match self {
            ExecField::Name => "name",
            ExecField::InitialBudget => "initialBudget",
            ExecField::AnnualBudget => "annualBudget",
            ExecField::Executed => "executed",
            ExecField::Rate => "rate",
            ExecField::Weight => "weight",
            ExecField::Score => "score",
            ExecField::Reason => "reason",
            ExecField::ProjectedExecuted => "projectedExecuted",
            ExecField::Light => "light",
            ExecField::Measures => "measures",
        }
    }

    pub fn from_key(key: &str) -> Option<ExecField> {
        ExecField::ALL.into_iter().find(|f| f.key() == key)
    }

    /// The heading on the paper form.
    pub fn label_zh(self) -> &'static str {
        match self {
            ExecField::Name => "资金来源",
            ExecField::InitialBudget => "年初预算数",
            ExecField::AnnualBudget => "全年预算数",
            ExecField::Executed => "执行数",
            ExecField::Rate => "执行率",
            ExecField::Weight => "分值",
            ExecField::Score => "得分",
            ExecField::Reason => "原因",
            ExecField::ProjectedExecuted => "全年预计执行数",
            ExecField::Light => "预算执行预警",
            ExecField::Measures => "纠偏措施",
        }
    }

    pub fn label_en(self) -> &'static str {
        match self {
            ExecField::Name => "source",
            ExecField::InitialBudget => "initial budget",
            ExecField::AnnualBudget => "annual budget",
            ExecField::Executed => "spent",
            ExecField::Rate => "execution rate",
            ExecField::Weight => "weight",
            ExecField::Score => "score",
            ExecField::Reason => "reason",
            ExecField::ProjectedExecuted => "projected spending",
            ExecField::Light => "execution light",
            ExecField::Measures => "corrective measures",
        }
    }
}

impl RawExecution {
    /// A cell of the total row (`None`: the form has none; `name` is not one).
    pub fn get(&self, f: ExecField) -> Option<&str> {
        match f {
            ExecField::Name => None,
            ExecField::InitialBudget => self.initial_budget.as_deref(),
            ExecField::AnnualBudget => self.annual_budget.as_deref(),
            ExecField::Executed => self.executed.as_deref(),
            ExecField::Rate => self.rate.as_deref(),
            ExecField::Weight => self.weight.as_deref(),
            ExecField::Score => self.score.as_deref(),
            ExecField::Reason => self.reason.as_deref(),
            ExecField::ProjectedExecuted => self.projected_executed.as_deref(),
            ExecField::Light => self.light.as_deref(),
            ExecField::Measures => self.measures.as_deref(),
        }
    }

    /// The cell to write (created when the form did not have it); `None` for `name`.
    pub fn get_mut(&mut self, f: ExecField) -> Option<&mut String> {
        let cell = match f {
            ExecField::Name => return None,
            ExecField::InitialBudget => &mut self.initial_budget,
            ExecField::AnnualBudget => &mut self.annual_budget,
            ExecField::Executed => &mut self.executed,
            ExecField::Rate => &mut self.rate,
            ExecField::Weight => &mut self.weight,
            ExecField::Score => &mut self.score,
            ExecField::Reason => &mut self.reason,
            ExecField::ProjectedExecuted => &mut self.projected_executed,
            ExecField::Light => &mut self.light,
            ExecField::Measures => &mut self.measures,
        };
        Some(cell.get_or_insert_with(String::new))
    }
}

impl RawSource {
    /// A cell of the source row: `name` and the four amounts.
    pub fn get(&self, f: ExecField) -> Option<&str> {
        match f {
            ExecField::Name => Some(&self.name),
            ExecField::InitialBudget => self.initial_budget.as_deref(),
            ExecField::AnnualBudget => self.annual_budget.as_deref(),
            ExecField::Executed => self.executed.as_deref(),
            ExecField::Rate => self.rate.as_deref(),
            _ => None,
        }
    }

    pub fn get_mut(&mut self, f: ExecField) -> Option<&mut String> {
        let cell = match f {
            ExecField::Name => return Some(&mut self.name),
            ExecField::InitialBudget => &mut self.initial_budget,
            ExecField::AnnualBudget => &mut self.annual_budget,
            ExecField::Executed => &mut self.executed,
            ExecField::Rate => &mut self.rate,
            _ => return None,
        };
        Some(cell.get_or_insert_with(String::new))
    }
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

    /// 实际完成值 (self-evaluation) / 1–N月完成值 (monitoring), as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(feature = "lifecycle"), serde(skip))]
    pub actual: Option<String>,
    /// 得分.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(feature = "lifecycle"), serde(skip))]
    pub score: Option<String>,
    /// 偏差原因分析及改进措施 / 未完成原因 / 原因说明.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(feature = "lifecycle"), serde(skip))]
    pub deviation_reason: Option<String>,
    /// 改进措施 / 纠偏措施, where the form has a column of its own.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(feature = "lifecycle"), serde(skip))]
    pub measures: Option<String>,
    /// 全年预计完成值 (monitoring).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(feature = "lifecycle"), serde(skip))]
    pub projected: Option<String>,
    /// The row's light as written (红灯/黄灯/绿灯/蓝灯), monitoring.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(feature = "lifecycle"), serde(skip))]
    pub light: Option<String>,
    /// 偏差原因 ticked (经费保障 · 制度保障 · 人员保障 · 硬件条件保障 · 其他), joined by `、`;
    /// read from and written as a list.
    #[cfg_attr(not(feature = "lifecycle"), serde(skip))]
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "causes::serialize",
        deserialize_with = "causes::deserialize"
    )]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string[] | null", optional))]
    pub deviation_causes: Option<String>,
    /// 完成可能性: 确定能 · 有可能 · 完全不可能 (monitoring).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(feature = "lifecycle"), serde(skip))]
    pub likelihood: Option<String>,
    /// 备注.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(feature = "lifecycle"), serde(skip))]
    pub remark: Option<String>,
    /// 年初指标值, when the form shows the approved target beside an adjusted one (`value`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(feature = "lifecycle"), serde(skip))]
    pub initial_value: Option<String>,
    /// 完成率 / 指标完成率, as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(feature = "lifecycle"), serde(skip))]
    pub completion: Option<String>,
}

/// 偏差原因 ticks: a list in JSON, one cell (`人员保障、其他`) in the model.
#[cfg_attr(not(feature = "lifecycle"), allow(dead_code))]
mod causes {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &Option<String>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(text) => s.collect_seq(super::split_causes(text)),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Causes {
            List(Vec<String>),
            Text(String),
        }
        Ok(Option::<Causes>::deserialize(d)?.map(|c| match c {
            Causes::List(l) => l.join("、"),
            Causes::Text(t) => t,
        }))
    }
}

/// The ticked causes of a `deviationCauses` cell.
pub fn split_causes(text: &str) -> impl Iterator<Item = &str> {
    text.split(['、', ',', '，', ';', '；', '/'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// What a table is for ([`RawTable::kind`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum TableKind {
    /// Not said: read from the header (project name, 年度主要任务).
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
    // The later forms' header and totals (LIFECYCLE.md §2).
    Stage,
    Month,
    GoalProgress,
    GoalCompletion,
    Process,
    TotalWeight,
    TotalScore,
    Grade,
    Conclusion,
    Problems,
    Improvements,
    OtherNotes,
    Measures,
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
    // The later forms' columns (LIFECYCLE.md §2).
    Actual,
    Score,
    DeviationReason,
    Measures,
    Projected,
    Light,
    DeviationCauses,
    Likelihood,
    Remark,
    InitialValue,
    Completion,
}

impl Field {
    pub const ALL: [Field; 21] = [
        Field::Year,
        Field::ProjectName,
        Field::Department,
        Field::ImplementingUnit,
        Field::Budget,
        Field::OverallGoal,
        Field::Tasks,
        Field::Period,
        Field::Stage,
        Field::Month,
        Field::GoalProgress,
        Field::GoalCompletion,
        Field::Process,
        Field::TotalWeight,
        Field::TotalScore,
        Field::Grade,
        Field::Conclusion,
        Field::Problems,
        Field::Improvements,
        Field::OtherNotes,
        Field::Measures,
    ];

    /// The fields of a target table (the later forms add the others).
    pub const TARGET: [Field; 8] = [
        Field::Year,
        Field::ProjectName,
        Field::Department,
        Field::ImplementingUnit,
        Field::Budget,
        Field::OverallGoal,
        Field::Tasks,
        Field::Period,
    ];

    /// Whether the field comes after the indicators on the form (totals and narrative).
    pub fn is_trailing(self) -> bool {
        self >= Field::TotalWeight
    }

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
            Field::Stage => "stage",
            Field::Month => "month",
            Field::GoalProgress => "goalProgress",
            Field::GoalCompletion => "goalCompletion",
            Field::Process => "process",
            Field::TotalWeight => "totalWeight",
            Field::TotalScore => "totalScore",
            Field::Grade => "grade",
            Field::Conclusion => "conclusion",
            Field::Problems => "problems",
            Field::Improvements => "improvements",
            Field::OtherNotes => "otherNotes",
            Field::Measures => "measures",
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
            Field::Stage => "表别",
            Field::Month => "监控截止月份",
            Field::GoalProgress => "总体目标完成情况",
            Field::GoalCompletion => "年度目标完成情况",
            Field::Process => "项目实施内容及过程概述",
            Field::TotalWeight => "分值合计",
            Field::TotalScore => "总分",
            Field::Grade => "评价等级",
            Field::Conclusion => "评价结论",
            Field::Problems => "存在问题",
            Field::Improvements => "改进措施",
            Field::OtherNotes => "其他需要说明事项",
            Field::Measures => "纠偏措施",
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
            Field::Stage => "form",
            Field::Month => "monitoring month",
            Field::GoalProgress => "progress on the goal",
            Field::GoalCompletion => "goal completion",
            Field::Process => "implementation summary",
            Field::TotalWeight => "total weight",
            Field::TotalScore => "total score",
            Field::Grade => "grade",
            Field::Conclusion => "conclusion",
            Field::Problems => "problems",
            Field::Improvements => "improvements",
            Field::OtherNotes => "other notes",
            Field::Measures => "corrective measures",
        }
    }

    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.key() == key)
    }

    /// True for fields a JSON or JS number may fill (the year, the budget); any other
    /// number is an `invalid-input` finding.
    pub fn takes_numbers(self) -> bool {
        matches!(
            self,
            Field::Year | Field::Budget | Field::Month | Field::TotalWeight | Field::TotalScore
        )
    }
}

impl Column {
    pub const ALL: [Column; 20] = [
        Column::Level1,
        Column::Level2,
        Column::Name,
        Column::Operator,
        Column::Value,
        Column::Unit,
        Column::Deadline,
        Column::Weight,
        Column::Direction,
        Column::Actual,
        Column::Score,
        Column::DeviationReason,
        Column::Measures,
        Column::Projected,
        Column::Light,
        Column::DeviationCauses,
        Column::Likelihood,
        Column::Remark,
        Column::InitialValue,
        Column::Completion,
    ];

    /// The target table's grid (the later forms add the others).
    pub const TARGET: [Column; 9] = [
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
            Column::Actual => "actual",
            Column::Score => "score",
            Column::DeviationReason => "deviationReason",
            Column::Measures => "measures",
            Column::Projected => "projected",
            Column::Light => "light",
            Column::DeviationCauses => "deviationCauses",
            Column::Likelihood => "likelihood",
            Column::Remark => "remark",
            Column::InitialValue => "initialValue",
            Column::Completion => "completion",
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
            Column::Actual => "实际完成值",
            Column::Score => "得分",
            Column::DeviationReason => "偏差原因",
            Column::Measures => "改进措施",
            Column::Projected => "全年预计完成值",
            Column::Light => "预警",
            Column::DeviationCauses => "偏差原因类别",
            Column::Likelihood => "完成可能性",
            Column::Remark => "备注",
            Column::InitialValue => "年初指标值",
            Column::Completion => "完成率",
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
            Column::Actual => "actual value",
            Column::Score => "score",
            Column::DeviationReason => "reason for the shortfall",
            Column::Measures => "measures",
            Column::Projected => "projected year-end value",
            Column::Light => "light",
            Column::DeviationCauses => "causes",
            Column::Likelihood => "likelihood of meeting the target",
            Column::Remark => "remark",
            Column::InitialValue => "initial target",
            Column::Completion => "completion rate",
        }
    }

    pub fn from_key(key: &str) -> Option<Column> {
        Column::ALL.into_iter().find(|c| c.key() == key)
    }

    /// True for cells a JSON or JS number may fill (the value, the weight).
    pub fn takes_numbers(self) -> bool {
        matches!(
            self,
            Column::Value
                | Column::Weight
                | Column::Actual
                | Column::Score
                | Column::Projected
                | Column::InitialValue
                | Column::Completion
        )
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
            Field::Stage => self.stage.key().into(),
            f => self
                .optional(f)
                .and_then(Option::as_deref)
                .unwrap_or("")
                .into(),
        }
    }

    /// The later forms' header cells, which a form may not have (`None`).
    fn optional(&self, field: Field) -> Option<&Option<String>> {
        Some(match field {
            Field::Month => &self.month,
            Field::GoalProgress => &self.goal_progress,
            Field::GoalCompletion => &self.goal_completion,
            Field::Process => &self.process,
            Field::TotalWeight => &self.total_weight,
            Field::TotalScore => &self.total_score,
            Field::Grade => &self.grade,
            Field::Conclusion => &self.conclusion,
            Field::Problems => &self.problems,
            Field::Improvements => &self.improvements,
            Field::OtherNotes => &self.other_notes,
            Field::Measures => &self.measures,
            _ => return None,
        })
    }

    fn optional_mut(&mut self, field: Field) -> Option<&mut Option<String>> {
        Some(match field {
            Field::Month => &mut self.month,
            Field::GoalProgress => &mut self.goal_progress,
            Field::GoalCompletion => &mut self.goal_completion,
            Field::Process => &mut self.process,
            Field::TotalWeight => &mut self.total_weight,
            Field::TotalScore => &mut self.total_score,
            Field::Grade => &mut self.grade,
            Field::Conclusion => &mut self.conclusion,
            Field::Problems => &mut self.problems,
            Field::Improvements => &mut self.improvements,
            Field::OtherNotes => &mut self.other_notes,
            Field::Measures => &mut self.measures,
            _ => return None,
        })
    }

    /// A later form's header cell: `None` when the form has no such cell (null or absent),
    /// else its text (`""` when blank). Target fields are always there.
    pub fn cell_of(&self, field: Field) -> Option<std::borrow::Cow<'_, str>> {
        match self.optional(field) {
            Some(cell) => cell.as_deref().map(Into::into),
            None => Some(self.field_text(field)),
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
            Field::Stage => return None,
            f => self.optional_mut(f)?.get_or_insert_with(String::new),
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
            Field::Stage => self.stage = Stage::parse(&value).unwrap_or_default(),
            f => {
                if let Some(cell) = self.optional_mut(f) {
                    *cell = Some(value);
                }
            }
        }
    }
}

impl RawIndicator {
    /// Every cell, in [`Column::ALL`]'s order, without a call per cell (`""` for a cell the
    /// form does not have).
    pub fn cells(&self) -> [&str; 20] {
        fn o(c: &Option<String>) -> &str {
            c.as_deref().unwrap_or("")
        }
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
            o(&self.actual),
            o(&self.score),
            o(&self.deviation_reason),
            o(&self.measures),
            o(&self.projected),
            o(&self.light),
            o(&self.deviation_causes),
            o(&self.likelihood),
            o(&self.remark),
            o(&self.initial_value),
            o(&self.completion),
        ]
    }

    /// A later form's cell: `None` when the form has no such cell; target cells are always
    /// there.
    pub fn cell_of(&self, column: Column) -> Option<&str> {
        match self.optional(column) {
            Some(cell) => cell.as_deref(),
            None => Some(self.cell(column)),
        }
    }

    fn optional(&self, column: Column) -> Option<&Option<String>> {
        Some(match column {
            Column::Actual => &self.actual,
            Column::Score => &self.score,
            Column::DeviationReason => &self.deviation_reason,
            Column::Measures => &self.measures,
            Column::Projected => &self.projected,
            Column::Light => &self.light,
            Column::DeviationCauses => &self.deviation_causes,
            Column::Likelihood => &self.likelihood,
            Column::Remark => &self.remark,
            Column::InitialValue => &self.initial_value,
            Column::Completion => &self.completion,
            _ => return None,
        })
    }

    fn optional_mut(&mut self, column: Column) -> Option<&mut Option<String>> {
        Some(match column {
            Column::Actual => &mut self.actual,
            Column::Score => &mut self.score,
            Column::DeviationReason => &mut self.deviation_reason,
            Column::Measures => &mut self.measures,
            Column::Projected => &mut self.projected,
            Column::Light => &mut self.light,
            Column::DeviationCauses => &mut self.deviation_causes,
            Column::Likelihood => &mut self.likelihood,
            Column::Remark => &mut self.remark,
            Column::InitialValue => &mut self.initial_value,
            Column::Completion => &mut self.completion,
            _ => return None,
        })
    }

    /// True when the row has a cell of the later forms (even a blank one).
    pub fn has_progress(&self) -> bool {
        Column::ALL[Column::TARGET.len()..]
            .iter()
            .any(|c| self.optional(*c).is_some_and(Option::is_some))
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
            c => self.optional(c).and_then(Option::as_deref).unwrap_or(""),
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
            c => match self.optional_mut(c) {
                Some(cell) => cell.get_or_insert_with(String::new),
                None => unreachable!("every column is a target or an optional cell"),
            },
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
