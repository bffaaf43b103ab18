//! Time progress and the traffic lights of monitoring (LIFECYCLE.md §3.4).

use super::options::LifecycleOptions;
use super::score::Class;
use crate::operator::Operator;
use rust_decimal::Decimal;

/// A monitoring light.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Light {
    /// Ahead: 1.2 times the time progress or more.
    Blue,
    Green,
    Yellow,
    Red,
}

impl Light {
    /// `红灯`, `红`, `red`, …; `None` for anything else.
    pub fn parse(s: &str) -> Option<Light> {
        let c = crate::text::compact(s).to_lowercase();
        Some(match c.trim_end_matches(['灯', '色']) {
            "红" | "red" => Light::Red,
            "黄" | "yellow" => Light::Yellow,
            "绿" | "green" => Light::Green,
            "蓝" | "blue" => Light::Blue,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Light::Blue => "蓝灯",
            Light::Green => "绿灯",
            Light::Yellow => "黄灯",
            Light::Red => "红灯",
        }
    }

    pub fn english(self) -> &'static str {
        match self {
            Light::Blue => "blue",
            Light::Green => "green",
            Light::Yellow => "yellow",
            Light::Red => "red",
        }
    }
}

/// 序时进度 at the end of `month`: month / 12.
pub fn time_progress(month: u32) -> Decimal {
    Decimal::from(month.clamp(1, 12)) / Decimal::from(12)
}

/// The month a monitoring form reports to: `1-7月`, `7月`, `7`, `1~7月` → 7; `None` when the
/// text names no month from 1 to 12.
pub fn month(s: &str) -> Option<u32> {
    let c = crate::text::compact(s);
    let c = c.trim_end_matches(['月', '份']);
    let last = c.rsplit(['-', '~', '～', '—', '－', '至', '到']).next()?;
    let m: u32 = last.trim_end_matches(['月', '份']).parse().ok()?;
    (1..=12).contains(&m).then_some(m)
}

/// The execution light: the rate against time progress; red below the first band, yellow
/// below the second.
pub fn execution(rate: Decimal, month: u32, o: &LifecycleOptions) -> Light {
    let e = rate / time_progress(month);
    band(e, &o.execution_bands, None)
}

fn band(q: Decimal, bands: &[Decimal], blue: Option<Decimal>) -> Light {
    if q < bands[0] {
        Light::Red
    } else if q < bands[1] {
        Light::Yellow
    } else if blue.is_some_and(|b| q >= b) {
        Light::Blue
    } else {
        Light::Green
    }
}

/// A quantitative row's light at `month`. Rows that accumulate over the year (`time_scaled`:
/// counts, benefits, satisfaction — not rates) are compared with the target's share of the year
/// (actual / (target × month/12)); others are green in range, red out of it; 反向 rows are
/// green at or below the target.
pub fn indicator(
    op: Option<Operator>,
    a: Decimal,
    t: Decimal,
    month: u32,
    time_scaled: bool,
    o: &LifecycleOptions,
) -> Light {
    let in_range = |ok: bool| if ok { Light::Green } else { Light::Red };
    match (Class::of(op, true), op) {
        (Class::Reverse, Some(Operator::Lt)) => in_range(a < t),
        (Class::Reverse, _) => in_range(a <= t),
        (Class::Equal, _) if t.is_zero() => in_range(a == t),
        _ if !time_scaled || t <= Decimal::ZERO => in_range(a >= t),
        _ => {
            let standard = t * time_progress(month);
            let q = a / standard;
            let [red, yellow, blue] = o.indicator_bands;
            band(q, &[red, yellow], Some(blue))
        }
    }
}

/// The light a qualitative actual states (达成 green, 部分达成 yellow, 未达成 red).
pub fn qualitative(grade: super::score::QualGrade) -> Light {
    match grade {
        super::score::QualGrade::Met => Light::Green,
        super::score::QualGrade::Partly => Light::Yellow,
        super::score::QualGrade::Unmet => Light::Red,
    }
}

/// Whether a row accumulates over the year and is compared with the time progress: its level
/// 2 in `monitoring.timeScaled` (数量, 效益, 满意度 by default) and its unit not a percentage (a
/// 合格率 does not accumulate).
pub fn is_time_scaled(ind: &crate::indicator::Indicator, o: &LifecycleOptions) -> bool {
    let level2 = match ind.level2.get() {
        Some(l2) => std::borrow::Cow::Borrowed(l2.name()),
        None => crate::text::compact(&ind.raw.level2),
    };
    !ind.is_percent()
        && o.time_scaled
            .iter()
            .any(|s| crate::text::compact(s) == level2)
}

/// The light a monitoring row earns at `month` from its own cells (§3.4): a quantitative row
/// by its actual against the target, a qualitative one by the grade its actual states; `None`
/// when the actual cannot be read so.
pub fn of_row(
    ind: &crate::indicator::Indicator,
    month: u32,
    o: &LifecycleOptions,
) -> Option<Light> {
    use super::score;
    if score::is_quantitative(ind) {
        let (a, t) = (score::actual_number(ind)?, ind.number()?);
        Some(indicator(
            ind.operator.get(),
            a,
            t,
            month,
            is_time_scaled(ind, o),
            o,
        ))
    } else if ind.is_qualitative() {
        score::actual_grade(ind).map(qualitative)
    } else {
        None
    }
}

/// The light a rule tests (§3.4): the one computed from the row when it can be, else the one
/// the form states.
pub fn row_light(
    ind: &crate::indicator::Indicator,
    month: Option<u32>,
    o: &LifecycleOptions,
) -> Option<Light> {
    month
        .and_then(|m| of_row(ind, m, o))
        .or_else(|| Light::parse(ind.progress.as_ref()?.light.as_deref()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn worked_example_d() {
        let o = LifecycleOptions::default();
        // 40.00 / 125.07 = 31.98 % at 7/12 = 58.33 % → 0.548 → red.
        let r = d("40.00") / d("125.07");
        assert_eq!(execution(r, 7, &o), Light::Red);
        // 70.00 / 125.07 = 55.97 % → 0.96 → green.
        assert_eq!(execution(d("70.00") / d("125.07"), 7, &o), Light::Green);
        // 维修数量 = 100 个, 45 by July: 45 / 58.33 = 0.771 → yellow.
        assert_eq!(
            indicator(Some(Operator::Eq), d("45"), d("100"), 7, true, &o),
            Light::Yellow
        );
        // 维修合格率 ≥ 100 %, 100: a rate, not scaled, in range → green.
        assert_eq!(
            indicator(Some(Operator::Ge), d("100"), d("100"), 7, false, &o),
            Light::Green
        );
        // Ahead of time: blue.
        assert_eq!(
            indicator(Some(Operator::Ge), d("80"), d("100"), 7, true, &o),
            Light::Blue
        );
        // 反向 and ＝ 0.
        assert_eq!(
            indicator(Some(Operator::Le), d("30"), d("24"), 7, true, &o),
            Light::Red
        );
        assert_eq!(
            indicator(Some(Operator::Eq), d("0"), d("0"), 7, true, &o),
            Light::Green
        );
    }

    #[test]
    fn months_and_names() {
        for (s, m) in [
            ("1-7月", 7),
            ("7月", 7),
            ("7", 7),
            ("1~12月", 12),
            ("1-7月份", 7),
        ] {
            assert_eq!(month(s), Some(m), "{s}");
        }
        assert_eq!(month("1-13月"), None);
        assert_eq!(month("上半年"), None);
        assert_eq!(Light::parse("红灯"), Some(Light::Red));
        assert_eq!(Light::parse(" 绿 "), Some(Light::Green));
        assert_eq!(Light::parse("Yellow"), Some(Light::Yellow));
        assert_eq!(Light::parse("紫灯"), None);
    }

    #[test]
    fn rows_of_worked_example_d() {
        let raw = crate::rules::testing::monitoring();
        let p = crate::profile::Profile::default();
        let t = crate::table::Table::parse(&raw, vec![], &p);
        let o = &p.lifecycle;
        let lights: Vec<Option<Light>> = t.indicators.iter().map(|r| of_row(r, 7, o)).collect();
        assert_eq!(lights, [Some(Light::Yellow), Some(Light::Green)]);
        assert!(is_time_scaled(&t.indicators[0], o));
        assert!(!is_time_scaled(&t.indicators[1], o), "a rate in %");
        // Without a month, the light the form states.
        let mut raw = raw;
        raw.indicators[0].light = Some("红灯".into());
        let t = crate::table::Table::parse(&raw, vec![], &p);
        assert_eq!(row_light(&t.indicators[0], None, o), Some(Light::Red));
        assert_eq!(row_light(&t.indicators[0], Some(7), o), Some(Light::Yellow));
    }
}
