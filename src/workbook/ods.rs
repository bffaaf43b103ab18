//! What each numeric cell of an `.ods` shows: OpenDocument stores, beside a number's value,
//! the text the application displayed (`<text:p>95%</text:p>` for `0.95` formatted as a
//! percentage), which calamine does not keep. Read from `content.xml` with calamine's own zip
//! and XML crates.

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use std::collections::HashMap;
use std::io::{BufReader, Cursor};

/// Sheet name → (row, column) → the text a numeric, date or time cell shows.
pub type Shown = HashMap<String, HashMap<(u32, u32), String>>;

/// Repeats beyond this are not expanded (a row or cell repeated to the end of the sheet).
const MAX_REPEAT: u32 = 1000;

fn attr(e: &BytesStart<'_>, key: &[u8]) -> Option<String> {
    let a = e.attributes().flatten().find(|a| a.key.as_ref() == key)?;
    let s = std::str::from_utf8(&a.value).ok()?;
    quick_xml::escape::unescape(s).ok().map(|v| v.into_owned())
}

fn repeat(e: &BytesStart<'_>, key: &[u8]) -> u32 {
    attr(e, key)
        .and_then(|v| v.parse().ok())
        .unwrap_or(1u32)
        .max(1)
}

/// The shown texts of every sheet; `None` when `content.xml` cannot be read.
pub fn read(bytes: &[u8]) -> Option<Shown> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let file = zip.by_name("content.xml").ok()?;
    let mut xml = Reader::from_reader(BufReader::new(file));
    xml.config_mut().check_end_names = false;
    let mut out = Shown::new();
    let mut sheet: Option<String> = None;
    let (mut row, mut col) = (0u32, 0u32);
    let mut row_repeat = 1;
    // The cell being read: (column, repeat, text so far, paragraphs seen).
    let mut cell: Option<(u32, u32, String, usize)> = None;
    let mut buf = Vec::new();
    loop {
        buf.clear();
        let event = xml.read_event_into(&mut buf).ok()?;
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(event, Event::Empty(_));
                match e.name().as_ref() {
                    b"table:table" => {
                        sheet = attr(e, b"table:name");
                        row = 0;
                    }
                    b"table:table-row" => {
                        col = 0;
                        row_repeat = repeat(e, b"table:number-rows-repeated");
                        if empty {
                            row = row.saturating_add(row_repeat);
                        }
                    }
                    b"table:table-cell" | b"table:covered-table-cell" => {
                        let n = repeat(e, b"table:number-columns-repeated");
                        let numeric = matches!(
                            attr(e, b"office:value-type").as_deref(),
                            Some("float" | "percentage" | "currency" | "date" | "time")
                        );
                        if numeric && !empty && e.name().as_ref() == b"table:table-cell" {
                            cell = Some((col, n, String::new(), 0));
                        }
                        col = col.saturating_add(n);
                    }
                    b"text:p" => {
                        if let Some(c) = cell.as_mut() {
                            if c.3 > 0 {
                                c.2.push('\n');
                            }
                            c.3 += 1;
                        }
                    }
                    b"text:s" => {
                        if let Some(c) = cell.as_mut() {
                            let n = repeat(e, b"text:c").min(MAX_REPEAT);
                            c.2.extend(std::iter::repeat_n(' ', n as usize));
                        }
                    }
                    b"text:tab" => {
                        if let Some(c) = cell.as_mut() {
                            c.2.push('\t');
                        }
                    }
                    b"text:line-break" => {
                        if let Some(c) = cell.as_mut() {
                            c.2.push('\n');
                        }
                    }
                    // A comment's text is not the cell's.
                    b"office:annotation" if !empty => {
                        let end = e.name().as_ref().to_vec();
                        let mut inner = Vec::new();
                        loop {
                            inner.clear();
                            match xml.read_event_into(&mut inner).ok()? {
                                Event::End(x) if x.name().as_ref() == end => break,
                                Event::Eof => return Some(out),
                                _ => {}
                            }
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(t) => {
                if let Some(c) = cell.as_mut() {
                    if let Ok(s) = t.xml10_content() {
                        c.2.push_str(&s);
                    }
                }
            }
            Event::GeneralRef(r) => {
                if let Some(c) = cell.as_mut() {
                    let name = r.decode().ok();
                    let ch = match name.as_deref() {
                        Some("amp") => Some('&'),
                        Some("lt") => Some('<'),
                        Some("gt") => Some('>'),
                        Some("quot") => Some('"'),
                        Some("apos") => Some('\''),
                        _ => r.resolve_char_ref().ok().flatten(),
                    };
                    if let Some(ch) = ch {
                        c.2.push(ch);
                    }
                }
            }
            Event::End(ref e) => match e.name().as_ref() {
                b"table:table-cell" => {
                    if let (Some((c0, n, text, _)), Some(name)) = (cell.take(), sheet.as_ref()) {
                        let cells = out.entry(name.clone()).or_default();
                        for r in row..row.saturating_add(row_repeat.min(MAX_REPEAT)) {
                            for c in c0..c0.saturating_add(n.min(MAX_REPEAT)) {
                                cells.insert((r, c), text.clone());
                            }
                        }
                    }
                }
                b"table:table-row" => row = row.saturating_add(row_repeat),
                b"table:table" => sheet = None,
                _ => {}
            },
            Event::Eof => return Some(out),
            _ => {}
        }
    }
}
