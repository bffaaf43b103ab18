//! Lenient reading of a table from any serde data format (JSON in the CLI, JS values in wasm).
//!
//! Everything is first read as a [`Value`] — the one serde reader, which takes any JSON or JS
//! value without error — and the table is then taken from that tree ([`table`]). A half-filled
//! form sends `null`s, numbers where text is expected, an `indicators` that is not yet an
//! array. None of that may throw: what arrives becomes a [`RawTable`] plus [`InputIssue`]s that
//! the `invalid-input` rule reports at the offending paths. Only a failure of the data source
//! itself (malformed JSON) is an `Err`. Options are read from the same tree
//! ([`crate::Profile::from_options`]).

use crate::diagnostic::Path;
use crate::raw::{
    Column, ExecField, Field, RawExecution, RawIndicator, RawSource, RawTable, Stage,
};
use rust_decimal::prelude::FromPrimitive;
use rust_decimal::Decimal;
use serde::de::{Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use std::fmt;

/// Something in the input that is not what the contract says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputIssue {
    pub path: Path,
    /// What was found instead: `null`, `number`, `boolean`, `array`, `object`, `NaN`.
    pub found: &'static str,
}

/// A JSON or JS value as given, whatever its shape.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Value {
    /// `null` or (in JS) `undefined`.
    #[default]
    Null,
    Bool(bool),
    /// A number, as its decimal text (`85`, `92.5`, `125.07`: through [`Decimal`], never f64
    /// formatting).
    Number(String),
    /// NaN or an infinity.
    NotFinite,
    Text(String),
    List(Vec<Value>),
    /// Keys and values, in order.
    Object(Vec<(String, Value)>),
}

impl Value {
    /// The number `v` as a value: its exact decimal text, or [`Value::NotFinite`].
    pub fn number(v: f64) -> Value {
        match Decimal::from_f64(v) {
            Some(d) => Value::Number(d.normalize().to_string()),
            None => Value::NotFinite,
        }
    }

    /// The value at `key` of an object (the last one, as JSON parsers keep).
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(entries) => entries.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// What kind of non-object this is, for an issue; `None` for an object.
    fn not_an_object(&self) -> Option<&'static str> {
        Some(match self {
            Value::Object(_) => return None,
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(_) => "number",
            Value::NotFinite => "NaN",
            Value::Text(_) => "string",
            Value::List(_) => "array",
        })
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Value, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Value;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any value")
            }
            fn visit_unit<E>(self) -> Result<Value, E> {
                Ok(Value::Null)
            }
            fn visit_none<E>(self) -> Result<Value, E> {
                Ok(Value::Null)
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
                Value::deserialize(d)
            }
            fn visit_bool<E>(self, b: bool) -> Result<Value, E> {
                Ok(Value::Bool(b))
            }
            fn visit_i64<E>(self, n: i64) -> Result<Value, E> {
                Ok(Value::Number(n.to_string()))
            }
            fn visit_u64<E>(self, n: u64) -> Result<Value, E> {
                Ok(Value::Number(n.to_string()))
            }
            fn visit_i128<E>(self, n: i128) -> Result<Value, E> {
                Ok(Value::Number(n.to_string()))
            }
            fn visit_u128<E>(self, n: u128) -> Result<Value, E> {
                Ok(Value::Number(n.to_string()))
            }
            fn visit_f64<E>(self, n: f64) -> Result<Value, E> {
                Ok(Value::number(n))
            }
            fn visit_str<E>(self, s: &str) -> Result<Value, E> {
                Ok(Value::Text(s.to_string()))
            }
            fn visit_string<E>(self, s: String) -> Result<Value, E> {
                Ok(Value::Text(s))
            }
            fn visit_bytes<E>(self, _: &[u8]) -> Result<Value, E> {
                Ok(Value::Object(Vec::new()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Value::List(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
                let mut entries = Vec::new();
                while let Some((k, v)) = map.next_entry::<Value, Value>()? {
                    // Keys are text in JSON and JS; a number key is its text.
                    if let Value::Text(k) | Value::Number(k) = k {
                        entries.push((k, v));
                    }
                }
                Ok(Value::Object(entries))
            }
        }
        d.deserialize_any(V)
    }
}

/// Reads one table. Unknown keys are ignored; wrong types become issues.
pub fn read<'de, D: Deserializer<'de>>(d: D) -> Result<(RawTable, Vec<InputIssue>), D::Error> {
    Ok(table(&Value::deserialize(d)?))
}

/// Reads one indicator row, to be row `index` of a table. Wrong types become issues at that
/// row's paths; what is not an object at all is an empty row with an issue at the row.
pub fn row_of(v: &Value, index: usize) -> (RawIndicator, Vec<InputIssue>) {
    let mut issues = Vec::new();
    let row = row(v, index, &mut issues);
    (row, issues)
}

/// The table a value holds, and what in it is not what the contract says.
pub fn table(v: &Value) -> (RawTable, Vec<InputIssue>) {
    let mut issues = Vec::new();
    let table = match v.not_an_object() {
        None => InTable::from_value(v).into_raw(&mut issues),
        Some(found) => {
            issues.push(InputIssue {
                path: Path::Root,
                found,
            });
            RawTable::default()
        }
    };
    (table, issues)
}

/// Row `i` of a table from a value.
fn row(v: &Value, i: usize, issues: &mut Vec<InputIssue>) -> RawIndicator {
    match v.not_an_object() {
        None => InIndicator::from_value(v).into_raw(i, issues),
        Some(found) => {
            issues.push(InputIssue {
                path: Path::Row(i),
                found,
            });
            RawIndicator::default()
        }
    }
}

/// What a scalar field held.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Str,
    Num,
    Null,
    Bool,
    Array,
    Object,
    NotFinite,
}

/// A scalar field read leniently: its text and what kind of value it was.
#[derive(Debug)]
pub struct Loose {
    pub text: String,
    pub kind: Kind,
}

impl Default for Loose {
    fn default() -> Loose {
        Loose {
            text: String::new(),
            kind: Kind::Null,
        }
    }
}

impl Loose {
    /// A number that is not a safe integer. Through Decimal, not f64 formatting: 125.07 stays
    /// "125.07" and the wasm stays small. Beyond Decimal's range it counts as not finite.
    pub fn number(v: f64) -> Loose {
        Loose::from(&Value::number(v))
    }

    /// A string.
    pub fn text(text: String) -> Loose {
        Loose {
            text,
            kind: Kind::Str,
        }
    }

    /// A later form's cell: `None` when null or absent (the form has no such cell), else as
    /// [`Loose::take`].
    pub(crate) fn optional(
        self,
        path: Path,
        numbers_ok: bool,
        issues: &mut Vec<InputIssue>,
    ) -> Option<String> {
        match self.kind {
            Kind::Null => None,
            _ => Some(self.take(path, numbers_ok, issues)),
        }
    }

    /// The text, recording an issue when the kind is not acceptable for this field.
    pub(crate) fn take(self, path: Path, numbers_ok: bool, issues: &mut Vec<InputIssue>) -> String {
        let found = match self.kind {
            Kind::Str | Kind::Null => None,
            Kind::Num if numbers_ok => None,
            Kind::Num => Some("number"),
            Kind::Bool => Some("boolean"),
            Kind::Array => Some("array"),
            Kind::Object => Some("object"),
            Kind::NotFinite => Some("NaN"),
        };
        if let Some(found) = found {
            issues.push(InputIssue { path, found });
        }
        self.text
    }
}

impl From<&Value> for Loose {
    fn from(v: &Value) -> Loose {
        let (text, kind) = match v {
            Value::Null => (String::new(), Kind::Null),
            Value::Bool(b) => (b.to_string(), Kind::Bool),
            Value::Number(n) => (n.clone(), Kind::Num),
            Value::NotFinite => (String::new(), Kind::NotFinite),
            Value::Text(t) => (t.clone(), Kind::Str),
            Value::List(_) => (String::new(), Kind::Array),
            Value::Object(_) => (String::new(), Kind::Object),
        };
        Loose { text, kind }
    }
}

/// A table as read, each field with its kind, before the kinds are checked. In TypeScript,
/// `TableInput`: a table as a form may hold it while the user types (anything may be missing
/// or null; a value of the wrong type is an `invalid-input` finding, never an exception).
#[derive(Default)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[cfg_attr(target_arch = "wasm32", tsify(rename = "TableInput"))]
#[cfg_attr(target_arch = "wasm32", serde(rename_all = "camelCase"))]
pub struct InTable {
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "\"project\" | \"department\" | \"transfer\" | null", optional)
    )]
    pub kind: Loose,
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "string | number | null", optional)
    )]
    pub year: Loose,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null", optional))]
    pub project_name: Loose,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null", optional))]
    pub department: Loose,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null", optional))]
    pub implementing_unit: Loose,
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "string | number | null", optional)
    )]
    pub budget: Loose,
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "\"万元\" | \"元\" | null", optional)
    )]
    pub amount_unit: Loose,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null", optional))]
    pub overall_goal: Loose,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null", optional))]
    pub tasks: Loose,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null", optional))]
    pub period: Loose,
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(
            type = "\"target\" | \"monitoring\" | \"selfEvaluation\" | null",
            optional
        )
    )]
    pub stage: Loose,
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "string | number | null", optional)
    )]
    pub month: Loose,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null", optional))]
    pub goal_progress: Loose,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null", optional))]
    pub goal_completion: Loose,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null", optional))]
    pub process: Loose,
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "ExecutionInput | null", optional)
    )]
    pub execution: Value,
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "string | number | null", optional)
    )]
    pub total_weight: Loose,
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "string | number | null", optional)
    )]
    pub total_score: Loose,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null", optional))]
    pub grade: Loose,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null", optional))]
    pub conclusion: Loose,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null", optional))]
    pub problems: Loose,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null", optional))]
    pub improvements: Loose,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null", optional))]
    pub other_notes: Loose,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null", optional))]
    pub measures: Loose,
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "IndicatorInput[] | null", optional)
    )]
    pub indicators: Value,
}

/// One row as read ([`InTable`]); in TypeScript, `IndicatorInput`.
#[derive(Default)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[cfg_attr(target_arch = "wasm32", tsify(rename = "IndicatorInput"))]
#[cfg_attr(target_arch = "wasm32", serde(rename_all = "camelCase"))]
pub struct InIndicator {
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null", optional))]
    pub level1: Loose,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null", optional))]
    pub level2: Loose,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null", optional))]
    pub name: Loose,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null", optional))]
    pub operator: Loose,
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "string | number | null", optional)
    )]
    pub value: Loose,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null", optional))]
    pub unit: Loose,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null", optional))]
    pub deadline: Loose,
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "string | number | null", optional)
    )]
    pub weight: Loose,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null", optional))]
    pub direction: Loose,
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "string | number | null", optional)
    )]
    pub actual: Loose,
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "string | number | null", optional)
    )]
    pub score: Loose,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null", optional))]
    pub deviation_reason: Loose,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null", optional))]
    pub measures: Loose,
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "string | number | null", optional)
    )]
    pub projected: Loose,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null", optional))]
    pub light: Loose,
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "string[] | string | null", optional)
    )]
    pub deviation_causes: Value,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null", optional))]
    pub likelihood: Loose,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null", optional))]
    pub remark: Loose,
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "string | number | null", optional)
    )]
    pub initial_value: Loose,
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "string | number | null", optional)
    )]
    pub completion: Loose,
}

impl InTable {
    fn from_value(v: &Value) -> InTable {
        let f = |key: &str| v.get(key).map(Loose::from).unwrap_or_default();
        // The later forms' cells, in a build that checks them.
        let later = |key: &str| {
            if cfg!(feature = "lifecycle") {
                f(key)
            } else {
                Loose::default()
            }
        };
        let later_value = |key: &str| match v.get(key) {
            Some(x) if cfg!(feature = "lifecycle") => x.clone(),
            _ => Value::Null,
        };
        InTable {
            kind: f("kind"),
            year: f("year"),
            project_name: f("projectName"),
            department: f("department"),
            implementing_unit: f("implementingUnit"),
            budget: f("budget"),
            amount_unit: f("amountUnit"),
            overall_goal: f("overallGoal"),
            tasks: f("tasks"),
            period: f("period"),
            stage: f("stage"),
            month: later("month"),
            goal_progress: later("goalProgress"),
            goal_completion: later("goalCompletion"),
            process: later("process"),
            execution: later_value("execution"),
            total_weight: later("totalWeight"),
            total_score: later("totalScore"),
            grade: later("grade"),
            conclusion: later("conclusion"),
            problems: later("problems"),
            improvements: later("improvements"),
            other_notes: later("otherNotes"),
            measures: later("measures"),
            indicators: v.get("indicators").cloned().unwrap_or(Value::Null),
        }
    }
}

impl InIndicator {
    fn from_value(v: &Value) -> InIndicator {
        let f = |key: &str| v.get(key).map(Loose::from).unwrap_or_default();
        let later = |key: &str| {
            if cfg!(feature = "lifecycle") {
                f(key)
            } else {
                Loose::default()
            }
        };
        InIndicator {
            level1: f("level1"),
            level2: f("level2"),
            name: f("name"),
            operator: f("operator"),
            value: f("value"),
            unit: f("unit"),
            deadline: f("deadline"),
            weight: f("weight"),
            direction: f("direction"),
            actual: later("actual"),
            score: later("score"),
            deviation_reason: later("deviationReason"),
            measures: later("measures"),
            projected: later("projected"),
            light: later("light"),
            deviation_causes: match v.get("deviationCauses") {
                Some(x) if cfg!(feature = "lifecycle") => x.clone(),
                _ => Value::Null,
            },
            likelihood: later("likelihood"),
            remark: later("remark"),
            initial_value: later("initialValue"),
            completion: later("completion"),
        }
    }
}

/// The budget year a field holds: a number, or text of digits; anything else is an issue.
pub(crate) fn year(value: Loose, issues: &mut Vec<InputIssue>) -> Option<i32> {
    let path = Path::Field(Field::Year);
    let text = value.take(path, true, issues);
    match crate::text::compact(&text) {
        t if t.is_empty() => None,
        t => t.parse::<i32>().ok().or_else(|| {
            issues.push(InputIssue {
                path,
                found: "text",
            });
            None
        }),
    }
}

impl InTable {
    fn into_raw(self, issues: &mut Vec<InputIssue>) -> RawTable {
        let f = |field| Path::Field(field);
        let year = year(self.year, issues);
        let mut table = RawTable {
            kind: crate::raw::TableKind::parse(&self.kind.text),
            year,
            project_name: self.project_name.take(f(Field::ProjectName), false, issues),
            department: self.department.take(f(Field::Department), false, issues),
            implementing_unit: self.implementing_unit.take(
                f(Field::ImplementingUnit),
                false,
                issues,
            ),
            budget: self
                .budget
                .take(f(Field::Budget), Field::Budget.takes_numbers(), issues),
            amount_unit: match crate::profile::AmountUnit::parse(self.amount_unit.text.trim()) {
                Some(u) => u.name().to_string(),
                None => String::new(),
            },
            overall_goal: self.overall_goal.take(f(Field::OverallGoal), false, issues),
            tasks: self.tasks.take(f(Field::Tasks), false, issues),
            period: self.period.take(f(Field::Period), false, issues),
            indicators: Vec::new(),
            ..Default::default()
        };
        let stage = match Stage::parse(&self.stage.text) {
            Some(s) => s,
            None => {
                issues.push(InputIssue {
                    path: f(Field::Stage),
                    found: "an unknown stage",
                });
                Stage::Target
            }
        };
        if cfg!(feature = "lifecycle") {
            table.stage = stage;
            table.month = self.month.optional(f(Field::Month), true, issues);
            table.goal_progress =
                self.goal_progress
                    .optional(f(Field::GoalProgress), false, issues);
            table.goal_completion =
                self.goal_completion
                    .optional(f(Field::GoalCompletion), false, issues);
            table.process = self.process.optional(f(Field::Process), false, issues);
            table.execution = execution(&self.execution, issues);
            table.total_weight = self
                .total_weight
                .optional(f(Field::TotalWeight), true, issues);
            table.total_score = self
                .total_score
                .optional(f(Field::TotalScore), true, issues);
            table.grade = self.grade.optional(f(Field::Grade), false, issues);
            table.conclusion = self
                .conclusion
                .optional(f(Field::Conclusion), false, issues);
            table.problems = self.problems.optional(f(Field::Problems), false, issues);
            table.improvements = self
                .improvements
                .optional(f(Field::Improvements), false, issues);
            table.other_notes = self
                .other_notes
                .optional(f(Field::OtherNotes), false, issues);
            table.measures = self.measures.optional(f(Field::Measures), false, issues);
        } else if stage != Stage::Target {
            issues.push(InputIssue {
                path: f(Field::Stage),
                found: "a later form (this module checks target tables; load jixiao/lifecycle)",
            });
        }
        match &self.indicators {
            // `null` (or no `indicators`) is no rows yet.
            Value::Null => {}
            Value::List(items) => {
                for (i, item) in items.iter().enumerate() {
                    table.indicators.push(row(item, i, issues));
                }
            }
            other => issues.push(InputIssue {
                path: Path::Indicators,
                found: other.not_an_object().unwrap_or("object"),
            }),
        }
        table
    }
}

impl InIndicator {
    fn into_raw(self, i: usize, issues: &mut Vec<InputIssue>) -> RawIndicator {
        let c = |col| Path::Cell(i, col);
        let mut row = RawIndicator {
            level1: self.level1.take(c(Column::Level1), false, issues),
            level2: self.level2.take(c(Column::Level2), false, issues),
            name: self.name.take(c(Column::Name), false, issues),
            operator: self.operator.take(c(Column::Operator), false, issues),
            value: self.value.take(c(Column::Value), true, issues),
            unit: self.unit.take(c(Column::Unit), false, issues),
            deadline: self.deadline.take(c(Column::Deadline), false, issues),
            weight: self.weight.take(c(Column::Weight), true, issues),
            direction: self.direction.take(c(Column::Direction), false, issues),
            ..Default::default()
        };
        if cfg!(feature = "lifecycle") {
            row.actual = self.actual.optional(c(Column::Actual), true, issues);
            row.score = self.score.optional(c(Column::Score), true, issues);
            row.deviation_reason =
                self.deviation_reason
                    .optional(c(Column::DeviationReason), false, issues);
            row.measures = self.measures.optional(c(Column::Measures), false, issues);
            row.projected = self.projected.optional(c(Column::Projected), true, issues);
            row.light = self.light.optional(c(Column::Light), false, issues);
            row.deviation_causes =
                causes(&self.deviation_causes, c(Column::DeviationCauses), issues);
            row.likelihood = self
                .likelihood
                .optional(c(Column::Likelihood), false, issues);
            row.remark = self.remark.optional(c(Column::Remark), false, issues);
            row.initial_value = self
                .initial_value
                .optional(c(Column::InitialValue), true, issues);
            row.completion = self
                .completion
                .optional(c(Column::Completion), true, issues);
        }
        row
    }
}

/// The ticked causes: a list of texts, or one text (`人员保障、其他`).
fn causes(v: &Value, path: Path, issues: &mut Vec<InputIssue>) -> Option<String> {
    match v {
        Value::Null => None,
        Value::Text(t) => Some(t.clone()),
        Value::List(items) => {
            let mut ticked = Vec::new();
            for item in items {
                match item {
                    Value::Text(t) => ticked.push(t.as_str()),
                    other => issues.push(InputIssue {
                        path,
                        found: other.not_an_object().unwrap_or("object"),
                    }),
                }
            }
            Some(ticked.join("、"))
        }
        other => {
            issues.push(InputIssue {
                path,
                found: other.not_an_object().unwrap_or("object"),
            });
            Some(String::new())
        }
    }
}

/// The execution block: `None` when null or absent.
fn execution(v: &Value, issues: &mut Vec<InputIssue>) -> Option<RawExecution> {
    let path = |f| Path::Exec(f);
    match v {
        Value::Null => return None,
        Value::Object(_) => {}
        other => {
            issues.push(InputIssue {
                path: Path::Execution,
                found: other.not_an_object().unwrap_or("object"),
            });
            return None;
        }
    }
    let cell = |key: &str, f: ExecField, numbers_ok: bool, issues: &mut Vec<InputIssue>| {
        v.get(key)
            .map(Loose::from)
            .unwrap_or_default()
            .optional(path(f), numbers_ok, issues)
    };
    let sources = match v.get("sources") {
        None | Some(Value::Null) => None,
        Some(Value::List(items)) => Some(
            items
                .iter()
                .enumerate()
                .map(|(i, s)| source(s, i, issues))
                .collect(),
        ),
        Some(other) => {
            issues.push(InputIssue {
                path: Path::Execution,
                found: other.not_an_object().unwrap_or("object"),
            });
            None
        }
    };
    Some(RawExecution {
        initial_budget: cell("initialBudget", ExecField::InitialBudget, true, issues),
        annual_budget: cell("annualBudget", ExecField::AnnualBudget, true, issues),
        executed: cell("executed", ExecField::Executed, true, issues),
        rate: cell("rate", ExecField::Rate, true, issues),
        weight: cell("weight", ExecField::Weight, true, issues),
        score: cell("score", ExecField::Score, true, issues),
        reason: cell("reason", ExecField::Reason, false, issues),
        projected_executed: cell(
            "projectedExecuted",
            ExecField::ProjectedExecuted,
            true,
            issues,
        ),
        light: cell("light", ExecField::Light, false, issues),
        measures: cell("measures", ExecField::Measures, false, issues),
        sources,
    })
}

/// One funding source row.
fn source(v: &Value, i: usize, issues: &mut Vec<InputIssue>) -> RawSource {
    if let Some(found) = v.not_an_object() {
        issues.push(InputIssue {
            path: Path::Source(i, None),
            found,
        });
        return RawSource::default();
    }
    let cell = |key: &str, f: ExecField, issues: &mut Vec<InputIssue>| {
        v.get(key).map(Loose::from).unwrap_or_default().optional(
            Path::Source(i, Some(f)),
            true,
            issues,
        )
    };
    RawSource {
        name: v.get("name").map(Loose::from).unwrap_or_default().take(
            Path::Source(i, Some(ExecField::Name)),
            false,
            issues,
        ),
        initial_budget: cell("initialBudget", ExecField::InitialBudget, issues),
        annual_budget: cell("annualBudget", ExecField::AnnualBudget, issues),
        executed: cell("executed", ExecField::Executed, issues),
        rate: cell("rate", ExecField::Rate, issues),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_f64_is_a_number_or_not_finite() {
        // The wasm boundary hands over every JS number that is not a safe integer by its bits.
        let specials = [
            f64::NAN,
            -f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MAX,
            f64::MIN,
            f64::MIN_POSITIVE,
            f64::EPSILON,
            5e-324,
            -0.0,
            1e21,
            7.9e28,
            8e28,
            0.1 + 0.2,
            125.07,
        ];
        for v in specials
            .into_iter()
            .chain((0..2000).map(|i| f64::from_bits(0x9E37_79B9_7F4A_7C15u64.wrapping_mul(i))))
        {
            let n = Loose::number(v);
            assert_eq!(n.kind == Kind::NotFinite, n.text.is_empty(), "{v:e}");
            if !v.is_finite() {
                assert_eq!(n.kind, Kind::NotFinite, "{v}");
            }
        }
        assert_eq!(Loose::number(125.07).text, "125.07");
        assert_eq!(Loose::number(1e21).text, "1000000000000000000000");
    }

    fn read_json(s: &str) -> (RawTable, Vec<InputIssue>) {
        let v: serde_json::Value = serde_json::from_str(s).unwrap();
        read(v).unwrap()
    }

    #[test]
    fn reads_the_contract_shape() {
        let (t, issues) = read_json(
            r#"{"year":2024,"projectName":"巡察经费","budget":34.16,"overallGoal":"x",
               "indicators":[{"level1":"产出指标","name":"a","value":100,"operator":">="}]}"#,
        );
        assert!(issues.is_empty(), "{issues:?}");
        assert_eq!(t.year, Some(2024));
        assert_eq!(t.budget, "34.16");
        assert_eq!(t.indicators[0].value, "100");
        assert_eq!(t.indicators[0].operator, ">=");
    }

    #[test]
    fn wrong_types_become_issues_not_errors() {
        let (t, issues) = read_json(
            r#"{"projectName":5,"budget":[1],"indicators":[null,{"name":{"a":1},"value":true}],"extra":{}}"#,
        );
        let paths: Vec<String> = issues
            .iter()
            .map(|i| format!("{}={}", i.path, i.found))
            .collect();
        assert_eq!(
            paths,
            [
                "projectName=number",
                "budget=array",
                "indicators.0=null",
                "indicators.1.name=object",
                "indicators.1.value=boolean"
            ]
        );
        assert_eq!(t.project_name, "5", "the typed number is kept as text");
        assert_eq!(t.indicators.len(), 2);
    }

    #[test]
    fn not_a_table_at_all() {
        for (s, found) in [
            ("null", "null"),
            ("3", "number"),
            ("[]", "array"),
            ("\"x\"", "string"),
        ] {
            let (_, issues) = read_json(s);
            assert_eq!(
                issues,
                [InputIssue {
                    path: Path::Root,
                    found
                }],
                "{s}"
            );
        }
        let (_, issues) = read_json(r#"{"indicators":"none"}"#);
        assert_eq!(
            issues,
            [InputIssue {
                path: Path::Indicators,
                found: "string"
            }]
        );
    }

    #[test]
    fn null_fields_are_empty() {
        let (t, issues) = read_json(r#"{"projectName":null,"indicators":null}"#);
        assert!(issues.is_empty());
        assert_eq!(t, RawTable::default());
    }
}
