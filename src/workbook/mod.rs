//! Reading workbooks: `.xlsx`, `.xlsm`, `.xls`, `.ods`, `.xlsb`, and WPS `.et` (saved as
//! either of the first), from their bytes (no filesystem here, so that a browser module can
//! use it too). Feature `xlsx`; the reading is calamine's.
//!
//! Each worksheet becomes a grid of texts, as copying the whole sheet and pasting it would
//! give: a merged range holds its value in its top-left cell only (the grid importer fills
//! empty level cells down itself); numbers read as the cell shows them, through the cell's
//! number format ([`format`](mod@format): `0.95` formatted `0%` is `95%`, a date serial formatted as a
//! date is `2024-12-31` or what the format says, `125.07` stays `125.07`). Chart sheets are
//! skipped. Then each sheet's grid goes through the paste importer
//! ([`crate::import::grid::read_located`]): titles, `单位：万元` lines, header rows in any order,
//! notes below a table, several tables stacked on one sheet — and where each part of each
//! table was read, so that a finding can name its cell ([`SheetTables::cell`]).
//!
//! Number formats are read for `.xlsx`-family files and `.xls` (calamine does not expose
//! them: `styles` reads them from the package with calamine's own zip and XML crates, `biff`
//! from the BIFF8 records); an `.ods` keeps the text each number was shown as, which `ods`
//! reads. For `.xlsb` files, numbers read as `General` shows them, and dates as
//! `2024-12-31`: a percentage there reads as `0.95`.

mod biff;
pub mod format;
mod ods;
mod styles;

use crate::diagnostic::Path;
use crate::import::{grid, GridCell, Import};
use crate::profile::Profile;
use calamine::{Data, ExcelDateTime, Reader, SheetType, Sheets, Xls, Xlsb, Xlsx};
use format::{general, NumberFormat};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::io::Cursor;

/// Why a file could not be read as a workbook.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum WorkbookError {
    /// Not a workbook at all (no zip package or OLE compound file of a known kind).
    NotAWorkbook,
    /// Encrypted with a password to open.
    Password,
    /// A workbook that could not be read: damaged, truncated, or of an unsupported variant.
    Corrupt(String),
}

impl WorkbookError {
    /// The reason, in Chinese or English.
    pub fn message(&self, zh: bool) -> String {
        match (self, zh) {
            (WorkbookError::NotAWorkbook, true) => {
                "不是 Excel/WPS/LibreOffice 工作簿（.xlsx、.xls、.ods、.et）".into()
            }
            (WorkbookError::NotAWorkbook, false) => {
                "not an Excel/WPS/LibreOffice workbook (.xlsx, .xls, .ods, .et)".into()
            }
            (WorkbookError::Password, true) => "工作簿设有打开密码，请取消密码后重新提交".into(),
            (WorkbookError::Password, false) => {
                "the workbook is password-protected: remove the password to open and send it again"
                    .into()
            }
            (WorkbookError::Corrupt(e), true) => format!("工作簿已损坏，无法读取（{e}）"),
            (WorkbookError::Corrupt(e), false) => format!("the workbook is damaged: {e}"),
        }
    }
}

impl fmt::Display for WorkbookError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(false))
    }
}

impl std::error::Error for WorkbookError {}

/// One worksheet as a grid of texts, from `A1`: `rows[r][c]` is the cell at row `r`, column
/// `c` (0-based); rows end at their last non-empty cell.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sheet {
    pub name: String,
    pub rows: Vec<Vec<String>>,
}

/// The tables found on one worksheet.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SheetTables {
    pub sheet: String,
    /// The tables, the importer's notes, and where each table's parts were read
    /// ([`Import::positions`], one per table).
    pub import: Import,
}

impl SheetTables {
    /// The cell (`B12`) a finding at `path` in table `table` is about: the cell itself, else
    /// its row's name cell, else the indicator header, else where the table starts.
    pub fn cell(&self, table: usize, path: &Path) -> Option<String> {
        self.locate(table, path).map(GridCell::a1)
    }

    /// [`SheetTables::cell`] as a grid position.
    pub fn locate(&self, table: usize, path: &Path) -> Option<GridCell> {
        self.import.positions.get(table).map(|p| p.locate(path))
    }
}

/// Reads every worksheet of a workbook, then the tables on each with the paste importer.
/// Sheets with no table are kept, with no tables.
pub fn import(bytes: &[u8], profile: &Profile) -> Result<Vec<SheetTables>, WorkbookError> {
    Ok(tables(read(bytes)?, profile))
}

/// The tables on sheets already read ([`read`]).
pub fn tables(sheets: Vec<Sheet>, profile: &Profile) -> Vec<SheetTables> {
    sheets
        .into_iter()
        .map(|s| SheetTables {
            import: grid::read_located(&s.rows, profile),
            sheet: s.name,
        })
        .collect()
}

/// The most cells a sheet's used range may span (calamine allocates all of them, 32 bytes
/// each): a damaged file, or a stray cell at `XFD1048576`, would otherwise claim gigabytes.
pub const MAX_CELLS: u64 = 4_000_000;

fn too_large(sheet: &str) -> WorkbookError {
    WorkbookError::Corrupt(format!(
        "sheet “{sheet}” spans more than {MAX_CELLS} cells (damaged, or a stray cell far from the table)"
    ))
}

const ZIP: &[u8] = b"PK\x03\x04";
const OLE: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Reads every worksheet of a workbook as a grid of texts.
///
/// Damaged files are errors as far as can be seen before calamine reads them (an OLE
/// container's chains and counts, a sheet's used range beyond [`MAX_CELLS`]), but calamine's
/// parsers can still panic on some damaged files (a shared-string index out of range, a
/// truncated `.xls` record): a program that must go on after one, like `jixiao check`, reads
/// each workbook in a child process.
pub fn read(bytes: &[u8]) -> Result<Vec<Sheet>, WorkbookError> {
    let corrupt = |e: &dyn fmt::Display| WorkbookError::Corrupt(e.to_string());
    let cursor = || Cursor::new(bytes);
    let mut book: Sheets<Cursor<&[u8]>> = if bytes.starts_with(ZIP) {
        let zip = zip::ZipArchive::new(cursor()).map_err(|e| corrupt(&e))?;
        let has = |name: &str| {
            zip.file_names()
                .any(|n| n.replace('\\', "/").eq_ignore_ascii_case(name))
        };
        if has("xl/workbook.xml") {
            Sheets::Xlsx(Xlsx::new(cursor()).map_err(|e| corrupt(&e))?)
        } else if has("xl/workbook.bin") {
            Sheets::Xlsb(Xlsb::new(cursor()).map_err(|e| corrupt(&e))?)
        } else if has("content.xml") {
            Sheets::Ods(calamine::Ods::new(cursor()).map_err(|e| corrupt(&e))?)
        } else {
            return Err(WorkbookError::NotAWorkbook);
        }
    } else if bytes.starts_with(OLE) {
        if !biff::container_ok(bytes) || !biff::records_ok(bytes) {
            return Err(WorkbookError::Corrupt(
                "damaged OLE compound file".to_string(),
            ));
        }
        // An encrypted .xlsx is an OLE file with an `EncryptedPackage` stream.
        if let Err(calamine::XlsxError::Password) = Xlsx::new(cursor()) {
            return Err(WorkbookError::Password);
        }
        match Xls::new(cursor()) {
            Ok(x) => Sheets::Xls(x),
            Err(calamine::XlsError::Password) => return Err(WorkbookError::Password),
            Err(e) => return Err(corrupt(&e)),
        }
    } else {
        return Err(WorkbookError::NotAWorkbook);
    };
    let mut xlsx_styles = match book {
        Sheets::Xlsx(_) => styles::Styles::read(bytes),
        _ => None,
    };
    let mut xls_formats = match book {
        Sheets::Xls(_) => biff::read(bytes),
        _ => None,
    };
    let mut ods_shown = match book {
        Sheets::Ods(_) => ods::read(bytes),
        _ => None,
    };
    let names: Vec<String> = book
        .sheets_metadata()
        .iter()
        .filter(|s| s.typ == SheetType::WorkSheet)
        .map(|s| s.name.clone())
        .collect();
    let mut out = Vec::with_capacity(names.len());
    for name in names {
        let date1904 = xlsx_styles.as_ref().map(|s| s.date1904);
        let sheet_styles = xlsx_styles.as_mut().and_then(|s| s.sheet(&name));
        if sheet_styles
            .as_ref()
            .is_some_and(|s| s.bounds.cells() > MAX_CELLS)
        {
            return Err(too_large(&name));
        }
        let range = book.worksheet_range(&name).map_err(|e| corrupt(&e))?;
        let (formats, merged, date1904) = match (sheet_styles, xls_formats.as_mut(), &mut book) {
            (Some(s), ..) => {
                let merged = s
                    .merged
                    .iter()
                    .map(|&(a, b)| calamine::Dimensions::new(a, b));
                (s.formats, merged.collect(), date1904.unwrap_or(false))
            }
            (None, _, Sheets::Xlsx(book)) => {
                let merged = match book.worksheet_merge_cells(&name) {
                    Some(Ok(m)) => m,
                    Some(Err(e)) => return Err(corrupt(&e)),
                    None => Vec::new(),
                };
                (Default::default(), merged, false)
            }
            (None, x, Sheets::Xls(book)) => {
                let merged = book.worksheet_merge_cells(&name).unwrap_or_default();
                match x {
                    Some(x) => (
                        x.sheets.remove(&name).unwrap_or_default(),
                        merged,
                        x.date1904,
                    ),
                    None => (Default::default(), merged, false),
                }
            }
            _ => (Default::default(), Vec::new(), false),
        };
        // A paste gives a merged range's value in its top-left cell only.
        let (small, large): (Vec<_>, Vec<_>) = merged.iter().partition(|m| m.len() <= 10_000);
        let covered: std::collections::HashSet<(u32, u32)> = small
            .iter()
            .flat_map(|m: &&calamine::Dimensions| {
                (m.start.0..=m.end.0)
                    .flat_map(move |r| (m.start.1..=m.end.1).map(move |c| (r, c)))
                    .skip(1)
            })
            .collect();
        let shown = ods_shown.as_mut().and_then(|s| s.remove(&name));
        let mut rows: Vec<Vec<String>> = Vec::new();
        if let Some((top, left)) = range.start() {
            for (r, c, data) in range.used_cells() {
                let (r, c) = (top + r as u32, left + c as u32);
                if covered.contains(&(r, c))
                    || large.iter().any(|m| m.contains(r, c) && (r, c) != m.start)
                {
                    continue;
                }
                // An .ods cell's number as it was shown, else through its format.
                let text = match (shown.as_ref().and_then(|s| s.get(&(r, c))), data) {
                    (Some(t), Data::Float(_) | Data::Int(_) | Data::DateTimeIso(_)) => t.clone(),
                    _ => text(data, formats.get(&(r, c)).map(|f| &**f), date1904),
                };
                if text.is_empty() {
                    continue;
                }
                let (r, c) = (r as usize, c as usize);
                if rows.len() <= r {
                    rows.resize_with(r + 1, Vec::new);
                }
                let row = &mut rows[r];
                if row.len() <= c {
                    row.resize_with(c + 1, String::new);
                }
                row[c] = text;
            }
        }
        out.push(Sheet { name, rows });
    }
    Ok(out)
}

/// A cell's value as the cell shows it.
fn text(data: &Data, format: Option<&NumberFormat>, date1904: bool) -> String {
    let number = |v: f64| match format {
        Some(f) => f.show(v, date1904),
        None => general(v),
    };
    match data {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(v) => number(*v),
        Data::Int(v) => number(*v as f64),
        Data::Bool(b) => (if *b { "TRUE" } else { "FALSE" }).into(),
        Data::Error(e) => e.to_string(),
        Data::DateTime(d) => match format {
            Some(f) => f.show(d.as_f64(), date1904),
            None => iso(d),
        },
        Data::DateTimeIso(s) => s.strip_suffix("T00:00:00").unwrap_or(s).to_string(),
        Data::DurationIso(s) => s.clone(),
    }
}

/// A date with no format code at hand (`.xls`): `2024-12-31`, with the time when it has one.
fn iso(d: &ExcelDateTime) -> String {
    let (y, mo, day, h, mi, s, _) = d.to_ymd_hms_milli();
    if d.is_duration() {
        return format::format(d.as_f64(), "[h]:mm:ss", false);
    }
    if (h, mi, s) == (0, 0, 0) {
        format!("{y:04}-{mo:02}-{day:02}")
    } else {
        format!("{y:04}-{mo:02}-{day:02} {h:02}:{mi:02}:{s:02}")
    }
}
