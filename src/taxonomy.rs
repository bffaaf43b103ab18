//! The indicator taxonomy (指标体系): level 1 (一级指标) → level 2 (二级指标), in the two
//! frameworks portals use.
//!
//! - [`Framework::F2020`] — 财预〔2020〕10号 lineage and the seed's tables: cost (成本指标) is a
//!   level 2 under output (产出指标).
//! - [`Framework::F2021`] — 财预〔2021〕101号: cost is a level 1 of its own with economic, social
//!   and ecological-environment costs below it.
//!
//! Names are matched after [`crate::text::compact`], with or without the trailing `指标`, and
//! through the aliases found in real tables (环境效益 = 生态效益, 进度 = 时效, 效果 = 效益, …).

use serde::{Deserialize, Serialize};

/// Which central guidance the table follows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Framework {
    /// 财预〔2020〕10号: 成本指标 under 产出指标.
    #[default]
    F2020,
    /// 财预〔2021〕101号: 成本指标 at level 1.
    F2021,
}

impl Framework {
    pub fn parse(s: &str) -> Option<Framework> {
        match s.trim() {
            "2020" => Some(Framework::F2020),
            "2021" => Some(Framework::F2021),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Framework::F2020 => "2020",
            Framework::F2021 => "2021",
        }
    }
}

impl Serialize for Framework {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// Accepts `"2020"`, `"2021"` or the numbers 2020 and 2021.
impl<'de> Deserialize<'de> for Framework {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Framework;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("\"2020\" or \"2021\"")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Framework, E> {
                Framework::parse(v)
                    .ok_or_else(|| E::invalid_value(serde::de::Unexpected::Str(v), &self))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Framework, E> {
                self.visit_str(&v.to_string())
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Framework, E> {
                self.visit_str(&v.to_string())
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Framework, E> {
                match v {
                    2020.0 => Ok(Framework::F2020),
                    2021.0 => Ok(Framework::F2021),
                    _ => Err(E::invalid_value(serde::de::Unexpected::Float(v), &self)),
                }
            }
        }
        d.deserialize_any(V)
    }
}

/// 一级指标.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level1 {
    /// 产出指标 — what the money produces.
    Output,
    /// 效益指标 — the effect of those outputs.
    Benefit,
    /// 满意度指标 — what the people served think.
    Satisfaction,
    /// 成本指标 — what it costs (level 1 only in the 2021 framework).
    Cost,
    /// 过程管理指标 — how the money is managed: the level 1 the NDRC's 中央预算内投资计划绩效
    /// 目标表 puts beside 实施效果指标 (which holds 产出/效益/满意度), in both frameworks.
    Process,
}

/// 二级指标.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level2 {
    /// 数量指标 — how much is produced or served.
    Quantity,
    /// 质量指标 — how good it is.
    Quality,
    /// 时效指标 — when it is done.
    Timeliness,
    /// 成本指标 — what it costs (under 产出 in the 2020 framework).
    Cost,
    /// 经济效益指标.
    Economic,
    /// 社会效益指标.
    Social,
    /// 生态效益指标 (also written 环境效益指标).
    Ecological,
    /// 可持续影响指标.
    Sustainable,
    /// 服务对象满意度指标.
    ServiceSatisfaction,
    /// 经济成本指标 (2021).
    EconomicCost,
    /// 社会成本指标 (2021).
    SocialCost,
    /// 生态环境成本指标 (2021).
    EcologicalCost,
    /// 计划管理指标 (under 过程管理).
    PlanManagement,
    /// 资金管理指标 (under 过程管理).
    FundManagement,
    /// 项目管理指标 (under 过程管理).
    ProjectManagement,
    /// 监督检查指标 (under 过程管理).
    Supervision,
}

impl Level1 {
    pub const ALL: [Level1; 5] = [
        Level1::Output,
        Level1::Benefit,
        Level1::Satisfaction,
        Level1::Cost,
        Level1::Process,
    ];

    /// The canonical name, as portals store it.
    pub fn name(self) -> &'static str {
        match self {
            Level1::Output => "产出指标",
            Level1::Benefit => "效益指标",
            Level1::Satisfaction => "满意度指标",
            Level1::Cost => "成本指标",
            Level1::Process => "过程管理指标",
        }
    }

    pub fn english(self) -> &'static str {
        match self {
            Level1::Output => "output",
            Level1::Benefit => "benefit",
            Level1::Satisfaction => "satisfaction",
            Level1::Cost => "cost",
            Level1::Process => "process management",
        }
    }

    /// Parses a level-1 cell, as printed: `产出指标`, `产出指标(50分)`, `成本指标(0-20)分`,
    /// `预期产出指标`, `项目完成指标`, `效果指标`. `None` when the text names no level 1.
    pub fn parse(s: &str) -> Option<Level1> {
        Level1::of_key(&level_key(s))
    }

    fn of_key(key: &str) -> Option<Level1> {
        Some(match key {
            "产出" | "预期产出" | "项目完成" | "项目产出" => Level1::Output,
            "效益" | "效果" | "预期效益" | "项目效益" => Level1::Benefit,
            "满意度" | "服务对象满意度" => Level1::Satisfaction,
            // 投入 (input): the older forms' level 1 for what the project costs.
            "成本" | "投入" => Level1::Cost,
            "过程管理" => Level1::Process,
            _ => return None,
        })
    }

    /// The level-2 children of this level 1 in `framework`, in display order.
    pub fn children(self, framework: Framework) -> &'static [Level2] {
        use Level2::*;
        match (self, framework) {
            (Level1::Output, Framework::F2020) => &[Quantity, Quality, Timeliness, Cost],
            (Level1::Output, Framework::F2021) => &[Quantity, Quality, Timeliness],
            (Level1::Benefit, _) => &[Economic, Social, Ecological, Sustainable],
            (Level1::Satisfaction, _) => &[ServiceSatisfaction],
            (Level1::Cost, Framework::F2020) => &[],
            (Level1::Cost, Framework::F2021) => &[EconomicCost, SocialCost, EcologicalCost],
            (Level1::Process, _) => &[
                PlanManagement,
                FundManagement,
                ProjectManagement,
                Supervision,
            ],
        }
    }

    /// The level-1 names of `framework`, in display order.
    pub fn of(framework: Framework) -> &'static [Level1] {
        match framework {
            Framework::F2020 => &[Level1::Output, Level1::Benefit, Level1::Satisfaction],
            Framework::F2021 => &[
                Level1::Output,
                Level1::Cost,
                Level1::Benefit,
                Level1::Satisfaction,
            ],
        }
    }
}

impl Level2 {
    pub const ALL: [Level2; 16] = [
        Level2::Quantity,
        Level2::Quality,
        Level2::Timeliness,
        Level2::Cost,
        Level2::Economic,
        Level2::Social,
        Level2::Ecological,
        Level2::Sustainable,
        Level2::ServiceSatisfaction,
        Level2::EconomicCost,
        Level2::SocialCost,
        Level2::EcologicalCost,
        Level2::PlanManagement,
        Level2::FundManagement,
        Level2::ProjectManagement,
        Level2::Supervision,
    ];

    /// The canonical name, as portals store it.
    pub fn name(self) -> &'static str {
        match self {
            Level2::Quantity => "数量指标",
            Level2::Quality => "质量指标",
            Level2::Timeliness => "时效指标",
            Level2::Cost => "成本指标",
            Level2::Economic => "经济效益指标",
            Level2::Social => "社会效益指标",
            Level2::Ecological => "生态效益指标",
            Level2::Sustainable => "可持续影响指标",
            Level2::ServiceSatisfaction => "服务对象满意度指标",
            Level2::EconomicCost => "经济成本指标",
            Level2::SocialCost => "社会成本指标",
            Level2::EcologicalCost => "生态环境成本指标",
            Level2::PlanManagement => "计划管理指标",
            Level2::FundManagement => "资金管理指标",
            Level2::ProjectManagement => "项目管理指标",
            Level2::Supervision => "监督检查指标",
        }
    }

    pub fn english(self) -> &'static str {
        match self {
            Level2::Quantity => "quantity",
            Level2::Quality => "quality",
            Level2::Timeliness => "timeliness",
            Level2::Cost => "cost",
            Level2::Economic => "economic benefit",
            Level2::Social => "social benefit",
            Level2::Ecological => "ecological benefit",
            Level2::Sustainable => "sustainable impact",
            Level2::ServiceSatisfaction => "service-recipient satisfaction",
            Level2::EconomicCost => "economic cost",
            Level2::SocialCost => "social cost",
            Level2::EcologicalCost => "ecological-environment cost",
            Level2::PlanManagement => "plan management",
            Level2::FundManagement => "fund management",
            Level2::ProjectManagement => "project management",
            Level2::Supervision => "supervision",
        }
    }

    /// Parses a level-2 cell, as printed and through the aliases seen in real tables:
    /// `数量指标(必填硬性指标)`, `（经济效益）`, a level 1 merged in front (`产出数量`),
    /// `预算(或投资规模)控制指标` (cost), `服务对象或受益者满意度指标`.
    pub fn parse(s: &str) -> Option<Level2> {
        let key = level_key(s);
        Level2::of_key(&key).or_else(|| {
            // A level-1 name merged in front: `产出数量`, `效益社会效益`.
            ["产出", "效益", "满意度", "成本"]
                .iter()
                .filter_map(|l1| key.strip_prefix(l1))
                .find_map(|rest| Level2::of_key(level_key(rest).as_str()))
        })
    }

    fn of_key(key: &str) -> Option<Level2> {
        Some(match key {
            "数量" => Level2::Quantity,
            "质量" => Level2::Quality,
            "时效" | "进度" => Level2::Timeliness,
            "成本" | "预算控制" | "投资规模控制" | "成本控制" => Level2::Cost,
            "经济效益" => Level2::Economic,
            "社会效益" => Level2::Social,
            "生态效益" | "环境效益" | "生态环境效益" => Level2::Ecological,
            "可持续影响" | "可持续发展" => Level2::Sustainable,
            "服务对象满意度" | "社会公众或服务对象满意度" | "满意度" => {
                Level2::ServiceSatisfaction
            }
            "经济成本" => Level2::EconomicCost,
            "社会成本" => Level2::SocialCost,
            "生态环境成本" | "生态成本" | "环境成本" => Level2::EcologicalCost,
            "计划管理" => Level2::PlanManagement,
            "资金管理" => Level2::FundManagement,
            "项目管理" => Level2::ProjectManagement,
            "监督检查" | "监督管理" => Level2::Supervision,
            k if k.contains("可持续") => Level2::Sustainable,
            k if k.contains("满意") => Level2::ServiceSatisfaction,
            // `社会、经济、生态效益指标`: one cell for every benefit, read as the first.
            k if k.contains('、') && k.ends_with("效益") => Level2::Social,
            _ => return None,
        })
    }

    /// The level 1 this level 2 belongs to in `framework`; `None` when it has no place there
    /// (a 2021 cost level 2 in a 2020 table).
    pub fn parent(self, framework: Framework) -> Option<Level1> {
        Level1::ALL
            .into_iter()
            .find(|l1| l1.children(framework).contains(&self))
    }

    /// True for the level 2s that only exist in the 2021 framework's cost level 1.
    pub fn is_2021_cost(self) -> bool {
        matches!(
            self,
            Level2::EconomicCost | Level2::SocialCost | Level2::EcologicalCost
        )
    }

    /// True for any cost level 2, in either framework.
    pub fn is_cost(self) -> bool {
        self == Level2::Cost || self.is_2021_cost()
    }
}

/// The matching key of a level cell as printed: compacted, without what tables print around
/// the name — points and notes in brackets (`产出指标(50分)`, `成本指标(0-20)分`,
/// `数量指标(必填硬性指标)`, `（经济效益）`) — and without a trailing `指标` or `类`.
pub fn level_key(s: &str) -> String {
    let c = crate::text::compact(s);
    let mut key = String::with_capacity(c.len());
    let mut depth = 0usize;
    for ch in c.chars() {
        match ch {
            '(' | '（' | '【' | '[' => depth += 1,
            ')' | '）' | '】' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => key.push(ch),
            _ => {}
        }
    }
    if key.is_empty() {
        // A name in brackets: `（经济效益）`.
        key = c
            .trim_matches(['(', ')', '（', '）', '【', '】', '[', ']'])
            .to_string();
    }
    // `成本指标(0-20)分`: the points' `分` left after the bracket.
    let k = key
        .strip_suffix('分')
        .filter(|k| k.ends_with("指标"))
        .unwrap_or(&key);
    // `数量目标`, `成本目标`: older forms name the levels …目标.
    let k = k
        .strip_suffix("指标")
        .or_else(|| k.strip_suffix("目标").filter(|k| !k.is_empty()))
        .unwrap_or(k);
    k.strip_suffix('类').unwrap_or(k).to_string()
}

/// Level-1 cells that wrap the real level 1, which the level-2 column then holds: the
/// transfer-payment form's `实施效果指标` over `产出指标` / `效益指标`.
pub fn is_wrapper(level1: &str) -> bool {
    matches!(
        level_key(level1).as_str(),
        "实施效果" | "绩效" | "年度绩效" | "绩效目标"
    )
}

/// Level-2 cells that name no level 2 but stand for "the indicators under this level 1" in a
/// template (`具体指标`).
pub fn is_generic_level2(level2: &str) -> bool {
    matches!(level_key(level2).as_str(), "具体" | "三级")
}

/// Reads the framework a table uses from its rows' levels: 2021 when it files costs the 2021
/// way (经济成本 / 社会成本 / 生态环境成本, or 成本指标 at level 1 with nothing below) and
/// nowhere the 2020 way (成本指标 as a level 2); else 2020, the default. `rows` gives each
/// row's level 1 and level 2.
pub fn detect(rows: impl Iterator<Item = (Option<Level1>, Option<Level2>)>) -> Framework {
    let (mut as_2021, mut as_2020) = (false, false);
    for (l1, l2) in rows {
        match l2 {
            Some(l2) if l2.is_2021_cost() => as_2021 = true,
            Some(Level2::Cost) => as_2020 = true,
            None if l1 == Some(Level1::Cost) => as_2021 = true,
            _ => {}
        }
    }
    if as_2021 && !as_2020 {
        Framework::F2021
    } else {
        Framework::F2020
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_with_and_without_suffix() {
        assert_eq!(Level1::parse("产出指标"), Some(Level1::Output));
        assert_eq!(Level1::parse(" 产出 "), Some(Level1::Output));
        assert_eq!(Level1::parse("效果指标"), Some(Level1::Benefit));
        assert_eq!(Level1::parse("质量指标"), None);
        assert_eq!(Level2::parse("环境效益指标"), Some(Level2::Ecological));
        assert_eq!(Level2::parse("进度指标"), Some(Level2::Timeliness));
        assert_eq!(
            Level2::parse("社会公众或服务对象满意度指标"),
            Some(Level2::ServiceSatisfaction)
        );
        assert_eq!(Level2::parse("产出指标"), None);
    }

    #[test]
    fn level_names_as_printed() {
        for (s, l1) in [
            ("产出指标(50分)", Level1::Output),
            ("成本指标(0-20)分", Level1::Cost),
            ("产出指标(40-50)分", Level1::Output),
            ("满意度指标（10分）", Level1::Satisfaction),
            ("预期产出指标", Level1::Output),
            ("项目完成指标", Level1::Output),
        ] {
            assert_eq!(Level1::parse(s), Some(l1), "{s}");
        }
        for (s, l2) in [
            ("数量指标(必填硬性指标)", Level2::Quantity),
            ("（经济效益）", Level2::Economic),
            ("产出数量", Level2::Quantity),
            ("产出数量指标", Level2::Quantity),
            ("产出时效", Level2::Timeliness),
            ("时效指标(工期指标、形象进度指标)", Level2::Timeliness),
            ("预算(或投资规模)控制指标", Level2::Cost),
            ("可持续性发展影响指标", Level2::Sustainable),
            ("服务对象或受益者满意度指标", Level2::ServiceSatisfaction),
            ("社会、经济、生态效益指标", Level2::Social),
        ] {
            assert_eq!(Level2::parse(s), Some(l2), "{s}");
        }
        assert_eq!(Level1::parse("实施效果指标"), None);
        // The NDRC's investment form: 过程管理指标 with its own level 2s.
        assert_eq!(Level1::parse("过程管理指标"), Some(Level1::Process));
        assert_eq!(
            Level2::parse("资金管理指标").and_then(|l2| l2.parent(Framework::F2020)),
            Some(Level1::Process)
        );
        assert!(is_wrapper("实施效果指标"));
        assert!(is_generic_level2("具体指标"));
        assert_eq!(Level2::parse("具体指标"), None);
    }

    #[test]
    fn framework_read_from_the_rows() {
        let r = |l1: &str, l2: &str| (Level1::parse(l1), Level2::parse(l2));
        let t2021 = [r("产出指标", "数量指标"), r("成本指标", "经济成本指标")];
        assert_eq!(detect(t2021.into_iter()), Framework::F2021);
        let t2020 = [r("产出指标", "数量指标"), r("产出指标", "成本指标")];
        assert_eq!(detect(t2020.into_iter()), Framework::F2020);
        let mixed = [r("产出指标", "成本指标"), r("成本指标", "经济成本指标")];
        assert_eq!(detect(mixed.into_iter()), Framework::F2020);
        let cost_cost = [r("成本指标", "成本指标")];
        assert_eq!(detect(cost_cost.into_iter()), Framework::F2020);
        let cost_alone = [r("成本指标", "")];
        assert_eq!(detect(cost_alone.into_iter()), Framework::F2021);
    }

    #[test]
    fn cost_moves_between_frameworks() {
        assert_eq!(Level2::Cost.parent(Framework::F2020), Some(Level1::Output));
        assert_eq!(Level2::Cost.parent(Framework::F2021), None);
        assert_eq!(
            Level2::EconomicCost.parent(Framework::F2021),
            Some(Level1::Cost)
        );
        assert_eq!(Level2::EconomicCost.parent(Framework::F2020), None);
        assert_eq!(
            Level2::Social.parent(Framework::F2021),
            Some(Level1::Benefit)
        );
    }

    #[test]
    fn names_round_trip() {
        for l2 in Level2::ALL {
            assert_eq!(Level2::parse(l2.name()), Some(l2));
        }
        for l1 in Level1::ALL {
            assert_eq!(Level1::parse(l1.name()), Some(l1));
        }
    }
}
