//! The validator's WebAssembly module, run inside a real wasm engine: Node (`wasm-pack test
//! --node -- --test wasm`) and, through tests/wasm_browser.rs, headless Chromium. The
//! importer's module is tests/wasm_importer.rs.
//!
//! Tests call the exported functions with JS values built by `JSON.parse`, as a page would,
//! and read the results back as JS objects. They assert findings that exist, never totals, so
//! they keep passing as rules are added.
#![cfg(all(target_arch = "wasm32", not(feature = "wasm-importer")))]

use jixiao::wasm::{normalize, Validator};
use js_sys::{Array, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

fn js(json: &str) -> JsValue {
    JSON::parse(json).expect("test JSON")
}

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &key.into()).expect("readable")
}

fn text(v: &JsValue, key: &str) -> String {
    get(v, key).as_string().unwrap_or_default()
}

fn items(v: &JsValue) -> Vec<JsValue> {
    assert!(Array::is_array(v), "not an array: {v:?}");
    v.unchecked_ref::<Array>().iter().collect()
}

/// A table whose row 1 has the seed's 维修合格率 “≥ 100 %”.
const AT_LEAST_100: &str = r#"{
  "year": 2024, "projectName": "办公楼维修维护", "department": "沈阳市铁西区人民政府办公室-",
  "implementingUnit": "铁西区机关事务保障中心-", "budget": "125.07",
  "overallGoal": "通过配备维修配件、维修服务等，解决工作中存在的维修维护问题。",
  "indicators": [
    {"level1":"产出指标","level2":"数量指标","name":"维修数量","operator":"=","value":"100","unit":"个","deadline":"2024年12月"},
    {"level1":"产出指标","level2":"质量指标","name":"维修合格率","operator":">=","value":"100","unit":"%","deadline":"2024年12月"}
  ]
}"#;

fn rate_finding(diagnostics: &JsValue) -> Option<JsValue> {
    items(diagnostics)
        .into_iter()
        .find(|d| text(d, "rule") == "rate-at-least-100")
}

#[wasm_bindgen_test]
fn validate_reports_a_rate_at_least_100_with_its_fix() {
    let v = Validator::new(JsValue::UNDEFINED).expect("default options");
    let result = v.validate(js(AT_LEAST_100));
    let d = rate_finding(&get(&result, "diagnostics")).expect("rate-at-least-100 reported");
    assert_eq!(text(&d, "severity"), "warning");
    assert_eq!(text(&d, "path"), "indicators.1.operator");
    let row = match jixiao::profile::BUILD_LOCALE {
        Some(jixiao::Locale::En) => "row 2 (维修合格率)",
        _ => "第2行（维修合格率）",
    };
    assert!(text(&d, "message").contains(row), "{}", text(&d, "message"));
    let fix = get(&d, "fix");
    assert_eq!(text(&fix, "path"), "indicators.1.operator");
    assert_eq!(text(&fix, "value"), "＝");

    // counts agree with the list.
    let counts = get(&result, "counts");
    for severity in ["error", "warning", "info"] {
        let n = items(&get(&result, "diagnostics"))
            .iter()
            .filter(|d| text(d, "severity") == severity)
            .count();
        assert_eq!(
            get(&counts, severity).as_f64(),
            Some(n as f64),
            "{severity}"
        );
    }
}

#[wasm_bindgen_test]
fn options_change_locale_and_levels() {
    // This module's one locale (`jixiao`: zh-CN; `jixiao/en`, feature wasm-en: en); asking for
    // the other is an error that names the module to use.
    let (own, other, row) = match jixiao::profile::BUILD_LOCALE {
        Some(jixiao::Locale::En) => ("en", "zh-CN", "row 2"),
        _ => ("zh-CN", "en", "第2行"),
    };
    let v = Validator::new(js(&format!(
        r#"{{"locale":"{own}","rules":{{"rate-at-least-100":"error"}},"limits":{{"maxRows":50}}}}"#
    )))
    .expect("valid options");
    let d = rate_finding(&get(&v.validate(js(AT_LEAST_100)), "diagnostics")).unwrap();
    assert_eq!(text(&d, "severity"), "error");
    assert!(
        text(&d, "message").contains(row),
        "{:?}",
        text(&d, "message")
    );
    let e = Validator::new(js(&format!(r#"{{"locale":"{other}"}}"#)))
        .err()
        .and_then(|e| e.dyn_into::<js_sys::Error>().ok())
        .map(|e| String::from(e.message()))
        .expect("the other locale is an error");
    assert!(e.contains("jixiao"), "{e}");

    let off = Validator::new(js(r#"{"rules":{"rate-at-least-100":"off"}}"#)).unwrap();
    let result = off.validate(js(AT_LEAST_100));
    assert!(rate_finding(&get(&result, "diagnostics")).is_none());

    let rules = items(&v.rules());
    let rate = rules
        .iter()
        .find(|r| text(r, "id") == "rate-at-least-100")
        .expect("listed");
    assert_eq!(text(rate, "level"), "warning", "the default");
    assert_eq!(text(rate, "configuredLevel"), "error");
    assert!(text(rate, "title").contains("100"));
    assert!(rules.iter().any(|r| text(r, "id") == "invalid-input"));
}

#[wasm_bindgen_test]
fn bad_options_throw_an_error_naming_the_option() {
    for (options, named) in [
        (r#"{"year":"x"}"#, "year"),
        (r#"{"frobnicate":1}"#, "frobnicate"),
        (r#"{"limits":{"maxRowz":1}}"#, "maxRowz"),
        (r#"{"limits":{"maxRows":"a"}}"#, "limits.maxRows"),
        (r#"{"rules":{"no-such-rule":"off"}}"#, "no-such-rule"),
        (
            r#"{"rules":{"rate-at-least-100":"fatal"}}"#,
            "rate-at-least-100",
        ),
        (r#"{"locale":"fr"}"#, "locale"),
        (r#"{"satisfactionMin":120}"#, "satisfactionMin"),
        (r#"{"framework":"2019"}"#, "framework"),
        ("[]", "options"),
        ("3", "options"),
    ] {
        let Err(e) = Validator::new(js(options)) else {
            panic!("{options} was accepted");
        };
        let e: &js_sys::Error = e.dyn_ref().expect("a JS Error");
        let message = String::from(e.message());
        assert!(message.contains(named), "{options}: {message}");
    }
    assert!(Validator::new(JsValue::NULL).is_ok());
    assert!(Validator::new(js(r#"{"framework":2021,"satisfactionMin":90.5}"#)).is_ok());
}

#[wasm_bindgen_test]
fn input_that_is_not_a_table_never_throws() {
    let v = Validator::new(JsValue::UNDEFINED).unwrap();
    let odd: Vec<JsValue> = vec![
        JsValue::NULL,
        JsValue::UNDEFINED,
        JsValue::from(3),
        JsValue::from_str("x"),
        js("[]"),
        js(r#"{"indicators":"x"}"#),
        js(r#"{"projectName":{"a":1},"indicators":[null,3,{"value":true}]}"#),
        js_sys::Symbol::for_("s").into(),
        js_sys::Function::new_no_args("return 1").into(),
        js_sys::BigInt::from(10).into(),
    ];
    for input in odd {
        let result = v.validate(input.clone());
        assert!(Array::is_array(&get(&result, "diagnostics")), "{input:?}");
        assert!(v.validate_field(input.clone(), "projectName").is_ok());
        // Rewriting gives a table, or an `Error` when the input cannot be read whole.
        let rewrites = |r: Result<JsValue, JsValue>| match r {
            Ok(table) => table.is_object(),
            Err(e) => e.is_instance_of::<js_sys::Error>(),
        };
        assert!(
            rewrites(v.apply_fixes(input.clone(), JsValue::UNDEFINED)),
            "{input:?}"
        );
        assert!(rewrites(normalize(input, JsValue::UNDEFINED)));
    }
}

#[wasm_bindgen_test]
fn validate_field_keeps_what_is_inside_the_path() {
    let v = Validator::new(JsValue::UNDEFINED).unwrap();
    let row = items(&v.validate_field(js(AT_LEAST_100), "indicators.1").unwrap());
    assert!(row.iter().any(|d| text(d, "rule") == "rate-at-least-100"));
    assert!(row
        .iter()
        .all(|d| text(d, "path").starts_with("indicators.1")));
    let other = items(&v.validate_field(js(AT_LEAST_100), "indicators.0").unwrap());
    assert!(other.iter().all(|d| text(d, "rule") != "rate-at-least-100"));
    assert!(v.validate_field(js(AT_LEAST_100), "nope.1").is_err());
}

#[wasm_bindgen_test]
fn apply_fixes_returns_a_new_table() {
    let v = Validator::new(JsValue::UNDEFINED).unwrap();
    let input = js(AT_LEAST_100);
    let before = JSON::stringify(&input).unwrap();
    let fixed = v.apply_fixes(input.clone(), JsValue::UNDEFINED).unwrap();
    assert_eq!(JSON::stringify(&input).unwrap(), before, "input untouched");
    let row = items(&get(&fixed, "indicators"))[1].clone();
    assert_eq!(text(&row, "operator"), "＝");
    assert!(rate_finding(&get(&v.validate(fixed), "diagnostics")).is_none());

    // Explicit fixes, including a removal (`value: null`).
    let fixes = js(
        r#"[{"fix":{"path":"indicators.0","value":null,"label":"删除"}},
            {"rule":"x","fix":{"path":"budget","value":"200","label":"x"}},
            {"rule":"no fix"}]"#,
    );
    let fixed = v.apply_fixes(js(AT_LEAST_100), fixes).unwrap();
    assert_eq!(items(&get(&fixed, "indicators")).len(), 1);
    assert_eq!(text(&fixed, "budget"), "200");
    assert!(v
        .apply_fixes(js(AT_LEAST_100), js(r#"[{"fix":{"path":"x.y"}}]"#))
        .is_err());
}

#[wasm_bindgen_test]
fn normalize_splits_combined_cells() {
    let t = js(
        r#"{"budget":"1,250,700元","indicators":[{"level1":"产出","level2":"进度指标","name":" 及时率 ","value":"≥９５％","deadline":"2024 年 12 月"}]}"#,
    );
    let n = normalize(t, JsValue::UNDEFINED).unwrap();
    assert_eq!(text(&n, "budget"), "125.07");
    let row = items(&get(&n, "indicators"))[0].clone();
    assert_eq!(text(&row, "operator"), "≥");
    assert_eq!(text(&row, "value"), "95");
    assert_eq!(text(&row, "unit"), "%");
    assert_eq!(text(&row, "deadline"), "2024年12月");
    assert!(
        get(&n, "year").is_undefined(),
        "no year given: none invented"
    );
}
