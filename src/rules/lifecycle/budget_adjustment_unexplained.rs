//! `budget-adjustment-unexplained` — 预算调整未说明原因.
//!
//! 全年(调整后)预算数 differs from 年初预算数 — money added or cut during the year — and
//! 预算执行情况's 原因 is blank, only `无`, or the form's own printed note. The rate and the
//! score are computed on the adjusted budget, so a cut the form does not explain can make a
//! project look fully spent; reviewers ask for the adjustment's reason. Reported at
//! `execution.reason` when the form has the cell; silent when it has none (`null`, LIFECYCLE.md
//! §2.1). A project added mid-year (年初 0.00) with 原因 “年中新增项目” is explained. Warning,
//! error under `budgetAdjustmentReason: "error"` (Sichuan). Source: LIFECYCLE.md §4.3 rule 33 —
//! D: the Sichuan 510000_0013zp note, a separate reason for any 年中预算调整 (追加或调减).

use crate::lifecycle::options::Strictness;
use crate::lifecycle::{narrative, Num};
use crate::raw::ExecField;
use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::budget_adjustment_unexplained,
    level: Level::Warning,
    stages: Stages::LIFECYCLE,
    title: Tr {
        zh: "预算调整未说明原因",
        en: "A budget adjustment is not explained",
    },
    description: Tr {
        zh: "全年预算数与年初预算数不同时，应说明追加或调减的原因。",
        en: "When the annual budget differs from the initial one, the reason for the increase or cut must be given.",
    },
    check: Check::Table(check),
};

fn check(table: &Table, cx: &mut Context) {
    let Some(e) = &table.execution else {
        return;
    };
    let o = &cx.profile.lifecycle;
    if e.reason.is_none() || narrative::explains(e.reason.as_deref(), &o.guidance_patterns) {
        return;
    }
    let value = |n: &Option<Num>| n.as_ref().and_then(Num::value);
    let (Some(initial), Some(annual)) = (value(&e.initial_budget), value(&e.annual_budget)) else {
        return;
    };
    if initial == annual {
        return;
    }
    let unit = table.header.amount_unit.name();
    let Some(change) = annual.checked_sub(initial).map(|c| c.abs()) else {
        return;
    };
    let msg = if annual > initial {
        tr!(
            cx,
            "全年预算数{annual}比年初预算数{initial}追加了{change}{unit}，原因未填写。请说明年中追加预算的原因。",
            "The annual budget of {annual} is {change} {unit} more than the initial {initial}, and no reason is given. Explain the increase."
        )
    } else {
        tr!(
            cx,
            "全年预算数{annual}比年初预算数{initial}调减了{change}{unit}，原因未填写。请说明年中调减预算的原因。",
            "The annual budget of {annual} is {change} {unit} less than the initial {initial}, and no reason is given. Explain the cut."
        )
    };
    let d = cx.report(Path::Exec(ExecField::Reason), msg);
    if o.budget_adjustment_reason == Strictness::Error
        && d.severity == crate::diagnostic::Severity::Warning
    {
        d.severity = crate::diagnostic::Severity::Error;
    }
}

#[cfg(test)]
mod tests {
    use crate::diagnostic::Severity;
    use crate::lifecycle::options::Strictness;
    use crate::profile::Profile;
    use crate::raw::RawTable;
    use crate::rules::testing::*;

    const ID: &str = "budget-adjustment-unexplained";

    /// 法律宣传及普法专项经费 111.20 → 119.60, 原因 as written.
    fn adjusted(initial: &str, annual: &str, reason: Option<&str>) -> RawTable {
        let mut t = self_evaluation();
        let e = t.execution.as_mut().unwrap();
        e.initial_budget = Some(initial.into());
        e.annual_budget = Some(annual.into());
        e.executed = Some(annual.into());
        e.rate = Some("100.00%".into());
        e.score = Some("10".into());
        e.reason = reason.map(Into::into);
        e.sources = None;
        t
    }

    #[test]
    fn hit_an_increase() {
        let t = adjusted("111.20", "119.60", Some(""));
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "execution.reason");
        assert_eq!(d.severity, Severity::Warning);
        messages_contain(
            ID,
            &t,
            &["119.60比年初预算数111.20追加了8.40万元"],
            &["8.40", "increase"],
        );
        // The printed note is no reason; Sichuan makes it an error.
        let t = adjusted(
            "111.20",
            "119.60",
            Some("如有年中预算调整（追加或调减），需单独说明原因。"),
        );
        let mut p = Profile::default();
        p.lifecycle.budget_adjustment_reason = Strictness::Error;
        assert_eq!(run_with(ID, &t, &p)[0].severity, Severity::Error);
    }

    #[test]
    fn hit_a_cut() {
        let t = adjusted("30.50", "21.35", Some("无"));
        messages_contain(ID, &t, &["调减了9.15万元"], &["9.15", "cut"]);
    }

    #[test]
    fn near_misses() {
        assert!(run(ID, &self_evaluation()).is_empty());
        assert!(run(ID, &monitoring()).is_empty());
        // §6 a project added mid-year: 原因 “年中新增项目”, or no 原因 cell (null).
        assert!(run(ID, &adjusted("0.00", "9.36", Some("年中新增项目"))).is_empty());
        assert!(run(ID, &adjusted("0.00", "9.36", None)).is_empty());
        // Explained; not adjusted (at other decimals); an amount missing or N/A.
        assert!(run(
            ID,
            &adjusted("111.20", "119.60", Some("年中追加燃气安全监管平台运维经费8.40万元"))
        )
        .is_empty());
        assert!(run(ID, &adjusted("6.7", "6.70", Some(""))).is_empty());
        assert!(run(ID, &adjusted("", "6.70", Some(""))).is_empty());
        assert!(run(ID, &adjusted("—", "6.70", Some(""))).is_empty());
    }
}
