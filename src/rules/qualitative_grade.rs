//! `qualitative-grade` — 定性指标值不是可评判的目标.
//!
//! Qualitative targets are allowed when no number fits, but the year-end self-evaluation must
//! be able to say whether they were met (“分级分档”, DOMAIN.md “What the indicator types
//! mean”). Real tables write them in many ways a reviewer accepts — a degree (`显著提高`,
//! `有所减轻`, `基本健全`), a duration (`长期`), a pass mark (`通过`, `及时`), a level (`良好`)
//! — so the rule does not ask for a list of words. It reports the three wordings a reviewer
//! sends back because nothing in them can be judged: a bare direction (`提高`, `增加岗位`: how
//! much?), the grade scale itself instead of a chosen grade (`高中低`), and the indicator's
//! own name repeated as its value. Values with a number, and the profile's
//! `qualitativeGrades`, are never reported. Advisory.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::qualitative_grade,
    level: Level::Info,
    title: Tr {
        zh: "定性指标值不是可评判的目标",
        en: "A qualitative target cannot be judged",
    },
    description: Tr {
        zh: "定性指标值只写方向、列出全部等级或重复指标名称的，年底无法判断是否达成。",
        en: "A qualitative target that only gives a direction, lists the whole grade scale or repeats the name cannot be judged at year end.",
    },
    check: Check::Row(check),
};

/// Verbs that say which way, not how far.
const DIRECTIONS: &[&str] = &[
    "提高", "提升", "增加", "增长", "增强", "改善", "减少", "降低", "减轻", "加强", "促进", "推动",
    "推进", "完善", "优化", "扩大",
];

/// What makes a qualitative value impossible to judge.
enum Unjudgeable {
    Direction(&'static str),
    Scale,
    RepeatsName,
}

fn check(ind: &Indicator, cx: &mut RowContext) {
    let Target::Text(t) = &ind.target else {
        return;
    };
    if !ind.is_qualitative() || cx.grades.matches(t) {
        return;
    }
    let v = crate::text::compact(t);
    let v = v.trim_end_matches(['。', '.', '；', ';', '，', ',']);
    if v.chars().any(|c| c.is_ascii_digit()) {
        return;
    }
    let name = crate::text::compact(&ind.name);
    let kind = if v == name.trim_end_matches(['。', '.', '；', ';']) {
        Unjudgeable::RepeatsName
    } else if is_scale(v) {
        Unjudgeable::Scale
    } else if let Some(d) = DIRECTIONS.iter().find(|d| v.starts_with(**d)) {
        Unjudgeable::Direction(d)
    } else {
        return;
    };
    let row = cx.row();
    let msg = match kind {
        Unjudgeable::Direction(d) => tr!(
            cx,
            "{row}的指标值“{t}”只说了方向，没有说{d}到什么程度，年底评价时难以判断是否达成。请写明程度（如“显著{d}”“达成预期指标”），能量化的请改为数值。",
            "{row}: the target “{t}” only gives a direction, not how far, so the year-end evaluation cannot tell whether it was met. State a degree (e.g. “显著{d}”, “达成预期指标”), or a number where one can be measured."
        ),
        Unjudgeable::Scale => tr!(
            cx,
            "{row}的指标值“{t}”是等级档次本身，不是目标。请选定其中一档作为本年度要达到的目标。",
            "{row}: the target “{t}” is the grade scale itself, not a target. Choose the one grade the year is to reach."
        ),
        Unjudgeable::RepeatsName => tr!(
            cx,
            "{row}的指标值与指标名称相同，没有给出目标。请写明要达到的程度或数值。",
            "{row}: the target repeats the indicator's name and sets no target. State the degree or number to reach."
        ),
    };
    cx.report(cx.cell(Column::Value), msg);
}

/// `高中低`, `优、良、中、差`, `好/较好/一般/差`: levels from both ends of a scale, and
/// nothing else.
fn is_scale(v: &str) -> bool {
    let levels: String = v
        .chars()
        .filter(|c| !"、,，/／ 和或".contains(*c))
        .collect();
    levels.chars().all(|c| "高中低优良差好较一般".contains(c))
        && levels.chars().any(|c| "高优好".contains(c))
        && levels.chars().any(|c| "低差中".contains(c))
}

#[cfg(test)]
mod tests {
    use crate::profile::Profile;
    use crate::rules::testing::*;

    const ID: &str = "qualitative-grade";

    #[test]
    fn hit_a_bare_direction() {
        // The seed's 提高残疾人受教育水平 = 提高; 增加岗位 (甘肃).
        let mut t = good();
        t.indicators[5] = row(
            "效益指标",
            "社会效益指标",
            "提高残疾人受教育水平",
            "定性",
            "提高",
            "",
            "2024年12月",
        );
        t.indicators[4] = row("效益指标", "社会效益指标", "就业岗位", "", "增加岗位", "", "");
        let d = run(ID, &t);
        assert_eq!(d.len(), 2);
        assert_eq!(d[1].path.to_string(), "indicators.5.value");
        assert!(d[0].fix.is_none());
        t.indicators[4] = good().indicators[4].clone();
        messages_contain(
            ID,
            &t,
            &["第6行（提高残疾人受教育水平）", "“显著提高”"],
            &["row 6", "direction"],
        );
    }

    #[test]
    fn hit_the_scale_and_the_name_repeated() {
        let mut t = good();
        t.indicators[4] = row("效益指标", "社会效益指标", "食品安全整体状况", "定性", "高中低", "", "");
        t.indicators[5] = row("效益指标", "社会效益指标", "美化环境。", "", "美化环境。", "", "");
        t.indicators[3] = row("效益指标", "社会效益指标", "服务质量", "定性", "优、良、中、差", "", "");
        let d = run(ID, &t);
        assert_eq!(d.len(), 3, "{d:?}");
        messages_contain(ID, &t, &["等级档次本身"], &["scale"]);
        t.indicators[3] = good().indicators[3].clone();
        t.indicators[4] = good().indicators[4].clone();
        messages_contain(ID, &t, &["与指标名称相同"], &["repeats"]);
    }

    #[test]
    fn profile_grades_are_used() {
        let mut t = good();
        t.indicators[5] = row("效益指标", "社会效益指标", "a", "定性", "提高", "", "");
        let p = Profile {
            qualitative_grades: vec!["提高".into()],
            ..Default::default()
        };
        assert!(run_with(ID, &t, &p).is_empty());
    }

    #[test]
    fn near_misses() {
        // Wordings real tables use that a reviewer accepts: degrees, durations, pass marks,
        // single levels, numbers in text, text under ≥ (not qualitative).
        let accepted = [
            "显著提高",
            "有所减轻",
            "基本健全",
            "持续改善",
            "长期",
            "及时",
            "通过",
            "一次性通过省文物局验收",
            "良好",
            "高",
            "满意",
            "已完成",
            "完成1部宣传片,2套方案",
            "18—54周岁",
            "本项目不适用此指标",
            "平稳运行",
            "规范支出",
        ];
        for v in accepted {
            let mut t = good();
            t.indicators[5] = row("效益指标", "社会效益指标", "某项效果", "定性", v, "", "");
            assert!(run(ID, &t).is_empty(), "{v}: {:?}", run(ID, &t));
        }
        let mut t = good();
        t.indicators[3] = row("效益指标", "社会效益指标", "d", "≥", "提高", "", "");
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
