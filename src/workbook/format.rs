//! Numbers as the cell shows them: a cell's value through its number format code
//! (`0%`, `#,##0.00`, `yyyy"年"m"月"d"日"`, `General`), the text a copy from Excel gives.
//!
//! What is shown: digits rounded half away from zero at the format's decimals, from the
//! shortest decimal that reads back as the stored float (so `125.07` is `125.07`, never
//! `125.06999999999999`); percent (×100 per `%`), thousands separators, trailing-comma
//! scaling, quoted and escaped literals, `[$¥-804]` currency symbols, the sections for
//! negative numbers and zero, scientific notation; dates and times from their serial
//! (1900 or 1904 system, with Excel's 1900-02-29). `General` shows up to 15 significant
//! digits, as Excel does. Fractions (`# ?/?`) and `[DBNum]` Chinese numerals are shown as
//! `General` would.

use calamine::{ExcelDateTime, ExcelDateTimeType};
use rust_decimal::{Decimal, RoundingStrategy};
use std::str::FromStr;

/// The format code of a built-in number format id (ECMA-376 18.8.30, and the ids a Chinese
/// Excel uses for its dates and times). Id 14, the locale's short date, is ISO here.
pub fn builtin(id: u32) -> Option<&'static str> {
    Some(match id {
        0 => "General",
        1 => "0",
        2 => "0.00",
        3 => "#,##0",
        4 => "#,##0.00",
        5 | 6 => "#,##0;-#,##0",
        7 | 8 => "#,##0.00;-#,##0.00",
        9 => "0%",
        10 => "0.00%",
        11 => "0.00E+00",
        12 => "# ?/?",
        13 => "# ??/??",
        14 => "yyyy-mm-dd",
        15 => "d-mmm-yy",
        16 => "d-mmm",
        17 => "mmm-yy",
        18 => "h:mm AM/PM",
        19 => "h:mm:ss AM/PM",
        20 => "h:mm",
        21 => "h:mm:ss",
        22 => "yyyy-mm-dd h:mm",
        27 | 36 | 50 | 52 | 57 => "yyyy\"年\"m\"月\"",
        28 | 29 | 51 | 53 | 54 | 58 => "m\"月\"d\"日\"",
        30 => "m-d-yy",
        31 => "yyyy\"年\"m\"月\"d\"日\"",
        32 => "h\"时\"mm\"分\"",
        33 => "h\"时\"mm\"分\"ss\"秒\"",
        34 | 55 => "上午/下午h\"时\"mm\"分\"",
        35 | 56 => "上午/下午h\"时\"mm\"分\"ss\"秒\"",
        37 | 38 => "#,##0 ;(#,##0)",
        39 | 40 => "#,##0.00;(#,##0.00)",
        45 => "mm:ss",
        46 => "[h]:mm:ss",
        47 => "mm:ss.0",
        48 => "##0.0E+0",
        49 => "@",
        _ => return None,
    })
}

/// A number as a cell with format `code` shows it; `date1904` for workbooks in the 1904
/// date system.
pub fn format(value: f64, code: &str, date1904: bool) -> String {
    NumberFormat::parse(code).show(value, date1904)
}

/// A number format code, read once for the many cells that share it.
#[derive(Clone, Debug, PartialEq)]
pub struct NumberFormat {
    sections: Vec<Vec<Token>>,
}

impl NumberFormat {
    pub fn parse(code: &str) -> NumberFormat {
        NumberFormat {
            sections: split_sections(code).into_iter().map(tokenize).collect(),
        }
    }

    /// True for a format that shows dates or times.
    pub fn is_date(&self) -> bool {
        self.sections
            .first()
            .is_some_and(|s| s.iter().any(Token::is_date))
    }

    /// `value` as a cell with this format shows it.
    pub fn show(&self, value: f64, date1904: bool) -> String {
        if !value.is_finite() {
            return general(value);
        }
        // Positive; negative; zero; text. A negative number shown by its own section loses
        // its sign (the section writes it, as in `(#,##0)`).
        let s = &self.sections;
        let (tokens, value) = match s.len() {
            0 => return general(value),
            1 => (&s[0], value),
            _ if value < 0.0 => (&s[1], -value),
            n if value == 0.0 && n > 2 => (&s[2], value),
            _ => (&s[0], value),
        };
        if tokens.iter().any(Token::is_date) {
            date(value, tokens, date1904)
        } else {
            number(value, tokens)
        }
    }
}

/// `General`: up to 15 significant digits, no float noise, no trailing zeros; scientific
/// beyond what a cell shows in full.
pub fn general(value: f64) -> String {
    if value.is_nan() {
        return "#NUM!".into();
    }
    if value.is_infinite() {
        return "#NUM!".into();
    }
    if value == 0.0 {
        return "0".into();
    }
    let e = format!("{:.14e}", value);
    let (mantissa, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let negative = mantissa.starts_with('-');
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.trim_end_matches('0');
    let digits = if digits.is_empty() { "0" } else { digits };
    let sign = if negative { "-" } else { "" };
    if !(-10..15).contains(&exp) {
        let (head, tail) = digits.split_at(1);
        let tail = if tail.is_empty() {
            String::new()
        } else {
            format!(".{tail}")
        };
        let es = if exp < 0 { '-' } else { '+' };
        return format!("{sign}{head}{tail}E{es}{:02}", exp.abs());
    }
    let point = exp + 1; // digits before the decimal point
    let s = if point <= 0 {
        format!("0.{}{digits}", "0".repeat((-point) as usize))
    } else if point as usize >= digits.len() {
        format!("{digits}{}", "0".repeat(point as usize - digits.len()))
    } else {
        let (a, b) = digits.split_at(point as usize);
        format!("{a}.{b}")
    };
    format!("{sign}{s}")
}

fn split_sections(code: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut start, mut quoted, mut bracket, mut escaped) = (0, false, false, false);
    for (i, ch) in code.char_indices() {
        if escaped {
            escaped = false;
            continue;
        }
        match ch {
            '\\' if !quoted => escaped = true,
            '"' => quoted = !quoted,
            '[' if !quoted => bracket = true,
            ']' if !quoted => bracket = false,
            ';' if !quoted && !bracket => {
                out.push(&code[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&code[start..]);
    out
}

#[derive(Clone, Debug, PartialEq)]
enum Token {
    Literal(String),
    /// `0`, `#` or `?`.
    Digit(char),
    Point,
    Comma,
    Percent,
    /// `E+` / `E-`.
    Exponent(bool),
    General,
    Text,
    /// A run of date letters (`yyyy`, `m`, `dd`, `hh`, `ss`), lower-cased.
    Date(String),
    /// `[h]`, `[mm]`, `[ss]`.
    Elapsed(String),
    /// `AM/PM`, `A/P`, `上午/下午`: the 12-hour clock.
    AmPm(&'static str, &'static str),
    /// `.0` after seconds: fractions of a second (counted digits).
    SecondFraction(usize),
}

impl Token {
    fn is_date(&self) -> bool {
        matches!(
            self,
            Token::Date(_) | Token::Elapsed(_) | Token::AmPm(..) | Token::SecondFraction(_)
        )
    }
}

fn tokenize(section: &str) -> Vec<Token> {
    let chars: Vec<char> = section.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let lit = |out: &mut Vec<Token>, s: &str| match out.last_mut() {
        Some(Token::Literal(l)) => l.push_str(s),
        _ => out.push(Token::Literal(s.to_string())),
    };
    // Whether the text at `i` starts with `word`, ignoring ASCII case.
    let at = |i: usize, word: &str| {
        let n = word.chars().count();
        i + n <= chars.len()
            && chars[i..i + n]
                .iter()
                .zip(word.chars())
                .all(|(a, b)| a.to_ascii_lowercase() == b)
    };
    while i < chars.len() {
        let c = chars[i];
        match c {
            '"' => {
                let end = chars[i + 1..]
                    .iter()
                    .position(|&c| c == '"')
                    .map_or(chars.len(), |p| i + 1 + p);
                let s: String = chars[i + 1..end].iter().collect();
                lit(&mut out, &s);
                i = end + 1;
            }
            '\\' => {
                if let Some(&next) = chars.get(i + 1) {
                    lit(&mut out, &next.to_string());
                }
                i += 2;
            }
            '_' => {
                lit(&mut out, " ");
                i += 2;
            }
            '*' => i += 2,
            '[' => {
                let end = chars[i..]
                    .iter()
                    .position(|&c| c == ']')
                    .map_or(chars.len(), |p| i + p);
                let inner: String = chars[i + 1..end].iter().collect();
                let l = inner.to_lowercase();
                if let Some(currency) = inner.strip_prefix('$') {
                    // [$¥-804]: the symbol before the locale id.
                    let symbol = currency.split('-').next().unwrap_or("");
                    lit(&mut out, symbol);
                } else if !l.is_empty() && l.chars().all(|c| matches!(c, 'h' | 'm' | 's')) {
                    out.push(Token::Elapsed(l));
                }
                i = end + 1;
            }
            'G' | 'g' if at(i, "general") => {
                out.push(Token::General);
                i += 7;
            }
            'A' | 'a' if at(i, "am/pm") => {
                out.push(Token::AmPm("AM", "PM"));
                i += 5;
            }
            'A' | 'a' if at(i, "a/p") => {
                out.push(Token::AmPm("A", "P"));
                i += 3;
            }
            '上' if at(i, "上午/下午") => {
                out.push(Token::AmPm("上午", "下午"));
                i += 5;
            }
            '0' | '#' | '?' => {
                // `.0` right after seconds is a fraction of a second, not a number.
                if let (Some(Token::Point), true) = (out.last(), c == '0') {
                    let after_seconds = out.len() >= 2
                        && matches!(&out[out.len() - 2], Token::Date(d) if d.starts_with('s'));
                    if after_seconds {
                        out.pop();
                        let n = chars[i..].iter().take_while(|&&c| c == '0').count();
                        out.push(Token::SecondFraction(n));
                        i += n;
                        continue;
                    }
                }
                out.push(Token::Digit(c));
                i += 1;
            }
            '.' => {
                out.push(Token::Point);
                i += 1;
            }
            ',' => {
                out.push(Token::Comma);
                i += 1;
            }
            '%' => {
                out.push(Token::Percent);
                i += 1;
            }
            'E' | 'e' if matches!(chars.get(i + 1), Some('+') | Some('-')) => {
                out.push(Token::Exponent(chars[i + 1] == '-'));
                i += 2;
            }
            '@' => {
                out.push(Token::Text);
                i += 1;
            }
            _ if matches!(c.to_ascii_lowercase(), 'y' | 'm' | 'd' | 'h' | 's' | 'e') => {
                let l = c.to_ascii_lowercase();
                let n = chars[i..]
                    .iter()
                    .take_while(|x| x.to_ascii_lowercase() == l)
                    .count();
                // `e` is the year in some locales.
                let l = if l == 'e' { 'y' } else { l };
                out.push(Token::Date(l.to_string().repeat(n)));
                i += n;
            }
            _ => {
                lit(&mut out, &c.to_string());
                i += 1;
            }
        }
    }
    out
}

/// The shortest decimal that reads back as `value`.
fn decimal(value: f64) -> Option<Decimal> {
    Decimal::from_str(&format!("{value}")).ok()
}

fn number(value: f64, tokens: &[Token]) -> String {
    if tokens.is_empty() {
        return general(value);
    }
    if !tokens.iter().any(|t| matches!(t, Token::Digit(_))) {
        // General, text, or literals only (a section that shows `-` for zero).
        let mut out = String::new();
        for t in tokens {
            push_plain(&mut out, t, value);
        }
        return out;
    }
    if tokens.iter().any(|t| matches!(t, Token::Exponent(_))) {
        return scientific(value, tokens);
    }
    if tokens
        .iter()
        .any(|t| matches!(t, Token::Literal(l) if l.contains('/')))
        && tokens
            .iter()
            .filter(|t| matches!(t, Token::Digit(_)))
            .count()
            >= 2
    {
        return general(value); // a fraction
    }
    let first = tokens
        .iter()
        .position(|t| matches!(t, Token::Digit(_)))
        .unwrap_or(0);
    let last = tokens
        .iter()
        .rposition(|t| matches!(t, Token::Digit(_)))
        .unwrap_or(0);
    let point = tokens[first..=last]
        .iter()
        .position(|t| *t == Token::Point)
        .map(|p| p + first);
    let int_end = point.unwrap_or(last + 1);
    let int_digits: Vec<char> = tokens[first..int_end]
        .iter()
        .filter_map(|t| match t {
            Token::Digit(c) => Some(*c),
            _ => None,
        })
        .collect();
    let frac_digits: Vec<char> = match point {
        Some(p) => tokens[p..=last]
            .iter()
            .filter_map(|t| match t {
                Token::Digit(c) => Some(*c),
                _ => None,
            })
            .collect(),
        None => Vec::new(),
    };
    let thousands = tokens[first..int_end].contains(&Token::Comma);
    // Commas right after the last integer digit (and before the point) divide by 1000.
    let scale = tokens[..int_end]
        .iter()
        .rev()
        .take_while(|t| **t == Token::Comma)
        .count()
        + if point.is_none() {
            tokens[last + 1..]
                .iter()
                .take_while(|t| **t == Token::Comma)
                .count()
        } else {
            0
        };
    let thousands = thousands
        && tokens[first..int_end]
            .iter()
            .rev()
            .skip_while(|t| **t == Token::Comma)
            .any(|t| *t == Token::Comma);
    let percents = tokens.iter().filter(|t| **t == Token::Percent).count();

    let Some(mut d) = decimal(value.abs()) else {
        return general(value);
    };
    for _ in 0..percents {
        d *= Decimal::ONE_HUNDRED;
    }
    for _ in 0..scale {
        d /= Decimal::ONE_THOUSAND;
    }
    let d = d.round_dp_with_strategy(
        frac_digits.len() as u32,
        RoundingStrategy::MidpointAwayFromZero,
    );
    let text = format!("{:.*}", frac_digits.len(), d);
    let (int_part, frac_part) = text.split_once('.').unwrap_or((&text, ""));
    // Integer part: `0` placeholders are the minimum digits; `#` and `?` show nothing for 0.
    let min_int = int_digits.iter().filter(|&&c| c == '0').count();
    let mut int_part = int_part.trim_start_matches('0').to_string();
    if int_part.len() < min_int {
        int_part = format!("{}{int_part}", "0".repeat(min_int - int_part.len()));
    }
    if thousands && int_part.len() > 3 {
        let bytes = int_part.as_bytes();
        let mut grouped = String::new();
        for (k, b) in bytes.iter().enumerate() {
            if k > 0 && (bytes.len() - k) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(*b as char);
        }
        int_part = grouped;
    }
    // Fraction: `0` always shown, `#` dropped when a trailing zero, `?` a space.
    let mut frac: Vec<char> = frac_part.chars().collect();
    while let (Some('0'), Some(&p)) = (frac.last(), frac_digits.get(frac.len().wrapping_sub(1))) {
        match p {
            '#' => {
                frac.pop();
            }
            '?' => {
                frac.pop();
                frac.push(' ');
                break;
            }
            _ => break,
        }
    }
    let frac: String = frac.into_iter().collect();
    let mut shown = int_part;
    if point.is_some() && (!frac.is_empty() || frac_digits.is_empty()) {
        shown.push('.');
        shown.push_str(frac.trim_end());
    }
    let negative = value < 0.0 && !d.is_zero();
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    for t in &tokens[..first] {
        push_plain(&mut out, t, value);
    }
    out.push_str(&shown);
    for t in &tokens[last + 1..] {
        push_plain(&mut out, t, value);
    }
    out
}

fn push_plain(out: &mut String, t: &Token, value: f64) {
    match t {
        Token::Literal(s) => out.push_str(s),
        Token::Percent => out.push('%'),
        Token::General | Token::Text => out.push_str(&general(value)),
        _ => {}
    }
}

fn scientific(value: f64, tokens: &[Token]) -> String {
    let exp_at = tokens
        .iter()
        .position(|t| matches!(t, Token::Exponent(_)))
        .unwrap_or(0);
    let frac = match tokens[..exp_at].iter().position(|t| *t == Token::Point) {
        Some(p) => tokens[p..exp_at]
            .iter()
            .filter(|t| matches!(t, Token::Digit(_)))
            .count(),
        None => 0,
    };
    let exp_digits = tokens[exp_at..]
        .iter()
        .filter(|t| matches!(t, Token::Digit(_)))
        .count()
        .max(1);
    let plus = matches!(tokens[exp_at], Token::Exponent(false));
    let e = format!("{:.*e}", frac, value);
    let (m, x) = e.split_once('e').unwrap_or((&e, "0"));
    let x: i32 = x.parse().unwrap_or(0);
    let sign = if x < 0 {
        "-"
    } else if plus {
        "+"
    } else {
        ""
    };
    format!("{m}E{sign}{:0width$}", x.abs(), width = exp_digits)
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const DAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];

fn date(value: f64, tokens: &[Token], date1904: bool) -> String {
    let frac_digits = tokens
        .iter()
        .find_map(|t| match t {
            Token::SecondFraction(n) => Some(*n),
            _ => None,
        })
        .unwrap_or(0);
    // Round to what is shown: whole seconds, or the fraction's digits.
    let unit = 86_400.0 * 10f64.powi(frac_digits as i32);
    let rounded = (value * unit).round() / unit;
    let dt = ExcelDateTime::new(rounded, ExcelDateTimeType::DateTime, date1904);
    let (y, mo, d, h, mi, s, ms) = dt.to_ymd_hms_milli();
    let twelve = tokens.iter().any(|t| matches!(t, Token::AmPm(..)));
    // Day of the week: serial 1 (1900-01-01) was a Sunday in Excel's count (its 1900-02-29
    // included); the 1904 system starts 1462 days later.
    let serial_day = rounded.floor() as i64 + if date1904 { 1462 } else { 0 };
    let weekday = (serial_day + 6).rem_euclid(7) as usize;
    let mut out = String::new();
    for (k, t) in tokens.iter().enumerate() {
        match t {
            Token::Literal(l) => out.push_str(l),
            Token::Date(run) => {
                let n = run.len();
                // `m` is minutes right after hours or right before seconds.
                let minutes = run.starts_with('m') && n <= 2 && {
                    let before = tokens[..k]
                        .iter()
                        .rev()
                        .find(|t| !matches!(t, Token::Literal(_)));
                    let after = tokens[k + 1..]
                        .iter()
                        .find(|t| !matches!(t, Token::Literal(_)));
                    matches!(before, Some(Token::Date(b)) if b.starts_with('h'))
                        || matches!(before, Some(Token::Elapsed(b)) if b.starts_with('h'))
                        || matches!(after, Some(Token::Date(a)) if a.starts_with('s'))
                };
                match run.as_bytes()[0] {
                    b'y' if n <= 2 => out.push_str(&format!("{:02}", y % 100)),
                    b'y' => out.push_str(&format!("{y:04}")),
                    b'm' if minutes => out.push_str(&pad(mi as i64, n)),
                    b'm' if n <= 2 => out.push_str(&pad(mo as i64, n)),
                    b'm' => {
                        let name = MONTHS[(mo as usize).clamp(1, 12) - 1];
                        match n {
                            3 => out.push_str(&name[..3]),
                            5 => out.push_str(&name[..1]),
                            _ => out.push_str(name),
                        }
                    }
                    b'd' if n <= 2 => out.push_str(&pad(d as i64, n)),
                    b'd' if n == 3 => out.push_str(&DAYS[weekday][..3]),
                    b'd' => out.push_str(DAYS[weekday]),
                    b'h' => {
                        let h = if twelve {
                            match h % 12 {
                                0 => 12,
                                x => x,
                            }
                        } else {
                            h
                        };
                        out.push_str(&pad(h as i64, n))
                    }
                    b's' => out.push_str(&pad(s as i64, n)),
                    _ => out.push_str(run),
                }
            }
            Token::Elapsed(run) => {
                let total = (rounded * 86_400.0).round() as i64;
                let v = match run.as_bytes()[0] {
                    b'h' => total / 3600,
                    b'm' => total / 60,
                    _ => total,
                };
                out.push_str(&pad(v, run.len()));
            }
            Token::AmPm(am, pm) => out.push_str(if h < 12 { am } else { pm }),
            Token::SecondFraction(n) => {
                let f = format!("{:03}", ms);
                out.push('.');
                out.push_str(&f[..(*n).min(3)]);
            }
            Token::Point => out.push('.'),
            Token::Comma => out.push(','),
            Token::Percent => out.push('%'),
            Token::Digit(c) => out.push(*c),
            Token::General | Token::Text => out.push_str(&general(value)),
            Token::Exponent(_) => {}
        }
    }
    out
}

fn pad(v: i64, width: usize) -> String {
    format!("{v:0width$}", width = width.min(2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn general_has_no_float_noise() {
        for (v, s) in [
            (125.07, "125.07"),
            (0.1 + 0.2, "0.3"),
            (100.0, "100"),
            (-3.5, "-3.5"),
            (1250700.0, "1250700"),
            (0.000123, "0.000123"),
            (6.7, "6.7"),
            (1e20, "1E+20"),
            (123456789012345.0, "123456789012345"),
        ] {
            assert_eq!(general(v), s, "{v}");
            assert_eq!(format(v, "General", false), s, "{v}");
        }
    }

    #[test]
    fn percentages_and_decimals() {
        for (v, code, s) in [
            (0.95, "0%", "95%"),
            (1.0, "0%", "100%"),
            (0.955, "0.0%", "95.5%"),
            (0.9555, "0.00%", "95.55%"),
            (0.125, "0%", "13%"),
            (125.07, "0.00", "125.07"),
            (125.0, "0.00", "125.00"),
            (125.075, "0.00", "125.08"),
            (1250700.0, "#,##0.00", "1,250,700.00"),
            (1250700.0, "#,##0", "1,250,700"),
            (12.5, "0", "13"),
            (-12.5, "0", "-13"),
            (0.5, "#.00", ".50"),
            (3.1, "0.0#", "3.1"),
            (2.34567, "0.0#", "2.35"),
            (1234567.0, "#,##0,", "1,235"),
            (1250.7, "¥#,##0.00", "¥1,250.70"),
            (1250.7, "[$¥-804]#,##0.00", "¥1,250.70"),
            (-1250.7, "#,##0.00;(#,##0.00)", "(1,250.70)"),
            (-5.0, "#,##0.00_);[Red](#,##0.00)", "(5.00)"),
            (0.0, "0.00;-0.00;\"-\"", "-"),
            (60.0, "0\"万元\"", "60万元"),
            (7.2, "@", "7.2"),
            (12345.0, "0.00E+00", "1.23E+04"),
        ] {
            assert_eq!(format(v, code, false), s, "{v} {code}");
        }
    }

    #[test]
    fn dates_as_the_format_says() {
        // 2024-12-31 is serial 45657.
        for (v, code, s) in [
            (45657.0, "yyyy-mm-dd", "2024-12-31"),
            (45657.0, "yyyy\"年\"m\"月\"d\"日\"", "2024年12月31日"),
            (45657.0, "yyyy\"年\"m\"月\"", "2024年12月"),
            (45657.0, "[$-804]yyyy\"年\"mm\"月\"", "2024年12月"),
            (45657.0, "m/d/yyyy", "12/31/2024"),
            (45657.0, "d-mmm-yy", "31-Dec-24"),
            (45657.0, "yyyy/m/d dddd", "2024/12/31 Tuesday"),
            (45657.75, "yyyy-mm-dd hh:mm:ss", "2024-12-31 18:00:00"),
            (45657.75, "h:mm AM/PM", "6:00 PM"),
            (0.5, "[h]:mm:ss", "12:00:00"),
            (60.0, "yyyy-mm-dd", "1900-02-29"),
        ] {
            assert_eq!(format(v, code, false), s, "{v} {code}");
        }
        // The 1904 system counts from 1904-01-01.
        assert_eq!(format(44195.0, "yyyy-mm-dd", true), "2024-12-31");
        for id in [14, 22, 27, 28, 31, 57, 58] {
            assert!(!format(45657.0, builtin(id).unwrap(), false).contains("45657"));
        }
        assert_eq!(format(45657.0, builtin(14).unwrap(), false), "2024-12-31");
        assert_eq!(
            format(45657.0, builtin(31).unwrap(), false),
            "2024年12月31日"
        );
    }
}
