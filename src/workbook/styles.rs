//! Each cell's number format in an `.xlsx` (`.xlsm`, WPS `.et` saved as xlsx), which calamine
//! reads but does not hand out (it keeps only "date or not"): `xl/styles.xml` gives each
//! style's format, each sheet's XML each cell's style. Read with calamine's own zip and XML
//! crates, from the bytes.

use super::biff::Bounds;
use super::format::{builtin, NumberFormat};
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use std::collections::HashMap;
use std::io::{BufReader, Cursor, Read, Seek};
use std::sync::Arc;
use zip::ZipArchive;

/// The number formats of a workbook: by style index, and the sheets' parts.
pub struct Styles<'a> {
    zip: ZipArchive<Cursor<&'a [u8]>>,
    pub date1904: bool,
    /// The format of each cell style (`cellXfs`, by index); `None` for General.
    formats: Vec<Option<Arc<NumberFormat>>>,
    /// Sheet name → part path (`xl/worksheets/sheet1.xml`).
    sheets: HashMap<String, String>,
}

/// (row, column) → the cell's number format, for the cells that have one besides General.
pub type CellFormats = HashMap<(u32, u32), Arc<NumberFormat>>;

/// What one reading of a sheet's XML found besides calamine's values.
pub struct SheetStyles {
    pub formats: CellFormats,
    pub bounds: Bounds,
    /// Merged ranges: (first cell, last cell), each (row, column).
    pub merged: Vec<((u32, u32), (u32, u32))>,
}

impl<'a> Styles<'a> {
    /// `None` when the bytes are not an xlsx package or its parts cannot be read; the values
    /// are then shown as `General` would.
    pub fn read(bytes: &'a [u8]) -> Option<Styles<'a>> {
        let mut zip = ZipArchive::new(Cursor::new(bytes)).ok()?;
        let rels = relationships(&mut zip, "xl/_rels/workbook.xml.rels").unwrap_or_default();
        let mut date1904 = false;
        let mut sheets = HashMap::new();
        each_element(&mut zip, "xl/workbook.xml", |e| {
            match e.local_name().as_ref() {
                b"workbookPr" => {
                    date1904 = attr(e, b"date1904").is_some_and(|v| v == "1" || v == "true");
                }
                b"sheet" => {
                    let name = attr(e, b"name");
                    let id = e
                        .attributes()
                        .flatten()
                        .find(|a| a.key.local_name().as_ref() == b"id")
                        .and_then(|a| value(&a.value));
                    if let (Some(name), Some(target)) = (name, id.and_then(|id| rels.get(&id))) {
                        sheets.insert(name, part_path(target));
                    }
                }
                _ => {}
            }
        })?;
        let mut custom: HashMap<u32, Arc<NumberFormat>> = HashMap::new();
        let mut formats = Vec::new();
        // Only the `xf`s of `cellXfs` (after `cellStyleXfs`, before `cellStyles`) are cell styles.
        let mut in_xfs = false;
        each_element(&mut zip, "xl/styles.xml", |e| {
            match e.local_name().as_ref() {
                b"numFmt" => {
                    let id = attr(e, b"numFmtId").and_then(|v| v.parse().ok());
                    if let (Some(id), Some(code)) = (id, attr(e, b"formatCode")) {
                        custom.insert(id, Arc::new(NumberFormat::parse(&code)));
                    }
                }
                b"cellXfs" => in_xfs = true,
                b"cellStyleXfs" | b"dxfs" | b"cellStyles" => in_xfs = false,
                b"xf" if in_xfs => {
                    let id: u32 = attr(e, b"numFmtId")
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(0);
                    formats.push(match (custom.get(&id), id) {
                        (Some(f), _) => Some(f.clone()),
                        (None, 0) => None,
                        (None, id) => builtin(id).map(|c| Arc::new(NumberFormat::parse(c))),
                    });
                }
                _ => {}
            }
        });
        Some(Styles {
            zip,
            date1904,
            formats,
            sheets,
        })
    }

    /// The number formats of the numeric cells of `sheet` that have a style besides General,
    /// the bounding rectangle of its cells, and its merged ranges (first and last cell) — in
    /// one reading of the sheet's XML. `None` when the sheet's part cannot be read.
    pub fn sheet(&mut self, sheet: &str) -> Option<SheetStyles> {
        let mut out = CellFormats::new();
        let mut bounds = Bounds::default();
        let mut merged = Vec::new();
        let path = self.sheets.get(sheet).cloned()?;
        let formats = &self.formats;
        each_element(&mut self.zip, &path, |e| {
            if e.local_name().as_ref() == b"mergeCell" {
                let range = attr(e, b"ref").unwrap_or_default();
                let (a, b) = range.split_once(':').unwrap_or((&range, &range));
                if let (Some(a), Some(b)) = (cell_ref(a.as_bytes()), cell_ref(b.as_bytes())) {
                    merged.push((a, b));
                }
                return;
            }
            if e.local_name().as_ref() != b"c" {
                return;
            }
            if let Some((r, c)) = e
                .attributes()
                .flatten()
                .find(|a| a.key.local_name().as_ref() == b"r")
                .and_then(|a| cell_ref(&a.value))
            {
                bounds.see(r, c);
            }
            let (mut at, mut style, mut numeric) = (None, None, true);
            for a in e.attributes().flatten() {
                match a.key.local_name().as_ref() {
                    b"r" => at = cell_ref(&a.value),
                    b"s" => {
                        style = std::str::from_utf8(&a.value)
                            .ok()
                            .and_then(|v| v.parse().ok())
                    }
                    b"t" => numeric = a.value.as_ref() == b"n",
                    _ => {}
                }
            }
            if let (Some(at), Some(style), true) = (at, style, numeric) {
                if let Some(Some(f)) = formats.get::<usize>(style) {
                    out.insert(at, f.clone());
                }
            }
        })?;
        Some(SheetStyles {
            formats: out,
            bounds,
            merged,
        })
    }
}

/// Calls `f` with every start (or empty) element of a part. `None` when the part is missing
/// or is not XML.
fn each_element<R: Read + Seek>(
    zip: &mut ZipArchive<R>,
    path: &str,
    mut f: impl FnMut(&BytesStart<'_>),
) -> Option<()> {
    let name = zip
        .file_names()
        .find(|n| n.replace('\\', "/").eq_ignore_ascii_case(path))?
        .to_string();
    let file = zip.by_name(&name).ok()?;
    let mut xml = Reader::from_reader(BufReader::new(file));
    xml.config_mut().check_end_names = false;
    let mut buf = Vec::with_capacity(1024);
    loop {
        buf.clear();
        match xml.read_event_into(&mut buf) {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => f(&e),
            Ok(Event::Eof) => return Some(()),
            Err(_) => return None,
            _ => {}
        }
    }
}

fn attr(e: &BytesStart<'_>, key: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == key)
        .and_then(|a| value(&a.value))
}

/// An attribute's value, unescaped (the parts are UTF-8).
fn value(raw: &[u8]) -> Option<String> {
    let s = std::str::from_utf8(raw).ok()?;
    quick_xml::escape::unescape(s).ok().map(|v| v.into_owned())
}

/// Relationship id → target, from a `.rels` part.
fn relationships<R: Read + Seek>(
    zip: &mut ZipArchive<R>,
    path: &str,
) -> Option<HashMap<String, String>> {
    let mut out = HashMap::new();
    each_element(zip, path, |e| {
        if e.local_name().as_ref() == b"Relationship" {
            if let (Some(id), Some(target)) = (attr(e, b"Id"), attr(e, b"Target")) {
                out.insert(id, target);
            }
        }
    })?;
    Some(out)
}

/// A relationship target of `xl/workbook.xml` as a path in the package.
fn part_path(target: &str) -> String {
    if let Some(abs) = target.strip_prefix('/') {
        abs.to_string()
    } else if target.starts_with("xl/") {
        target.to_string()
    } else {
        format!("xl/{target}")
    }
}

/// `B12` → (11, 1).
fn cell_ref(r: &[u8]) -> Option<(u32, u32)> {
    let letters = r.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    if letters == 0 || letters == r.len() {
        return None;
    }
    let mut col: u32 = 0;
    for b in &r[..letters] {
        col = col
            .checked_mul(26)?
            .checked_add((b.to_ascii_uppercase() - b'A' + 1) as u32)?;
    }
    let row: u32 = std::str::from_utf8(&r[letters..]).ok()?.parse().ok()?;
    Some((row.checked_sub(1)?, col - 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_refs() {
        assert_eq!(cell_ref(b"A1"), Some((0, 0)));
        assert_eq!(cell_ref(b"B12"), Some((11, 1)));
        assert_eq!(cell_ref(b"AA5"), Some((4, 26)));
        assert_eq!(cell_ref(b"A0"), None);
        assert_eq!(cell_ref(b"12"), None);
        assert_eq!(cell_ref(b"AB"), None);
    }

    #[test]
    fn part_paths() {
        assert_eq!(
            part_path("worksheets/sheet1.xml"),
            "xl/worksheets/sheet1.xml"
        );
        assert_eq!(
            part_path("/xl/worksheets/sheet1.xml"),
            "xl/worksheets/sheet1.xml"
        );
        assert_eq!(
            part_path("xl/worksheets/sheet1.xml"),
            "xl/worksheets/sheet1.xml"
        );
    }
}
