//! `projection-missing` — 进度滞后的指标未填全年预计完成值.
//!
//! A row lit red or yellow lags its time progress; the 全年预计完成值 says whether the unit
//! expects to catch up by December, which is what the reviewer acts on (adjust the target,
//! hold back money, or wait). Left blank on a lagging row, the form reports the lag and not its
//! consequence. The light is computed from the month and the row's numbers when they can be
//! read, else the one the form states; green and blue rows need no projection. Rows whose
//! likelihood is 有可能/完全不可能 are `likelihood-needs-projection`'s (one finding per cell).
//! Silent when the form has no projection column. Source: LIFECYCLE.md §4.5 rule 47 — C: the
//! monitoring page's `completeanalyscon` (C id 54558892881, 54848695388); E.

use crate::lifecycle::light::{self, Light};
use crate::lifecycle::reading;
use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::projection_missing,
    level: Level::Warning,
    stages: Stages::MONITORING,
    title: Tr {
        zh: "进度滞后的指标未填全年预计完成值",
        en: "A lagging row has no projected value",
    },
    description: Tr {
        zh: "预警为红灯或黄灯的指标，应填写全年预计完成值，说明年底能否完成。",
        en: "A row lit red or yellow needs its projected year-end value, saying whether it will be met by the end of the year.",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    if ind.is_empty_slot() || !ind.raw.projected.as_deref().is_some_and(crate::text::is_blank) {
        return;
    }
    let Some(p) = ind.progress.as_deref() else {
        return;
    };
    let o = &cx.profile.lifecycle;
    let doubtful = p
        .likelihood
        .as_deref()
        .and_then(|l| reading::likelihood(l, &o.likelihood_values))
        .is_some_and(|i| i > 0);
    if doubtful {
        return;
    }
    let Some(l @ (Light::Red | Light::Yellow)) = light::row_light(ind, cx.header.month, &cx.profile.lifecycle)
    else {
        return;
    };
    let (name, english) = (l.name(), l.english());
    let row = cx.row();
    let msg = tr!(
        cx,
        "{row}进度为{name}，但全年预计完成值未填写。请填写预计全年能完成多少。",
        "{row} is lit {english} ({name}) but its projected year-end value is blank; enter how much will be reached by the end of the year."
    );
    let path = cx.cell(Column::Projected);
    cx.report(path, msg);
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "projection-missing";

    fn unprojected(row: usize) -> crate::raw::RawTable {
        let mut t = monitoring();
        t.indicators[row].projected = Some(String::new());
        t
    }

    #[test]
    fn hit_yellow() {
        // 维修数量 (yellow: 45 of 58.33), projected "" → "100".
        let t = unprojected(0);
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.0.projected");
        assert!(d.fix.is_none());
        messages_contain(
            ID,
            &t,
            &["第1行（维修数量）进度为黄灯", "全年预计完成值未填写"],
            &["row 1", "yellow"],
        );
    }

    #[test]
    fn hit_red_computed_or_stated() {
        // 维修合格率 90 of ≥ 100 %: red, whatever the form says.
        let mut t = unprojected(1);
        t.indicators[1].actual = Some("90".into());
        assert_eq!(paths(ID, &t), ["indicators.1.projected"]);
        // An actual that cannot be read: the stated light.
        let mut t = unprojected(1);
        t.indicators[1].actual = Some("基本合格".into());
        t.indicators[1].light = Some("红灯".into());
        assert_eq!(paths(ID, &t), ["indicators.1.projected"]);
    }

    #[test]
    fn near_misses() {
        // Worked example D: both rows projected at 100.
        assert!(run(ID, &monitoring()).is_empty());
        // Green (维修合格率) and blue (80 of 100 by July) rows need none.
        assert!(run(ID, &unprojected(1)).is_empty());
        let mut t = unprojected(0);
        t.indicators[0].actual = Some("80".into());
        assert!(run(ID, &t).is_empty());
        // 有可能: likelihood-needs-projection's finding.
        let mut t = unprojected(0);
        t.indicators[0].likelihood = Some("有可能".into());
        assert!(run(ID, &t).is_empty());
        // No projection column; no light to go by.
        let mut t = monitoring();
        t.indicators[0].projected = None;
        assert!(run(ID, &t).is_empty());
        let mut t = unprojected(0);
        t.month = None;
        t.indicators[0].light = Some(String::new());
        assert!(run(ID, &t).is_empty());
    }
}
