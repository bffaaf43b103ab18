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
}

impl Level1 {
    pub const ALL: [Level1; 4] = [
        Level1::Output,
        Level1::Benefit,
        Level1::Satisfaction,
        Level1::Cost,
    ];

    /// The canonical name, as portals store it.
    pub fn name(self) -> &'static str {
        match self {
            Level1::Output => "产出指标",
            Level1::Benefit => "效益指标",
            Level1::Satisfaction => "满意度指标",
            Level1::Cost => "成本指标",
        }
    }

    pub fn english(self) -> &'static str {
        match self {
            Level1::Output => "output",
            Level1::Benefit => "benefit",
            Level1::Satisfaction => "satisfaction",
            Level1::Cost => "cost",
        }
    }

    /// Parses a level-1 cell. `None` when the text names no level 1.
    pub fn parse(s: &str) -> Option<Level1> {
        let c = crate::text::compact(s);
        Some(match key(&c) {
            "产出" => Level1::Output,
            "效益" | "效果" => Level1::Benefit,
            "满意度" => Level1::Satisfaction,
            "成本" => Level1::Cost,
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
    pub const ALL: [Level2; 12] = [
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
        }
    }

    /// Parses a level-2 cell, through the aliases seen in real tables.
    pub fn parse(s: &str) -> Option<Level2> {
        let c = crate::text::compact(s);
        Some(match key(&c) {
            "数量" => Level2::Quantity,
            "质量" => Level2::Quality,
            "时效" | "进度" => Level2::Timeliness,
            "成本" => Level2::Cost,
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

/// The matching key of a compacted level name: without a trailing `指标` or `类`.
fn key(c: &str) -> &str {
    let c = c.strip_suffix("指标").unwrap_or(c);
    c.strip_suffix('类').unwrap_or(c)
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
