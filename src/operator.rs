//! The operator column (运算符号, also headed 指标性质).
//!
//! Real systems store six symbols: `≥` `＞` `＝` `＜` `≤` and `定性` (qualitative). People type
//! many more spellings (`>=`, `≧`, `＞＝`, `大于等于`, `不低于`, `不少于`, …); all of them parse
//! here and nowhere else.

/// 运算符号.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Operator {
    /// `≥` — at least (正向).
    Ge,
    /// `＞` — more than (正向).
    Gt,
    /// `＝` — exactly.
    Eq,
    /// `＜` — less than (反向).
    Lt,
    /// `≤` — at most (反向).
    Le,
    /// `定性` — a qualitative target, no number.
    Qualitative,
}

/// 指标方向: whether a higher actual value is better.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    /// 正向 — higher is better.
    Positive,
    /// 反向 — lower is better.
    Negative,
    /// 等于 — hit the value exactly.
    Exact,
}

/// Spellings, longest first so that `>=` wins over `>`.
const SPELLINGS: &[(&str, Operator)] = &[
    ("大于或等于", Operator::Ge),
    ("小于或等于", Operator::Le),
    ("大于等于", Operator::Ge),
    ("小于等于", Operator::Le),
    ("不低于", Operator::Ge),
    ("不少于", Operator::Ge),
    ("不小于", Operator::Ge),
    ("至少", Operator::Ge),
    ("不高于", Operator::Le),
    ("不超过", Operator::Le),
    ("不大于", Operator::Le),
    ("不多于", Operator::Le),
    ("至多", Operator::Le),
    ("大于", Operator::Gt),
    ("高于", Operator::Gt),
    ("超过", Operator::Gt),
    ("小于", Operator::Lt),
    ("低于", Operator::Lt),
    ("等于", Operator::Eq),
    ("定性", Operator::Qualitative),
    (">=", Operator::Ge),
    ("=>", Operator::Ge),
    ("<=", Operator::Le),
    ("=<", Operator::Le),
    ("==", Operator::Eq),
    ("≥", Operator::Ge),
    ("≧", Operator::Ge),
    ("⩾", Operator::Ge),
    ("≤", Operator::Le),
    ("≦", Operator::Le),
    ("⩽", Operator::Le),
    (">", Operator::Gt),
    ("<", Operator::Lt),
    ("=", Operator::Eq),
    ("═", Operator::Eq),
];

impl Operator {
    /// The symbol portals store.
    pub fn symbol(self) -> &'static str {
        match self {
            Operator::Ge => "≥",
            Operator::Gt => "＞",
            Operator::Eq => "＝",
            Operator::Lt => "＜",
            Operator::Le => "≤",
            Operator::Qualitative => "定性",
        }
    }

    /// Parses a whole operator cell. `None` for text that is not an operator.
    pub fn parse(s: &str) -> Option<Operator> {
        let c = crate::text::compact(s);
        match Operator::split_prefix(&c) {
            Some((op, "")) => Some(op),
            _ => None,
        }
    }

    /// Splits an operator off the front of compacted text: `">=95%"` → `(Ge, "95%")`.
    pub fn split_prefix(s: &str) -> Option<(Operator, &str)> {
        let first = *s.as_bytes().first()?;
        SPELLINGS
            .iter()
            .filter(|(spelling, _)| spelling.as_bytes()[0] == first)
            .find_map(|(spelling, op)| s.strip_prefix(spelling).map(|rest| (*op, rest)))
    }

    /// The direction the operator implies: ≥ ＞ 正向, ≤ ＜ 反向, ＝ exact, 定性 none.
    pub fn direction(self) -> Option<Direction> {
        match self {
            Operator::Ge | Operator::Gt => Some(Direction::Positive),
            Operator::Le | Operator::Lt => Some(Direction::Negative),
            Operator::Eq => Some(Direction::Exact),
            Operator::Qualitative => None,
        }
    }

    pub fn is_quantitative(self) -> bool {
        self != Operator::Qualitative
    }
}

impl Direction {
    /// Parses a 指标方向 cell: 正向/反向/等于 and their common variants.
    pub fn parse(s: &str) -> Option<Direction> {
        let c = crate::text::compact(s);
        Some(match &*c {
            "正向" | "正向指标" | "越大越好" | "+" => Direction::Positive,
            "反向" | "反向指标" | "越小越好" | "-" => Direction::Negative,
            "等于" | "中性" | "区间" | "=" => Direction::Exact,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Direction::Positive => "正向",
            Direction::Negative => "反向",
            Direction::Exact => "等于",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spelling_in_domain_md() {
        for s in ["≥", ">=", "≧", "＞＝", "大于等于", "不低于", "不少于"] {
            assert_eq!(Operator::parse(s), Some(Operator::Ge), "{s}");
        }
        for s in ["≤", "<=", "≦", "不高于", "不超过"] {
            assert_eq!(Operator::parse(s), Some(Operator::Le), "{s}");
        }
        for s in ["=", "＝", "═"] {
            assert_eq!(Operator::parse(s), Some(Operator::Eq), "{s}");
        }
        assert_eq!(Operator::parse("＞"), Some(Operator::Gt));
        assert_eq!(Operator::parse("＜"), Some(Operator::Lt));
        assert_eq!(Operator::parse(" 定性 "), Some(Operator::Qualitative));
    }

    #[test]
    fn rejects_non_operators() {
        assert_eq!(Operator::parse(""), None);
        assert_eq!(Operator::parse("约"), None);
        assert_eq!(Operator::parse(">=95"), None);
    }

    #[test]
    fn splits_prefix_longest_first() {
        assert_eq!(Operator::split_prefix(">=95%"), Some((Operator::Ge, "95%")));
        assert_eq!(
            Operator::split_prefix("≤90万元"),
            Some((Operator::Le, "90万元"))
        );
        assert_eq!(Operator::split_prefix("95%"), None);
    }

    #[test]
    fn direction_follows_operator() {
        assert_eq!(Operator::Ge.direction(), Some(Direction::Positive));
        assert_eq!(Operator::Lt.direction(), Some(Direction::Negative));
        assert_eq!(Operator::Qualitative.direction(), None);
        assert_eq!(Direction::parse("反向"), Some(Direction::Negative));
    }
}
