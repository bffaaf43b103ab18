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
        // What people write after the date: `11月底前到位`, `2020年全年。`, `9月前完成`.
        let mut c = c.trim_end_matches(['。', '.', '；', ';', '，', ',']);
        for verb in ["到位", "完成", "完工", "结束", "办结", "支付", "实施"] {
            if let Some(rest) = c.strip_suffix(verb) {
                c = rest;
                break;
            }
        }
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

/// A span of time written as a target or deadline: `2024年1月-12月`, `2024.03-2025.02`,
/// `2020年1月--2020年11月`, `2021.1.1-12.31`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub from: Deadline,
    /// The end; its year is the start's when it does not say.
    pub to: Deadline,
}

impl Period {
    /// Parses a span; `None` when the text is not two dates joined by a dash, `至` or `~`.
    pub fn parse(s: &str) -> Option<Period> {
        let c = crate::text::compact(s);
        for sep in ["--", "——", "—", "－", "-", "~", "～", "至", "到"] {
            if let Some((a, b)) = c.split_once(sep) {
                // `2024-12-31` is one date, not a span.
                if sep == "-" && Deadline::parse(&c).is_some() {
                    return None;
                }
                let from = Deadline::parse(a)?;
                let mut to = Deadline::parse(b)?;
                if to.year.is_none() {
                    to.year = from.year;
                }
                return Some(Period { from, to });
            }
        }
        None
    }
}

impl Period {
    /// The spelling portals store: `2024年1月-2024年12月`.
    pub fn canonical(&self) -> String {
        format!("{}-{}", self.from.canonical(), self.to.canonical())
    }
}

/// The date Excel numbers `serial` (days since 1899-12-30, the count a date cell shows when it
/// loses its format: 44561 is 2021-12-31).
pub fn from_excel_serial(serial: i64) -> Deadline {
    // Days since 1970-01-01, then the civil date (Howard Hinnant's days_from_civil inverse).
    let z = serial - 25_569 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    Deadline {
        year: Some(year),
        month,
        day: Some(day),
    }
}

/// A deadline cell's date: the date, or the end of a span.
pub fn parse_end(s: &str) -> Option<Deadline> {
    Deadline::parse(s).or_else(|| Period::parse(s).map(|p| p.to))
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
    fn dates_as_people_write_them() {
        assert_eq!(Deadline::parse("2024.12"), ym(2024, 12));
        assert_eq!(Deadline::parse("2024年6月底前"), ym(2024, 6));
        assert_eq!(Deadline::parse("2025年年底前"), ym(2025, 12));
        assert_eq!(Deadline::parse("2020年全年。"), ym(2020, 12));
        assert_eq!(
            Deadline::parse("11月底前到位"),
            Some(Deadline {
                year: None,
                month: 11,
                day: None
            })
        );
        let p = Period::parse("2024年1月-12月").unwrap();
        assert_eq!((Some(p.from), Some(p.to)), (ym(2024, 1), ym(2024, 12)));
        let p = Period::parse("2024.03-2025.02").unwrap();
        assert_eq!((Some(p.from), Some(p.to)), (ym(2024, 3), ym(2025, 2)));
        let p = Period::parse("2020年1月--2020年11月").unwrap();
        assert_eq!(Some(p.to), ym(2020, 11));
        assert_eq!(Period::parse("2024-12-31"), None);
        assert_eq!(parse_end("2024年1月-6月"), ym(2024, 6));
        assert_eq!(Period::parse("18—54周岁"), None);
        assert_eq!(from_excel_serial(44_561).canonical(), "2021年12月31日");
        assert_eq!(from_excel_serial(45_657).canonical(), "2024年12月31日");
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
