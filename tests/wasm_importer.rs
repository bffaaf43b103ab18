//! The importer's WebAssembly module (`jixiao/import`, the feature `wasm-importer`) in Node:
//! `wasm-pack test --node -- --features wasm-importer --test wasm_importer`.
#![cfg(all(target_arch = "wasm32", feature = "wasm-importer"))]

use jixiao::wasm::{import_grid, import_text};
use js_sys::{Array, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

fn js(json: &str) -> JsValue {
    JSON::parse(json).expect("test JSON")
}

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &key.into()).expect("readable")
}

/// The `code` and the named option of a thrown `Error`.
fn code(e: JsValue) -> (String, String) {
    assert!(e.is_instance_of::<js_sys::Error>(), "{e:?}");
    let s = |k: &str| get(&e, k).as_string().unwrap_or_default();
    (s("code"), s("option"))
}

#[wasm_bindgen_test]
fn imports_return_tables_and_diagnostics_arrays() {
    let r = import_text("项目(政策)名称\t巡察经费\n", JsValue::UNDEFINED).unwrap();
    assert!(Array::is_array(&get(&r, "tables")));
    assert!(Array::is_array(&get(&r, "diagnostics")));
    let tables: Array = get(&r, "tables").unchecked_into();
    assert_eq!(
        get(&tables.get(0), "projectName").as_string().as_deref(),
        Some("巡察经费")
    );
    let r = import_grid(
        js(r#"[["项目(政策)名称","巡察经费"],[null,1.5]]"#),
        JsValue::UNDEFINED,
    )
    .unwrap();
    assert!(Array::is_array(&get(&r, "tables")));
    for bad in [js(r#"[[{}]]"#), JsValue::from(1), js(r#"[1]"#)] {
        let e = import_grid(bad, JsValue::UNDEFINED).unwrap_err();
        assert_eq!(code(e).0, "unreadable");
    }
}

#[wasm_bindgen_test]
fn import_options_are_read_and_a_bad_one_throws() {
    let r = import_text("项目(政策)名称\t巡察经费\n", js(r#"{"year":2024}"#)).unwrap();
    assert!(Array::is_array(&get(&r, "tables")));
    assert_eq!(
        code(import_text("", js(r#"{"year":"x"}"#)).unwrap_err()),
        ("invalid-option".into(), "year".into())
    );
    // Rule ids are checked without the rules themselves (the importer's module has none).
    assert!(import_text("", js(r#"{"rules":{"rate-at-least-100":"off"}}"#)).is_ok());
    assert_eq!(
        code(import_text("", js(r#"{"rules":{"no-such-rule":"off"}}"#)).unwrap_err()).0,
        "unknown-option"
    );
}
