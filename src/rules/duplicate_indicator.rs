//! `duplicate-indicator` — 三级指标重复.
//!
//! Budget systems reject a table in which the same level-3 name appears twice (a 强制性审核
//! switch, on by default): the targets double-count and self-evaluation cannot score them. In
//! practice the duplicates are rows pasted twice (the seed's 巡察经费 repeats four indicators)
//! or last year's rows copied in beside this year's (专项印刷及订阅资料费: the same names with
//! 2023 and 2024 deadlines). The later row is reported, naming the earlier one. Only a row that
//! is identical to an earlier one in every cell, once normalised (merged level cells read as
//! “same as above”, `>=` as `≥`, `2024 年 12 月` as `2024年12月`), gets a fix that deletes it;
//! otherwise which row to keep is the user's call.

use crate::rules::prelude::*;
use std::borrow::Cow;
use std::collections::HashMap;

pub const RULE: Rule = Rule {
    id: RuleId::duplicate_indicator,
    level: Level::Error,
    title: Tr {
        zh: "三级指标重复",
        en: "The same indicator appears twice",
    },
    description: Tr {
        zh: "同一张表中三级指标名称不能重复。",
        en: "Level-3 names must be unique within a table.",
    },
    check: Check::Table(check),
};

/// A row in normalised form, one entry per column (in [`Column::ALL`] order), for telling an
/// exact copy from a row that only shares the name.
/// Borrowed where the text is the table's or a constant.
type Key<'t> = [Cow<'t, str>; 9];

fn check(table: &Table, cx: &mut Context) {
    // Most tables have no repeated name: then there is nothing to compare.
    let mut names = std::collections::HashSet::with_capacity(table.indicators.len());
    if table
        .indicators
        .iter()
        .filter(|i| i.has_name())
        .all(|i| names.insert(Cow::Borrowed(i.compact_name())))
    {
        return;
    }
    let keys = keys(table);
    let mut seen: HashMap<String, Vec<usize>> = HashMap::new();
    for (pos, ind) in table.indicators.iter().enumerate() {
        if !ind.has_name() {
            continue;
        }
        let name = ind.compact_name().to_owned();
        let earlier = seen.entry(name).or_default();
        let first = earlier.first().copied();
        let same = earlier
            .iter()
            .copied()
            .find(|&j| keys.get(j) == keys.get(pos));
        earlier.push(pos);
        let Some(first) = first else {
            continue;
        };
        let i = ind.index;
        let row = cx.row(i);
        let path = Path::Cell(i, Column::Name);
        if let Some(j) = same {
            let m = table.indicators.get(j).map_or(j, |r| r.index) + 1;
            // Deleting is the clear fix unless the row carries a weight (the rest must then
            // be re-weighted) or is the only row that counts for its level 1 (a merged level
            // cell left blank can read differently from the row it repeats).
            let fw = cx.table.header.framework;
            let level1 = ind.level1_or_implied(fw);
            let clear = ind.weight.is_blank()
                && table
                    .indicators
                    .iter()
                    .any(|o| o.index != i && o.level1_or_implied(fw) == level1);
            let msg = if clear {
                tr!(
                    cx,
                    "{row}与第{m}行完全相同，是重复填写的，请删除此行。",
                    "{row} repeats row {m} exactly; delete this row."
                )
            } else {
                tr!(
                    cx,
                    "{row}与第{m}行完全相同，是重复填写的，请删除此行，并相应调整其余指标的权重和层级。",
                    "{row} repeats row {m} exactly; delete this row and adjust the other rows' weights and levels to match."
                )
            };
            let label = tr!(cx, "删除重复行", "Delete duplicate row");
            let d = cx.report(path, msg);
            if clear {
                d.fix_remove(i, label);
            }
        } else {
            let m = table.indicators.get(first).map_or(first, |r| r.index) + 1;
            let cols = differing(keys.get(first), keys.get(pos), cx.zh());
            let msg = tr!(
                cx,
                "{row}与第{m}行重复：同一张表中三级指标名称不能重复（两行的{cols}不同）。如果是同一个指标，请只保留一行；如果考核的是不同内容，请改名加以区分。",
                "{row} has the same name as row {m}; names must be unique in a table (the rows differ in {cols}). Keep one row if they are the same indicator, or rename one to say what it measures."
            );
            cx.report(path, msg);
        }
    }
}

/// The names of the columns in which two keys differ, joined for a message.
fn differing(a: Option<&Key>, b: Option<&Key>, zh: bool) -> String {
    let (Some(a), Some(b)) = (a, b) else {
        return String::new();
    };
    // Pushed, not joined: a `join` of `&str`s would be a second copy of `join` in the wasm.
    let mut names = String::new();
    for (c, _) in Column::ALL
        .iter()
        .zip(a.iter().zip(b))
        .filter(|(_, (x, y))| x != y)
    {
        if !names.is_empty() {
            names.push_str(if zh { "、" } else { ", " });
        }
        names.push_str(if zh { c.label_zh() } else { c.label_en() });
    }
    names
}

/// Every row's normalised cells. Blank level cells take the value above them (merged cells).
fn keys<'t>(table: &'t Table) -> Vec<Key<'t>> {
    let mut level1 = Cow::Borrowed("");
    let mut level2 = Cow::Borrowed("");
    let mut out = Vec::with_capacity(table.indicators.len());
    for ind in &table.indicators {
        let raw = |c: Column| crate::text::compact(ind.raw.cell(c));
        match ind.level1 {
            Cell::Valid(l) => level1 = l.name().into(),
            Cell::Invalid => level1 = raw(Column::Level1),
            Cell::Blank => {}
        }
        match ind.level2 {
            Cell::Valid(l) => level2 = l.name().into(),
            Cell::Invalid => level2 = raw(Column::Level2),
            Cell::Blank => {}
        }
        let operator = match ind.operator {
            Cell::Valid(op) => op.symbol().into(),
            Cell::Blank if ind.is_qualitative() => Operator::Qualitative.symbol().into(),
            _ => raw(Column::Operator),
        };
        let value = match &ind.target {
            Target::Number(n) => n.normalize().to_string().into(),
            Target::Date(d) => d.canonical().into(),
            Target::Period(p) => p.canonical().into(),
            Target::Text(t) => crate::text::compact(t),
            Target::Empty => "".into(),
            Target::Placeholder => raw(Column::Value),
        };
        let unit = ind
            .unit
            .as_ref()
            .map_or(Cow::Borrowed(""), |u| u.canonical().into());
        let deadline = ind
            .deadline
            .get()
            .map_or_else(|| raw(Column::Deadline), |d| d.canonical().into());
        let weight = ind
            .weight
            .get()
            .map_or_else(|| raw(Column::Weight), |w| w.normalize().to_string().into());
        let direction = ind
            .direction
            .get()
            .map_or_else(|| raw(Column::Direction), |d| d.name().into());
        // In Column::ALL order.
        out.push([
            level1.clone(),
            level2.clone(),
            ind.compact_name().into(),
            operator,
            value,
            unit,
            deadline,
            weight,
            direction,
        ]);
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "duplicate-indicator";

    /// The seed's 巡察经费 output rows, merged level cells left empty as pasted.
    fn xuncha() -> crate::raw::RawTable {
        let mut t = good();
        t.indicators = vec![
            row(
                "产出指标",
                "数量指标",
                "足额保障率",
                "=",
                "100",
                "%",
                "2024年12月",
            ),
            row("", "", "资金到位率", "=", "100", "%", "2024年12月"),
            row("", "", "资金到位率", "=", "100", "%", "2024年12月"),
            row("", "", "足额保障率", "=", "100", "%", "2024年12月"),
            row("", "质量指标", "正常运转率", "=", "100", "%", "2024年12月"),
            row("", "", "经费足额发放率", ">=", "100", "%", "2024年12月"),
            row("", "", "正常运转率", "=", "100", "%", "2024年12月"),
            row("", "", "经费足额发放率", ">=", "100", "%", "2024年12月"),
        ];
        t
    }

    #[test]
    fn seed_xuncha_four_exact_duplicates_removed() {
        let t = xuncha();
        let d = run(ID, &t);
        assert_eq!(
            paths_of(&d),
            [
                "indicators.2.name",
                "indicators.3.name",
                "indicators.6.name",
                "indicators.7.name"
            ]
        );
        assert!(d
            .iter()
            .all(|d| d.fix.as_ref().is_some_and(|f| f.value.is_none())));
        assert_eq!(d[1].fix.as_ref().unwrap().path.to_string(), "indicators.3");
        messages_contain(
            ID,
            &t,
            &["第3行（资金到位率）与第2行"],
            &["row 3 (资金到位率)", "row 2"],
        );
        let fixed = crate::fix::apply_fixes(&t, &d);
        assert_eq!(fixed.indicators.len(), 4);
        assert!(run(ID, &fixed).is_empty());
    }

    #[test]
    fn seed_printing_other_year_is_reported_without_fix() {
        let mut t = good();
        t.indicators = vec![
            row(
                "产出指标",
                "数量指标",
                "材料印刷",
                ">=",
                "500",
                "册",
                "2023 年 12 月",
            ),
            row("", "", "材料印刷", ">=", "500", "册", "2024 年 12 月"),
        ];
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.1.name");
        assert!(d.fix.is_none(), "which year to keep is the user's call");
        assert!(d.message.contains("完成时限"), "{}", d.message);
    }

    #[test]
    fn weighted_duplicate_is_reported_without_fix() {
        // Deleting a weighted row leaves the weights short of 100: the user re-weights.
        let mut t = xuncha();
        for r in &mut t.indicators {
            r.weight = "12.5".into();
        }
        let d = run(ID, &t);
        assert_eq!(d.len(), 4);
        assert!(d.iter().all(|d| d.fix.is_none()));
        assert!(d[0].message.contains("权重"), "{}", d[0].message);
    }

    #[test]
    fn the_only_row_of_a_level_is_not_deleted() {
        // Row 2 repeats row 1 with its level-1 cell blank (a merged cell): it is the only row
        // that reads as 效益 (from its level 2), so deleting it is left to the user.
        let mut t = good();
        t.indicators = vec![
            row(
                "产出指标",
                "社会效益指标",
                "培训批次",
                ">=",
                "2",
                "批次",
                "2024年12月",
            ),
            row(
                "",
                "社会效益指标",
                "培训批次",
                ">=",
                "2",
                "批次",
                "2024年12月",
            ),
        ];
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.1.name");
        assert!(d.fix.is_none());
    }

    #[test]
    fn spelling_differences_still_identical() {
        let mut t = good();
        t.indicators.push(row(
            "产出指标",
            "质量指标",
            "体检报告 合格率",
            ">=",
            "98.0",
            "％",
            "2024 年 12 月",
        ));
        let d = only(ID, &t);
        assert!(d.fix.is_some(), "{}", d.message);
        assert!(d.message.contains("第2行"));
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // Similar names, and empty names, are not duplicates.
        t.indicators[0].name = "体检报告合格率（复检）".into();
        t.indicators.push(row("", "", "", "", "", "", ""));
        t.indicators.push(row("", "", "", "", "", "", ""));
        t.indicators.push(row("", "", "--", "", "", "", ""));
        t.indicators.push(row("", "", "--", "", "", "", ""));
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
