//! The validator's WebAssembly module, run inside a real wasm engine: Node (`wasm-pack test
//! --node -- --test wasm`) and, through tests/wasm_browser.rs, headless Chromium. The
//! importer's module is tests/wasm_importer.rs.
//!
//! Tests call the exported functions with JS values built by `JSON.parse`, as a page would,
//! and read the results back as JS objects. They assert findings that exist, never totals, so
//! they keep passing as rules are added.
#![cfg(all(
    target_arch = "wasm32",
    not(any(feature = "wasm-importer", feature = "wasm-xlsx"))
))]

use jixiao::wasm::{apply_fixes, normalize, rules, validate, validate_field, Form};
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

fn json(v: &JsValue) -> String {
    JSON::stringify(v).map(String::from).unwrap_or_default()
}

/// The `code` and the named option or path of a thrown `Error`.
fn thrown(e: JsValue) -> (String, String, String) {
    let err: &js_sys::Error = e.dyn_ref().expect("a JS Error");
    let named = [text(&e, "option"), text(&e, "path")].concat();
    (text(&e, "code"), named, String::from(err.message()))
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

fn none() -> JsValue {
    JsValue::UNDEFINED
}

#[wasm_bindgen_test]
fn validate_reports_a_rate_at_least_100_with_its_fix() {
    let result = validate(js(AT_LEAST_100), none()).expect("default options");
    let d = rate_finding(&get(&result, "diagnostics")).expect("rate-at-least-100 reported");
    assert_eq!(text(&d, "severity"), "warning");
    assert_eq!(text(&d, "path"), "indicators.1.operator");
    assert!(text(&d, "id").starts_with("rate-at-least-100@indicators.1.operator#"));
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
fn options_change_levels_and_the_other_locale_names_its_module() {
    // This module's one locale (`jixiao`: zh-CN; `jixiao/en`, feature wasm-en: en); asking for
    // the other is an error that names the module to use.
    let (own, other, row) = match jixiao::profile::BUILD_LOCALE {
        Some(jixiao::Locale::En) => ("en", "zh-CN", "row 2"),
        _ => ("zh-CN", "en", "第2行"),
    };
    let options = js(&format!(
        r#"{{"locale":"{own}","rules":{{"rate-at-least-100":"error"}},"limits":{{"maxRows":50}}}}"#
    ));
    let result = validate(js(AT_LEAST_100), options.clone()).expect("valid options");
    let d = rate_finding(&get(&result, "diagnostics")).unwrap();
    assert_eq!(text(&d, "severity"), "error");
    assert!(text(&d, "message").contains(row), "{}", text(&d, "message"));
    let (code, named, message) = thrown(
        Form::new(js(&format!(r#"{{"locale":"{other}"}}"#)))
            .err()
            .unwrap(),
    );
    assert_eq!(
        (code.as_str(), named.as_str()),
        ("invalid-option", "locale")
    );
    assert!(message.contains("jixiao"), "{message}");

    let off = js(r#"{"rules":{"rate-at-least-100":"off"}}"#);
    assert!(rate_finding(&get(
        &validate(js(AT_LEAST_100), off).unwrap(),
        "diagnostics"
    ))
    .is_none());

    let list = items(&rules(options).unwrap());
    let rate = list
        .iter()
        .find(|r| text(r, "id") == "rate-at-least-100")
        .expect("listed");
    assert_eq!(text(rate, "level"), "warning", "the default");
    assert_eq!(text(rate, "configuredLevel"), "error");
    assert!(text(rate, "title").contains("100"));
    assert!(list.iter().any(|r| text(r, "id") == "invalid-input"));
}

#[wasm_bindgen_test]
fn bad_options_throw_an_error_with_a_code_naming_the_option() {
    for (options, code, named) in [
        (r#"{"year":"x"}"#, "invalid-option", "year"),
        (r#"{"frobnicate":1}"#, "unknown-option", "frobnicate"),
        (
            r#"{"limits":{"maxRowz":1}}"#,
            "unknown-option",
            "limits.maxRowz",
        ),
        (
            r#"{"limits":{"maxRows":"a"}}"#,
            "invalid-option",
            "limits.maxRows",
        ),
        (
            r#"{"rules":{"no-such-rule":"off"}}"#,
            "unknown-option",
            "rules.no-such-rule",
        ),
        (
            r#"{"rules":{"rate-at-least-100":"fatal"}}"#,
            "invalid-option",
            "rules.rate-at-least-100",
        ),
        (r#"{"locale":"fr"}"#, "invalid-option", "locale"),
        (
            r#"{"satisfactionMin":120}"#,
            "invalid-option",
            "satisfactionMin",
        ),
        (r#"{"framework":"2019"}"#, "invalid-option", "framework"),
        ("[]", "invalid-options", ""),
        ("3", "invalid-options", ""),
    ] {
        let Err(e) = Form::new(js(options)) else {
            panic!("{options} was accepted");
        };
        let (c, n, message) = thrown(e);
        assert_eq!(c, code, "{options}: {message}");
        assert!(n.contains(named), "{options}: {n} / {message}");
        let last = named.rsplit('.').next().unwrap_or_default();
        assert!(message.contains(last), "{options}: {message}");
        // The stateless calls read options the same way.
        let (c, _, _) = thrown(validate(js(AT_LEAST_100), js(options)).err().unwrap());
        assert_eq!(c, code, "validate, {options}");
    }
    assert!(Form::new(JsValue::NULL).is_ok());
    assert!(Form::new(js(r#"{"framework":2021,"satisfactionMin":90.5}"#)).is_ok());
}

#[wasm_bindgen_test]
fn input_that_is_not_a_table_never_throws() {
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
    let mut form = Form::new(none()).unwrap();
    for input in odd {
        let result = validate(input.clone(), none()).unwrap();
        assert!(Array::is_array(&get(&result, "diagnostics")), "{input:?}");
        assert!(validate_field(input.clone(), "projectName", none()).is_ok());
        let change = form.load(input.clone());
        assert!(Array::is_array(&get(&change, "added")), "{input:?}");
        // Rewriting gives a table, or an `Error` when the input cannot be read whole.
        let rewrites = |r: Result<JsValue, JsValue>| match r {
            Ok(table) => table.is_object(),
            Err(e) => e.is_instance_of::<js_sys::Error>() && text(&e, "code") == "unreadable",
        };
        assert!(
            rewrites(apply_fixes(input.clone(), none(), none())),
            "{input:?}"
        );
        assert!(rewrites(normalize(input, none())));
    }
    // The form still works afterwards.
    let change = form.load(js(AT_LEAST_100));
    assert!(rate_finding(&get(&change, "added")).is_some());
}

#[wasm_bindgen_test]
fn validate_field_keeps_what_is_inside_the_path() {
    let row = items(&validate_field(js(AT_LEAST_100), "indicators.1", none()).unwrap());
    assert!(row.iter().any(|d| text(d, "rule") == "rate-at-least-100"));
    assert!(row
        .iter()
        .all(|d| text(d, "path").starts_with("indicators.1")));
    let other = items(&validate_field(js(AT_LEAST_100), "indicators.0", none()).unwrap());
    assert!(other.iter().all(|d| text(d, "rule") != "rate-at-least-100"));
    let (code, path, _) = thrown(validate_field(js(AT_LEAST_100), "nope.1", none()).unwrap_err());
    assert_eq!((code.as_str(), path.as_str()), ("no-such-path", "nope.1"));
}

#[wasm_bindgen_test]
fn apply_fixes_returns_a_new_table() {
    let input = js(AT_LEAST_100);
    let before = json(&input);
    let fixed = apply_fixes(input.clone(), none(), none()).unwrap();
    assert_eq!(json(&input), before, "input untouched");
    let row = items(&get(&fixed, "indicators"))[1].clone();
    assert_eq!(text(&row, "operator"), "＝");
    assert!(rate_finding(&get(&validate(fixed, none()).unwrap(), "diagnostics")).is_none());

    // Explicit fixes, including a removal (`value: null`).
    let fixes = js(
        r#"[{"fix":{"path":"indicators.0","value":null,"label":"删除"}},
            {"rule":"x","fix":{"path":"budget","value":"200","label":"x"}},
            {"rule":"no fix"}]"#,
    );
    let fixed = apply_fixes(js(AT_LEAST_100), fixes, none()).unwrap();
    assert_eq!(items(&get(&fixed, "indicators")).len(), 1);
    assert_eq!(text(&fixed, "budget"), "200");
    let (code, path, _) = thrown(
        apply_fixes(js(AT_LEAST_100), js(r#"[{"fix":{"path":"x.y"}}]"#), none()).unwrap_err(),
    );
    assert_eq!(code, "unreadable");
    assert!(path.starts_with("diagnostics.0.fix"), "{path}");
}

#[wasm_bindgen_test]
fn a_fix_that_removes_its_row_carries_value_null() {
    let t = js(AT_LEAST_100);
    let rows: Array = get(&t, "indicators").unchecked_into();
    rows.push(&rows.get(0));
    let result = validate(t, none()).unwrap();
    let removal = items(&get(&result, "diagnostics"))
        .into_iter()
        .find(|d| get(d, "fix").is_object() && get(&get(d, "fix"), "value").is_null())
        .expect("an exact duplicate row gets a fix that removes it");
    assert_eq!(text(&get(&removal, "fix"), "path"), "indicators.2");
    // Plain objects, as JSON gives them: no `undefined` members.
    assert!(
        json(&removal).contains(r#""value":null"#),
        "{}",
        json(&removal)
    );
}

#[wasm_bindgen_test]
fn normalize_splits_combined_cells() {
    let t = js(
        r#"{"budget":"1,250,700元","indicators":[{"level1":"产出","level2":"进度指标","name":" 及时率 ","value":"≥９５％","deadline":"2024 年 12 月"}]}"#,
    );
    let n = normalize(t, none()).unwrap();
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

fn ids(v: &JsValue) -> Vec<String> {
    items(v).iter().map(|d| text(d, "id")).collect()
}

#[wasm_bindgen_test]
fn a_form_answers_an_edit_with_what_changed() {
    let mut form = Form::new(none()).unwrap();
    let load = form.load(js(AT_LEAST_100));
    let found = rate_finding(&get(&load, "added")).expect("found on load");
    let id = text(&found, "id");
    assert!(
        Array::is_array(&get(&load, "removed")),
        "the empty form's findings go"
    );

    // Typing 95 takes the finding away; typing 100 again brings the same id back.
    let change = form
        .set("indicators.1.value", JsValue::from_str("95"))
        .unwrap();
    assert_eq!(items(&get(&change, "added")).len(), 0, "{}", json(&change));
    assert_eq!(
        items(&get(&change, "removed"))
            .iter()
            .filter_map(|x| x.as_string())
            .collect::<Vec<_>>(),
        [id.clone()]
    );
    let change = form
        .set("indicators.1.value", JsValue::from_str("100"))
        .unwrap();
    assert_eq!(ids(&get(&change, "added")), [id.clone()]);
    assert_eq!(
        get(&get(&change, "counts"), "warning").as_f64(),
        get(&form.counts(), "warning").as_f64()
    );

    // The current findings equal a fresh validation of the same table.
    let fresh = validate(form.table(), none()).unwrap();
    assert_eq!(
        ids(&form.diagnostics(None).unwrap()),
        ids(&get(&fresh, "diagnostics"))
    );
    let row = form.diagnostics(Some("indicators.1".into())).unwrap();
    assert!(items(&row)
        .iter()
        .all(|d| text(d, "path").starts_with("indicators.1")));

    // A number where text belongs is kept, as an invalid-input finding at its path.
    let change = form.set("indicators.0.name", JsValue::from(5)).unwrap();
    assert!(items(&get(&change, "added"))
        .iter()
        .any(|d| text(d, "rule") == "invalid-input" && text(d, "path") == "indicators.0.name"));
    form.set("indicators.0.name", JsValue::from_str("维修数量"))
        .unwrap();
    form.set("year", JsValue::from(2024)).unwrap();

    // Fixes by id.
    let change = form.apply_fix(&id).unwrap();
    assert!(items(&get(&change, "removed"))
        .iter()
        .any(|x| x.as_string() == Some(id.clone())));
    let table = form.table();
    assert_eq!(
        text(&items(&get(&table, "indicators"))[1], "operator"),
        "＝"
    );
    let (code, _, _) = thrown(form.apply_fix(&id).unwrap_err());
    assert_eq!(code, "no-such-fix");
}

#[wasm_bindgen_test]
fn a_form_s_rows_are_inserted_removed_and_moved() {
    let mut form = Form::new(none()).unwrap();
    form.load(js(AT_LEAST_100));
    form.insert_row(0, js(r#"{"name":"培训人次","value":"20","unit":"人次"}"#))
        .unwrap();
    form.insert_row(3, none()).unwrap();
    let names = |f: &Form| -> Vec<String> {
        items(&get(&f.table(), "indicators"))
            .iter()
            .map(|r| text(r, "name"))
            .collect()
    };
    assert_eq!(names(&form), ["培训人次", "维修数量", "维修合格率", ""]);
    form.move_row(0, 2).unwrap();
    assert_eq!(names(&form), ["维修数量", "维修合格率", "培训人次", ""]);
    form.remove_row(3).unwrap();
    let fresh = validate(form.table(), none()).unwrap();
    assert_eq!(
        ids(&form.diagnostics(None).unwrap()),
        ids(&get(&fresh, "diagnostics"))
    );
    // A row that cannot be read is a finding, not an exception.
    let change = form.insert_row(1, JsValue::from(3)).unwrap();
    assert!(items(&get(&change, "added"))
        .iter()
        .any(|d| text(d, "rule") == "invalid-input"));

    for (e, code, path) in [
        (
            form.remove_row(9).unwrap_err(),
            "no-such-row",
            "indicators.9",
        ),
        (
            form.move_row(0, 9).unwrap_err(),
            "no-such-row",
            "indicators.9",
        ),
        (
            form.insert_row(9, none()).unwrap_err(),
            "no-such-row",
            "indicators.9",
        ),
        (
            form.set("indicators.9.value", JsValue::from_str("1"))
                .unwrap_err(),
            "no-such-row",
            "indicators.9",
        ),
        (
            form.set("indicators.0", JsValue::from_str("1"))
                .unwrap_err(),
            "no-such-path",
            "indicators.0",
        ),
        (
            form.set("nope", JsValue::from_str("1")).unwrap_err(),
            "no-such-path",
            "nope",
        ),
        (
            form.diagnostics(Some("indicators.x".into())).unwrap_err(),
            "no-such-path",
            "indicators.x",
        ),
    ] {
        let (c, p, message) = thrown(e);
        assert_eq!((c.as_str(), p.as_str()), (code, path), "{message}");
    }
}
