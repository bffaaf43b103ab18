//! `missing-cost-indicator` — 缺少成本指标.
//!
//! Under the 2021 framework only: finds a table with indicators but no cost indicator. 财预
//! 〔2021〕101号 makes 成本指标 (经济/社会/生态环境成本) a level 1 so that every project states
//! what its outputs cost, the basis of cost-benefit review; the 2020 framework lists cost as
//! an optional level 2, so nothing is checked there. Source: 财预〔2021〕101号; DOMAIN.md
//! (taxonomy). Any row filed under cost counts, even at the wrong level (that is
//! `level2-mismatch`'s); an empty table is `no-indicators`'s.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::missing_cost_indicator,
    level: Level::Warning,
    title: Tr {
        zh: "缺少成本指标",
        en: "No cost indicator",
    },
    description: Tr {
        zh: "2021框架要求设置成本指标（2020框架下不检查）。",
        en: "The 2021 framework requires cost indicators (not checked under 2020).",
    },
    check: Check::Table(check),
};

fn check(table: &Table, cx: &mut Context) {
    if cx.table.header.framework != Framework::F2021 {
        return;
    }
    let fw = cx.table.header.framework;
    if table.indicators.iter().all(Indicator::is_empty)
        || table.indicators.iter().any(|i| {
            !i.name.is_empty() && (i.is_cost() || i.level1_or_implied(fw) == Some(Level1::Cost))
        })
    {
        return;
    }
    let msg = tr!(
        cx,
        "表中没有成本指标。按2021框架（财预〔2021〕101号），请在一级指标“成本指标”下设置经济成本指标（如“人均…成本≤…元/人”），需要时再设社会成本、生态环境成本指标。",
        "The table has no cost indicator. Under the 2021 framework (财预〔2021〕101号) add one under 成本指标 (cost), e.g. an economic cost such as “人均…成本 ≤ … 元/人” (cost per person), and social or ecological-environment costs where relevant."
    );
    cx.report(Path::Indicators, msg);
}

#[cfg(test)]
mod tests {
    use crate::profile::Profile;
    use crate::rules::testing::*;
    use crate::taxonomy::Framework;

    const ID: &str = "missing-cost-indicator";

    fn f2021() -> Profile {
        Profile {
            framework: Some(Framework::F2021),
            ..Default::default()
        }
    }

    #[test]
    fn none_under_2021() {
        let mut t = good();
        t.indicators.remove(3);
        let d = run_with(ID, &t, &f2021());
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].path.to_string(), "indicators");
        assert!(d[0].message.contains("没有成本指标"));
        let en = run_in(ID, &t, &f2021(), crate::profile::Locale::En);
        assert!(en[0].message.contains("no cost indicator"));
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        t.indicators.remove(3);
        // Not checked under 2020.
        assert!(run(ID, &t).is_empty());
        // Under 2021: a 2021 cost row, or the old-style one (level2-mismatch's), counts.
        t.indicators.push(row(
            "成本指标",
            "经济成本指标",
            "人均体检成本",
            "≤",
            "100",
            "元/人",
            "2024年12月",
        ));
        assert!(run_with(ID, &t, &f2021()).is_empty());
        assert!(run_with(ID, &good(), &f2021()).is_empty());
        t.indicators.clear();
        assert!(run_with(ID, &t, &f2021()).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
