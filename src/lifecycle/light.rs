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
    let e = saturating_div(rate, time_progress(month));
    band(e, &o.execution_bands, None)
}

/// A fraction in percent points to `dp` decimals, for messages (0.31982 → 31.98); `None`
/// beyond Decimal's range.
pub fn percent(v: Decimal, dp: u32) -> Option<Decimal> {
    Some(v.checked_mul(Decimal::ONE_HUNDRED)?.round_dp(dp))
}

/// `a / b` for a positive `b`, at Decimal's bounds when the quotient is beyond them (an
/// actual of 10^28 against a target of 0.001: as far ahead as it gets).
fn saturating_div(a: Decimal, b: Decimal) -> Decimal {
    a.checked_div(b).unwrap_or(if a.is_sign_negative() {
        Decimal::MIN
    } else {
        Decimal::MAX
    })
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
            let q = saturating_div(a, standard);
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

/// The light a row states (`light`, as written); `None` when it has none or it is no light.
pub fn stated_row_light(ind: &crate::indicator::Indicator) -> Option<Light> {
    Light::parse(ind.progress.as_ref()?.light.as_deref()?)
}

/// A number the row's form gives beside its actual (the 全年预计完成值) in the unit of the row's
/// target, as [`super::score::actual_number`] reads the actual: `None` when it is not a
/// measurement or its unit does not convert.
pub fn number_in_target_unit(
    ind: &crate::indicator::Indicator,
    cell: &crate::value::ValueCell,
) -> Option<Decimal> {
    use super::score::{unit_fit, UnitFit};
    let crate::value::Target::Number(n) = cell.target else {
        return None;
    };
    if cell.operator.is_some_and(|op| op != Operator::Eq) {
        return None;
    }
    let unit = cell.unit.as_deref().and_then(crate::unit::Unit::parse);
    let (Some(unit), Some(target)) = (unit, ind.unit.as_ref()) else {
        return Some(n);
    };
    match unit_fit(&unit, target) {
        UnitFit::Factor(f) => n.checked_mul(f),
        _ => None,
    }
}

/// 预算执行率 as a fraction: 执行数 / 全年预算数 when both are numbers and the budget is above
/// 0, else the stated rate (`31.98%`, or `31.98` in percent points); `None` when neither can be
/// read (a stated rate of 1 or less without a sign could be a fraction or percent points).
pub fn execution_rate(e: &super::reading::Execution) -> Option<Decimal> {
    use super::reading::Num;
    let value = |n: &Option<Num>| n.as_ref().and_then(Num::value);
    if let (Some(executed), Some(annual)) = (value(&e.executed), value(&e.annual_budget)) {
        if annual > Decimal::ZERO {
            return super::execution::rate(executed, annual);
        }
    }
    match e.rate.as_ref()? {
        Num::Number {
            value,
            percent: false,
            ..
        } if *value <= Decimal::ONE => None,
        Num::Number { value, .. } => value.checked_div(Decimal::ONE_HUNDRED),
        _ => None,
    }
}

/// The execution light a rule tests (§3.4): computed from the rate at the form's month when
/// both can be read, else the stated `execution.light`.
pub fn execution_light(table: &crate::table::Table, o: &LifecycleOptions) -> Option<Light> {
    let e = table.execution.as_ref()?;
    table
        .header
        .month
        .zip(execution_rate(e))
        .map(|(m, r)| execution(r, m, o))
        .or_else(|| Light::parse(e.light.as_deref()?))
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
    #[cfg(feature = "lifecycle")]
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

    #[cfg(feature = "lifecycle")]
    mod rules_light {
        //! The lights the rules test: computed, else stated (worked example D).
        use super::super::*;
        use crate::profile::Profile;
        use crate::raw::RawTable;
        use crate::rules::testing::{monitoring, row};
        use crate::table::Table;

        fn lights(raw: &RawTable) -> (Vec<Option<Light>>, Option<Light>) {
            let p = Profile::default();
            let o = &p.lifecycle;
            let t = Table::parse(raw, vec![], &p);
            let rows = t
                .indicators
                .iter()
                .map(|r| row_light(r, t.header.month, o))
                .collect();
            (rows, execution_light(&t, o))
        }

        #[test]
        fn worked_example_d() {
            let (rows, execution) = lights(&monitoring());
            assert_eq!(rows, [Some(Light::Yellow), Some(Light::Green)]);
            assert_eq!(execution, Some(Light::Red));
        }

        #[test]
        fn computed_over_stated() {
            // 维修数量 marked 绿灯 at 45 of 100 by July: still yellow; the execution marked
            // 绿灯 at 31.98 %: still red.
            let mut t = monitoring();
            t.indicators[0].light = Some("绿灯".into());
            t.execution.as_mut().unwrap().light = Some("绿灯".into());
            let (rows, execution) = lights(&t);
            assert_eq!(rows[0], Some(Light::Yellow));
            assert_eq!(execution, Some(Light::Red));
        }

        #[test]
        fn stated_when_not_computable() {
            // No month: the stated lights.
            let mut t = monitoring();
            t.month = None;
            t.indicators[0].light = Some("红灯".into());
            t.execution.as_mut().unwrap().light = Some("黄灯".into());
            let (rows, execution) = lights(&t);
            assert_eq!(rows, [Some(Light::Red), Some(Light::Green)]);
            assert_eq!(execution, Some(Light::Yellow));
            // An actual that is no number, or in a unit the target's is not: the stated one.
            let mut t = monitoring();
            t.indicators[0].actual = Some("已完成".into());
            t.indicators[0].light = Some("绿灯".into());
            t.indicators[1].actual = Some("45个".into());
            t.indicators[1].light = Some("红灯".into());
            assert_eq!(lights(&t).0, [Some(Light::Green), Some(Light::Red)]);
            // Nothing stated either: none.
            t.indicators[0].light = None;
            assert_eq!(lights(&t).0[0], None);
        }

        #[test]
        fn execution_from_the_stated_rate() {
            let mut t = monitoring();
            let e = t.execution.as_mut().unwrap();
            e.executed = Some(String::new());
            e.light = None;
            // 50.00 % at 7/12: 0.857 → green; "0.5" (fraction or points?) → not computed.
            e.rate = Some("50.00%".into());
            assert_eq!(lights(&t).1, Some(Light::Green));
            t.execution.as_mut().unwrap().rate = Some("0.5".into());
            assert_eq!(lights(&t).1, None);
            t.execution.as_mut().unwrap().rate = Some("20".into());
            assert_eq!(lights(&t).1, Some(Light::Red));
        }

        #[test]
        fn qualitative_scaled_and_units() {
            let mut t = monitoring();
            let mo = |r: crate::raw::RawIndicator, actual: &str| crate::raw::RawIndicator {
                actual: Some(actual.into()),
                light: Some(String::new()),
                ..r
            };
            t.indicators = vec![
                // 定性: the grade's light.
                mo(
                    row(
                        "效益指标",
                        "社会效益指标",
                        "单位正常运转",
                        "",
                        "正常运转",
                        "",
                        "",
                    ),
                    "部分达成目标并具有一定效果",
                ),
                // A 质量 count is not scaled: 45 of 100 is simply short → red.
                mo(
                    row(
                        "产出指标",
                        "质量指标",
                        "验收合格项目数",
                        "≥",
                        "100",
                        "个",
                        "",
                    ),
                    "45",
                ),
                // Money converts: 60 万元 of 100 万元 by July is 1.03 of the share → green.
                mo(
                    row(
                        "效益指标",
                        "经济效益指标",
                        "带动社会投资",
                        "≥",
                        "100",
                        "万元",
                        "",
                    ),
                    "600000元",
                ),
                // 反向 in range.
                mo(
                    row(
                        "产出指标",
                        "时效指标",
                        "平均响应时间",
                        "≤",
                        "24",
                        "小时",
                        "",
                    ),
                    "20",
                ),
            ];
            let (rows, _) = lights(&t);
            assert_eq!(
                rows,
                [
                    Some(Light::Yellow),
                    Some(Light::Red),
                    Some(Light::Green),
                    Some(Light::Green)
                ]
            );
        }

        #[test]
        fn projections_in_the_target_unit() {
            let p = Profile::default();
            let mut raw = monitoring();
            let t = Table::parse(&raw, vec![], &p);
            let cell = |s: &str| crate::value::ValueCell::parse(s);
            let row = &t.indicators[0];
            let n = |s: &str| number_in_target_unit(row, &cell(s));
            assert_eq!(n("90"), Some(Decimal::from(90)));
            assert_eq!(n("90个"), Some(Decimal::from(90)));
            assert_eq!(n("90人次"), None);
            assert_eq!(n("≥90"), None);
            assert_eq!(n("全部完成"), None);
            raw.indicators[0].unit = "万元".into();
            let t = Table::parse(&raw, vec![], &p);
            assert_eq!(
                number_in_target_unit(&t.indicators[0], &cell("450000元")),
                Some(Decimal::from(45))
            );
        }
        #[test]
        fn extreme_cells_do_not_panic() {
            let extremes = [
                "79228162514264337593543950335",
                "-79228162514264337593543950335",
                "0.0000000000000000000000000001",
                "0",
                "-5",
                "",
                "—",
                "完成",
            ];
            let p = Profile::default();
            for (i, x) in extremes.iter().enumerate() {
                let y = extremes[(i + 3) % extremes.len()];
                let mut t = monitoring();
                t.month = Some(["1", "12", "0", "13"][i % 4].into());
                let e = t.execution.as_mut().unwrap();
                e.executed = Some(x.to_string());
                e.annual_budget = Some(y.into());
                e.rate = Some(format!("{x}%"));
                for r in &mut t.indicators {
                    r.value = y.into();
                    r.actual = Some(x.to_string());
                    r.projected = Some(y.into());
                }
                let table = Table::parse(&t, vec![], &p);
                let _ = crate::rules::check(&table, &p);
                let mut t2 = t.clone();
                t2.execution.as_mut().unwrap().annual_budget = Some("1".into());
                t2.indicators[0].value = "0.0000000000000000000000000001".into();
                let table = Table::parse(&t2, vec![], &p);
                let _ = crate::rules::check(&table, &p);
            }
        }
    }
}
