//! Deadlines (完成时限): a year and month, sometimes a day.
//!
//! Portals store `2024年12月`; people type `2024 年 12 月`, `2024-12`, `2024.12`, `2024/12/31`,
//! `2024年12月31日前`, `12月31日前`, `年底前`. All of them parse here; rules compare the typed
//! year with the budget year and never look at the text.

use crate::text::push_int;

/// The years a deadline may name.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

/// A parsed deadline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Deadline {
    /// `None` when the text gave no year (`12月31日前`, `年底前`): the budget year is meant.
    pub year: Option<i32>,
    pub month: u8,
    pub day: Option<u8>,
}

impl Deadline {
    /// Parses a deadline cell. `None` when the text is not a date this module knows.
    pub fn parse(s: &str) -> Option<Deadline> {
        let c = crate::text::compact(s);
        let c = c.strip_suffix("00:00:00").unwrap_or(&c);
        let mut c = c;
        for suffix in ["之前", "以前", "前", "内", "止"] {
            if let Some(rest) = c.strip_suffix(suffix) {
                c = rest;
                break;
            }
        }
        if c.is_empty() {
            return None;
        }
        let (year, rest) = split_year(c);
        if let Some(year) = year {
            if !YEARS.contains(&year) {
                return None;
            }
        }
        let (month, day) = match rest {
            "底" | "末" | "年底" | "年末" | "度" | "年度" | "全年" | ""
                if year.is_some() || !rest.is_empty() =>
            {
                (12, None)
            }
            _ => month_day(rest)?,
        };
        if !(1..=12).contains(&month) {
            return None;
        }
        if let Some(day) = day {
            if day == 0 || day > days_in_month(year.unwrap_or(2000), month) {
                return None;
            }
        }
        Some(Deadline { year, month, day })
    }

    /// The spelling portals store: `2024年12月` or `2024年12月31日`; with no year, `12月31日`.
    pub fn canonical(&self) -> String {
        // Written in place, digits by hand: `write!` costs more than the rest of a rule's
        // check, and rules ask for this on every row.
        let mut s = String::with_capacity(20);
        if let Some(y) = self.year {
            push_int(&mut s, y.into());
            s.push('年');
        }
        push_int(&mut s, self.month.into());
        s.push('月');
        if let Some(d) = self.day {
            push_int(&mut s, d.into());
            s.push('日');
        }
        s
    }
}

/// Moving a deadline to another year.
impl Deadline {
    /// The same month and day in `year`: what a row copied from last year's table meant.
    /// `None` when that day does not exist in `year` (29 February).
    pub fn in_year(self, year: i32) -> Option<Deadline> {
        // A year no deadline can be written in (a table's year typed as 5701632) gives none.
        if !YEARS.contains(&year) {
            return None;
        }
        if let Some(day) = self.day {
            if day > days_in_month(year, self.month) {
                return None;
            }
        }
        Some(Deadline {
            year: Some(year),
            ..self
        })
    }
}

/// Splits a leading `2024年`, `2024-`, `2024.`, `2024/` (or a bare `2024`) off the text.
fn split_year(c: &str) -> (Option<i32>, &str) {
    let digits = c.bytes().take_while(u8::is_ascii_digit).count();
    if digits != 4 {
        return (None, c);
    }
    let year = c[..4].parse().ok();
    let rest = &c[4..];
    for sep in ["年", "-", ".", "/"] {
        if let Some(r) = rest.strip_prefix(sep) {
            return (year, r);
        }
    }
    (year, rest)
}

/// Parses `12月`, `12月31日`, `12-31`, `12.31`, `12/31`, `12`, `第四季度`.
fn month_day(s: &str) -> Option<(u8, Option<u8>)> {
    if let Some(q) = s.strip_prefix('第').and_then(|r| r.strip_suffix("季度")) {
        let month = match q {
            "一" | "1" => 3,
            "二" | "2" => 6,
            "三" | "3" => 9,
            "四" | "4" => 12,
            _ => return None,
        };
        return Some((month, None));
    }
    let m_len = s.bytes().take_while(u8::is_ascii_digit).count();
    if m_len == 0 || m_len > 2 {
        return None;
    }
    let month: u8 = s[..m_len].parse().ok()?;
    let rest = &s[m_len..];
    let rest = ["月", "-", ".", "/"]
        .iter()
        .find_map(|sep| rest.strip_prefix(sep))
        .unwrap_or(rest);
    let rest = rest.strip_prefix("份").unwrap_or(rest);
    if rest.is_empty() || rest == "底" || rest == "末" {
        return Some((month, None));
    }
    let d_len = rest.bytes().take_while(u8::is_ascii_digit).count();
    if d_len == 0 || d_len > 2 {
        return None;
    }
    let day: u8 = rest[..d_len].parse().ok()?;
    match &rest[d_len..] {
        "" | "日" | "号" => Some((month, Some(day))),
        _ => None,
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_deadline_in_a_year_that_cannot_be_written() {
        let d = Deadline::parse("2024年12月").unwrap();
        assert_eq!(
            d.in_year(2025).map(|d| d.canonical()),
            Some("2025年12月".into())
        );
        assert_eq!(d.in_year(5_701_632), None);
        assert_eq!(d.in_year(1899), None);
    }

    fn ym(y: i32, m: u8) -> Option<Deadline> {
        Some(Deadline {
            year: Some(y),
            month: m,
            day: None,
        })
    }

    #[test]
    fn every_format_in_the_issue() {
        for s in [
            "2024 年 12 月",
            "2024年12月",
            "2024-12",
            "2024.12",
            "2024/12",
            "２０２４年１２月",
        ] {
            assert_eq!(Deadline::parse(s), ym(2024, 12), "{s}");
        }
        let full = Some(Deadline {
            year: Some(2024),
            month: 12,
            day: Some(31),
        });
        for s in [
            "2024年12月31日",
            "2024-12-31",
            "2024.12.31",
            "2024/12/31",
            "2024年12月31日前",
            "2024-12-31 00:00:00",
        ] {
            assert_eq!(Deadline::parse(s), full, "{s}");
        }
    }

    #[test]
    fn year_less_and_year_end_forms() {
        assert_eq!(
            Deadline::parse("12月31日前"),
            Some(Deadline {
                year: None,
                month: 12,
                day: Some(31)
            })
        );
        assert_eq!(
            Deadline::parse("年底前"),
            Some(Deadline {
                year: None,
                month: 12,
                day: None
            })
        );
        assert_eq!(Deadline::parse("2024年底"), ym(2024, 12));
        assert_eq!(Deadline::parse("2024年度"), ym(2024, 12));
        assert_eq!(Deadline::parse("2024年第二季度"), ym(2024, 6));
    }

    #[test]
    fn rejects_impossible_dates() {
        for s in [
            "",
            "2024年13月",
            "2023年2月29日",
            "尽快",
            "12345",
            "2024年12月32日",
            "前",
        ] {
            assert_eq!(Deadline::parse(s), None, "{s}");
        }
        assert!(Deadline::parse("2024年2月29日").is_some());
    }

    #[test]
    fn moves_to_another_year() {
        assert_eq!(
            Deadline::parse("2023 年 12 月").unwrap().in_year(2024),
            ym(2024, 12)
        );
        assert_eq!(
            Deadline::parse("12月31日前")
                .unwrap()
                .in_year(2024)
                .unwrap()
                .canonical(),
            "2024年12月31日"
        );
        assert_eq!(
            Deadline::parse("2024年2月29日").unwrap().in_year(2025),
            None
        );
    }

    #[test]
    fn canonical_spelling() {
        assert_eq!(
            Deadline::parse("2024 年 12 月").unwrap().canonical(),
            "2024年12月"
        );
        assert_eq!(
            Deadline::parse("2024-06-30").unwrap().canonical(),
            "2024年6月30日"
        );
        assert_eq!(
            Deadline::parse("12月31日前").unwrap().canonical(),
            "12月31日"
        );
    }
}
