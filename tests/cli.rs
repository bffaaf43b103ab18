//! The command-line tool, run as a user would.
#![cfg(feature = "cli")]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn jixiao(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_jixiao"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run jixiao");
    // A run that fails on its arguments exits before reading stdin: a broken pipe is fine.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    child.wait_with_output().unwrap()
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)))
}

#[test]
fn clean_table_exits_zero_with_no_errors() {
    let out = jixiao(&["check", "--format", "json", "tests/data/good.json"], "");
    let v = json(&out);
    assert_eq!(v.as_array().unwrap().len(), 1);
    assert_eq!(v[0]["projectName"], "社区老年人健康体检");
    let errors: Vec<_> = v[0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] == "error")
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn an_error_exits_one_and_text_names_rule_and_path() {
    let table = r#"{"projectName":"x","indicators":[{"level1":"产出指标","level2":"质量指标","name":"合格率","operator":">=","value":"100","unit":"%"}]}"#;
    let out = jixiao(&["check", "-"], table);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("warning[rate-at-least-100]"), "{text}");
    assert!(text.contains("--> -: x › indicators.0.operator"), "{text}");
    assert!(text.contains("= fix: 改为 ＝100"), "{text}");
    assert_eq!(
        out.status.code(),
        Some(1),
        "required fields are missing: errors"
    );
}

#[test]
fn arrays_give_one_report_per_table_in_order_and_english_messages() {
    let out = jixiao(
        &["check", "--format", "json", "--locale", "en", "-"],
        r#"[{"projectName":"a"},{"projectName":"b"}, 3]"#,
    );
    let v = json(&out);
    let names: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["projectName"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["a", "b", ""]);
    let third = &v[2]["diagnostics"].as_array().unwrap()[0];
    assert_eq!(third["rule"], "invalid-input");
    assert!(third["message"].as_str().unwrap().is_ascii());
}

#[test]
fn bad_options_and_files_exit_two() {
    for args in [
        &["check", "--framework", "2019", "-"][..],
        &["check", "--format", "xml", "-"],
        &["check", "--nope", "-"],
        &["check", "no/such/file.json"],
        &["check"],
        &["frobnicate"],
    ] {
        let out = jixiao(args, "{}");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!out.stderr.is_empty());
    }
}

#[test]
fn profile_file_with_unknown_option_is_rejected_by_name() {
    let dir = std::env::temp_dir().join(format!("jixiao-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join("profile.json");
    std::fs::write(&p, r#"{"framwork":"2021"}"#).unwrap();
    let out = jixiao(&["check", "--profile", p.to_str().unwrap(), "-"], "{}");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("framwork"));
    std::fs::write(&p, r#"{"rules":{"no-such-rule":"off"}}"#).unwrap();
    let out = jixiao(&["check", "--profile", p.to_str().unwrap(), "-"], "{}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("no-such-rule"));
}

#[cfg(feature = "lifecycle")]
#[test]
fn later_forms_are_checked_from_json_and_pasted_text() {
    // The worked example's self-evaluation pasted (central layout), and as JSON.
    let out = jixiao(
        &[
            "check",
            "--format",
            "json",
            "tests/data/lifecycle/central.txt",
        ],
        "",
    );
    assert_ne!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json(&out);
    assert_eq!(v[0]["projectName"], "少先队专项业务费");
    assert_eq!(v[0]["stage"], "selfEvaluation");
    let table = r#"{"stage":"monitoring","month":"7","projectName":"办公楼维修维护","indicators":[{"level1":"产出指标","level2":"数量指标","name":"维修数量","operator":"=","value":"100","unit":"个","actual":"45","projected":"100"}]}"#;
    let out = jixiao(&["check", "--format", "json", "-"], table);
    assert_ne!(out.status.code(), Some(2));
    assert_eq!(json(&out)[0]["stage"], "monitoring");
}

#[cfg(feature = "lifecycle")]
#[test]
fn approved_target_table() {
    // A JSON target table, or a pasted one: the later forms are checked beside it.
    for approved in ["tests/data/seed-shaoxiandui.json", "tests/data/good.json"] {
        let out = jixiao(
            &[
                "check",
                "--approved",
                approved,
                "tests/data/lifecycle/central.txt",
            ],
            "",
        );
        assert_ne!(
            out.status.code(),
            Some(2),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // Not one target table: said so, exit 2.
    for (approved, says) in [
        ("tests/data/seed.txt", "10 tables"),
        ("tests/data/lifecycle/central.txt", "绩效自评表"),
        ("tests/data/lifecycle/monitoring.txt", "绩效运行监控表"),
        ("tests/data/no-such-file.json", "no-such-file"),
    ] {
        let out = jixiao(
            &["check", "--approved", approved, "tests/data/good.json"],
            "",
        );
        assert_eq!(out.status.code(), Some(2), "{approved}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("--approved") && err.contains(says), "{err}");
    }
    let out = jixiao(&["check", "--approved"], "");
    assert_eq!(out.status.code(), Some(2));
    let usage = String::from_utf8_lossy(&jixiao(&["--help"], "").stderr).into_owned();
    assert!(usage.contains("--approved FILE"), "{usage}");
}

#[test]
fn rules_are_grouped_by_the_form_they_check() {
    let v = json(&jixiao(&["rules", "--format", "json"], ""));
    for r in v.as_array().unwrap() {
        let stages: Vec<&str> = r["stages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap())
            .collect();
        assert!(!stages.is_empty(), "{r}");
        assert!(stages
            .iter()
            .all(|s| ["target", "monitoring", "selfEvaluation"].contains(s)));
        let rule = jixiao::rules::ALL
            .iter()
            .find(|x| x.id.as_str() == r["id"])
            .unwrap();
        assert_eq!(stages, rule.stages.keys().collect::<Vec<_>>());
    }
    for (locale, heads) in [
        (
            "zh-CN",
            [
                "目标表（绩效目标表）规则",
                "自评表（绩效自评表）规则",
                "监控表（绩效运行监控表）规则",
            ],
        ),
        (
            "en",
            [
                "Target-table rules",
                "Self-evaluation rules",
                "Monitoring rules",
            ],
        ),
    ] {
        let text = String::from_utf8(jixiao(&["rules", "--locale", locale], "").stdout).unwrap();
        let at: Vec<usize> = heads
            .iter()
            .map(|h| text.find(h).unwrap_or_else(|| panic!("{h}: {text}")))
            .collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{text}");
        // Each rule under the forms it checks: a target rule in the first group.
        let first = &text[..at[1]];
        assert!(first.lines().any(|l| l.starts_with("rate-at-least-100")));
        use jixiao::raw::Stage;
        for r in jixiao::rules::ALL {
            let id = r.id.as_str();
            let listed = |part: &str| part.lines().any(|l| l.split(' ').next() == Some(id));
            assert_eq!(listed(first), r.stages.has(Stage::Target), "{id}");
            let later = !r.stages.has(Stage::Target);
            assert_eq!(
                listed(&text[at[1]..at[2]]),
                later && r.stages.has(Stage::SelfEvaluation),
                "{id}"
            );
            assert_eq!(
                listed(&text[at[2]..]),
                later && r.stages.has(Stage::Monitoring),
                "{id}"
            );
        }
    }
}

#[test]
fn rules_lists_every_rule_with_its_level() {
    let out = jixiao(&["rules", "--format", "json"], "");
    let v = json(&out);
    let ids: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), jixiao::rules::ALL.len());
    assert!(ids.contains(&"duplicate-indicator") && ids.contains(&"deadline-outside-year"));
    let text = String::from_utf8(jixiao(&["rules"], "").stdout).unwrap();
    assert!(text
        .lines()
        .any(|l| l.starts_with("rate-at-least-100") && l.contains("warning")));
}
