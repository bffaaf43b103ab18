//! The unit column (度量单位, also headed 计量单位).
//!
//! Rules care about what kind of unit a row has, not its spelling: a percentage, a count of
//! things, money, a span of time. [`Unit::parse`] classifies; unknown units are kept as text.

/// What a unit measures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unit {
    /// `%` — a rate (率) or degree (度).
    Percent,
    /// `‰`.
    PerMille,
    /// A count of things or people: 个, 次, 人, 人次, 件, 套, 册, 批次, 项, 台 …
    Count(String),
    /// Money, with its scale relative to 元 (`万元` = 10 000) and whether it is per something
    /// (`元/人`, `万元/公里`).
    Money(Money),
    /// A span of time: 天, 日, 小时, 月, 年, 工作日 …
    Time(String),
    /// A physical measure: 公里, 平方米, 吨, 亩 …
    Measure(String),
    /// Score or grade scales: 分, 级, 星.
    Score(String),
    /// Anything else; still a unit, just one the model has no class for.
    Other(String),
}

/// A money unit: 元, 万元, 亿元, 千元, optionally per something.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Money {
    /// Yuan per unit: 1 for 元, 10 000 for 万元.
    pub yuan: u64,
    /// `true` for 元/人, 万元/个 …: a unit cost, not a total.
    pub per: bool,
    /// The unit as written (compacted).
    pub text: String,
}

const COUNT: &[&str] = &[
    "个",
    "次",
    "人",
    "人次",
    "件",
    "套",
    "册",
    "批",
    "批次",
    "项",
    "台",
    "篇",
    "份",
    "户",
    "所",
    "家",
    "场",
    "场次",
    "期",
    "名",
    "位",
    "支",
    "辆",
    "座",
    "处",
    "间",
    "张",
    "本",
    "部",
    "条",
    "块",
    "只",
    "头",
    "株",
    "棵",
    "组",
    "类",
    "种",
    "起",
    "宗",
    "例",
    "床",
    "所学校",
    "所次",
    "人天",
    "课时",
    "学时",
    "篇次",
    "册次",
    "份次",
    "户次",
    "家次",
    "批次数",
    "个数",
    "千人",
    "万人",
    "万人次",
    "千次",
    "亿次",
    "单",
    "笔",
    "栋",
    "幢",
    "口",
    "眼",
    "套次",
    "台次",
    "架",
    "艘",
    "吨次",
    "回",
    "届",
    "门",
    "节",
    "集",
    "首",
    "幅",
    "卷",
    "盏",
    "根",
    "杆",
    "面",
];

const TIME: &[&str] = &[
    "天",
    "日",
    "小时",
    "月",
    "年",
    "工作日",
    "分钟",
    "秒",
    "周",
    "个月",
    "季度",
    "年度",
    "学期",
    "日历天",
    "时",
];

const MEASURE: &[&str] = &[
    "公里",
    "千米",
    "米",
    "平方米",
    "㎡",
    "m2",
    "平米",
    "平方公里",
    "立方米",
    "m3",
    "吨",
    "千克",
    "公斤",
    "kg",
    "亩",
    "公顷",
    "万亩",
    "倍",
    "延米",
    "千瓦",
    "千瓦时",
    "度电",
    "兆瓦",
    "升",
    "毫升",
    "立方",
    "平方",
    "km",
    "m",
    "t",
    "万吨",
    "万平方米",
    "GB",
    "TB",
    "M",
    "兆",
];

const SCORE: &[&str] = &["分", "级", "星", "档", "等"];

impl Unit {
    /// Classifies a unit cell. `None` for an empty cell.
    pub fn parse(s: &str) -> Option<Unit> {
        let c = crate::text::compact(s);
        if c.is_empty() {
            return None;
        }
        let c = &*c;
        Some(match c {
            "%" | "百分比" | "百分之" | "百分率" => Unit::Percent,
            "‰" | "千分比" => Unit::PerMille,
            _ => {
                if let Some(m) = Money::parse(c) {
                    Unit::Money(m)
                } else if COUNT.contains(&c) {
                    Unit::Count(c.to_string())
                } else if TIME.contains(&c) {
                    Unit::Time(c.to_string())
                } else if MEASURE.contains(&c) {
                    Unit::Measure(c.to_string())
                } else if SCORE.contains(&c) {
                    Unit::Score(c.to_string())
                } else {
                    Unit::classify_compound(c)
                }
            }
        })
    }

    /// The unit as portals store it (`％` → `%`, spaces removed).
    pub fn canonical(&self) -> &str {
        match self {
            Unit::Percent => "%",
            Unit::PerMille => "‰",
            Unit::Money(m) => &m.text,
            Unit::Count(s) | Unit::Time(s) | Unit::Measure(s) | Unit::Score(s) | Unit::Other(s) => {
                s
            }
        }
    }

    pub fn is_percent(&self) -> bool {
        matches!(self, Unit::Percent | Unit::PerMille)
    }

    pub fn is_money(&self) -> bool {
        matches!(self, Unit::Money(_))
    }
}

impl Unit {
    /// A unit outside the lists, read by its parts: a rate per span of time or per occasion
    /// (`次/月`, `人/次` = 人次, `人/天`) is its head's kind; a scaled unit (`万立方米`,
    /// `千人`) is its base's. Anything else stays [`Unit::Other`].
    fn classify_compound(c: &str) -> Unit {
        let listed = |u: &str, kind: fn(String) -> Unit| {
            if COUNT.contains(&u) {
                Some(Unit::Count(c.to_string()))
            } else if MEASURE.contains(&u) {
                Some(kind(c.to_string()))
            } else {
                None
            }
        };
        let read = match c.split_once(['/', '每']) {
            Some((head, tail)) if TIME.contains(&tail) || COUNT.contains(&tail) || tail == "人" => {
                listed(head, Unit::Measure)
            }
            Some(_) => None,
            None => c
                .strip_prefix(['万', '千', '亿', '百'])
                .and_then(|base| listed(base, Unit::Measure)),
        };
        read.unwrap_or_else(|| Unit::Other(c.to_string()))
    }
}

/// Whether a count's target must be a whole number.
impl Unit {
    /// True for a count of whole things or people (个, 次, 人, 人次 …), whose target is a whole
    /// number; false for scaled counts (万人次, 千人), units of effort (人天, 课时, 学时) and every
    /// non-count unit, which may take decimals.
    pub fn is_whole_count(&self) -> bool {
        match self {
            Unit::Count(c) => {
                !(c.starts_with(['万', '千', '亿'])
                    || matches!(c.as_str(), "人天" | "课时" | "学时"))
            }
            _ => false,
        }
    }
}

impl Money {
    /// Parses 元, 万元, 亿元, 千元, 百元 and their per-something forms (`元/人`, `万元/公里`,
    /// `元/人·年`). Compacted input.
    pub fn parse(c: &str) -> Option<Money> {
        let (head, per) = match c.split_once(['/', '每']) {
            Some((h, _)) => (h, true),
            None => (c, false),
        };
        let yuan = match head {
            "元" | "人民币元" => 1,
            "百元" => 100,
            "千元" => 1_000,
            "万元" | "万" => 10_000,
            "十万元" => 100_000,
            "百万元" => 1_000_000,
            "千万元" => 10_000_000,
            "亿元" => 100_000_000,
            _ => return None,
        };
        // A bare 万 is a count multiplier (万人), not money, unless it stands alone or is per
        // a span of time (`620万/月`).
        if head == "万" && per {
            let tail = c.split_once(['/', '每']).map_or("", |(_, t)| t);
            if !matches!(tail, "月" | "年" | "天" | "日" | "季度" | "季") {
                return None;
            }
        }
        Some(Money {
            yuan,
            per,
            text: c.to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_units() {
        assert_eq!(Unit::parse("％"), Some(Unit::Percent));
        assert_eq!(Unit::parse(" 人次 "), Some(Unit::Count("人次".into())));
        assert!(matches!(
            Unit::parse("万元"),
            Some(Unit::Money(Money {
                yuan: 10_000,
                per: false,
                ..
            }))
        ));
        assert!(matches!(
            Unit::parse("元/人"),
            Some(Unit::Money(Money {
                yuan: 1,
                per: true,
                ..
            }))
        ));
        assert_eq!(Unit::parse("工作日"), Some(Unit::Time("工作日".into())));
        // Compounds read by their parts.
        assert_eq!(Unit::parse("次/月"), Some(Unit::Count("次/月".into())));
        assert_eq!(Unit::parse("人/次"), Some(Unit::Count("人/次".into())));
        assert_eq!(
            Unit::parse("万立方米"),
            Some(Unit::Measure("万立方米".into()))
        );
        assert_eq!(Unit::parse("倍"), Some(Unit::Measure("倍".into())));
        assert_eq!(Unit::parse("成"), Some(Unit::Other("成".into())));
        assert_eq!(Unit::parse("万圆"), Some(Unit::Other("万圆".into())));
        assert_eq!(Unit::parse("公里"), Some(Unit::Measure("公里".into())));
        assert_eq!(
            Unit::parse("平稳运行"),
            Some(Unit::Other("平稳运行".into()))
        );
        assert_eq!(Unit::parse("  "), None);
    }

    #[test]
    fn whole_counts() {
        for u in ["个", "人", "人次", "批次"] {
            assert!(Unit::parse(u).unwrap().is_whole_count(), "{u}");
        }
        for u in ["万人次", "千人", "人天", "学时", "%", "万元", "公里"] {
            assert!(!Unit::parse(u).unwrap().is_whole_count(), "{u}");
        }
    }

    #[test]
    fn canonical_spelling() {
        assert_eq!(Unit::parse("％").unwrap().canonical(), "%");
        assert_eq!(Unit::parse("万 元").unwrap().canonical(), "万元");
    }
}
