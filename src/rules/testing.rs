//! Test helpers for rules: a clean table to start from, and running one rule alone.

use crate::diagnostic::{Diagnostic, Level};
use crate::profile::{Locale, Profile};
use crate::raw::{RawIndicator, RawTable};
use crate::table::Table;

/// A row from its seven visible cells.
pub fn row(
    l1: &str,
    l2: &str,
    name: &str,
    op: &str,
    value: &str,
    unit: &str,
    deadline: &str,
) -> RawIndicator {
    RawIndicator {
        level1: l1.into(),
        level2: l2.into(),
        name: name.into(),
        operator: op.into(),
        value: value.into(),
        unit: unit.into(),
        deadline: deadline.into(),
        ..Default::default()
    }
}

/// A well-filled 2024 table that no rule objects to: the base every near-miss test edits.
pub fn good() -> RawTable {
    RawTable {
        year: Some(2024),
        project_name: "社区老年人健康体检".into(),
        department: "铁西区卫生健康局-".into(),
        implementing_unit: "铁西区社区卫生服务中心".into(),
        budget: "120.5".into(),
        overall_goal: "2024年为辖区65岁以上老年人提供一次免费健康体检，建立健康档案，及早发现慢性病风险，提高老年人健康管理水平。".into(),
        indicators: vec![
            row("产出指标", "数量指标", "老年人健康体检人数", "≥", "12000", "人", "2024年12月"),
            row("产出指标", "质量指标", "体检报告合格率", "≥", "98", "%", "2024年12月"),
            row("产出指标", "时效指标", "体检完成及时率", "≥", "95", "%", "2024年11月"),
            row("产出指标", "成本指标", "人均体检成本", "≤", "100", "元/人", "2024年12月"),
            row("效益指标", "社会效益指标", "慢性病早期发现人数", "≥", "600", "人", "2024年12月"),
            row("效益指标", "可持续影响指标", "健康档案建档率", "≥", "90", "%", "2024年12月"),
            row("满意度指标", "服务对象满意度指标", "体检老年人满意度", "≥", "90", "%", "2024年12月"),
        ],
        ..Default::default()
    }
}

/// Runs only rule `id` (at its default level, or warning if it is off by default) in `locale`.
pub fn run_in(id: &str, raw: &RawTable, profile: &Profile, locale: Locale) -> Vec<Diagnostic> {
    let rule = crate::rules::find(id).unwrap_or_else(|| panic!("no rule {id}"));
    let mut profile = profile.clone();
    profile.locale = locale;
    profile.rules.clear();
    for r in crate::rules::ALL {
        profile.rules.insert(r.id, Level::Off);
    }
    let level = match rule.level {
        Level::Off => Level::Warning,
        l => l,
    };
    profile.rules.insert(rule.id, level);
    let table = Table::parse(raw, vec![], &profile);
    crate::rules::check(&table, &profile)
}

/// Runs only rule `id` under `profile`, in Chinese.
pub fn run_with(id: &str, raw: &RawTable, profile: &Profile) -> Vec<Diagnostic> {
    run_in(id, raw, profile, Locale::Zh)
}

/// Runs only rule `id` under the default profile, in Chinese.
pub fn run(id: &str, raw: &RawTable) -> Vec<Diagnostic> {
    run_with(id, raw, &Profile::default())
}

/// The paths of `diagnostics`, as strings.
pub fn paths_of(diagnostics: &[Diagnostic]) -> Vec<String> {
    diagnostics.iter().map(|d| d.path.to_string()).collect()
}

/// The paths rule `id` reports on, as strings.
pub fn paths(id: &str, raw: &RawTable) -> Vec<String> {
    paths_of(&run(id, raw))
}

/// Runs only rule `id`, asserts it reports exactly one finding, and returns it.
pub fn only(id: &str, raw: &RawTable) -> Diagnostic {
    let mut d = run(id, raw);
    assert_eq!(
        d.len(),
        1,
        "{id}: expected one finding, got {:?}",
        paths_of(&d)
    );
    d.remove(0)
}

/// The path (as text) and value of `d`'s fix; panics when `d` has none.
pub fn fix_of(d: &Diagnostic) -> (String, Option<&str>) {
    let fix = d
        .fix
        .as_ref()
        .unwrap_or_else(|| panic!("no fix on {}: {}", d.path, d.message));
    (fix.path.to_string(), fix.value.as_deref())
}

/// Asserts rule `id` finds nothing once the fixes in `diagnostics` are applied to `raw`.
pub fn fixes_clear(id: &str, raw: &RawTable, diagnostics: &[Diagnostic]) {
    let left = run(id, &crate::fix::apply_fixes(raw, diagnostics));
    assert!(left.is_empty(), "{id} after fixes: {:?}", paths_of(&left));
}

/// Asserts rule `id` has both messages for the first finding on `raw` and returns them.
pub fn messages(id: &str, raw: &RawTable) -> (String, String) {
    let zh = run_in(id, raw, &Profile::default(), Locale::Zh);
    let en = run_in(id, raw, &Profile::default(), Locale::En);
    assert!(!zh.is_empty(), "{id} reported nothing");
    let (zh, en) = (zh[0].message.clone(), en[0].message.clone());
    assert!(
        zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
        "zh message not Chinese: {zh}"
    );
    assert!(
        en.chars().filter(char::is_ascii_alphabetic).count() >= 10,
        "en message not English: {en}"
    );
    assert_ne!(zh, en);
    (zh, en)
}

/// Asserts rule `id`'s first finding says every part of `zh` in Chinese and of `en` in English.
pub fn messages_contain(id: &str, raw: &RawTable, zh: &[&str], en: &[&str]) {
    let (zh_message, en_message) = messages(id, raw);
    for part in zh {
        assert!(zh_message.contains(part), "{part:?} not in: {zh_message}");
    }
    for part in en {
        assert!(en_message.contains(part), "{part:?} not in: {en_message}");
    }
}

// The later forms' fixtures, for the lifecycle rules (feature `lifecycle`).

#[cfg_attr(not(feature = "lifecycle"), allow(dead_code))]
/// A self-evaluation row: the seed's target cells, then 分值, 实际完成值, 得分 and the reason.
#[allow(clippy::too_many_arguments)]
pub fn se_row(
    l1: &str,
    l2: &str,
    name: &str,
    op: &str,
    value: &str,
    unit: &str,
    weight: &str,
    actual: &str,
    score: &str,
    reason: &str,
) -> RawIndicator {
    RawIndicator {
        weight: weight.into(),
        actual: Some(actual.into()),
        score: Some(score.into()),
        deviation_reason: Some(reason.into()),
        ..row(l1, l2, name, op, value, unit, "2024 年 12 月")
    }
}

#[cfg_attr(not(feature = "lifecycle"), allow(dead_code))]
/// LIFECYCLE.md §3.10 A: the seed's 少先队专项业务费 after the year, all nine rows, as the
/// worked example gives them (totals 100 and 89.73, grade 良). The findings its rows must get
/// from the lifecycle rules: `over-achievement-unexplained` on row 0, `deviation-reason-missing`
/// on rows 3 and 4, `score-mismatch` on row 4 — nothing else (§3.10 A, §6).
pub fn self_evaluation() -> RawTable {
    use crate::raw::{RawExecution, RawSource, Stage};
    RawTable {
        stage: Stage::SelfEvaluation,
        year: Some(2024),
        project_name: "少先队专项业务费".into(),
        department: "中国共产主义青年团沈阳市铁西区委员会-".into(),
        implementing_unit: "中国共产主义青年团沈阳市铁西区委员会 本级-".into(),
        budget: "6.70".into(),
        amount_unit: "万元".into(),
        overall_goal: "保持少先队工作正常运行。".into(),
        goal_completion: Some(
            "全年开展宣传活动6次、培训1期，“青年之家”活跃度增长80%，少先队工作正常运行。".into(),
        ),
        execution: Some(RawExecution {
            initial_budget: Some("6.70".into()),
            annual_budget: Some("6.70".into()),
            executed: Some("6.52".into()),
            rate: Some("97.31%".into()),
            weight: Some("10".into()),
            score: Some("9.73".into()),
            reason: None,
            sources: Some(vec![
                RawSource {
                    name: "其中：本年财政拨款".into(),
                    initial_budget: Some("6.70".into()),
                    annual_budget: Some("6.70".into()),
                    executed: Some("6.52".into()),
                    rate: Some("97.31%".into()),
                },
                RawSource {
                    name: "上年结转资金".into(),
                    initial_budget: Some("—".into()),
                    annual_budget: Some("—".into()),
                    executed: Some("—".into()),
                    rate: Some("—".into()),
                },
            ]),
            ..Default::default()
        }),
        indicators: vec![
            se_row(
                "产出指标",
                "数量指标",
                "组织宣传活动次数",
                ">=",
                "4",
                "次",
                "10",
                "6",
                "10",
                "",
            ),
            se_row(
                "产出指标",
                "数量指标",
                "培训批次、期数",
                "=",
                "2",
                "批次",
                "10",
                "1",
                "5",
                "第二期培训因场地改造推迟至2025年1月举办。",
            ),
            se_row(
                "产出指标",
                "质量指标",
                "正常运转率",
                "=",
                "100",
                "%",
                "5",
                "100%",
                "5",
                "",
            ),
            se_row(
                "产出指标",
                "质量指标",
                "“青年之家”建设和活跃度增长率",
                ">=",
                "85",
                "%",
                "10",
                "80%",
                "9",
                "",
            ),
            se_row(
                "产出指标",
                "时效指标",
                "培训完成及时率",
                ">=",
                "100",
                "%",
                "10",
                "100%",
                "8",
                "",
            ),
            se_row(
                "产出指标",
                "成本指标",
                "按标准保障率",
                "=",
                "100",
                "%",
                "5",
                "100%",
                "5",
                "",
            ),
            se_row(
                "效益指标",
                "社会效益指标",
                "确保机关事业单位平稳运行",
                "",
                "平稳运行",
                "",
                "15",
                "达成年度指标",
                "15",
                "",
            ),
            se_row(
                "效益指标",
                "可持续影响指标",
                "保障水平",
                "",
                "足额保障",
                "",
                "15",
                "达成年度指标",
                "13",
                "部分活动经费年底才拨付到位，保障及时性不足。",
            ),
            se_row(
                "满意度指标",
                "服务对象满意度指标",
                "机关事业单位干部群众满意度",
                ">=",
                "95",
                "%",
                "10",
                "97%",
                "10",
                "",
            ),
        ],
        total_weight: Some("100".into()),
        total_score: Some("89.73".into()),
        grade: Some("良".into()),
        ..Default::default()
    }
}

#[cfg_attr(not(feature = "lifecycle"), allow(dead_code))]
/// LIFECYCLE.md §2.3: the seed's 办公楼维修维护 at 1–7月 (worked example D): execution red,
/// explained and with measures; 维修数量 yellow with cause, explanation and projection;
/// 维修合格率 green. The only lifecycle finding it must get: `execution-behind-schedule`.
pub fn monitoring() -> RawTable {
    use crate::raw::{RawExecution, Stage};
    let mo_row = |l2: &str,
                  name: &str,
                  op: &str,
                  value: &str,
                  unit: &str,
                  actual: &str,
                  light: &str,
                  causes: &str,
                  reason: &str,
                  measures: &str| RawIndicator {
        actual: Some(actual.into()),
        projected: Some(value.into()),
        light: Some(light.into()),
        deviation_causes: Some(causes.into()),
        deviation_reason: Some(reason.into()),
        likelihood: Some("确定能".into()),
        measures: Some(measures.into()),
        remark: Some(String::new()),
        ..row("产出指标", l2, name, op, value, unit, "2024年12月")
    };
    RawTable {
        stage: Stage::Monitoring,
        year: Some(2024),
        month: Some("7".into()),
        project_name: "办公楼维修维护".into(),
        department: "沈阳市铁西区人民政府办公室-".into(),
        implementing_unit: "铁西区机关事务保障中心-".into(),
        budget: "125.07".into(),
        overall_goal:
            "通过配备维修配件、维修服务等，解决在工作存在的维修维护等问题，确保单位工作正常运转。"
                .into(),
        goal_progress: Some("已完成办公楼屋面防水及部分水电维修。".into()),
        execution: Some(RawExecution {
            initial_budget: Some("125.07".into()),
            annual_budget: Some("125.07".into()),
            executed: Some("40.00".into()),
            rate: Some("31.98%".into()),
            projected_executed: Some("125.07".into()),
            light: Some("红灯".into()),
            reason: Some("维修项目集中在三季度施工，按合同节点付款。".into()),
            measures: Some("督促施工单位按期完成并及时结算。".into()),
            ..Default::default()
        }),
        indicators: vec![
            mo_row(
                "数量指标",
                "维修数量",
                "=",
                "100",
                "个",
                "45",
                "黄灯",
                "人员保障",
                "上半年维修人员不足，7月已补充。",
                "8-10月集中完成剩余维修。",
            ),
            mo_row(
                "质量指标",
                "维修合格率",
                ">=",
                "100",
                "%",
                "100",
                "绿灯",
                "",
                "",
                "",
            ),
        ],
        measures: Some(String::new()),
        ..Default::default()
    }
}

#[cfg(feature = "lifecycle")]
/// LIFECYCLE.md §3.10 B: 文化服务体系建设 (nine rows, each at full marks) with weights over 100 —
/// 产出 10+20+5+5+10+10 = 60 under “产出指标（60分）”, 效益 15+10 = 25 under “效益指标（25分）”,
/// 满意度 10, 预算执行 10: 105 against the stated 100; execution 28.67 / 30.50 = 94.00 % → 9.40;
/// scores 95 + 9.40 = 104.40 against the stated 100. Its findings from the lifecycle rules:
/// `weights-sum` at totalWeight, `total-score-sum`, `level1-weight-scheme` at indicators —
/// nothing else (no `level1-weight-label`: the labels equal their rows).
pub fn weights_over_100() -> RawTable {
    use crate::raw::{RawExecution, Stage};
    let output = "产出指标（60分）";
    let benefit = "效益指标（25分）";
    RawTable {
        stage: Stage::SelfEvaluation,
        year: Some(2024),
        project_name: "文化服务体系建设".into(),
        department: "沈阳市铁西区文化旅游和广播电视局-".into(),
        implementing_unit: "铁西区文化馆-".into(),
        budget: "30.50".into(),
        amount_unit: "万元".into(),
        overall_goal: "开展群众文化活动和送戏下乡，丰富群众文化生活。".into(),
        goal_completion: Some(
            "全年开展群众文化活动22场、送戏下乡30场，设施完好率96%，群众满意度95%。".into(),
        ),
        execution: Some(RawExecution {
            initial_budget: Some("30.50".into()),
            annual_budget: Some("30.50".into()),
            executed: Some("28.67".into()),
            rate: Some("94.00%".into()),
            weight: Some("10".into()),
            score: Some("9.40".into()),
            reason: None,
            sources: None,
            ..Default::default()
        }),
        indicators: vec![
            se_row(
                output,
                "数量指标",
                "开展群众文化活动场次",
                "≥",
                "20",
                "场",
                "10",
                "22",
                "10",
                "",
            ),
            se_row(
                output,
                "数量指标",
                "送戏下乡场次",
                "≥",
                "30",
                "场",
                "20",
                "30",
                "20",
                "",
            ),
            se_row(
                output,
                "质量指标",
                "活动覆盖率",
                "≥",
                "90",
                "%",
                "5",
                "95%",
                "5",
                "",
            ),
            se_row(
                output,
                "质量指标",
                "文化设施完好率",
                "≥",
                "95",
                "%",
                "5",
                "96%",
                "5",
                "",
            ),
            se_row(
                output,
                "时效指标",
                "活动按时完成率",
                "=",
                "100",
                "%",
                "10",
                "100%",
                "10",
                "",
            ),
            se_row(
                output,
                "成本指标",
                "项目总成本",
                "≤",
                "30.5",
                "万元",
                "10",
                "28.67",
                "10",
                "",
            ),
            se_row(
                benefit,
                "社会效益指标",
                "群众文化生活水平",
                "",
                "明显提升",
                "",
                "15",
                "达成年度指标",
                "15",
                "",
            ),
            se_row(
                benefit,
                "可持续影响指标",
                "公共文化服务长效机制",
                "",
                "长期有效",
                "",
                "10",
                "达成年度指标",
                "10",
                "",
            ),
            se_row(
                "满意度指标",
                "服务对象满意度指标",
                "群众满意度",
                "≥",
                "90",
                "%",
                "10",
                "95%",
                "10",
                "",
            ),
        ],
        total_weight: Some("100".into()),
        total_score: Some("100".into()),
        grade: Some("优".into()),
        ..Default::default()
    }
}
