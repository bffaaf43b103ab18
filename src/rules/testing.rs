//! Test helpers for rules: a clean table to start from, and running one rule alone.

use crate::diagnostic::{Diagnostic, Level};
use crate::profile::{Locale, Profile};
use crate::raw::{RawIndicator, RawTable};
use crate::table::Table;

/// A row from its seven visible cells.
pub fn row(
    l1: &str,
    l2: &str,
    name: &str,
    op: &str,
    value: &str,
    unit: &str,
    deadline: &str,
) -> RawIndicator {
    RawIndicator {
        level1: l1.into(),
        level2: l2.into(),
        name: name.into(),
        operator: op.into(),
        value: value.into(),
        unit: unit.into(),
        deadline: deadline.into(),
        ..Default::default()
    }
}

/// A well-filled 2024 table that no rule objects to: the base every near-miss test edits.
pub fn good() -> RawTable {
    RawTable {
        year: Some(2024),
        project_name: "社区老年人健康体检".into(),
        department: "铁西区卫生健康局-".into(),
        implementing_unit: "铁西区社区卫生服务中心".into(),
        budget: "120.5".into(),
        overall_goal: "2024年为辖区65岁以上老年人提供一次免费健康体检，建立健康档案，及早发现慢性病风险，提高老年人健康管理水平。".into(),
        indicators: vec![
            row("产出指标", "数量指标", "老年人健康体检人数", "≥", "12000", "人", "2024年12月"),
            row("产出指标", "质量指标", "体检报告合格率", "≥", "98", "%", "2024年12月"),
            row("产出指标", "时效指标", "体检完成及时率", "≥", "95", "%", "2024年11月"),
            row("产出指标", "成本指标", "人均体检成本", "≤", "100", "元/人", "2024年12月"),
            row("效益指标", "社会效益指标", "慢性病早期发现人数", "≥", "600", "人", "2024年12月"),
            row("效益指标", "可持续影响指标", "健康档案建档率", "≥", "90", "%", "2024年12月"),
            row("满意度指标", "服务对象满意度指标", "体检老年人满意度", "≥", "90", "%", "2024年12月"),
        ],
        ..Default::default()
    }
}

/// Runs only rule `id` (at its default level, or warning if it is off by default) in `locale`.
pub fn run_in(id: &str, raw: &RawTable, profile: &Profile, locale: Locale) -> Vec<Diagnostic> {
    let rule = crate::rules::find(id).unwrap_or_else(|| panic!("no rule {id}"));
    let mut profile = profile.clone();
    profile.locale = locale;
    profile.rules.clear();
    for r in crate::rules::ALL {
        profile.rules.insert(r.id, Level::Off);
    }
    let level = match rule.level {
        Level::Off => Level::Warning,
        l => l,
    };
    profile.rules.insert(rule.id, level);
    let table = Table::parse(raw, vec![], &profile);
    crate::rules::check(&table, &profile)
}

/// Runs only rule `id` under `profile`, in Chinese.
pub fn run_with(id: &str, raw: &RawTable, profile: &Profile) -> Vec<Diagnostic> {
    run_in(id, raw, profile, Locale::Zh)
}

/// Runs only rule `id` under the default profile, in Chinese.
pub fn run(id: &str, raw: &RawTable) -> Vec<Diagnostic> {
    run_with(id, raw, &Profile::default())
}

/// The paths of `diagnostics`, as strings.
pub fn paths_of(diagnostics: &[Diagnostic]) -> Vec<String> {
    diagnostics.iter().map(|d| d.path.to_string()).collect()
}

/// The paths rule `id` reports on, as strings.
pub fn paths(id: &str, raw: &RawTable) -> Vec<String> {
    paths_of(&run(id, raw))
}

/// Runs only rule `id`, asserts it reports exactly one finding, and returns it.
pub fn only(id: &str, raw: &RawTable) -> Diagnostic {
    let mut d = run(id, raw);
    assert_eq!(
        d.len(),
        1,
        "{id}: expected one finding, got {:?}",
        paths_of(&d)
    );
    d.remove(0)
}

/// The path (as text) and value of `d`'s fix; panics when `d` has none.
pub fn fix_of(d: &Diagnostic) -> (String, Option<&str>) {
    let fix = d
        .fix
        .as_ref()
        .unwrap_or_else(|| panic!("no fix on {}: {}", d.path, d.message));
    (fix.path.to_string(), fix.value.as_deref())
}

/// Asserts rule `id` finds nothing once the fixes in `diagnostics` are applied to `raw`.
pub fn fixes_clear(id: &str, raw: &RawTable, diagnostics: &[Diagnostic]) {
    let left = run(id, &crate::fix::apply_fixes(raw, diagnostics));
    assert!(left.is_empty(), "{id} after fixes: {:?}", paths_of(&left));
}

/// Asserts rule `id` has both messages for the first finding on `raw` and returns them.
pub fn messages(id: &str, raw: &RawTable) -> (String, String) {
    let zh = run_in(id, raw, &Profile::default(), Locale::Zh);
    let en = run_in(id, raw, &Profile::default(), Locale::En);
    assert!(!zh.is_empty(), "{id} reported nothing");
    let (zh, en) = (zh[0].message.clone(), en[0].message.clone());
    assert!(
        zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
        "zh message not Chinese: {zh}"
    );
    assert!(
        en.chars().filter(char::is_ascii_alphabetic).count() >= 10,
        "en message not English: {en}"
    );
    assert_ne!(zh, en);
    (zh, en)
}

/// Asserts rule `id`'s first finding says every part of `zh` in Chinese and of `en` in English.
pub fn messages_contain(id: &str, raw: &RawTable, zh: &[&str], en: &[&str]) {
    let (zh_message, en_message) = messages(id, raw);
    for part in zh {
        assert!(zh_message.contains(part), "{part:?} not in: {zh_message}");
    }
    for part in en {
        assert!(en_message.contains(part), "{part:?} not in: {en_message}");
    }
}
