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
