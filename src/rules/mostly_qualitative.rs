//! `mostly-qualitative` — 过半指标为定性指标.
//!
//! Targets must be “细化量化” (specific and quantified: 中发〔2018〕34号, and provinces send back
//! tables that are not); qualitative targets are allowed only where a number is impossible
//! (“尽量进行定量表述”, DOMAIN.md). A table whose indicators are mostly qualitative gives the
//! self-evaluation nothing to measure. Rows whose value sits in the unit column (`平稳运行`
//! under 度量单位) count as qualitative. Tables with fewer than three named rows are not
//! judged yet: the user is still typing.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::mostly_qualitative,
    level: Level::Warning,
    stages: Stages::ALL,
    title: Tr {
        zh: "过半指标为定性指标",
        en: "More than half the indicators are qualitative",
    },
    description: Tr {
        zh: "绩效指标应尽量定量表述。",
        en: "Targets should be quantitative where possible.",
    },
    check: Check::Table(check),
};

/// The fewest named rows before the share is judged.
const MIN_ROWS: usize = 3;

fn check(table: &Table, cx: &mut Context) {
    let grades = cx.grades;
    let rows: Vec<&Indicator> = table.indicators.iter().filter(|i| i.has_name()).collect();
    let total = rows.len();
    let qualitative = rows
        .iter()
        .filter(|i| {
            i.is_qualitative() || (i.target == Target::Empty && i.value_in_unit_cell(grades))
        })
        .count();
    if total < MIN_ROWS || qualitative * 2 <= total {
        return;
    }
    let msg = tr!(
        cx,
        "表中{total}个指标有{qualitative}个是定性指标，超过一半。绩效目标应尽量细化量化：能用数字衡量的请改为定量指标，如把“平稳运行”改为“设备完好率 ≥95%”。",
        "{qualitative} of the {total} indicators are qualitative, more than half. Targets should be quantified where possible: turn those that can be measured into numbers, e.g. “equipment in working order ≥ 95 %” instead of 平稳运行."
    );
    cx.report(Path::Indicators, msg);
}

#[cfg(test)]
mod tests {
    use crate::raw::RawIndicator;
    use crate::rules::testing::*;

    const ID: &str = "mostly-qualitative";

    fn qual(name: &str, value: &str, unit: &str) -> RawIndicator {
        row(
            "效益指标",
            "社会效益指标",
            name,
            "",
            value,
            unit,
            "2024年12月",
        )
    }

    #[test]
    fn hit_more_than_half() {
        let mut t = good();
        t.indicators.truncate(3);
        t.indicators
            .push(qual("确保机关事业单位平稳运行", "", "平稳运行"));
        t.indicators.push(qual("保障水平", "足额保障", ""));
        t.indicators.push(qual("政策可持续性", "平稳运行", ""));
        t.indicators.push(qual("经费支出规范性", "规范支出", ""));
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators");
        messages_contain(ID, &t, &["7个指标有4个"], &["4 of the 7"]);
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // Exactly half, and empty rows not counted.
        t.indicators.truncate(3);
        t.indicators.push(qual("保障水平", "足额保障", ""));
        t.indicators.push(qual("政策可持续性", "平稳运行", ""));
        t.indicators.push(qual("经费支出规范性", "规范支出", ""));
        t.indicators.push(RawIndicator::default());
        assert!(run(ID, &t).is_empty());
        // Too few rows to judge.
        t.indicators = vec![qual("保障水平", "足额保障", ""), qual("x", "好", "")];
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
