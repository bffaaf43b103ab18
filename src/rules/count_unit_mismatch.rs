//! `count-unit-mismatch` — 计数单位与指标名称不符.
//!
//! …人数 counts distinct people (人); …人次 counts person-times (人次: one person served three
//! times counts three). Measuring one in the other's unit makes the target impossible to verify
//! and is a common slip: the seed's 特殊教育 table has 奖励或资助学生人次 “≥ 13 人”. The unit must
//! fit the indicator (DOMAIN.md, “What the indicator types mean”). The fix writes the unit the
//! name implies; when the unit sits in the value cell (`≥13人`) the message says what to write.
//! The other way round — a …人数 counted in 人次 (接待观众人数, 甘肃) — is how visitor counts
//! are usually worded, and is not reported.

use crate::indicator::Headcount;
use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::count_unit_mismatch,
    level: Level::Warning,
    title: Tr {
        zh: "计数单位与指标名称不符",
        en: "The count unit does not match the name",
    },
    description: Tr {
        zh: "“人次”指标不能用“人”计量。",
        en: "A 人次 (person-times) indicator is not measured in 人 (persons).",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    let (Some(Unit::Count(u)), Some(kind)) = (&ind.unit, Headcount::of_compact(ind.compact_name()))
    else {
        return;
    };
    if ind.is_qualitative() {
        return;
    }
    let want = match (kind, u.as_str()) {
        (Headcount::PersonTimes, "人" | "名" | "位") => "人次",
        (Headcount::PersonTimes, "万人") => "万人次",
        _ => return,
    };
    let row = cx.row();
    let name_unit = kind.unit();
    let msg = tr!(
        cx,
        "{row}统计的是“{name_unit}”，度量单位却是“{u}”。“人数”按人计（同一人只算一次），“人次”按次计（同一人多次都算）；请把单位改为“{want}”，或修改名称使两者一致。",
        "{row} counts {name_unit} but its unit is “{u}”. 人数 counts people once each (人); 人次 counts every visit (人次). Change the unit to “{want}”, or change the name so the two agree."
    );
    let path = cx.cell(if ind.unit_in_value {
        Column::Value
    } else {
        Column::Unit
    });
    let label = tr!(cx, "改为 {want}", "Change to {want}");
    let d = cx.report(path, msg);
    if !ind.unit_in_value {
        d.fix(path, want, label);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "count-unit-mismatch";

    #[test]
    fn hit_seed_person_times_in_persons() {
        let mut t = good();
        t.indicators[0] = row(
            "产出指标",
            "数量指标",
            "奖励或资助学生人次",
            ">=",
            "13",
            "人",
            "2024 年 12 月",
        );
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.0.unit");
        assert_eq!(fix_of(&d), ("indicators.0.unit".into(), Some("人次")));
        messages_contain(ID, &t, &["第1行（奖励或资助学生人次）"], &["row 1"]);
        fixes_clear(ID, &t, &[d]);
    }

    #[test]
    fn hit_in_the_value_cell() {
        let mut t = good();
        t.indicators[4] = row(
            "效益指标",
            "社会效益指标",
            "服务群众人次",
            "",
            "≥500人",
            "",
            "2024年12月",
        );
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.4.value");
        assert!(d.fix.is_none());
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // The seed's 受益残疾人数 in 人; a 次数 in 个 is not a clear case.
        t.indicators[0] = row(
            "产出指标",
            "数量指标",
            "受益残疾人数",
            ">=",
            "13",
            "人",
            "2024年12月",
        );
        t.indicators[4] = row(
            "效益指标",
            "社会效益指标",
            "组织宣传活动次数",
            "≥",
            "4",
            "个",
            "2024年12月",
        );
        assert!(run(ID, &t).is_empty());
        // Visitors: a 人数 in 人次 is the usual loose wording.
        t.indicators[0].name = "免费开放接待观众人数".into();
        t.indicators[0].unit = "人次".into();
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
