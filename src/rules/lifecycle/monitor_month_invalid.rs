//! `monitor-month-invalid` — 监控截止月份无效.
//!
//! A monitoring form reports the year to a cut-off month (监控截止月份, `1-7月`): its time
//! progress (序时进度 = month / 12) is what every light on the form is measured against, so a
//! month that is blank, is not one of 1–12 (`1-13月`, `上半年`), or is not the month the
//! profile's monitoring round is at (`monitoringMonth`, 7 for the usual 1–7月 round) makes the
//! lights and the whole form unreadable and is sent back. Silent when the form has no month
//! cell. Source: LIFECYCLE.md §4.5 rule 39 — C: the vendor's task stages "1~1月 … 1~12月" (C id
//! 55005307643); the seed's "监控 1-7 月份".

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::monitor_month_invalid,
    level: Level::Error,
    stages: Stages::MONITORING,
    title: Tr {
        zh: "监控截止月份无效",
        en: "The monitoring month is not valid",
    },
    description: Tr {
        zh: "监控截止月份应为1至12月中的一个月（如“1-7月”），并与本轮监控的月份一致；序时进度和各项预警都按它计算。",
        en: "The monitoring cut-off month (监控截止月份) must be a month from 1 to 12 (e.g. “1-7月”) and the month of this monitoring round; the time progress and every light are computed from it.",
    },
    check: Check::Table(check),
};

fn check(table: &Table, cx: &mut Context) {
    let Some(text) = table.header.month_text.as_deref() else {
        return;
    };
    let want = cx.profile.lifecycle.monitoring_month;
    let path = Path::Field(Field::Month);
    let msg = match (table.header.month, want) {
        (Some(m), Some(w)) if m != w => tr!(
            cx,
            "监控截止月份为{m}月，本轮监控应截至{w}月（1-{w}月）。",
            "The form reports to month {m}, but this monitoring round is to month {w} (1-{w}月)."
        ),
        (Some(_), _) => return,
        (None, _) if crate::text::is_blank(text) => tr!(
            cx,
            "监控截止月份未填写，无法计算序时进度。请填写截止月份，如“1-7月”。",
            "The monitoring month (监控截止月份) is blank, so the time progress cannot be computed; enter it, e.g. “1-7月”."
        ),
        (None, _) => {
            let text = crate::rules::quote(text);
            tr!(
                cx,
                "监控截止月份“{text}”不是1至12月中的一个月，无法计算序时进度。请填写截止月份，如“1-7月”。",
                "The monitoring month “{text}” is not a month from 1 to 12, so the time progress cannot be computed; enter it, e.g. “1-7月”."
            )
        }
    };
    let label = want.map(|w| (format!("1-{w}月"), tr!(cx, "改为 1-{w}月", "Change to 1-{w}月")));
    let d = cx.report(path, msg);
    if let Some((value, label)) = label {
        d.fix(path, value, label);
    }
}

#[cfg(test)]
mod tests {
    use crate::profile::Profile;
    use crate::rules::testing::*;

    const ID: &str = "monitor-month-invalid";

    fn with_month(m: Option<&str>) -> crate::raw::RawTable {
        crate::raw::RawTable {
            month: m.map(str::to_string),
            ..monitoring()
        }
    }

    fn july() -> Profile {
        let mut p = Profile::default();
        p.lifecycle.monitoring_month = Some(7);
        p
    }

    #[test]
    fn hit_not_a_month() {
        // LIFECYCLE.md §4.5: "1-13月".
        let t = with_month(Some("1-13月"));
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "month");
        assert!(d.fix.is_none(), "no month is certain without the profile's");
        messages_contain(ID, &t, &["“1-13月”", "1至12月"], &["1-13月", "1 to 12"]);
        for bad in ["上半年", "0", "13"] {
            assert_eq!(paths(ID, &with_month(Some(bad))), ["month"], "{bad}");
        }
    }

    #[test]
    fn hit_blank() {
        let t = with_month(Some(""));
        assert_eq!(paths(ID, &t), ["month"]);
        messages_contain(ID, &t, &["未填写"], &["blank"]);
    }

    #[test]
    fn hit_not_the_rounds_month() {
        // "6" with monitoring.month 7 → "1-7月".
        let t = with_month(Some("6"));
        let d = run_with(ID, &t, &july());
        assert_eq!(paths_of(&d), ["month"]);
        assert_eq!(fix_of(&d[0]), ("month".into(), Some("1-7月")));
        assert!(d[0].message.contains("6月"), "{}", d[0].message);
        let fixed = crate::fix::apply_fixes(&t, &d);
        assert!(run_with(ID, &fixed, &july()).is_empty());
        // Blank under the profile: the round's month is the fix.
        let d = run_with(ID, &with_month(Some("")), &july());
        assert_eq!(fix_of(&d[0]).1, Some("1-7月"));
    }

    #[test]
    fn near_misses() {
        // Worked example D ("7"), and every way of writing July.
        assert!(run(ID, &monitoring()).is_empty());
        for ok in ["1-7月", "7月", "7", "1~7月", "1-7月份", " 1-7月 "] {
            assert!(run(ID, &with_month(Some(ok))).is_empty(), "{ok}");
            assert!(run_with(ID, &with_month(Some(ok)), &july()).is_empty(), "{ok}");
        }
        // No month cell: silent, with or without the profile's month.
        assert!(run(ID, &with_month(None)).is_empty());
        assert!(run_with(ID, &with_month(None), &july()).is_empty());
        // Any month 1–12 when the profile sets none.
        assert!(run(ID, &with_month(Some("1-12月"))).is_empty());
        // Not a monitoring form: not checked.
        let mut t = with_month(Some("1-13月"));
        t.stage = crate::raw::Stage::SelfEvaluation;
        assert!(run(ID, &t).is_empty());
    }
}
