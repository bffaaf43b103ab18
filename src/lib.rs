//! jixiao (绩效): the indicator model and review rules of China's budget performance target
//! tables (绩效目标表), for budget portals' web forms (through WebAssembly) and for reviewers.
//!
//! - [`raw`] — the public contract: a table exactly as typed ([`RawTable`]).
//! - [`table`], [`indicator`] — the typed reading of it, built from the small parsers
//!   [`text`], [`taxonomy`], [`operator`], [`value`], [`unit`](mod@unit), [`deadline`], [`amount`], [`org`].
//! - [`rules`] — one file per review rule, each with a stable id.
//! - [`profile`] — per-deployment settings; [`diagnostic`] — what rules report.
//! - [`form`] — [`Form`], a live form's table: one cell in, only the changed findings out.
//! - [`import`] — reading pasted Excel/WPS tables; [`fix`] — applying fixes and normalising.
//! - [`opinion`] — a drafted 审核意见 per table, composed from its findings.
//! - `workbook` (feature `xlsx`) — reading `.xlsx`/`.xls`/`.ods`/`.et` workbooks from bytes;
//!   `report` (feature `cli`) — JSON, CSV, SARIF and the review workbook of a batch.
//! - `wasm` (wasm32 builds only) — the npm package's API: `Validator`, `normalize`,
//!   `importText`, `importGrid` (scripts/build-pkg.sh builds the package).
//!
//! ```
//! use jixiao::{validate, Profile, RawTable};
//! let table = RawTable { project_name: "巡察经费".into(), ..Default::default() };
//! let diagnostics = validate(&table, &Profile::default());
//! assert!(diagnostics.iter().any(|d| d.rule == "no-indicators"));
//! ```

pub mod amount;
pub(crate) mod boilerplate;
pub mod deadline;
pub mod diagnostic;
pub mod fix;
pub mod form;
pub mod import;
pub mod indicator;
pub mod input;
pub mod operator;
pub mod opinion;
pub mod org;
pub mod profile;
pub mod raw;
// Batch reports: JSON, CSV, SARIF and the review workbook; feature `cli`.
#[cfg(feature = "cli")]
pub mod report;
pub mod rules;
pub mod table;
pub mod taxonomy;
pub mod text;
pub mod unit;
pub mod value;
/// The WebAssembly boundary (the npm package's API); only in wasm32 builds.
#[cfg(target_arch = "wasm32")]
pub mod wasm;
// Reading workbooks (`.xlsx`, `.xls`, `.ods`, WPS `.et`) from bytes; feature `xlsx`.
#[cfg(feature = "xlsx")]
pub mod workbook;

/// talc rather than std's dlmalloc in the wasm: what the page downloads counts more than a few
/// percent of a keystroke's time (README, "Speed and size").
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

pub use diagnostic::{Counts, Diagnostic, Edit, Fix, Level, Path, Severity};
pub use fix::{apply_fixes, normalize};
pub use form::Form;
pub use import::{import_grid, import_text, Import, ImportDiagnostic};
pub use input::InputIssue;
pub use opinion::{review_opinion, Opinion, Section};
pub use profile::{Locale, Profile, ProfileError};
pub use raw::{RawIndicator, RawTable};
pub use rules::Rule;
pub use table::Table;

/// Checks a table with every rule the profile enables.
pub fn validate(raw: &RawTable, profile: &Profile) -> Vec<Diagnostic> {
    validate_input(raw, Vec::new(), profile)
}

/// [`validate`] for a table read by [`input::read`], with the type issues found while reading.
/// Input that is not a table at all gets only the diagnostic that says so.
pub fn validate_input(
    raw: &RawTable,
    issues: Vec<InputIssue>,
    profile: &Profile,
) -> Vec<Diagnostic> {
    rules::check(&Table::parse(raw, issues, profile), profile)
}

/// The diagnostics that concern one field or row, for a keystroke or a blur: those at `path`
/// or inside it. Rules that compare rows (duplicates, sums) still see the whole table.
pub fn validate_field(raw: &RawTable, path: &Path, profile: &Profile) -> Vec<Diagnostic> {
    let mut d = validate(raw, profile);
    d.retain(|d| d.path.is_within(path));
    d
}
