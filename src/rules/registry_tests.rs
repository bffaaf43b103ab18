//! The registry test: what `registry!` cannot make the compiler check about every rule.

use super::{RuleId, ALL};
use std::collections::HashSet;
use std::path::Path;

fn rules_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src/rules"))
}

/// A rule's file: `src/rules/<id>.rs`, or `src/rules/lifecycle/<id>.rs` for a rule of the
/// later forms only.
fn file_of(rule: &super::Rule) -> std::path::PathBuf {
    let name = format!("{}.rs", rule.id.as_str().replace('-', "_"));
    if rule.stages.has(crate::raw::Stage::Target) {
        rules_dir().join(name)
    } else {
        rules_dir().join("lifecycle").join(name)
    }
}

/// Files in `src/rules/` that are not rules.
const NOT_RULES: &[&str] = &["mod.rs", "testing.rs", "registry_tests.rs"];

#[test]
fn ids_are_unique_kebab_case_and_name_their_file() {
    let mut seen = HashSet::new();
    for (rule, id) in ALL.iter().zip(RuleId::RULES) {
        assert_eq!(rule.id, *id, "ALL and RuleId::RULES in the same order");
        let s = rule.id.as_str();
        assert!(seen.insert(s), "{s} twice");
        let kebab = !s.is_empty()
            && s.split('-').all(|w| {
                !w.is_empty()
                    && w.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            })
            && s.as_bytes()[0].is_ascii_lowercase();
        assert!(kebab, "{s} is not kebab-case");
        let file = file_of(rule);
        assert!(file.exists(), "{s}: no {}", file.display());
        // The id round-trips through its text, as profiles and diagnostics write it.
        assert_eq!(super::find(s).map(|r| r.id), Some(rule.id));
    }
}

#[test]
fn every_rule_file_is_registered() {
    let registered: HashSet<String> = ALL
        .iter()
        .map(|r| format!("{}.rs", r.id.as_str().replace('-', "_")))
        .collect();
    for entry in std::fs::read_dir(rules_dir()).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if name.ends_with(".rs") && !NOT_RULES.contains(&name.as_str()) {
            assert!(
                registered.contains(&name),
                "src/rules/{name} is not in registry!"
            );
        }
    }
}

#[test]
fn every_rule_says_what_and_why_in_both_languages() {
    let han = |s: &str| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    for rule in ALL {
        let id = rule.id.as_str();
        for t in [rule.title, rule.description] {
            assert!(han(t.zh), "{id}: zh text is not Chinese: {:?}", t.zh);
            assert!(
                t.en.chars().filter(char::is_ascii_alphabetic).count() >= 10,
                "{id}: en text is not English: {:?}",
                t.en
            );
            assert!(
                !t.zh.contains("TODO") && !t.en.contains("TODO"),
                "{id}: TODO left"
            );
        }
        let source = std::fs::read_to_string(file_of(rule)).unwrap();
        let doc = source
            .lines()
            .take_while(|l| l.starts_with("//!"))
            .collect::<Vec<_>>();
        assert!(
            doc.first().is_some_and(|l| l.contains(&format!("`{id}`"))),
            "{id}: the file's doc comment starts with the id"
        );
        assert!(
            doc.len() >= 3,
            "{id}: the doc comment says why, with its source"
        );
        assert!(!source.contains("TODO"), "{id}: TODO left in the file");
    }
}

/// A hit test and a near-miss test beside every rule (ruff's way): `near_misses`, and at
/// least one other test that runs the rule.
#[test]
fn every_rule_has_a_hit_and_a_near_miss_test() {
    for rule in ALL {
        let id = rule.id.as_str();
        let source = std::fs::read_to_string(file_of(rule)).unwrap();
        let tests = source
            .split("#[cfg(test)]")
            .nth(1)
            .unwrap_or_else(|| panic!("{id}: no tests"));
        let names: Vec<&str> = tests
            .split("#[test]")
            .skip(1)
            .filter_map(|t| t.split("fn ").nth(1)?.split('(').next())
            .collect();
        assert!(
            names.iter().any(|n| n.starts_with("near_miss")),
            "{id}: no near_misses test"
        );
        assert!(
            names.iter().any(|n| !n.starts_with("near_miss")),
            "{id}: no test of a hit"
        );
        assert!(
            tests.contains(&format!("\"{id}\"")),
            "{id}: its tests do not run it by id"
        );
    }
}
