//! `satisfaction-misplaced` — 满意度指标放在了效益或质量指标下.
//!
//! Satisfaction has its own level 1, 满意度指标 → 服务对象满意度指标. Filed under 效益指标 it
//! stands in for the project's real effect — “以满意度代替效益”, a defect reviewers name (DOMAIN.md)
//! — and under 产出 (质量, 数量) it is not an output either. The table then looks complete while
//! saying nothing about benefits. No fix: two cells must change (level 1 and level 2), and the
//! benefit it displaced should be written too. A level 2 that does not fit 满意度指标 is
//! `level2-mismatch`'s; names that only mention satisfaction (满意度调查次数, in 次) are left alone.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::satisfaction_misplaced,
    level: Level::Warning,
    title: Tr {
        zh: "满意度指标放在了效益或质量指标下",
        en: "A satisfaction indicator is filed under benefit or quality",
    },
    description: Tr {
        zh: "“以满意度代替效益”是常见的审核问题；满意度应放在满意度指标下。",
        en: "Satisfaction filed as a benefit is a known review defect.",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    if ind.name_kind != NameKind::Satisfaction {
        return;
    }
    // A count or an amount about satisfaction (满意度调查次数) is not a satisfaction rate.
    if matches!(
        ind.unit,
        Some(Unit::Count(_) | Unit::Money(_) | Unit::Time(_) | Unit::Measure(_))
    ) {
        return;
    }
    let (column, under_zh, under_en, benefit) = match (ind.level1.get(), ind.level2.get()) {
        (Some(Level1::Satisfaction), _) | (None, Some(Level2::ServiceSatisfaction) | None) => {
            return
        }
        // The older tree (财预〔2015〕88号 lineage) kept 服务对象满意度指标 as a level 2 under
        // 效益指标: filed there, it stands beside the benefits, not for them.
        (Some(Level1::Benefit), Some(Level2::ServiceSatisfaction)) => return,
        (Some(l1), _) => (
            Column::Level1,
            l1.name(),
            l1.english(),
            l1 == Level1::Benefit,
        ),
        (None, Some(l2)) => (
            Column::Level2,
            l2.name(),
            l2.english(),
            l2.parent(cx.header.framework) == Some(Level1::Benefit),
        ),
    };
    let row = cx.row();
    let msg = if benefit {
        tr!(
            cx,
            "{row}是满意度指标，却放在了“{under_zh}”下，这是“以满意度代替效益”。请把它移到一级指标“满意度指标”、二级指标“服务对象满意度指标”下，并在效益指标中写明项目带来的实际效果。",
            "{row} is a satisfaction indicator filed under {under_zh} ({under_en}): satisfaction standing in for benefit. Move it to 满意度指标 / 服务对象满意度指标, and state the project's actual effect as the benefit."
        )
    } else {
        tr!(
            cx,
            "{row}是满意度指标，却放在了“{under_zh}”下。满意度不是产出，请把它移到一级指标“满意度指标”、二级指标“服务对象满意度指标”下。",
            "{row} is a satisfaction indicator filed under {under_zh} ({under_en}). Satisfaction is not an output: move it to 满意度指标 / 服务对象满意度指标."
        )
    };
    cx.report(cx.cell(column), msg);
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "satisfaction-misplaced";

    #[test]
    fn hit_satisfaction_as_benefit() {
        let mut t = good();
        t.indicators[5] = row(
            "效益指标",
            "社会效益指标",
            "群众满意度",
            "≥",
            "90",
            "%",
            "2024年12月",
        );
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.5.level1");
        assert!(d.fix.is_none());
        messages_contain(
            ID,
            &t,
            &["第6行（群众满意度）", "以满意度代替效益"],
            &["row 6 (群众满意度)"],
        );
    }

    #[test]
    fn hit_under_quality_and_level2_only() {
        let mut t = good();
        t.indicators[1].name = "服务对象满意率".into();
        t.indicators[5].level1 = "".into();
        t.indicators[5].name = "受益群众满意度".into();
        assert_eq!(
            paths(ID, &t),
            ["indicators.1.level1", "indicators.5.level2"]
        );
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // Where it belongs; a survey count; 满意度 level 1 with a wrong level 2 (level2-mismatch's).
        t.indicators[0].name = "满意度调查次数".into();
        t.indicators[0].unit = "次".into();
        t.indicators[6].level2 = "质量指标".into();
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
        // The older tree: 服务对象满意度指标 as a level 2 under 效益指标 (吕梁 2021).
        let mut t = good();
        t.indicators[6].level1 = "效益指标".into();
        assert!(run(ID, &t).is_empty());
    }

    #[test]
    fn satisfaction_by_another_word() {
        let mut t = good();
        t.indicators[5] = row("效益指标", "社会效益指标", "群众满意程度", "≥", "90", "%", "");
        assert_eq!(paths(ID, &t), ["indicators.5.level1"]);
    }
}
