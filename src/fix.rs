//! Applying fixes and normalising a table: the only places that write a [`RawTable`].
//!
//! Both return a new table and never touch the input: a form applies them when the user
//! clicks, never while they type.

use crate::diagnostic::{Diagnostic, Path};
use crate::indicator::{Cell, Indicator};
use crate::operator::Operator;
use crate::profile::Profile;
use crate::raw::{Column, RawTable};
use crate::value::Target;
use std::borrow::Borrow;
use std::collections::HashSet;

/// Applies the fixes carried by `diagnostics`. When two fixes write the same path the first
/// wins; row removals happen last, so the indices in other fixes stay valid. Fixes whose path
/// does not exist in `raw` are skipped.
pub fn apply_fixes<D: Borrow<Diagnostic>>(raw: &RawTable, diagnostics: &[D]) -> RawTable {
    let mut out = raw.clone();
    let mut written = HashSet::new();
    // Per row: false when a fix removes it.
    let mut keep = vec![true; out.indicators.len()];
    for fix in diagnostics.iter().filter_map(|d| d.borrow().fix.as_ref()) {
        for (path, value) in fix.edits() {
            match (value, path) {
                (None, Path::Row(i)) => {
                    if let Some(k) = keep.get_mut(i) {
                        *k = false;
                    }
                }
                (Some(value), path) if written.insert(path) => match path {
                    Path::Field(f) => out.set_field(f, value.to_string()),
                    Path::Cell(i, c) if i < out.indicators.len() => {
                        *out.indicators[i].cell_mut(c) = value.to_string();
                    }
                    _ => {}
                },
                _ => {}
            }
        }
    }
    let mut keep = keep.into_iter();
    out.indicators.retain(|_| keep.next().unwrap_or(true));
    out
}

/// The table in canonical form: operators as ≥ ＞ ＝ ＜ ≤ 定性, combined value cells split
/// (`≥95%` → `≥` · `95` · `%`), level names canonical (`环境效益` → `生态效益指标`), units,
/// deadlines (`2024 年 12 月` → `2024年12月`) and amounts in their stored spelling, names and
/// organisations trimmed of decorations. Text that does not parse is only trimmed.
/// Idempotent: normalising twice changes nothing more.
pub fn normalize(raw: &RawTable, profile: &Profile) -> RawTable {
    let unit = crate::table::amount_unit(raw, profile);
    let mut out = RawTable {
        kind: raw.kind,
        year: raw.year,
        project_name: crate::text::clean(&raw.project_name),
        department: crate::org::name(&raw.department),
        implementing_unit: crate::org::name(&raw.implementing_unit),
        budget: match crate::amount::Amount::parse(&raw.budget).and_then(|a| a.in_unit(unit.yuan()))
        {
            Some(v) => v.normalize().to_string(),
            None => crate::text::clean(&raw.budget),
        },
        amount_unit: raw.amount_unit.clone(),
        overall_goal: raw.overall_goal.trim().to_string(),
        tasks: raw.tasks.trim().to_string(),
        period: match crate::deadline::Period::parse(&raw.period) {
            Some(p) => p.canonical(),
            None => crate::text::clean(&raw.period),
        },
        indicators: Vec::with_capacity(raw.indicators.len()),
    };
    for (i, row) in raw.indicators.iter().enumerate() {
        out.indicators
            .push(normalize_row(&Indicator::parse(i, row)));
    }
    out
}

fn normalize_row(ind: &Indicator) -> crate::raw::RawIndicator {
    let raw = &ind.raw;
    let cleaned = |c: Column| crate::text::clean(raw.cell(c));
    let operator = match ind.operator {
        Cell::Valid(op) => op.symbol().to_string(),
        Cell::Blank if ind.is_qualitative() => Operator::Qualitative.symbol().to_string(),
        _ => cleaned(Column::Operator),
    };
    let value = match &ind.target {
        Target::Number(n) => n.to_string(),
        Target::Date(d) => d.canonical(),
        Target::Period(p) => p.canonical(),
        Target::Text(t) => t.clone(),
        Target::Placeholder | Target::Empty if ind.operator_in_value || ind.unit_in_value => {
            // Only the operator/unit were in the cell; they have moved to their own columns.
            String::new()
        }
        Target::Placeholder | Target::Empty => cleaned(Column::Value),
    };
    let unit = match &ind.unit {
        Some(u) => u.canonical().to_string(),
        None => cleaned(Column::Unit),
    };
    crate::raw::RawIndicator {
        level1: ind
            .level1
            .get()
            .map_or_else(|| cleaned(Column::Level1), |l| l.name().into()),
        level2: ind
            .level2
            .get()
            .map_or_else(|| cleaned(Column::Level2), |l| l.name().into()),
        name: ind.name.clone(),
        operator,
        value,
        unit,
        deadline: ind
            .deadline
            .get()
            .map_or_else(|| cleaned(Column::Deadline), |d| d.canonical()),
        weight: ind
            .weight
            .get()
            .map_or_else(|| cleaned(Column::Weight), |w| w.to_string()),
        direction: ind
            .direction
            .get()
            .map_or_else(|| cleaned(Column::Direction), |d| d.name().into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Fix, Severity};
    use crate::raw::RawIndicator;

    fn diag(path: Path, value: Option<&str>) -> Diagnostic {
        Diagnostic {
            id: String::new(),
            rule: crate::rules::RuleId::required_field,
            severity: Severity::Error,
            path,
            message: String::new(),
            fix: Some(Fix {
                path,
                value: value.map(Into::into),
                label: String::new(),
                also: Vec::new(),
            }),
        }
    }

    fn rows(n: usize) -> RawTable {
        RawTable {
            indicators: (0..n)
                .map(|i| RawIndicator {
                    name: format!("r{i}"),
                    ..Default::default()
                })
                .collect(),
            ..Default::default()
        }
    }

    #[test]
    fn sets_cells_and_removes_rows_last() {
        let t = rows(3);
        let out = apply_fixes(
            &t,
            &[
                diag(Path::Row(0), None),
                diag(Path::Cell(2, Column::Operator), Some("≤")),
                diag(Path::Cell(2, Column::Operator), Some("≥")),
                diag(Path::Field(crate::raw::Field::Budget), Some("10")),
                diag(Path::Cell(9, Column::Value), Some("1")),
            ],
        );
        assert_eq!(out.indicators.len(), 2);
        assert_eq!(out.indicators[1].name, "r2");
        assert_eq!(out.indicators[1].operator, "≤", "first fix wins");
        assert_eq!(out.budget, "10");
        assert_eq!(t, rows(3), "input untouched");
    }

    /// Found by the fix_normalize fuzz target: converting this budget to 万元 overflowed
    /// `Decimal` and panicked. A budget that cannot be converted is only trimmed.
    #[test]
    fn normalize_keeps_a_budget_too_large_to_convert() {
        let t = RawTable {
            budget: " 7922816251426433759354395033.5亿元 ".into(),
            ..Default::default()
        };
        let n = normalize(&t, &Profile::default());
        assert_eq!(n.budget, "7922816251426433759354395033.5亿元");
        assert_eq!(normalize(&n, &Profile::default()), n);
    }

    #[test]
    fn normalizes_everything_it_knows() {
        let t = RawTable {
            department: "820001-铁西区教育局".into(),
            budget: "1,250,700元".into(),
            indicators: vec![
                RawIndicator {
                    level1: "产出".into(),
                    level2: "进度指标".into(),
                    name: " 及时率 ".into(),
                    value: "≥９５％".into(),
                    deadline: "2024 年 12 月".into(),
                    ..Default::default()
                },
                RawIndicator {
                    level1: "效益".into(),
                    level2: "环境效益".into(),
                    name: "x".into(),
                    value: "平稳运行".into(),
                    ..Default::default()
                },
            ],
            ..Default::default()
        };
        let n = normalize(&t, &Profile::default());
        assert_eq!(n.department, "铁西区教育局");
        assert_eq!(n.budget, "125.07");
        let r = &n.indicators[0];
        assert_eq!(
            (r.level1.as_str(), r.level2.as_str(), r.name.as_str()),
            ("产出指标", "时效指标", "及时率")
        );
        assert_eq!(
            (
                r.operator.as_str(),
                r.value.as_str(),
                r.unit.as_str(),
                r.deadline.as_str()
            ),
            ("≥", "95", "%", "2024年12月")
        );
        let r = &n.indicators[1];
        assert_eq!(
            (r.level2.as_str(), r.operator.as_str(), r.value.as_str()),
            ("生态效益指标", "定性", "平稳运行")
        );
        assert_eq!(normalize(&n, &Profile::default()), n, "idempotent");
    }
}
