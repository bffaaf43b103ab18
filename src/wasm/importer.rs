//! The importer's module (`jixiao/import`, built with the feature `wasm-importer`): tables
//! pasted from Excel/WPS, as text or as a grid of cells. Loaded only when a page imports it.

use super::{error, pack, profile_from};
use wasm_bindgen::prelude::*;

/// A JS number as JS prints it (`125.07`, `1e+21`).
fn number_text(n: &JsValue) -> String {
    let text = n.unchecked_ref::<js_sys::Number>().to_string_with_radix(10);
    text.map(String::from).unwrap_or_default()
}

/// Reads pasted Excel/WPS text: one or many tables.
#[wasm_bindgen(js_name = importText, unchecked_return_type = "ImportResult")]
pub fn import_text(
    text: &str,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let profile = profile_from(options)?;
    Ok(pack::import(&crate::import_text(text, &profile)))
}

/// Reads a grid of cells, e.g. a clipboard HTML table turned into rows of text. Numbers (as JS
/// prints them) and `null` are taken as text; anything else throws.
#[wasm_bindgen(js_name = importGrid, unchecked_return_type = "ImportResult")]
pub fn import_grid(
    #[wasm_bindgen(unchecked_param_type = "(string | number | null)[][]")] cells: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let profile = profile_from(options)?;
    let rows = grid_of(&cells)?;
    Ok(pack::import(&crate::import_grid(&rows, &profile)))
}

/// Rows of cells from JS: text, numbers (as JS prints them) or `null`/`undefined` (empty).
fn grid_of(cells: &JsValue) -> Result<Vec<Vec<String>>, JsValue> {
    let not_grid = || error("cells must be an array of rows (arrays) of text");
    let rows = elements(cells).ok_or_else(not_grid)?;
    let mut out = Vec::new();
    for row in rows {
        let mut texts = Vec::new();
        for cell in elements(&row).ok_or_else(not_grid)? {
            texts.push(if let Some(s) = cell.as_string() {
                s
            } else if cell.is_null_or_undefined() {
                String::new()
            } else if cell.as_f64().is_some() {
                number_text(&cell)
            } else {
                return Err(not_grid());
            });
        }
        out.push(texts);
    }
    Ok(out)
}

#[wasm_bindgen]
extern "C" {
    /// `Array.isArray`, with a revoked Proxy's `TypeError` caught. Every call into JS that can
    /// throw goes through a `catch` import: an exception that unwinds through wasm leaks its
    /// stack and, repeated, corrupts the instance.
    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    fn is_array(value: &JsValue) -> Result<bool, JsValue>;
}

/// A JS array's `length` (read through `Reflect.get`, which catches a Proxy's trap), or
/// `None` when `value` is not an array or its length cannot be read.
fn array_len(value: &JsValue) -> Option<u32> {
    if !is_array(value).ok()? {
        return None;
    }
    let len = js_sys::Reflect::get(value, &JsValue::from_str("length")).ok()?;
    // A real array's length is a u32; a Proxy may say anything (`as` saturates).
    Some(len.as_f64()? as u32)
}

/// The elements of a JS array, or `None` when `value` is not one.
fn elements(value: &JsValue) -> Option<impl Iterator<Item = JsValue> + '_> {
    let len = array_len(value)?;
    Some((0..len).map(move |i| js_sys::Reflect::get_u32(value, i).unwrap_or(JsValue::UNDEFINED)))
}
