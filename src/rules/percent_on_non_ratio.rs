//! `percent-on-non-ratio` — 百分比目标用在了不是比率的指标上.
//!
//! A target in % is a share of something; the name must say of what (…率, …比例, …占比,
//! …覆盖面, 满意度, 增长 …). On a statement — `工作齐抓共管 100%`, `资金的供应时效 100%`,
//! `建设平安校园,满足教师和学生的需要 ≥95%`, `项目完成时间 100%` — the % measures nothing that
//! can be counted at the year's end. Real tables from 四川, 福建, 湖北 and 安徽 carry them
//! (tests/data/real); reviewers send them back as not “细化量化”. Names that are ratios by
//! their wording, and the department-management indicators whose % is a completeness (预决算
//! 公开, 支付进度, 结转结余), pass. Exactly 100 % on a statement of how the work is done reads as
//! “fully” and is only noted; a % for a time (项目完成时间 100%) never is.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::percent_on_non_ratio,
    level: Level::Warning,
    title: Tr {
        zh: "百分比目标用在了不是比率的指标上",
        en: "A % target on a name that is not a ratio",
    },
    description: Tr {
        zh: "百分比是某项的比率，指标名称应说明是什么的比率，如“…完成率”。",
        en: "A percentage is a share of something; the name must say of what, e.g. “…完成率” (completion rate).",
    },
    check: Check::Row(check),
};

/// Words that make a name a share, a degree or a change of something, which a % can measure.
const RATIO_WORDS: &[&str] = &[
    "率", "比例", "比重", "占比", "同比", "环比", "覆盖", "满意", "增长", "增幅", "增加", "增速",
    "降低", "下降", "减少", "提高", "提升", "进度", "完成度", "程度", "达标", "百分", "份额",
    "指数", "合格", "完好", "成活", "优良", "节约", "偏差", "误差", "公开", "结转", "结余",
    // Compliance, like 达标 and 合格: the share of cases that meet the standard.
    "符合",
    // A property measured as a share: 准确性, 及时性, 规范性; done on time (及时给予治疗).
    "性", "及时", "按时",
];

fn check(ind: &Indicator, cx: &mut RowContext) {
    if !ind.is_percent() || ind.name_kind.is_rate() || !ind.has_name() {
        return;
    }
    let Some(n) = ind.number() else {
        return;
    };
    let name = ind.compact_name();
    if RATIO_WORDS.iter().any(|w| name.contains(w)) {
        return;
    }
    let row = cx.row();
    let op = ind.operator.get().map_or("", Operator::symbol);
    let n = n.normalize();
    let msg = tr!(
        cx,
        "{row}的目标值是“{op}{n}%”，但名称说的不是一个比率，说不清是什么的{n}%。请改为可计算的比率（如“…完成率”“…覆盖率”），或写明数量、时间。",
        "{row}: the target is “{op} {n} %”, but the name is not a ratio, so it does not say {n} % of what. Name a rate that can be counted (e.g. “…完成率”, completion rate), or give a quantity or a date."
    );
    // `100%` on a statement of how the work is done (`按照物价部门定价标准采购 100%`) reads as
    // “fully”: weak but readable, so only noted. Any other share of a statement, and a % for
    // a time (`项目完成时间 100%`), measures nothing.
    let time = ["时间", "时限", "日期", "完工", "完成时"].iter().any(|w| name.contains(w));
    if n == Decimal::ONE_HUNDRED && !time && ind.level2.get() != Some(Level2::Timeliness) {
        cx.note(cx.cell(Column::Value), msg);
    } else {
        cx.report(cx.cell(Column::Value), msg);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "percent-on-non-ratio";

    #[test]
    fn hit_statements_in_percent() {
        for name in ["食安委成员单位食品安全工作齐抓共管", "资金的供应时效", "项目完成时间", "食品经营环节风险分级"] {
            let mut t = good();
            t.indicators[1].name = name.into();
            let d = only(ID, &t);
            assert_eq!(d.path.to_string(), "indicators.1.value", "{name}");
        }
        let mut t = good();
        t.indicators[1].name = "资金的供应时效".into();
        messages_contain(ID, &t, &["≥98%", "比率"], &["ratio"]);
    }

    #[test]
    fn one_hundred_percent_on_a_statement_is_noted() {
        // 石嘴山疾控: 按照物价部门定价标准采购 100%.
        let mut t = good();
        t.indicators[1].name = "按照物价部门定价标准采购".into();
        t.indicators[1].value = "100".into();
        let d = only(ID, &t);
        assert_eq!(d.severity, crate::Severity::Info);
        // A time in % is never that.
        t.indicators[1].name = "项目完成时间".into();
        assert_eq!(only(ID, &t).severity, crate::Severity::Warning);
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // Compliance with a standard reads as a share, like 达标率 (宁夏 70.json).
        t.indicators[1] = row("产出指标", "质量指标", "美沙酮药物治疗符合国家相关标准", "", "100%", "", "");
        assert!(run(ID, &t).is_empty());
        // Rates by wording, disclosure, progress, and a statement with a count.
        t.indicators[1].name = "项目验收合格".into();
        t.indicators[2].name = "预决算信息公开".into();
        t.indicators[5].name = "项目实施进度".into();
        t.indicators[0].name = "工作齐抓共管".into();
        assert!(run(ID, &t).is_empty(), "{:?}", paths(ID, &t));
        assert!(run(ID, &good()).is_empty());
    }
}
