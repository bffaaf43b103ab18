//! The target value column (指标值).
//!
//! A value cell holds a number (`95`), a number with its unit (`95%`), an operator, number and
//! unit together (`≥95%`, `≤90万元`), the operator after the number or in words (`90%以上`,
//! `5元以下`, `3个以内`, `不低于95%`, `±3%以内`), a copula before it (`为95%`, `达到98%`),
//! the unit in words (`≥100百分比`), a date or a span for timeliness targets (`12月31日前`,
//! `2024年1月-12月`), qualitative text (`平稳运行`, `足额保障`), only a unit where the number
//! was never written (`公里`, `≧ %`), or a leftover from a template (`**`, `xx`, `……`).
//! [`ValueCell::parse`] splits and classifies it once; rules read [`Target`].

use crate::amount::parse_decimal;
use crate::deadline::{Deadline, Period};
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
    /// A span of time (`2024年1月-12月`).
    Period(Period),
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
        // A sentence's end is not part of the value: `15万元。`.
        let c = compact.trim_end_matches(['。', '；', ';', '，', ',']);
        if c.is_empty() {
            return cell;
        }
        if is_placeholder(c) {
            cell.target = Target::Placeholder;
            cell.operator = Operator::split_prefix(c).map(|(op, _)| op);
            return cell;
        }
        // A deadline-like value is a date, not a number followed by the unit 年.
        if looks_like_date(c) {
            if let Some(d) = Deadline::parse(c) {
                cell.target = Target::Date(d);
                return cell;
            }
            if let Some(p) = Period::parse(c) {
                cell.target = Target::Period(p);
                return cell;
            }
        }
        let c = strip_copula(c);
        let (mut operator, rest) = match Operator::split_prefix(c) {
            Some((Operator::Qualitative, _)) | None => (None, c),
            Some((op, rest)) => (Some(op), rest),
        };
        // `±3%以内`: within three either way, an upper bound on the deviation.
        let rest = match rest.strip_prefix(['±', '+']) {
            Some(r) if rest.starts_with('±') => {
                operator = operator.or(Some(Operator::Le));
                r
            }
            _ => rest,
        };
        // An operator after the number: `90%以上`, `5元以下`, `3个以内`.
        let (rest, after) = split_postfix(rest);
        // A number may be followed by a unit; an internal space between digits is not allowed.
        let split = rest
            .find(|ch: char| !(ch.is_ascii_digit() || matches!(ch, '.' | ',' | '-' | '+')))
            .unwrap_or(rest.len());
        let (number, unit) = rest.split_at(split);
        // `18—54周岁`: a range of numbers, which no single comparison states.
        let range = unit
            .trim_start_matches(['—', '－', '-', '~', '～', '至', '到'])
            .starts_with(|ch: char| ch.is_ascii_digit())
            && unit != unit.trim_start_matches(['—', '－', '-', '~', '～', '至', '到']);
        match parse_decimal(number) {
            Some(n)
                if !range
                    && !digits_split_by_space(&crate::text::clean_cow(s))
                    && could_be_unit(unit) =>
            {
                cell.target = Target::Number(n);
                cell.operator = operator.or(after);
                cell.unit = (!unit.is_empty()).then(|| unit.to_string());
            }
            _ if rest.is_empty() && (operator.is_some() || after.is_some()) => {
                // The cell holds only an operator: nothing for a target.
                cell.operator = operator.or(after);
            }
            // Only a unit, the number never written: `公里`, `≧ %`.
            _ if number.is_empty() && is_known_unit(unit) => {
                cell.operator = operator.or(after);
                cell.unit = Some(unit.to_string());
            }
            _ => cell.target = Target::Text(crate::text::clean(s)),
        }
        cell
    }
}

/// A copula before a number (`为95%`, `是20%`, `达到98%`), which says nothing.
fn strip_copula(c: &str) -> &str {
    for copula in ["达到", "为", "是", "达"] {
        if let Some(rest) = c.strip_prefix(copula) {
            if rest.starts_with(|ch: char| ch.is_ascii_digit())
                || Operator::split_prefix(rest).is_some_and(|(op, _)| op.is_quantitative())
            {
                return rest;
            }
        }
    }
    c
}

/// Splits an operator written after the value off its end: `90%以上` → (`90%`, ≥).
fn split_postfix(c: &str) -> (&str, Option<Operator>) {
    const POSTFIX: &[(&str, Operator)] = &[
        ("及以上", Operator::Ge),
        ("以上", Operator::Ge),
        ("及以下", Operator::Le),
        ("以下", Operator::Le),
        ("以内", Operator::Le),
        ("之内", Operator::Le),
        ("内", Operator::Le),
        ("左右", Operator::Eq),
    ];
    for (word, op) in POSTFIX {
        if let Some(rest) = c.strip_suffix(word) {
            // Only after a number or its unit: `以上` alone or `年内` is something else.
            if rest.contains(|ch: char| ch.is_ascii_digit()) {
                return (rest, Some(*op));
            }
        }
    }
    (c, None)
}

/// Whether the text after a number could be its unit: short, with no clause of its own
/// (`6月份完成宣传片制作;9月份完成文本` is a schedule, not 6 of something).
fn could_be_unit(u: &str) -> bool {
    let u = u.trim_end_matches(['。', '；', ';', '，', ',']);
    is_known_unit(u)
        || (u.chars().count() <= 8
            && !u.contains([';', '；', '，', '。', '、'])
            && !u.chars().any(|c| c.is_ascii_digit()))
}

/// True for a unit the model knows (not free text).
fn is_known_unit(u: &str) -> bool {
    !u.is_empty()
        && !matches!(
            crate::unit::Unit::parse(u),
            None | Some(crate::unit::Unit::Other(_))
        )
}

/// Template leftovers: `*`, `_`, `-`, `……`, `xx`, `××`, `XX`, `○○`, alone or around an operator and unit
/// (`≥**%`).
fn is_placeholder(c: &str) -> bool {
    let body = Operator::split_prefix(c).map_or(c, |(_, rest)| rest);
    let body = body.trim_end_matches(['%', '‰']);
    if body.is_empty() {
        return false;
    }
    if body.starts_with(|c: char| c.is_ascii_digit()) {
        // A number first: only stars among its digits are left over (`1**`); after it, `*`
        // joins units (`元/人*月`).
        let number: String = body
            .chars()
            .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '*' | '×'))
            .collect();
        return number.contains(['*', '×']);
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
    c.contains(['年', '月', '日', '/'])
        || c.contains("季度")
        || (c.contains(['-', '—', '－', '~', '～', '至']) && c.len() >= 6)
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
    fn a_schedule_is_text_not_a_number_and_unit() {
        let c = ValueCell::parse("6月份完成宣传片制作;9月份完成文本;11月完成专家评审");
        assert!(matches!(c.target, Target::Text(_)), "{:?}", c.target);
        let c = ValueCell::parse("100%。");
        assert_eq!(c.target, num("100"));
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
        for s in [
            "**",
            "≥**%",
            "xx",
            "XX",
            "……",
            "-",
            "--",
            "___",
            "××",
            "1**",
            "≤****000元",
        ] {
            assert_eq!(ValueCell::parse(s).target, Target::Placeholder, "{s}");
        }
        // `*` between units multiplies: 元 per person per month.
        assert_eq!(ValueCell::parse(">=530元/人*月").target, num("530"));
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
    fn values_as_people_write_them() {
        let split = |s: &str| {
            let c = ValueCell::parse(s);
            (c.target, c.operator, c.unit)
        };
        let ge = Some(Operator::Ge);
        let le = Some(Operator::Le);
        let pct = Some("%".to_string());
        assert_eq!(split("90%以上"), (num("90"), ge, pct.clone()));
        assert_eq!(split("95%及以上"), (num("95"), ge, pct.clone()));
        assert_eq!(split("5元以下"), (num("5"), le, Some("元".into())));
        assert_eq!(split("3个以内"), (num("3"), le, Some("个".into())));
        assert_eq!(split("±3%以内"), (num("3"), le, pct.clone()));
        assert_eq!(split("不低于95%"), (num("95"), ge, pct.clone()));
        assert_eq!(split("不超过90万元"), (num("90"), le, Some("万元".into())));
        assert_eq!(
            split("大于90%"),
            (num("90"), Some(Operator::Gt), pct.clone())
        );
        assert_eq!(split("为95%"), (num("95"), None, pct.clone()));
        assert_eq!(split("达到98%以上"), (num("98"), ge, pct.clone()));
        assert_eq!(split("是20%"), (num("20"), None, pct.clone()));
        assert_eq!(split("≥100百分比"), (num("100"), ge, Some("百分比".into())));
        assert_eq!(
            split("=300天"),
            (num("300"), Some(Operator::Eq), Some("天".into()))
        );
        assert_eq!(split("15万元。"), (num("15"), None, Some("万元".into())));
        // Only a unit: the number was never written.
        assert_eq!(split("公里"), (Target::Empty, None, Some("公里".into())));
        assert_eq!(split("≧ %"), (Target::Empty, Some(Operator::Ge), pct));
        // Dates and spans.
        assert!(matches!(split("2024年1月-12月").0, Target::Period(_)));
        assert!(matches!(split("2024.03-2025.02").0, Target::Period(_)));
        assert!(matches!(split("11月底前到位").0, Target::Date(_)));
        assert!(matches!(split("2024年6月底前").0, Target::Date(_)));
        // Words that are not values stay text.
        assert!(matches!(split("是").0, Target::Text(_)));
        assert!(matches!(split("有所提升").0, Target::Text(_)));
        assert!(matches!(split("18—54周岁").0, Target::Text(_)));
    }

    #[test]
    fn operator_alone_is_no_target() {
        let c = ValueCell::parse(">=");
        assert_eq!((c.target, c.operator), (Target::Empty, Some(Operator::Ge)));
    }
}
