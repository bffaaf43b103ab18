//! Each cell's number format in an `.xls` (BIFF8, in an OLE compound file), which calamine
//! reads but does not hand out: the `FORMAT` and `XF` records of the workbook globals give
//! each cell style's format, the `NUMBER`, `RK`, `MULRK` and `FORMULA` records of each sheet
//! each numeric cell's style. Anything unexpected (another BIFF version, a damaged container)
//! gives `None`, and the values read as `General` shows them.

use super::format::{builtin, NumberFormat};
use super::styles::CellFormats;
use std::collections::HashMap;
use std::sync::Arc;

/// The number formats of an `.xls` workbook's numeric cells, by sheet name.
pub struct XlsFormats {
    pub date1904: bool,
    pub sheets: HashMap<String, CellFormats>,
}

const END: u32 = 0xFFFF_FFFE;

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

/// An OLE compound file (the container of `.xls` and of encrypted `.xlsx`), read with every
/// bound checked: a damaged one gives `None` rather than the unbounded allocations, endless
/// loops and panics a damaged one can lead calamine into.
struct Ole<'a> {
    file: &'a [u8],
    size: usize,
    fat: Vec<u32>,
    /// Directory entries: (name, type, start, length).
    entries: Vec<(String, u8, u32, usize)>,
    cutoff: usize,
    minifat: Vec<u32>,
    mini: Vec<u8>,
}

impl<'a> Ole<'a> {
    fn read(file: &'a [u8]) -> Option<Ole<'a>> {
        let shift = u16_at(file, 30)?;
        if !matches!(shift, 9 | 12) || u16_at(file, 32)? != 6 {
            return None;
        }
        let size = 1usize << shift;
        // Counts calamine allocates by: none may claim more than the file holds.
        let sectors = file.len() / size;
        for at in [40, 44, 64, 72] {
            if u32_at(file, at)? as usize > sectors {
                return None;
            }
        }
        let mut ole = Ole {
            file,
            size,
            fat: Vec::new(),
            entries: Vec::new(),
            cutoff: u32_at(file, 56)? as usize,
            minifat: Vec::new(),
            mini: Vec::new(),
        };
        // The FAT, through the header's DIFAT and its continuation sectors. As calamine does,
        // every id below DIFSECT (0xFFFFFFFC) counts as a sector, and must be in the file.
        let mut fat_sectors: Vec<u32> = (0..109)
            .filter_map(|k| u32_at(file, 76 + 4 * k))
            .filter(|&id| id < 0xFFFF_FFFC)
            .collect();
        let mut difat = u32_at(file, 68)?;
        let mut guard = 0;
        while difat < 0xFFFF_FFFA {
            let s = ole.sector(difat)?;
            let n = size / 4 - 1;
            fat_sectors.extend(
                (0..n)
                    .filter_map(|k| u32_at(s, 4 * k))
                    .filter(|&id| id < 0xFFFF_FFFC),
            );
            difat = u32_at(s, 4 * n)?;
            guard += 1;
            if guard > file.len() / size {
                return None;
            }
        }
        let mut fat = Vec::with_capacity(fat_sectors.len() * size / 4);
        for id in fat_sectors {
            let s = ole.sector(id)?;
            fat.extend((0..size / 4).filter_map(|k| u32_at(s, 4 * k)));
        }
        ole.fat = fat;
        let dir = ole.chain(u32_at(file, 48)?)?;
        for e in dir.chunks_exact(128) {
            let len = (u16_at(e, 64)? as usize / 2).saturating_sub(1).min(31);
            let units: Vec<u16> = (0..len).filter_map(|k| u16_at(e, 2 * k)).collect();
            let name = String::from_utf16_lossy(&units);
            ole.entries
                .push((name, e[66], u32_at(e, 116)?, u32_at(e, 120)? as usize));
        }
        let &(_, kind, root_start, _) = ole.entries.first()?;
        if kind != 5 {
            return None;
        }
        if u32_at(file, 64)? > 0 {
            ole.mini = ole.chain(root_start)?;
            let bytes = ole.chain(u32_at(file, 60)?)?;
            ole.minifat = (0..bytes.len() / 4)
                .filter_map(|k| u32_at(&bytes, 4 * k))
                .collect();
        }
        Some(ole)
    }

    fn sector(&self, id: u32) -> Option<&'a [u8]> {
        let start = (id as usize + 1).checked_mul(self.size)?;
        self.file.get(start..start.checked_add(self.size)?)
    }

    /// A chain of sectors, each in the file, without loops.
    fn chain(&self, start: u32) -> Option<Vec<u8>> {
        let mut out = Vec::new();
        let mut id = start;
        let mut steps = 0;
        while id != END {
            out.extend_from_slice(self.sector(id)?);
            id = *self.fat.get(id as usize)?;
            steps += 1;
            if steps > self.fat.len() {
                return None;
            }
        }
        Some(out)
    }

    /// A chain of 64-byte sectors of the mini stream.
    fn mini_chain(&self, start: u32) -> Option<Vec<u8>> {
        let mut out = Vec::new();
        let mut id = start;
        let mut steps = 0;
        while id != END {
            let at = (id as usize).checked_mul(64)?;
            out.extend_from_slice(self.mini.get(at..at.checked_add(64)?)?);
            id = *self.minifat.get(id as usize)?;
            steps += 1;
            if steps > self.minifat.len() {
                return None;
            }
        }
        Some(out)
    }

    /// The content of a stream entry.
    fn stream(&self, start: u32, len: usize) -> Option<Vec<u8>> {
        let mut data = if len < self.cutoff {
            self.mini_chain(start)?
        } else {
            self.chain(start)?
        };
        if data.len() < len {
            return None;
        }
        data.truncate(len);
        Some(data)
    }
}

/// Whether an OLE compound file is sound enough to hand to calamine: its FAT, directory,
/// mini stream and every stream's chain within the file and free of loops.
pub fn container_ok(file: &[u8]) -> bool {
    let Some(ole) = Ole::read(file) else {
        return false;
    };
    ole.entries.iter().all(|e| e.3 <= file.len())
        && ole
            .entries
            .iter()
            .filter(|e| e.1 == 2)
            .all(|&(_, _, start, len)| len == 0 || ole.stream(start, len).is_some())
}

/// Whether the workbook globals and sheets of an `.xls` are sound enough to hand to calamine,
/// which trusts them: each sheet's position within the stream, and each sheet's `DIMENSIONS`
/// no larger than the stream could fill (calamine reserves memory for every cell it claims).
pub fn records_ok(file: &[u8]) -> bool {
    let Some(stream) = workbook_stream(file) else {
        return true; // not a workbook stream calamine reads either: it says so itself
    };
    let mut positions = Vec::new();
    for (typ, data) in records(&stream, 0) {
        match typ {
            0x0085 => match u32_at(data, 0) {
                Some(p) if (p as usize) < stream.len() => positions.push(p as usize),
                _ => return false,
            },
            0x000A => break,
            _ => {}
        }
    }
    let most = stream.len() as u64 + 100_000;
    for pos in positions {
        let mut depth = 0;
        let mut bounds = Bounds::default();
        for (typ, data) in records(&stream, pos) {
            // The cells calamine keeps: it allocates their bounding rectangle.
            if depth == 1 {
                if let (Some(row), Some(col)) = (u16_at(data, 0), u16_at(data, 2)) {
                    match typ {
                        0x0203 | 0x0204 | 0x0205 | 0x027E | 0x00FD | 0x0006 => {
                            bounds.see(row as u32, col as u32)
                        }
                        0x00BD => {
                            let last = data.len().checked_sub(2).and_then(|at| u16_at(data, at));
                            bounds.see(row as u32, col as u32);
                            bounds.see(row as u32, last.unwrap_or(col) as u32);
                        }
                        _ => {}
                    }
                }
            }
            match typ {
                0x0809 => depth += 1,
                0x000A => {
                    depth -= 1;
                    if depth <= 0 {
                        break;
                    }
                }
                0x0200 => {
                    let (rows, cols) = match data.len() {
                        10 => (
                            u16_at(data, 2).unwrap_or(0) as i64
                                - u16_at(data, 0).unwrap_or(0) as i64,
                            u16_at(data, 6).unwrap_or(0) as i64
                                - u16_at(data, 4).unwrap_or(0) as i64,
                        ),
                        14 => (
                            u32_at(data, 4).unwrap_or(0) as i64
                                - u32_at(data, 0).unwrap_or(0) as i64,
                            u16_at(data, 10).unwrap_or(0) as i64,
                        ),
                        _ => continue,
                    };
                    if rows < 0 || (rows.max(1) as u64).saturating_mul(cols.max(1) as u64) > most {
                        return false;
                    }
                }
                _ => {}
            }
        }
        if bounds.cells() > super::MAX_CELLS {
            return false;
        }
    }
    true
}

/// The bounding rectangle of a sheet's cells.
#[derive(Clone, Copy, Debug, Default)]
pub struct Bounds(Option<(u32, u32, u32, u32)>);

impl Bounds {
    pub fn see(&mut self, row: u32, col: u32) {
        self.0 = Some(match self.0 {
            None => (row, row, col, col),
            Some((r0, r1, c0, c1)) => (r0.min(row), r1.max(row), c0.min(col), c1.max(col)),
        });
    }

    /// The cells of the rectangle.
    pub fn cells(&self) -> u64 {
        self.0.map_or(0, |(r0, r1, c0, c1)| {
            (r1 - r0 + 1) as u64 * (c1 - c0 + 1) as u64
        })
    }
}

/// The `Workbook` stream of an OLE compound file.
fn workbook_stream(file: &[u8]) -> Option<Vec<u8>> {
    let ole = Ole::read(file)?;
    let &(_, _, start, len) = ole
        .entries
        .iter()
        .find(|e| e.1 == 2 && matches!(e.0.as_str(), "Workbook" | "Book"))?;
    ole.stream(start, len)
}

/// A BIFF8 `XLUnicodeString` body (`fHighByte` flag, then the characters) of `cch` characters.
fn unicode(b: &[u8], cch: usize) -> Option<String> {
    let flags = *b.first()?;
    let body = b.get(1..)?;
    if flags & 1 == 0 {
        Some(body.get(..cch)?.iter().map(|&c| c as char).collect())
    } else {
        let units: Vec<u16> = (0..cch).filter_map(|k| u16_at(body, 2 * k)).collect();
        (units.len() == cch).then(|| String::from_utf16_lossy(&units))
    }
}

/// Iterates the records of a BIFF stream from `at`: (type, data).
fn records(stream: &[u8], mut at: usize) -> impl Iterator<Item = (u16, &[u8])> {
    std::iter::from_fn(move || {
        let typ = u16_at(stream, at)?;
        let len = u16_at(stream, at + 2)? as usize;
        let data = stream.get(at + 4..at + 4 + len)?;
        at += 4 + len;
        Some((typ, data))
    })
}

pub fn read(file: &[u8]) -> Option<XlsFormats> {
    let stream = workbook_stream(file)?;
    let mut custom: HashMap<u16, Arc<NumberFormat>> = HashMap::new();
    let mut xf_formats: Vec<u16> = Vec::new();
    let mut sheets: Vec<(String, usize)> = Vec::new();
    let mut date1904 = false;
    for (k, (typ, data)) in records(&stream, 0).enumerate() {
        match typ {
            // Not BIFF8.
            0x0809 if k == 0 && u16_at(data, 0)? != 0x0600 => return None,
            0x0022 => date1904 = u16_at(data, 0) == Some(1),
            0x041E => {
                let id = u16_at(data, 0)?;
                let cch = u16_at(data, 2)? as usize;
                if let Some(code) = data.get(4..).and_then(|b| unicode(b, cch)) {
                    custom.insert(id, Arc::new(NumberFormat::parse(&code)));
                }
            }
            0x00E0 => xf_formats.push(u16_at(data, 2)?),
            0x0085 => {
                let pos = u32_at(data, 0)? as usize;
                let kind = *data.get(5)?;
                let cch = *data.get(6)? as usize;
                if kind == 0 {
                    if let Some(name) = data.get(7..).and_then(|b| unicode(b, cch)) {
                        sheets.push((name, pos));
                    }
                }
            }
            0x000A => break,
            _ => {}
        }
    }
    let mut by_xf: Vec<Option<Arc<NumberFormat>>> = Vec::with_capacity(xf_formats.len());
    for id in xf_formats {
        by_xf.push(match (custom.get(&id), id) {
            (Some(f), _) => Some(f.clone()),
            (None, 0) => None,
            (None, id) => builtin(id as u32).map(|c| Arc::new(NumberFormat::parse(c))),
        });
    }
    let format_of = |xf: u16| by_xf.get(xf as usize).cloned().flatten();
    let mut out = HashMap::new();
    for (name, pos) in sheets {
        let mut cells = CellFormats::new();
        let mut depth = 0;
        for (typ, data) in records(&stream, pos) {
            match typ {
                0x0809 => depth += 1,
                0x000A => {
                    depth -= 1;
                    if depth <= 0 {
                        break;
                    }
                }
                // NUMBER, RK, FORMULA: row, column, XF index.
                0x0203 | 0x027E | 0x0006 if depth == 1 => {
                    let (row, col, xf) = (u16_at(data, 0)?, u16_at(data, 2)?, u16_at(data, 4)?);
                    if let Some(f) = format_of(xf) {
                        cells.insert((row as u32, col as u32), f);
                    }
                }
                // MULRK: row, first column, (XF, RK)…, last column.
                0x00BD if depth == 1 => {
                    let row = u16_at(data, 0)?;
                    let first = u16_at(data, 2)?;
                    let n = data.len().saturating_sub(6) / 6;
                    for k in 0..n {
                        let xf = u16_at(data, 4 + 6 * k)?;
                        if let Some(f) = format_of(xf) {
                            cells.insert((row as u32, (first as usize + k) as u32), f);
                        }
                    }
                }
                _ => {}
            }
        }
        out.insert(name, cells);
    }
    Some(XlsFormats {
        date1904,
        sheets: out,
    })
}
