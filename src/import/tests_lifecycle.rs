//! The later forms pasted or read from a workbook grid: the central 项目支出绩效自评表, the
//! Sichuan 部门预算项目支出绩效自评表, the 衔接资金 and Hunan layouts, and a 绩效运行监控表 with
//! tick-box columns (LIFECYCLE.md §1, §2.4).

use crate::import::{import_text, to_tsv, Import};
use crate::profile::Profile;
use crate::raw::{Column, ExecField, Field, RawTable, Stage};
use crate::rules::testing::{monitoring, self_evaluation};

/// Test text with `|` for tabs.
fn import(s: &str) -> Import {
    import_text(&s.replace('|', "\t"), &Profile::default())
}

fn only(i: &Import) -> &RawTable {
    assert_eq!(i.tables.len(), 1, "{:#?}", i.tables);
    &i.tables[0]
}

/// LIFECYCLE.md §3.10 A in the central layout (财预〔2020〕10号's annex, with the 运算符号,
/// 度量单位 and 完成时限 columns some versions add): the title and its year line, the
/// 项目资金 block, the goal under its two labels, the grid with 实际完成值 · 分值 · 得分 ·
/// 偏差原因分析及改进措施, and 总分 with the grade.
pub const CENTRAL: &str = include_str!("../../tests/data/lifecycle/central.txt");

/// The fixture with the level-1 cells as the central layout prints them, with their points.
fn central_expected() -> RawTable {
    let mut t = self_evaluation();
    for r in &mut t.indicators {
        let points = match r.level1.as_str() {
            "产出指标" => "（50分）",
            "效益指标" => "（30分）",
            _ => "（10分）",
        };
        r.level1.push_str(points);
    }
    t
}

#[test]
fn central_self_evaluation() {
    let i = import(CENTRAL);
    let t = only(&i);
    assert_eq!(t, &central_expected());
    assert!(i.diagnostics.is_empty(), "{:?}", i.diagnostics);
}

#[test]
fn central_self_evaluation_without_a_title_is_one_by_its_columns() {
    let text: String = CENTRAL.lines().skip(3).map(|l| format!("{l}\n")).collect();
    let t = only(&import(&text)).clone();
    let mut expected = central_expected();
    expected.year = None;
    expected.amount_unit = "万元".into(); // from 项目资金（万元）
    assert_eq!(t, expected);
}

/// The Sichuan 510000_0013zp layout: 预算执行情况(10分) with 年初预算 · 调整后预算数 · 预算执行数 ·
/// 预算执行率 · 权重 · 得分 · 原因 (原因 merged down the funding rows, `/` in the sub-rows'
/// 权重/得分), 项目年度目标 / 年度目标完成情况, 项目实施内容及过程概述, 绩效指标(90分) with
/// 指标性质 · 指标值 · 度量单位 · 完成值 · 权重 · 得分 · 未完成原因分析, then 合计, 评价结论, 存在问题,
/// 改进措施.
const SICHUAN: &str = "部门预算项目支出绩效自评表
（2024年度）
项目名称|办公楼维修维护|||主管部门|沈阳市铁西区人民政府办公室-
实施单位|铁西区机关事务保障中心-
预算执行情况（10分）||年初预算|调整后预算数|预算执行数|预算执行率|权重|得分|原因
|总额|110.07|125.07|118.46|94.71%|10|9.47|上年结转资金年中追加。
|其中：财政资金|110.07|110.07|103.46|93.99%|/|/|
|财政专户管理资金|—|—|—|—|/|/|
|单位资金|—|—|—|—|/|/|
|其他资金|0|15.00|15.00|100.00%|/|/|
年度目标完成情况|项目年度目标|||年度目标完成情况
|确保单位工作正常运转。|||完成办公楼维修100处，单位工作正常运转。
项目实施内容及过程概述|按合同节点完成屋面防水、水电维修。
绩效指标（90分）|一级指标|二级指标|三级指标|指标性质|指标值|度量单位|完成值|权重|得分|未完成原因分析
|产出指标|数量指标|维修数量|=|100|个|100|40|40|
|||项目申报数量|=|1|个|1|10|10|
||质量指标|维修合格率|>=|100|%|98%|20|19.6|两处返工，已整改。
|满意度指标|服务对象满意度指标|使用人员满意度|>=|90|%|95%|20|20|
合计||||||||90|89.6|
评价结论|项目按计划完成。
存在问题|个别维修返工。
改进措施|加强验收。
";

#[test]
fn sichuan_self_evaluation() {
    let i = import(SICHUAN);
    let t = only(&i);
    assert_eq!(t.stage, Stage::SelfEvaluation);
    assert_eq!(t.year, Some(2024));
    assert_eq!(t.project_name, "办公楼维修维护");
    assert_eq!(t.department, "沈阳市铁西区人民政府办公室-");
    assert_eq!(t.implementing_unit, "铁西区机关事务保障中心-");
    // No budget label: the total row's 调整后预算数.
    assert_eq!(t.budget, "125.07");
    assert_eq!(t.amount_unit, "");
    assert_eq!(t.overall_goal, "确保单位工作正常运转。");
    assert_eq!(
        t.goal_completion.as_deref(),
        Some("完成办公楼维修100处，单位工作正常运转。")
    );
    assert_eq!(
        t.process.as_deref(),
        Some("按合同节点完成屋面防水、水电维修。")
    );
    let e = t.execution.as_ref().unwrap();
    let total: Vec<Option<&str>> = ExecField::ALL.iter().map(|&f| e.get(f)).collect();
    assert_eq!(
        total,
        [
            None,
            Some("110.07"),
            Some("125.07"),
            Some("118.46"),
            Some("94.71%"),
            Some("10"),
            Some("9.47"),
            Some("上年结转资金年中追加。"),
            None,
            None,
            None
        ]
    );
    let sources = e.sources.as_ref().unwrap();
    let names: Vec<&str> = sources.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        ["其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]
    );
    assert_eq!(sources[0].executed.as_deref(), Some("103.46"));
    assert_eq!(sources[1].rate.as_deref(), Some("—"));
    assert_eq!(sources[3].initial_budget.as_deref(), Some("0"));
    assert_eq!(t.indicators.len(), 4);
    let r = &t.indicators[2];
    assert_eq!(
        (r.level1.as_str(), r.level2.as_str(), r.name.as_str()),
        ("产出指标", "质量指标", "维修合格率")
    );
    assert_eq!(
        (r.operator.as_str(), r.value.as_str(), r.unit.as_str()),
        (">=", "100", "%")
    );
    assert_eq!(r.weight, "20");
    assert_eq!(r.actual.as_deref(), Some("98%"));
    assert_eq!(r.score.as_deref(), Some("19.6"));
    assert_eq!(r.deviation_reason.as_deref(), Some("两处返工，已整改。"));
    assert_eq!(t.indicators[0].deviation_reason.as_deref(), Some(""));
    // Cells the layout lacks stay None.
    for r in &t.indicators {
        assert_eq!(
            (
                &r.measures,
                &r.projected,
                &r.light,
                &r.likelihood,
                &r.remark
            ),
            (&None, &None, &None, &None, &None)
        );
    }
    assert_eq!(t.total_weight.as_deref(), Some("90"));
    assert_eq!(t.total_score.as_deref(), Some("89.6"));
    assert_eq!(t.grade, None);
    assert_eq!(t.conclusion.as_deref(), Some("项目按计划完成。"));
    assert_eq!(t.problems.as_deref(), Some("个别维修返工。"));
    assert_eq!(t.improvements.as_deref(), Some("加强验收。"));
    assert_eq!(
        (&t.other_notes, &t.month, &t.goal_progress),
        (&None, &None, &None)
    );
    assert!(i.diagnostics.is_empty(), "{:?}", i.diagnostics);
}

/// The 财政衔接资金 绩效目标自评表 (real s01/s03's layout): 全年预算数(A) · 全年执行数(B) · 分值 ·
/// 执行率(B/A) · 得分, 年度总体目标完成情况综述, the grid 分值 before 年度指标值, 全年实际值, and
/// 未完成原因及拟采取的改进措施; 总分 with its 分值 and 得分.
const XIANJIE: &str = "2023年度财政衔接推进乡村振兴补助资金绩效目标自评表
项目名称|河西村特色种养补贴到户项目
主管部门|县农业农村局||实施单位|张庄寨镇人民政府
项目资金（万元）||全年预算数（A）|全年执行数（B）|分值|执行率（B/A）|得分
|年度资金总额|9.48|9.48|10|100%|10
|其中：本年财政拨款|9.48|9.48|10|100%|10
|其他资金|-|-|||
年度总体目标完成情况综述|落实39户特色种养业奖补政策,增加脱贫户家庭收入
绩效指标|一级指标|二级指标|三级指标|分值|年度指标值|全年实际值|得分|未完成原因及拟采取的改进措施
|产出指标(50分)|数量指标|★补助各类瓜果蔬菜种植面积|20|29.5亩|29.5亩|20|
|满意度指标(10分)|服务对象满意度指标|★受益群众满意度|10|>=90%|95%|10|
总分||||60|||60|
";

#[test]
fn xianjie_self_evaluation() {
    let i = import(XIANJIE);
    let t = only(&i);
    assert_eq!((t.stage, t.year), (Stage::SelfEvaluation, Some(2023)));
    assert_eq!(t.budget, "9.48");
    assert_eq!(t.amount_unit, "万元");
    assert_eq!(t.overall_goal, "");
    assert_eq!(
        t.goal_completion.as_deref(),
        Some("落实39户特色种养业奖补政策,增加脱贫户家庭收入")
    );
    let e = t.execution.as_ref().unwrap();
    assert_eq!(e.initial_budget, None);
    assert_eq!(
        (
            e.annual_budget.as_deref(),
            e.rate.as_deref(),
            e.score.as_deref()
        ),
        (Some("9.48"), Some("100%"), Some("10"))
    );
    let sources = e.sources.as_ref().unwrap();
    assert_eq!(sources[1].name, "其他资金");
    assert_eq!(sources[1].rate.as_deref(), Some(""));
    let r = &t.indicators[0];
    assert_eq!(r.level1, "产出指标(50分)");
    assert_eq!(
        (r.weight.as_str(), r.value.as_str(), r.actual.as_deref()),
        ("20", "29.5亩", Some("29.5亩"))
    );
    assert_eq!(t.indicators[1].deviation_reason.as_deref(), Some(""));
    assert_eq!(
        (t.total_weight.as_deref(), t.total_score.as_deref()),
        (Some("60"), Some("60"))
    );
}

/// The Hunan 2020 县级专项资金绩效目标自评表: 全年预算数(A) · 全年执行数(B) · 执行率(B/A) on one
/// row with no names, 年初设定目标 / 全年实际完成情况, 年度指标值 · 全年完成值 · 未完成原因和改进措施
/// and no scores.
const HUNAN: &str = "2020年县级专项资金绩效目标自评表
专项资金名称|县级储备粮
项目名称|县级储备粮
实施单位|粮食调控储备与产业发展股
资金情况（万元）|全年预算数（A）|全年执行数（B）|执行率（B/A）
|120|118|98.33%
年初设定目标|全年实际完成情况
储备稻谷5000吨。|储备到位。
一级指标|二级指标|三级指标|年度指标值|全年完成值|未完成原因和改进措施
产出指标|数量指标|5000吨稻谷、500吨成品粮储备到位率|100%|100%|
";

#[test]
fn hunan_self_evaluation() {
    let t = only(&import(HUNAN)).clone();
    assert_eq!((t.stage, t.year), (Stage::SelfEvaluation, Some(2020)));
    let e = t.execution.unwrap();
    assert_eq!(
        (
            e.annual_budget.as_deref(),
            e.executed.as_deref(),
            e.rate.as_deref()
        ),
        (Some("120"), Some("118"), Some("98.33%"))
    );
    assert_eq!((e.weight, e.score, e.sources), (None, None, None));
    assert_eq!(t.budget, "120");
    assert_eq!(t.overall_goal, "储备稻谷5000吨。");
    assert_eq!(t.goal_completion.as_deref(), Some("储备到位。"));
    let r = &t.indicators[0];
    assert_eq!(
        (r.value.as_str(), r.actual.as_deref(), r.score.as_deref()),
        ("100%", Some("100%"), None)
    );
    assert_eq!(r.deviation_reason.as_deref(), Some(""));
    assert_eq!((t.total_weight, t.total_score), (None, None));
}

/// §2.3 / §3.10 D as a 绩效运行监控表 with the two-row heading of the tick-box imports: 偏差原因
/// over 经费保障 · 制度保障 · 人员保障 · 硬件条件保障 · 其他 and 原因说明, 完成可能性 over 确定能 · 有可能
/// · 完全不可能.
pub const MONITORING: &str = include_str!("../../tests/data/lifecycle/monitoring.txt");

#[test]
fn monitoring_with_tick_boxes() {
    let i = import(MONITORING);
    let t = only(&i);
    let mut expected = monitoring();
    // The form says 1-7月; the fixture's month is the number.
    expected.month = Some("1-7月".into());
    assert_eq!(t, &expected);
    assert!(i.diagnostics.is_empty(), "{:?}", i.diagnostics);
}

#[test]
fn tick_boxes_on_one_heading_row_and_the_period_from_a_heading() {
    let t = only(&import(
        "项目名称|x\n\
         一级指标|二级指标|三级指标|年度指标值|1-6月完成值|经费保障|制度保障|人员保障|其他|确定能|有可能|完全不可能\n\
         产出指标|数量指标|a|10|2|√||√|||√|\n\
         ||b|10|6|||||√||\n",
    ))
    .clone();
    assert_eq!(t.stage, Stage::Monitoring);
    assert_eq!(t.month.as_deref(), Some("1-6月"));
    let causes: Vec<Option<&str>> = t
        .indicators
        .iter()
        .map(|r| r.deviation_causes.as_deref())
        .collect();
    assert_eq!(causes, [Some("经费保障、人员保障"), Some("")]);
    let likely: Vec<Option<&str>> = t
        .indicators
        .iter()
        .map(|r| r.likelihood.as_deref())
        .collect();
    assert_eq!(likely, [Some("有可能"), Some("确定能")]);
}

#[test]
fn target_tables_keep_their_remarks_skipped_and_their_stage() {
    let t = only(&import(
        "项目名称|x\n\
         一级指标|二级指标|三级指标|指标值|度量单位|备注\n\
         产出指标|数量指标|a|10|个|见附件\n",
    ))
    .clone();
    assert_eq!(t.stage, Stage::Target);
    assert_eq!(t.indicators[0].remark, None);
    assert!(!t.indicators[0].has_progress());
}

#[test]
fn a_paragraph_about_monitoring_is_not_a_title() {
    let i = import("项目名称|x\n本单位按要求开展绩效监控工作。\n");
    assert_eq!(only(&i).stage, Stage::Target);
}

#[test]
fn totals_row_grade_label_and_field_rows() {
    // The grade on the totals row behind its label; a 总分 row in a grid with no 分值/得分 is
    // the total score.
    let t = only(&import(
        "项目支出绩效自评表\n项目名称|x\n\
         一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分\n\
         产出指标|数量指标|a|10|10|90|90\n\
         合计|||||100|99|自评等级|优\n",
    ))
    .clone();
    assert_eq!(
        (
            t.total_weight.as_deref(),
            t.total_score.as_deref(),
            t.grade.as_deref()
        ),
        (Some("100"), Some("99"), Some("优"))
    );
    let t = only(&import(
        "项目支出绩效自评表\n项目名称|x\n\
         一级指标|二级指标|三级指标|年度指标值|实际完成值\n\
         产出指标|数量指标|a|10|10\n\
         总分|99.55分\n\
         评价等级|优\n",
    ))
    .clone();
    assert_eq!(
        (
            t.total_weight.as_deref(),
            t.total_score.as_deref(),
            t.grade.as_deref()
        ),
        (None, Some("99.55分"), Some("优"))
    );
}

#[test]
fn located_lifecycle_cells() {
    use crate::diagnostic::Path;
    let rows = crate::import::tsv::parse(&MONITORING.replace('|', "\t"));
    let i = crate::import::grid::read_located(&rows, &Profile::default());
    let p = &i.positions[0];
    let at = |path: Path| p.get(&path).map(|c| c.a1());
    assert_eq!(at(Path::Execution).as_deref(), Some("C5"));
    assert_eq!(at(Path::Exec(ExecField::Rate)).as_deref(), Some("F6"));
    assert_eq!(at(Path::Exec(ExecField::Light)).as_deref(), Some("H6"));
    assert_eq!(at(Path::Field(Field::GoalProgress)).as_deref(), Some("B8"));
    assert_eq!(at(Path::Cell(0, Column::Actual)).as_deref(), Some("I11"));
    // A tick-box cell: the box ticked.
    assert_eq!(
        at(Path::Cell(0, Column::DeviationCauses)).as_deref(),
        Some("N11")
    );
    assert_eq!(
        at(Path::Cell(1, Column::Likelihood)).as_deref(),
        Some("R12")
    );
    assert_eq!(at(Path::Cell(0, Column::Remark)).as_deref(), Some("V11"));
    let rows = crate::import::tsv::parse(&CENTRAL.replace('|', "\t"));
    let i = crate::import::grid::read_located(&rows, &Profile::default());
    let p = &i.positions[0];
    let at = |path: Path| p.get(&path).map(|c| c.a1());
    assert_eq!(at(Path::Source(1, None)).as_deref(), Some("B9"));
    assert_eq!(
        at(Path::Source(0, Some(ExecField::Executed))).as_deref(),
        Some("E8")
    );
    assert_eq!(
        at(Path::Field(Field::GoalCompletion)).as_deref(),
        Some("F11")
    );
    assert_eq!(at(Path::Field(Field::TotalScore)).as_deref(), Some("K22"));
    assert_eq!(at(Path::Field(Field::Grade)).as_deref(), Some("L22"));
}

#[test]
fn fixtures_export_and_import_back() {
    for t in [self_evaluation(), monitoring(), central_expected()] {
        let text = to_tsv(&t);
        let i = import_text(&text, &Profile::default());
        assert_eq!(i.tables, vec![t], "{text}");
        assert!(i.diagnostics.is_empty(), "{:?}", i.diagnostics);
    }
}

#[test]
fn the_form_by_its_cells_when_no_title_says() {
    // 总体目标完成情况 with a 得分 column: a self-evaluation, its completion under its key; the
    // block's label beside its first row names the unit.
    let t = only(&import(
        "项目名称|x\n\
         ||全年预算数|全年执行数|执行率\n\
         项目资金（元）|年度资金总额|1000|900|90%\n\
         总体目标完成情况|完成。\n\
         一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分\n\
         产出指标|数量指标|a|10|10|90|90\n",
    ))
    .clone();
    assert_eq!(t.stage, Stage::SelfEvaluation);
    assert_eq!(
        (t.goal_completion.as_deref(), t.goal_progress.as_deref()),
        (Some("完成。"), None)
    );
    assert_eq!((t.amount_unit.as_str(), t.budget.as_str()), ("元", "1000"));
    // Without scores, 总体目标完成情况 is a monitoring form's; a later field under the grid is
    // the table's.
    let i = import(
        "项目名称|x\n\
         一级指标|二级指标|三级指标|年度指标值|实际完成值\n\
         产出指标|数量指标|a|10|6\n\
         总体目标完成情况|过半。\n",
    );
    let t = only(&i);
    assert_eq!(t.stage, Stage::Monitoring);
    assert_eq!(t.goal_progress.as_deref(), Some("过半。"));
}

/// The pasted worked examples get from the later forms' rules what LIFECYCLE.md §3.10 lists:
/// A its four findings, D only `execution-behind-schedule`.
#[test]
fn pasted_worked_examples_get_their_findings() {
    use crate::raw::Stage as S;
    let p = Profile::default();
    let later = |text: &str| -> Vec<(String, String)> {
        let t = only(&import(text)).clone();
        let mut v: Vec<(String, String)> = crate::validate(&t, &p)
            .into_iter()
            .filter(|d| {
                crate::rules::ALL
                    .iter()
                    .any(|r| r.id == d.rule && !r.stages.has(S::Target))
            })
            .map(|d| (d.rule.as_str().to_string(), d.path.to_string()))
            .collect();
        v.sort();
        v
    };
    let pairs = |v: &[(&str, &str)]| -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    };
    assert_eq!(
        later(CENTRAL),
        pairs(&[
            ("deviation-reason-missing", "indicators.3.deviationReason"),
            ("deviation-reason-missing", "indicators.4.deviationReason"),
            (
                "over-achievement-unexplained",
                "indicators.0.deviationReason"
            ),
            ("score-mismatch", "indicators.4.score"),
        ])
    );
    assert_eq!(
        later(MONITORING),
        pairs(&[("execution-behind-schedule", "execution")])
    );
}
