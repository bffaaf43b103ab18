//! The importer's module (`jixiao/import`, built with the feature `wasm-importer`): tables
//! pasted from Excel/WPS, as text or as a grid of cells. Loaded only when a page imports it.

use super::{error, profile_from, read, to_js};
use crate::input::Value;
use wasm_bindgen::prelude::*;

/// Reads pasted Excel/WPS text: one or many tables.
#[wasm_bindgen(js_name = importText, unchecked_return_type = "ImportResult")]
pub fn import_text(
    text: &str,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let profile = profile_from(&options)?;
    Ok(to_js(&crate::import_text(text, &profile)))
}

/// Reads a grid of cells, e.g. a clipboard HTML table turned into rows of text. Numbers (as JS
/// prints them) and `null` are taken as text; anything else throws.
#[wasm_bindgen(js_name = importGrid, unchecked_return_type = "ImportResult")]
pub fn import_grid(
    #[wasm_bindgen(unchecked_param_type = "(string | number | null)[][]")] cells: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let profile = profile_from(&options)?;
    let not_grid = || {
        error(
            "unreadable",
            "cells must be an array of rows (arrays) of text",
            None,
        )
    };
    let cells = read(&cells, u32::MAX).map_err(|_| not_grid())?;
    let Value::List(rows) = cells else {
        return Err(not_grid());
    };
    let mut grid = Vec::with_capacity(rows.len());
    for row in rows {
        let Value::List(row) = row else {
            return Err(not_grid());
        };
        // Text, a number (as JS prints it) or `null` (empty).
        let row = row.into_iter().map(|c| match c {
            Value::Text(t) | Value::Number(t) => Ok(t),
            Value::Null => Ok(String::new()),
            _ => Err(not_grid()),
        });
        grid.push(row.collect::<Result<Vec<String>, JsValue>>()?);
    }
    Ok(to_js(&crate::import_grid(&grid, &profile)))
}
