//! `likelihood-needs-projection` — 完成可能性为“有可能/完全不可能”但未填全年预计完成值.
//!
//! A row whose target may not be met (完成可能性 有可能 or 完全不可能) must say how far it will
//! get: the 全年预计完成值 is what the finance bureau weighs when it decides to adjust the
//! target or hold back money, and 天津 blocks the form without it (`likelihoodNeedsProjection`:
//! warning by default, error in the 天津 profile). Reported at the blank projection; the
//! message also asks for a cause and an explanation when both are missing, but a row with a
//! projection and no cause or reason is left to `deviation-reason-missing` (which asks for
//! them on every 有可能/完全不可能 row), so that one gap gets one finding. Silent when the form
//! has no projection column. Source: LIFECYCLE.md §4.5 rule 45 — C: 天津, 全年预计完成情况 and
//! 偏差原因 required (C id 54558892881).

use crate::diagnostic::Severity;
use crate::lifecycle::options::Strictness;
use crate::lifecycle::reading;
use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::likelihood_needs_projection,
    level: Level::Warning,
    stages: Stages::MONITORING,
    title: Tr {
        zh: "完成可能性为“有可能/完全不可能”但未填全年预计完成值",
        en: "A doubtful likelihood without a projected value",
    },
    description: Tr {
        zh: "完成可能性为“有可能”或“完全不可能”的指标，应填写全年预计完成值，并说明偏差原因。",
        en: "A row whose likelihood is 有可能 (possible) or 完全不可能 (impossible) needs its projected year-end value and the cause of the deviation.",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    if ind.is_empty_slot() {
        return;
    }
    let Some(p) = ind.progress.as_deref() else {
        return;
    };
    let o = &cx.profile.lifecycle;
    let Some(i) = p
        .likelihood
        .as_deref()
        .and_then(|l| reading::likelihood(l, &o.likelihood_values))
    else {
        return;
    };
    let projection_blank = ind.raw.projected.as_deref().is_some_and(crate::text::is_blank);
    if i == 0 || !projection_blank {
        return;
    }
    let likelihood = o.likelihood_values[i].as_str();
    let ticked = p
        .causes
        .iter()
        .flatten()
        .any(|c| reading::is_stated(Some(c)));
    let explained = ticked || reading::is_stated(p.deviation_reason.as_deref());
    let row = cx.row();
    let msg = if explained {
        tr!(
            cx,
            "{row}的完成可能性为“{likelihood}”，但全年预计完成值未填写。请填写预计全年能完成多少。",
            "{row}: the likelihood is “{likelihood}” but the projected year-end value is blank; enter how much will be reached by the end of the year."
        )
    } else {
        tr!(
            cx,
            "{row}的完成可能性为“{likelihood}”，但全年预计完成值未填写，也未说明偏差原因。请填写预计全年能完成多少，并勾选偏差原因、写明原因说明。",
            "{row}: the likelihood is “{likelihood}” but the projected year-end value is blank and no cause is given; enter how much will be reached by the end of the year, tick the cause and explain it."
        )
    };
    let strict = o.likelihood_needs_projection == Strictness::Error;
    let path = cx.cell(Column::Projected);
    let d = cx.report(path, msg);
    if strict && d.severity == Severity::Warning {
        d.severity = Severity::Error;
    }
}

#[cfg(test)]
mod tests {
    use crate::diagnostic::Severity;
    use crate::lifecycle::options::Strictness;
    use crate::profile::Profile;
    use crate::rules::testing::*;

    const ID: &str = "likelihood-needs-projection";

    /// 维修数量 `有可能` with the projection blank.
    fn doubtful() -> crate::raw::RawTable {
        let mut t = monitoring();
        t.indicators[0].likelihood = Some("有可能".into());
        t.indicators[0].projected = Some(String::new());
        t
    }

    #[test]
    fn hit() {
        // 维修数量 有可能, projected "" → "90" with cause and reason.
        let t = doubtful();
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.0.projected");
        assert_eq!(d.severity, Severity::Warning);
        assert!(d.fix.is_none());
        messages_contain(
            ID,
            &t,
            &["第1行（维修数量）", "“有可能”", "全年预计完成值未填写"],
            &["row 1", "有可能", "projected"],
        );
        // Also unexplained: the message asks for the cause too.
        let mut t = doubtful();
        t.indicators[0].deviation_causes = Some(String::new());
        t.indicators[0].deviation_reason = Some(String::new());
        messages_contain(ID, &t, &["也未说明偏差原因"], &["no cause"]);
        // 完全不可能, by its code.
        let mut t = doubtful();
        t.indicators[0].likelihood = Some("3".into());
        assert_eq!(paths(ID, &t), ["indicators.0.projected"]);
    }

    #[test]
    fn hit_error_in_tianjin() {
        let mut p = Profile::default();
        p.lifecycle.likelihood_needs_projection = Strictness::Error;
        let d = run_with(ID, &doubtful(), &p);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].severity, Severity::Error);
    }

    #[test]
    fn near_misses() {
        // Worked example D: 确定能 with projections.
        assert!(run(ID, &monitoring()).is_empty());
        // 确定能 with the projection blank (projection-missing's, when the row lags).
        let mut t = doubtful();
        t.indicators[0].likelihood = Some("确定能".into());
        assert!(run(ID, &t).is_empty());
        // 有可能 with a projection (a missing cause is deviation-reason-missing's).
        let mut t = doubtful();
        t.indicators[0].projected = Some("90".into());
        t.indicators[0].deviation_causes = Some(String::new());
        t.indicators[0].deviation_reason = Some(String::new());
        assert!(run(ID, &t).is_empty());
        // No projection column; a likelihood that is no value (likelihood-invalid's).
        let mut t = doubtful();
        t.indicators[0].projected = None;
        assert!(run(ID, &t).is_empty());
        let mut t = doubtful();
        t.indicators[0].likelihood = Some("基本能".into());
        assert!(run(ID, &t).is_empty());
    }
}
