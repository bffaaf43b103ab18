//! `target-changed` — 指标值与批复的绩效目标不同.
//!
//! The later forms carry the approved targets, and a unit that lowers a target before scoring
//! itself against it (`≥ 500 册` approved, `≥ 300 册` in the self-evaluation, 320 reached) turns
//! a shortfall into full marks (a 真实 finding of 自评抽审). Two ways to see it: a row whose
//! 年初指标值 (`initialValue`, 山西's `ncindexval`) differs from the 指标值 beside it; and, when the
//! approved target table is given alongside (`approved`), rows matched by name and level —
//! code prefixes (`1.`, `（一）`, `820001-`), spacing and full-width forms aside — whose operator,
//! value or unit differ (amounts compared through their money units), approved rows the form
//! dropped (reported at `indicators`, named) and rows it added (at the row). A change the row
//! records (备注 or 偏差原因 saying 调整 / 变更 / 调减 / 调增) is not reported. Source: LIFECYCLE.md
//! §4.1 rule 18 — C: 山西 keeps `ncindexval` beside the adjusted `indexval` (id 54558892881,
//! 54504033813), and scores follow the latest targets (id 54504033813); the rule is E.

use crate::lifecycle::score::{self, Class};
use crate::raw::{RawIndicator, Stage};
use crate::rules::prelude::*;
use crate::taxonomy::level_key;
use crate::value::ValueCell;

pub const RULE: Rule = Rule {
    id: RuleId::target_changed,
    level: Level::Warning,
    stages: Stages::LIFECYCLE,
    title: Tr {
        zh: "指标值与批复的绩效目标不同",
        en: "A target differs from the approved one",
    },
    description: Tr {
        zh: "监控和自评应以批复的绩效目标为准，调整目标须经批准并说明。",
        en: "Monitoring and self-evaluation measure against the approved targets; a changed target must be approved and recorded.",
    },
    check: Check::Table(check),
};

/// How many dropped rows the message names before “…”.
const MAX_LISTED: usize = 5;

/// What a row's target is, for comparing: operator, number or text, unit.
struct Aim {
    operator: Option<Operator>,
    target: Target,
    unit: Option<Unit>,
}

impl Aim {
    fn of_row(r: &Indicator) -> Aim {
        Aim {
            operator: r.operator.get(),
            target: r.target.clone(),
            unit: r.unit.clone(),
        }
    }

    fn of_cell(c: &ValueCell) -> Aim {
        Aim {
            operator: c.operator,
            target: c.target.clone(),
            unit: c.unit.as_deref().and_then(Unit::parse),
        }
    }

    /// The columns that differ from `approved` (operator, value, unit); only what both state is
    /// compared.
    fn changes(&self, approved: &Aim) -> Vec<Column> {
        let mut out = Vec::new();
        let money = |u: &Option<Unit>| match u {
            Some(Unit::Money(m)) if !m.per => Some(Decimal::from(m.yuan)),
            _ => None,
        };
        match (&self.target, &approved.target) {
            (Target::Number(a), Target::Number(b)) => {
                let same = match (money(&self.unit), money(&approved.unit)) {
                    (Some(x), Some(y)) => a.checked_mul(x) == b.checked_mul(y),
                    _ => a == b,
                };
                if !same {
                    out.push(Column::Value);
                }
            }
            (Target::Text(a), Target::Text(b))
                if crate::lifecycle::narrative::normalized(a)
                    != crate::lifecycle::narrative::normalized(b) =>
            {
                out.push(Column::Value);
            }
            (Target::Number(_), Target::Text(_)) | (Target::Text(_), Target::Number(_)) => {
                out.push(Column::Value)
            }
            _ => {}
        }
        if let (Some(a), Some(b)) = (self.operator, approved.operator) {
            if a != b && a.is_quantitative() && b.is_quantitative() {
                out.push(Column::Operator);
            }
        }
        if let (Some(a), Some(b)) = (&self.unit, &approved.unit) {
            if a != b && (money(&self.unit).is_none() || money(&approved.unit).is_none()) {
                out.push(Column::Unit);
            }
        }
        out
    }
}

fn check(table: &Table, cx: &mut Context) {
    let rows: Vec<&Indicator> = crate::lifecycle::weights::weighted_rows(&table.indicators)
        .filter(|r| r.has_name())
        .collect();
    let approved: Option<Vec<Indicator>> = cx.profile.approved.as_ref().map(|a| {
        a.indicators
            .iter()
            .enumerate()
            .map(|(i, r)| Indicator::parse(i, r))
            .filter(|r| !r.is_empty() && !r.is_empty_slot() && r.has_name())
            .collect()
    });
    let approved = approved.filter(|a| !a.is_empty());
    let mut taken = vec![false; approved.as_ref().map_or(0, Vec::len)];
    for row in &rows {
        let matched = approved
            .as_deref()
            .and_then(|a| find(row, a, &taken).map(|j| (j, &a[j])));
        match matched {
            Some((j, ap)) => {
                taken[j] = true;
                if !recorded(&row.raw) {
                    report_change(table, cx, row, &Aim::of_row(ap), &ap.raw, true);
                }
            }
            None => {
                if approved.is_some() {
                    let label = cx.row(row.index);
                    let msg = tr!(
                        cx,
                        "{label}不在批复的绩效目标中。新增指标须经批准；如为批复指标改名，请与批复的名称一致。",
                        "{label} is not among the approved targets. A new indicator needs approval; if an approved one was renamed, use its approved name."
                    );
                    cx.report(Path::Row(row.index), msg);
                }
                // The 年初指标值 the row shows beside its target.
                let initial = row.progress.as_ref().and_then(|p| p.initial_value.as_ref());
                if let Some(initial) = initial.filter(|c| c.target != Target::Empty) {
                    if !recorded(&row.raw) {
                        let raw = RawIndicator {
                            value: row.raw.initial_value.clone().unwrap_or_default(),
                            ..Default::default()
                        };
                        report_change(table, cx, row, &Aim::of_cell(initial), &raw, false);
                    }
                }
            }
        }
    }
    if let Some(approved) = &approved {
        let dropped: Vec<&Indicator> = approved
            .iter()
            .zip(&taken)
            .filter(|(_, t)| !**t)
            .map(|(r, _)| r)
            .collect();
        if !dropped.is_empty() {
            let n = dropped.len();
            let sep = if cx.zh() { "、" } else { ", " };
            let mut list = dropped
                .iter()
                .take(MAX_LISTED)
                .map(|r| format!("“{}”", r.name))
                .collect::<Vec<_>>()
                .join(sep);
            if n > MAX_LISTED {
                list.push_str(if cx.zh() { "等" } else { " and others" });
            }
            let msg = tr!(
                cx,
                "批复的绩效目标中有{n}个指标未列入：{list}。监控和自评应覆盖全部批复指标。",
                "{n} approved indicators are missing: {list}. Monitoring and self-evaluation cover every approved indicator."
            );
            cx.report(Path::Indicators, msg);
        }
    }
}

/// The approved row `row` stands for: same name (prefixes, spacing and forms aside), the same
/// levels preferred among several.
fn find(row: &Indicator, approved: &[Indicator], taken: &[bool]) -> Option<usize> {
    let name = name_key(&row.name);
    let mut first = None;
    for (j, ap) in approved.iter().enumerate() {
        if taken[j] || name_key(&ap.name) != name {
            continue;
        }
        if levels(ap) == levels(row) {
            return Some(j);
        }
        first = first.or(Some(j));
    }
    first
}

/// A row's level 1 and level 2, as matching keys.
fn levels(r: &Indicator) -> (String, String) {
    let l1 = r
        .level1
        .get()
        .map_or_else(|| level_key(&r.raw.level1), |l| level_key(l.name()));
    let l2 = r
        .level2
        .get()
        .map_or_else(|| level_key(&r.raw.level2), |l| level_key(l.name()));
    (l1, l2)
}

/// An indicator name as matched: without a code or list-number prefix (`820001-`, `[001]`,
/// `1.`, `1、`, `(1)`, `（一）`, `①`), with only its letters, digits and CJK characters.
fn name_key(name: &str) -> String {
    let c = crate::org::name(name);
    let c = crate::text::compact(&c);
    let mut rest: &str = &c;
    if let Some(r) = rest.strip_prefix(['(', '（']) {
        if let Some(end) = r.find([')', '）']) {
            if r[..end]
                .chars()
                .all(|ch| ch.is_ascii_digit() || "一二三四五六七八九十".contains(ch))
            {
                rest = &r[end..];
                rest = rest.trim_start_matches([')', '）']);
            }
        }
    } else {
        let numbered = rest.trim_start_matches(|ch: char| {
            ch.is_ascii_digit() || "一二三四五六七八九十".contains(ch)
        });
        if numbered.len() < rest.len() && numbered.starts_with(['.', '、', ')', '）']) {
            rest = numbered.trim_start_matches(['.', '、', ')', '）']);
        }
    }
    let rest = rest.trim_start_matches(|ch: char| ('①'..='⑳').contains(&ch));
    crate::lifecycle::narrative::normalized(rest)
}

/// Whether the row records an adjustment of its target (备注, 偏差原因, 措施).
fn recorded(raw: &RawIndicator) -> bool {
    [&raw.remark, &raw.deviation_reason, &raw.measures]
        .iter()
        .filter_map(|c| c.as_deref())
        .any(|t| ["调整", "变更", "调减", "调增"].iter().any(|w| t.contains(w)))
}

/// A target as the form shows it: operator, value and unit cells run together.
fn shown(raw: &RawIndicator) -> String {
    let op = crate::text::compact(&raw.operator);
    let op = if op == "定性" { "" } else { op.as_ref() };
    format!(
        "{op}{}{}",
        crate::text::compact(&raw.value),
        crate::text::compact(&raw.unit)
    )
}

/// Reports `row`'s target against `was` (the approved row's, or the row's own 年初指标值).
fn report_change(
    table: &Table,
    cx: &mut Context,
    row: &Indicator,
    was: &Aim,
    was_raw: &RawIndicator,
    approved: bool,
) {
    let changes = Aim::of_row(row).changes(was);
    let Some(&column) = [Column::Value, Column::Operator, Column::Unit]
        .iter()
        .find(|c| changes.contains(c))
    else {
        return;
    };
    let column = match column {
        Column::Operator if row.operator_in_value => Column::Value,
        Column::Unit if row.unit_in_value => Column::Value,
        c => c,
    };
    let label = cx.row(row.index);
    let (now, before) = (shown(&row.raw), shown(was_raw));
    let score = rescored(table, cx, row, was);
    let mut msg = if approved {
        tr!(
            cx,
            "{label}的指标值为“{now}”，批复的绩效目标为“{before}”，且未说明调整。请按批复的目标填报和评分；目标经批准调整的，请在备注中说明。",
            "{label}: the target is “{now}”, the approved one “{before}”, and no adjustment is recorded. Report and score against the approved target, or record the approved adjustment in the remark."
        )
    } else {
        tr!(
            cx,
            "{label}的指标值“{now}”与年初指标值“{before}”不同，且未说明调整。请按批复的目标填报和评分；目标经批准调整的，请在备注中说明。",
            "{label}: the target “{now}” differs from the initial one “{before}”, and no adjustment is recorded. Report and score against the approved target, or record the approved adjustment in the remark."
        )
    };
    if let Some(s) = score {
        msg.push_str(&tr!(
            cx,
            "按“{before}”计算，该指标应得{s}分。",
            " Against “{before}” the row earns {s}."
        ));
    }
    cx.report(Path::Cell(row.index, column), msg);
}

/// The score a self-evaluation row earns against the earlier target, when both are numbers.
fn rescored(table: &Table, cx: &Context, row: &Indicator, was: &Aim) -> Option<Decimal> {
    if table.header.stage != Stage::SelfEvaluation {
        return None;
    }
    let p = row.progress.as_ref()?;
    let (Target::Number(t), Target::Number(a)) = (&was.target, &p.actual.as_ref()?.target) else {
        return None;
    };
    let w = p.weight.value()?;
    let class = Class::of(was.operator.or(row.operator.get()), true);
    let f = score::fraction(class, *a, *t, &cx.profile.lifecycle)?;
    Some(score::expected(w, f).normalize())
}

#[cfg(test)]
mod tests {
    use crate::profile::Profile;
    use crate::raw::{RawIndicator, RawTable, Stage};
    use crate::rules::testing::*;
    use std::sync::Arc;

    const ID: &str = "target-changed";

    /// §3.10 A's targets as approved.
    fn approved() -> RawTable {
        let mut a = self_evaluation();
        a.stage = Stage::Target;
        a.execution = None;
        for r in &mut a.indicators {
            *r = RawIndicator {
                weight: String::new(),
                ..row(&r.level1, &r.level2, &r.name, &r.operator, &r.value, &r.unit, &r.deadline)
            };
        }
        a
    }

    fn with(approved: RawTable) -> Profile {
        Profile {
            approved: Some(Arc::new(approved)),
            ..Profile::default()
        }
    }

    /// 材料印刷 ≥ 500 册 approved; the self-evaluation's ≥ 300 册, actual 320, 10 of 10.
    fn printing() -> (RawTable, RawTable) {
        let mut a = approved();
        a.indicators[0] = row("产出指标", "数量指标", "材料印刷", "≥", "500", "册", "2024年12月");
        let mut t = self_evaluation();
        t.indicators[0] = se_row(
            "产出指标", "数量指标", "材料印刷", "≥", "300", "册", "10", "320", "10", "",
        );
        (a, t)
    }

    #[test]
    fn hit_a_lowered_target() {
        let (a, t) = printing();
        let d = run_with(ID, &t, &with(a));
        assert_eq!(paths_of(&d), ["indicators.0.value"]);
        assert!(
            d[0].message.contains("指标值为“≥300册”，批复的绩效目标为“≥500册”")
                && d[0].message.contains("应得6.4分"),
            "{}",
            d[0].message
        );
    }

    #[test]
    fn hit_operator_and_unit_cells() {
        let (a, mut t) = printing();
        t.indicators[0].value = "500".into();
        t.indicators[0].operator = ">".into();
        assert_eq!(paths_of(&run_with(ID, &t, &with(a.clone()))), ["indicators.0.operator"]);
        t.indicators[0].operator = "≥".into();
        t.indicators[0].unit = "本".into();
        assert_eq!(paths_of(&run_with(ID, &t, &with(a))), ["indicators.0.unit"]);
    }

    #[test]
    fn hit_dropped_and_added_rows() {
        let mut t = self_evaluation();
        t.indicators.remove(1);
        t.indicators[0].name = "组织主题宣传活动次数".into();
        let d = run_with(ID, &t, &with(approved()));
        assert_eq!(paths_of(&d), ["indicators", "indicators.0"]);
        assert!(
            d[0].message.contains("2个指标未列入：“组织宣传活动次数”、“培训批次、期数”"),
            "{}",
            d[0].message
        );
    }

    #[test]
    fn hit_initial_value() {
        // 年初指标值 ≥ 500 册 beside the adjusted ≥ 300 册, no approved table.
        let (_, mut t) = printing();
        t.indicators[0].initial_value = Some("≥500册".into());
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.0.value");
        assert!(d.message.contains("年初指标值“≥500册”"), "{}", d.message);
        // Monitoring too.
        let mut m = monitoring();
        m.indicators[0].initial_value = Some("120".into());
        assert_eq!(paths(ID, &m), ["indicators.0.value"]);
    }

    #[test]
    fn near_misses() {
        // The fixtures against their own approved targets; without one, nothing to compare.
        assert!(run_with(ID, &self_evaluation(), &with(approved())).is_empty());
        assert!(run(ID, &self_evaluation()).is_empty());
        assert!(run(ID, &monitoring()).is_empty());
        // Names with code prefixes, spacing and full-width forms; levels with points.
        let mut t = self_evaluation();
        t.indicators[0].name = "1.组织宣传活动次数".into();
        t.indicators[1].name = "（二）培训批次、期数".into();
        t.indicators[2].name = "正常 运转率".into();
        t.indicators[8].name = "机关事业单位干部群众满意度".into();
        t.indicators[0].level1 = "产出指标（50分）".into();
        t.indicators[8].value = "９５".into();
        t.indicators[4].operator = "≧".into();
        assert!(run_with(ID, &t, &with(approved())).is_empty());
        // The same amount in another money unit; a recorded adjustment.
        let (mut a, mut t) = printing();
        a.indicators[0] = row("产出指标", "成本指标", "印刷成本", "≤", "5", "万元", "2024年12月");
        t.indicators[0] = se_row(
            "产出指标", "成本指标", "印刷成本", "≤", "50000", "元", "10", "48000", "10", "",
        );
        assert!(run_with(ID, &t, &with(a)).is_empty());
        let (a, mut t) = printing();
        t.indicators[0].remark = Some("经主管部门批准调整为300册".into());
        assert!(run_with(ID, &t, &with(a)).is_empty());
        // An initial value equal to the target; blank.
        let mut t = self_evaluation();
        t.indicators[0].initial_value = Some("4".into());
        t.indicators[1].initial_value = Some(String::new());
        assert!(run(ID, &t).is_empty());
    }
}
