//! `invalid-operator` — 运算符号无法识别.
//!
//! Budget systems store six operators — `≥` `＞` `＝` `＜` `≤` and `定性` — and the model reads
//! every common spelling of them (`>=`, `≧`, `大于等于`, `不低于` …). Anything else cannot be
//! evaluated: the self-evaluation after the year compares the actual value with the target
//! through this symbol. Source: the operator set enforced by budget integration systems
//! (强制性审核), DOMAIN.md “Operators”. A fix is offered only when the cell is a known operator
//! followed by stray marks (`≥=`, `≥。`, `定性指标`).

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::invalid_operator,
    level: Level::Error,
    stages: Stages::ALL,
    title: Tr {
        zh: "运算符号无法识别",
        en: "The operator is not recognised",
    },
    description: Tr {
        zh: "运算符号只能是 ≥、＞、＝、＜、≤ 或 定性。",
        en: "The operator must be ≥, ＞, ＝, ＜, ≤ or 定性.",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    // A row of only symbols (`--`) is missing-indicator-name's.
    if ind.operator != Cell::Invalid || ind.is_blank_like() {
        return;
    }
    let row = cx.row();
    let text = crate::text::clean(&ind.raw.operator);
    let compact = crate::text::compact(&ind.raw.operator);
    let path = cx.cell(Column::Operator);
    if let Some(op) = leftover_marks(&compact) {
        let sym = op.symbol();
        let msg = tr!(
            cx,
            "{row}的运算符号“{text}”多了字符，应为“{sym}”。",
            "{row}: the operator “{text}” has extra characters; it should be “{sym}”."
        );
        let label = tr!(cx, "改为 {sym}", "Change to {sym}");
        cx.report(path, msg).fix(path, sym, label);
        return;
    }
    if crate::text::is_only_symbols(&compact) && matches!(ind.target, Target::Text(_)) {
        // `/` or `--` for "not applicable" on a row with a text target: that is 定性.
        let q = Operator::Qualitative.symbol();
        let msg = tr!(
            cx,
            "{row}的运算符号填的是“{text}”。指标值是文字，运算符号应为“定性”。",
            "{row}: the operator is “{text}”; the target is text, so the operator should be 定性."
        );
        let label = tr!(cx, "改为 定性", "Change to 定性");
        cx.report(path, msg).fix(path, q, label);
        return;
    }
    let hint = match crate::operator::Direction::parse(&compact) {
        Some(d) if d != crate::operator::Direction::Exact => {
            let (name, sym) = match d {
                crate::operator::Direction::Negative => ("反向", "≤"),
                _ => ("正向", "≥"),
            };
            tr!(
                cx,
                "“{name}”是指标方向，不是运算符号；{name}指标一般用“{sym}”。",
                "“{name}” is the indicator's direction, not an operator; such targets usually take “{sym}”. "
            )
        }
        _ => String::new(),
    };
    let msg = tr!(
        cx,
        "{row}的运算符号“{text}”无法识别。{hint}请从 ≥、＞、＝、＜、≤、定性 中选择一个。",
        "{row}: the operator “{text}” is not recognised. {hint}Choose one of ≥, ＞, ＝, ＜, ≤ or 定性."
    );
    cx.report(path, msg);
}

/// The operator when the cell is a known operator followed only by stray marks: `≥=`, `≥。`,
/// `定性指标`. `<>` (not equal) is not one.
fn leftover_marks(compact: &str) -> Option<Operator> {
    let (op, rest) = Operator::split_prefix(compact)?;
    let stray = rest == "指标" || rest == "号" || rest.chars().all(|c| "=。，,.、;；".contains(c));
    (!rest.is_empty() && stray).then_some(op)
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "invalid-operator";

    #[test]
    fn hit_unknown_operator_lists_the_six() {
        let mut t = good();
        t.indicators[1].operator = "约".into();
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.1.operator");
        assert!(d.fix.is_none());
        messages_contain(
            ID,
            &t,
            &["第2行（体检报告合格率）", "“约”", "≥、＞、＝、＜、≤、定性"],
            &["row 2"],
        );
    }

    #[test]
    fn direction_in_operator_cell_gets_a_hint() {
        let mut t = good();
        t.indicators[3].operator = "反向".into();
        let d = run(ID, &t);
        assert!(d[0].message.contains("指标方向") && d[0].message.contains("“≤”"));
        assert!(d[0].fix.is_none());
    }

    #[test]
    fn stray_marks_fixed() {
        let mut t = good();
        t.indicators[1].operator = "≥=".into();
        t.indicators[2].operator = "定性指标".into();
        t.indicators[3].operator = "<>".into();
        let d = run(ID, &t);
        assert_eq!(d.len(), 3);
        let fix = |k: usize| d[k].fix.as_ref().and_then(|f| f.value.clone());
        assert_eq!(fix(0).as_deref(), Some("≥"));
        assert_eq!(fix(1).as_deref(), Some("定性"));
        assert_eq!(fix(2), None, "<> means not-equal: no guess");
        let fixed = crate::fix::apply_fixes(&t, &d);
        assert_eq!(run(ID, &fixed).len(), 1);
    }

    #[test]
    fn slash_before_text_becomes_qualitative() {
        let mut t = good();
        t.indicators[5] = row(
            "效益指标",
            "社会效益指标",
            "保障水平",
            "/",
            "足额保障",
            "",
            "2024年12月",
        );
        t.indicators[4].operator = "/".into();
        let d = run(ID, &t);
        assert_eq!(d.len(), 2);
        assert!(d[0].fix.is_none(), "a number after “/”: no guess");
        assert_eq!(fix_of(&d[1]).1, Some("定性"));
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // Every accepted spelling, and an empty cell (missing-operator's, if anything).
        for (k, op) in ["＞＝", "不低于", " ≥ ", "≦", ""].iter().enumerate() {
            t.indicators[k].operator = op.to_string();
        }
        // A pasted separator row is missing-indicator-name's.
        t.indicators
            .push(row("--", "--", "--", "--", "---", "--", "--"));
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
