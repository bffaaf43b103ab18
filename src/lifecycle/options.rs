//! What provinces do differently on the later forms (LIFECYCLE.md §5): the profile's
//! `lifecycle` section. The defaults are the central practice.

use rust_decimal::Decimal;

/// How a 反向 (≤, ＜) row earns its score when the actual is worse than the target.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ReverseScoring {
    /// `1 − (a − t)/t`, nothing at twice the target (the vendor's SQL).
    #[default]
    Linear,
    /// `t / a` (an OCR'd 自评表 note).
    Inverse,
}

/// How an ＝ row is scored.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum EqualScoring {
    /// Like ≥ (the vendor's default).
    #[default]
    AsPositive,
    /// Any actual other than the target needs a score and a reason of its own (天津).
    Exact,
}

/// How much a rule that a province treats as blocking weighs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Strictness {
    #[default]
    Warning,
    Error,
}

/// How scores are entered (the vendor's `rationscore`/`qualscore` modes).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ScoreMode {
    /// Typed by the unit (the default).
    #[default]
    Manual,
    /// Computed, and the unit may change it.
    ComputedEditable,
    /// Computed and locked: any difference is an error.
    ComputedLocked,
}

/// The monitoring lights that need a reason (`reasonRequiredFor`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ReasonLights {
    /// Red and yellow rows (the default).
    #[default]
    RedAndYellow,
    /// Red rows only (宁夏).
    Red,
}

/// The `lifecycle` options.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LifecycleOptions {
    /// Points of the level-1 groups and of 预算执行 (产出 50 · 效益 30 · 满意度 10 · 预算执行 10);
    /// `None`: not checked.
    pub level1_weights: Option<Vec<(String, Decimal)>>,
    /// 分值 of 预算执行率 when the form does not state it.
    pub budget_weight: Decimal,
    /// Lower bounds of 优, 良, 中 (below the last: 差).
    pub grade_bands: [Decimal; 3],
    pub reverse_scoring: ReverseScoring,
    pub equal_scoring: EqualScoring,
    /// ＞ and ＜ not met when the actual equals the target.
    pub strict_greater: bool,
    /// Shares of the weight that bound the qualitative grades: 达成 from the first, 部分达成
    /// from the second.
    pub qualitative_bands: [Decimal; 2],
    pub qualitative_band_check: bool,
    /// Actual / target from which the target looks set too low.
    pub over_achievement_ratio: Decimal,
    pub over_achievement_reason: Strictness,
    /// How far a typed score may be from the computed one.
    pub score_tolerance: Decimal,
    /// Execution rate below which a reason is due (`None`: not checked; Sichuan 0.9).
    pub execution_reason_below: Option<Decimal>,
    pub execution_reason: Strictness,
    pub budget_adjustment_reason: Strictness,
    /// The month monitoring must be at (`None`: any).
    pub monitoring_month: Option<u32>,
    /// Execution light bands: below the first red, below the second yellow.
    pub execution_bands: [Decimal; 2],
    /// Indicator light bands: red, yellow, green below the third, blue from it.
    pub indicator_bands: [Decimal; 3],
    /// Target rules in the later forms: capped at warning (`true`, the default) or at their
    /// own level.
    pub cap_target_rules: bool,
    /// Wordings a qualitative actual may take besides the three grades' own.
    pub qualitative_actual_grades: Vec<String>,
    /// A qualitative actual outside the grades is an error (the vendor import), not a warning.
    pub qualitative_actual_strict: bool,
    /// A qualitative row needs a remark saying what was achieved (广西).
    pub qualitative_remark_required: bool,
    /// A weight must be above 0 (`isCheckWeightGtZero`).
    pub weight_positive: bool,
    /// The largest share of a level-1 group one row may carry (groups of three rows or more).
    pub max_row_weight_share: Decimal,
    /// The most a default cost indicator may score (山西: 5); `None`: not checked.
    pub cost_default_max_score: Option<Decimal>,
    pub score_mode: ScoreMode,
    /// Execution against 年初预算数 below which full marks everywhere look doubtful.
    pub low_execution: Decimal,
    /// A budget cut (share of 年初) beyond which full marks need the cut explained.
    pub budget_cut_ratio: Decimal,
    /// The shortest narrative taken as one (characters).
    pub min_narrative: usize,
    /// Template openings that betray an instruction left in a narrative cell.
    pub guidance_patterns: Vec<String>,
    /// Monitoring: the level-2 names whose rows accumulate over the year (compared with the
    /// time progress) — rows in % never do.
    pub time_scaled: Vec<String>,
    pub reason_required_for: ReasonLights,
    /// Monitoring: a ticked cause needs 原因说明.
    pub explanation_required: bool,
    /// Monitoring: 有可能/完全不可能 needs a projection and a cause (天津: error).
    pub likelihood_needs_projection: Strictness,
    /// Monitoring: the causes a row may tick (with the vendor's aliases accepted).
    pub cause_categories: Vec<String>,
    /// Monitoring: the likelihood values.
    pub likelihood_values: Vec<String>,
    /// Monitoring: how far (percent) above the target an actual may go before it needs a
    /// reason (河北); `None`: not checked.
    pub deviation_standard: Option<Decimal>,
}

fn strings(s: &[&str]) -> Vec<String> {
    s.iter().map(|s| s.to_string()).collect()
}

fn d(n: i64, scale: u32) -> Decimal {
    Decimal::new(n, scale)
}

impl Default for LifecycleOptions {
    fn default() -> LifecycleOptions {
        LifecycleOptions {
            level1_weights: Some(vec![
                ("产出指标".into(), d(50, 0)),
                ("效益指标".into(), d(30, 0)),
                ("满意度指标".into(), d(10, 0)),
                ("预算执行".into(), d(10, 0)),
            ]),
            budget_weight: d(10, 0),
            grade_bands: [d(90, 0), d(80, 0), d(60, 0)],
            reverse_scoring: ReverseScoring::Linear,
            equal_scoring: EqualScoring::AsPositive,
            strict_greater: false,
            qualitative_bands: [d(8, 1), d(6, 1)],
            qualitative_band_check: true,
            over_achievement_ratio: d(12, 1),
            over_achievement_reason: Strictness::Warning,
            score_tolerance: d(5, 1),
            execution_reason_below: None,
            execution_reason: Strictness::Warning,
            budget_adjustment_reason: Strictness::Warning,
            monitoring_month: None,
            execution_bands: [d(6, 1), d(8, 1)],
            indicator_bands: [d(6, 1), d(8, 1), d(12, 1)],
            cap_target_rules: true,
            qualitative_actual_grades: Vec::new(),
            qualitative_actual_strict: false,
            qualitative_remark_required: false,
            weight_positive: false,
            max_row_weight_share: d(5, 1),
            cost_default_max_score: None,
            score_mode: ScoreMode::Manual,
            low_execution: d(8, 1),
            budget_cut_ratio: d(2, 1),
            min_narrative: 10,
            guidance_patterns: strings(&[
                "请概述",
                "请简要",
                "请说明",
                "请填写",
                "（300字以内）",
                "(300字以内)",
            ]),
            time_scaled: strings(&[
                "数量指标",
                "经济效益指标",
                "社会效益指标",
                "生态效益指标",
                "可持续影响指标",
                "服务对象满意度指标",
            ]),
            reason_required_for: ReasonLights::RedAndYellow,
            explanation_required: true,
            likelihood_needs_projection: Strictness::Warning,
            cause_categories: strings(&[
                "经费保障",
                "制度保障",
                "人员保障",
                "硬件条件保障",
                "其他",
            ]),
            likelihood_values: strings(&["确定能", "有可能", "完全不可能"]),
            deviation_standard: None,
        }
    }
}
