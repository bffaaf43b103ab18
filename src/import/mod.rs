//! Reading tables that people paste: Excel/WPS tab-separated text and clipboard HTML grids.
//!
//! [`import_text`] splits the text with Excel's quoting ([`tsv`]) and hands the rows to the same
//! reader as [`import_grid`], which finds the tables in them ([`grid`] describes the layout it
//! reads and the repairs it makes; [`header`] the labels it knows). Every repair is reported as
//! an [`ImportDiagnostic`] with rule id [`REPAIRED`] (severity info), so the user sees what was
//! moved. [`to_tsv`] writes a table back in the layout the importer reads.

pub mod export;
pub mod grid;
pub mod header;
pub mod position;
pub mod tsv;

#[cfg(all(test, feature = "lifecycle"))]
mod tests_lifecycle;

use crate::diagnostic::Diagnostic;
use crate::profile::Profile;
use crate::raw::RawTable;
use serde::Serialize;

pub use export::to_tsv;
pub use grid::RULE as REPAIRED;
pub use position::{GridCell, Positions};

/// What an import produced: the tables, and notes on what was repaired or skipped.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[cfg_attr(target_arch = "wasm32", tsify(rename = "ImportResult"))]
pub struct Import {
    pub tables: Vec<RawTable>,
    pub diagnostics: Vec<ImportDiagnostic>,
    /// Where each table's parts were read, one per table, when read by
    /// [`grid::read_located`]; empty otherwise (a paste has no cells to name).
    #[serde(skip)]
    pub positions: Vec<Positions>,
}

/// A note from the importer about one table (by index in `tables`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct ImportDiagnostic {
    pub table: usize,
    #[serde(flatten)]
    pub diagnostic: Diagnostic,
}

/// Reads pasted text: one or many tables, tab-separated with Excel's quoting.
pub fn import_text(text: &str, profile: &Profile) -> Import {
    grid::read(&tsv::parse(text), profile)
}

/// Reads a grid of cells (a clipboard HTML table turned into rows by the browser).
pub fn import_grid(rows: &[Vec<String>], profile: &Profile) -> Import {
    grid::read(rows, profile)
}
