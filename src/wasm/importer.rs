//! The importer's module (`jixiao/import`, built with the feature `wasm-importer`): tables
//! pasted from Excel/WPS, as text or as a grid of cells. Loaded only when a page imports it.

use super::{error, plain, profile_from, to_js};
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
    let cells = plain(&cells, u32::MAX).map_err(|_| not_grid())?;
    let rows: Vec<Vec<Cell>> = serde_wasm_bindgen::from_value(cells).map_err(|_| not_grid())?;
    let rows: Vec<Vec<String>> = rows
        .into_iter()
        .map(|r| r.into_iter().map(|c| c.0).collect())
        .collect();
    Ok(to_js(&crate::import_grid(&rows, &profile)))
}

/// One cell of a grid: text, a number (as JS prints it) or `null` (empty).
struct Cell(String);

impl<'de> serde::Deserialize<'de> for Cell {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Cell, D::Error> {
        let loose = crate::input::Loose::deserialize(d)?;
        match loose.kind {
            crate::input::Kind::Str | crate::input::Kind::Num | crate::input::Kind::Null => {
                Ok(Cell(loose.text))
            }
            _ => Err(serde::de::Error::custom(
                "a cell must be text, a number or null",
            )),
        }
    }
}
