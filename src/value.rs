//! The target value column (指标值).
//!
//! A value cell holds a number (`95`), a number with its unit (`95%`), an operator, number and
//! unit together (`≥95%`, `≤90万元`), a date for timeliness targets (`12月31日前`), qualitative
//! text (`平稳运行`, `足额保障`) or a leftover from a template (`**`, `xx`, `……`). [`ValueCell::parse`]
//! splits and classifies it once; rules read [`Target`].

use crate::amount::parse_decimal;
use crate::deadline::Deadline;
use crate::operator::Operator;
use rust_decimal::Decimal;

/// What a target value is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// Nothing typed.
    Empty,
    /// A number.
    Number(Decimal),
    /// A date (for 时效 targets such as `12月31日前`).
    Date(Deadline),
    /// Qualitative text, cleaned.
    Text(String),
    /// A template leftover: `*`, `_`, `-`, `……`, `xx`, `××`.
    Placeholder,
}

/// A parsed value cell: the target plus whatever operator and unit the cell carried with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValueCell {
    pub target: Target,
    /// The operator found at the front of the cell (`≥95%`), if any.
    pub operator: Option<Operator>,
    /// The unit found after the number (`95%` → `%`), compacted, if any.
    pub unit: Option<String>,
}

impl ValueCell {
    pub fn parse(s: &str) -> ValueCell {
        let compact = crate::text::compact(s);
        let mut cell = ValueCell {
            target: Target::Empty,
            operator: None,
            unit: None,
        };
        if compact.is_empty() {
            return cell;
        }
        if is_placeholder(&compact) {
            cell.target = Target::Placeholder;
            cell.operator = Operator::split_prefix(&compact).map(|(op, _)| op);
            return cell;
        }
        // A deadline-like value is a date, not a number followed by the unit 年.
        if let Some(d) = Some(&compact)
            .filter(|c| looks_like_date(c))
            .and_then(|c| Deadline::parse(c))
        {
            cell.target = Target::Date(d);
            return cell;
        }
        let (operator, rest) = match Operator::split_prefix(&compact) {
            Some((Operator::Qualitative, _)) | None => (None, &*compact),
            Some((op, rest)) => (Some(op), rest),
        };
        // A number may be followed by a unit; an internal space between digits is not allowed.
        let split = rest
            .find(|ch: char| !(ch.is_ascii_digit() || matches!(ch, '.' | ',' | '-' | '+')))
            .unwrap_or(rest.len());
        let (number, unit) = rest.split_at(split);
        match parse_decimal(number) {
            Some(n) if !digits_split_by_space(&crate::text::clean_cow(s)) => {
                cell.target = Target::Number(n);
                cell.operator = operator;
                cell.unit = (!unit.is_empty()).then(|| unit.to_string());
            }
            _ => {
                if operator.is_some() && rest.is_empty() {
                    // The cell holds only an operator: nothing for a target.
                    cell.operator = operator;
                } else {
                    cell.target = Target::Text(crate::text::clean(s));
                }
            }
        }
        cell
    }
}

/// Template leftovers: `*`, `_`, `-`, `……`, `xx`, `××`, `XX`, `○○`, alone or around an operator and unit
/// (`≥**%`).
fn is_placeholder(c: &str) -> bool {
    let body = Operator::split_prefix(c).map_or(c, |(_, rest)| rest);
    let body = body.trim_end_matches(['%', '‰']);
    if body.is_empty() {
        return false;
    }
    if body.contains(['*', '_', '…', '×', '○', '□']) {
        return true;
    }
    if body.bytes().all(|b| b == b'x' || b == b'X') {
        return true;
    }
    crate::text::is_only_symbols(body)
}

fn looks_like_date(c: &str) -> bool {
    c.contains(['年', '月', '日', '/']) || c.contains("季度") || c.contains('-') && c.len() >= 6
}

fn digits_split_by_space(cleaned: &str) -> bool {
    // Bytewise: ASCII digits and spaces never occur inside a multi-byte UTF-8 character.
    cleaned
        .as_bytes()
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == b' ' && w[2].is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn num(s: &str) -> Target {
        Target::Number(Decimal::from_str(s).unwrap())
    }

    #[test]
    fn splits_combined_cells() {
        let c = ValueCell::parse("≥95%");
        assert_eq!(
            (c.target, c.operator, c.unit.as_deref()),
            (num("95"), Some(Operator::Ge), Some("%"))
        );
        let c = ValueCell::parse("≤90万元");
        assert_eq!(
            (c.target, c.operator, c.unit.as_deref()),
            (num("90"), Some(Operator::Le), Some("万元"))
        );
        let c = ValueCell::parse("＝100％");
        assert_eq!(
            (c.target, c.operator, c.unit.as_deref()),
            (num("100"), Some(Operator::Eq), Some("%"))
        );
        let c = ValueCell::parse("95 %");
        assert_eq!(
            (c.target, c.operator, c.unit.as_deref()),
            (num("95"), None, Some("%"))
        );
    }

    #[test]
    fn plain_numbers() {
        assert_eq!(ValueCell::parse(" 100 ").target, num("100"));
        assert_eq!(ValueCell::parse("1,000").target, num("1000"));
        assert_eq!(ValueCell::parse("-5").target, num("-5"));
        assert_eq!(ValueCell::parse("").target, Target::Empty);
    }

    #[test]
    fn placeholders() {
        for s in ["**", "≥**%", "xx", "XX", "……", "-", "--", "___", "××"] {
            assert_eq!(ValueCell::parse(s).target, Target::Placeholder, "{s}");
        }
        assert_eq!(ValueCell::parse("≥**%").operator, Some(Operator::Ge));
    }

    #[test]
    fn qualitative_text_and_dates() {
        assert_eq!(
            ValueCell::parse("平稳运行").target,
            Target::Text("平稳运行".into())
        );
        assert_eq!(ValueCell::parse("9 5").target, Target::Text("9 5".into()));
        assert!(matches!(
            ValueCell::parse("12月31日前").target,
            Target::Date(_)
        ));
        assert!(matches!(
            ValueCell::parse("2024年12月").target,
            Target::Date(_)
        ));
        assert_eq!(ValueCell::parse("2024").target, num("2024"));
    }

    #[test]
    fn operator_alone_is_no_target() {
        let c = ValueCell::parse(">=");
        assert_eq!((c.target, c.operator), (Target::Empty, Some(Operator::Ge)));
    }
}
