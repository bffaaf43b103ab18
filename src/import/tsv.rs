//! Excel/WPS clipboard text: rows of tab-separated cells, with Excel's quoting.
//!
//! Rows end at `\r\n`, `\n` or a lone `\r`; cells end at `\t`. A cell that *starts* with `"` is
//! quoted: inside it `""` is one quote and tabs and line breaks are part of the cell; it ends at
//! a `"` followed by a tab, a line break or the end of the text. A quote anywhere else is a plain
//! character. Text that only looks quoted is read as typed, so nothing is lost:
//!
//! - a closing quote followed by more text (`"绿叶杯"竞赛`) makes the whole cell literal;
//! - a quote that is never closed is literal, and quoting is off for the rest of the text
//!   (which also keeps the reader linear on hostile input).
//!
//! All delimiters are ASCII, so every slice is taken on a char boundary: no input panics.

/// Splits clipboard text into rows of cells. A leading byte-order mark is dropped; a final line
/// break does not make an empty last row. Cells are returned as typed (not trimmed).
pub fn parse(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let bytes = text.as_bytes();
    let mut rows = Vec::new();
    if bytes.is_empty() {
        return rows;
    }
    let mut row: Vec<String> = Vec::new();
    let mut quoting = true;
    let mut i = 0;
    loop {
        let mut cell = String::new();
        let mut start = i;
        if quoting && bytes.get(i) == Some(&b'"') {
            match quoted(text, i + 1) {
                Quoted::Cell(content, end) => {
                    cell = content;
                    start = end;
                }
                Quoted::Literal => {}
                Quoted::Unterminated => quoting = false,
            }
        }
        let end = next_delimiter(bytes, start);
        cell.push_str(text.get(start..end).unwrap_or_default());
        row.push(cell);
        i = end;
        match bytes.get(i) {
            Some(b'\t') => i += 1,
            Some(b'\r') | Some(b'\n') => {
                if bytes.get(i) == Some(&b'\r') && bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                i += 1;
                rows.push(std::mem::take(&mut row));
                if i >= bytes.len() {
                    break;
                }
            }
            _ => {
                rows.push(row);
                break;
            }
        }
    }
    rows
}

enum Quoted {
    /// The cell's content and the index just after its closing quote (a delimiter or the end).
    Cell(String, usize),
    /// Closed, but followed by more text: read the cell as typed.
    Literal,
    /// Never closed.
    Unterminated,
}

/// Reads a quoted cell whose content starts at `from` (just after the opening quote).
fn quoted(text: &str, from: usize) -> Quoted {
    let bytes = text.as_bytes();
    let mut content = String::new();
    let mut seg = from;
    let mut k = from;
    while k < bytes.len() {
        if bytes[k] != b'"' {
            k += 1;
            continue;
        }
        if bytes.get(k + 1) == Some(&b'"') {
            // An escaped quote: keep one.
            content.push_str(text.get(seg..k + 1).unwrap_or_default());
            k += 2;
            seg = k;
            continue;
        }
        content.push_str(text.get(seg..k).unwrap_or_default());
        let after = k + 1;
        return match bytes.get(after) {
            None | Some(b'\t') | Some(b'\r') | Some(b'\n') => Quoted::Cell(content, after),
            Some(_) => Quoted::Literal,
        };
    }
    Quoted::Unterminated
}

fn next_delimiter(bytes: &[u8], from: usize) -> usize {
    bytes
        .iter()
        .skip(from)
        .position(|&b| matches!(b, b'\t' | b'\r' | b'\n'))
        .map_or(bytes.len(), |p| from + p)
}

/// One cell as Excel writes it: quoted (with `""` for `"`) when it holds a tab, a line break
/// or starts with a quote; as is otherwise.
pub fn quote(cell: &str) -> String {
    if cell.starts_with('"') || cell.contains(['\t', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

/// Rows of cells as clipboard text: cells quoted by [`quote`], joined by tabs, each row ended
/// by `\n`.
pub fn write<S: AsRef<str>>(rows: &[Vec<S>]) -> String {
    let mut out = String::new();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            if i > 0 {
                out.push('\t');
            }
            out.push_str(&quote(cell.as_ref()));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(v: &[&[&str]]) -> Vec<Vec<String>> {
        v.iter()
            .map(|r| r.iter().map(|c| c.to_string()).collect())
            .collect()
    }

    #[test]
    fn tabs_and_line_endings() {
        assert_eq!(parse("a\tb\nc\td"), rows(&[&["a", "b"], &["c", "d"]]));
        assert_eq!(parse("a\tb\r\nc\td\r\n"), rows(&[&["a", "b"], &["c", "d"]]));
        assert_eq!(parse("a\rb\r\rc"), rows(&[&["a"], &["b"], &[""], &["c"]]));
        assert_eq!(parse("a\t\t\n"), rows(&[&["a", "", ""]]));
        assert_eq!(parse("\ta"), rows(&[&["", "a"]]));
        assert_eq!(parse("a\t"), rows(&[&["a", ""]]));
    }

    #[test]
    fn empty_and_blank() {
        assert!(parse("").is_empty());
        assert_eq!(parse("\n"), rows(&[&[""]]));
        assert_eq!(parse("\t\t"), rows(&[&["", "", ""]]));
        assert_eq!(parse("\u{FEFF}x"), rows(&[&["x"]]));
    }

    #[test]
    fn quoted_cells_keep_tabs_newlines_and_quotes() {
        assert_eq!(
            parse("\"a\tb\"\tc\n\"line1\nline2\"\t\"say \"\"hi\"\"\"\r\nz"),
            rows(&[&["a\tb", "c"], &["line1\nline2", "say \"hi\""], &["z"]])
        );
        assert_eq!(parse("\"\"\tx"), rows(&[&["", "x"]]));
        assert_eq!(parse("\"a\r\nb\""), rows(&[&["a\r\nb"]]));
    }

    #[test]
    fn quote_inside_a_cell_is_literal() {
        assert_eq!(parse("ab\"c\td\"\te"), rows(&[&["ab\"c", "d\"", "e"]]));
        assert_eq!(
            parse("“青年之家”建设\t1"),
            rows(&[&["“青年之家”建设", "1"]])
        );
    }

    #[test]
    fn closed_quote_followed_by_text_is_literal() {
        assert_eq!(
            parse("\"绿叶杯\"竞赛\tx"),
            rows(&[&["\"绿叶杯\"竞赛", "x"]])
        );
    }

    #[test]
    fn unterminated_quote_keeps_the_text() {
        assert_eq!(
            parse("\"abc\tdef\nghi"),
            rows(&[&["\"abc", "def"], &["ghi"]])
        );
        // Quoting is off after an unterminated quote.
        assert_eq!(parse("\"a\nb\t\"\""), rows(&[&["\"a"], &["b", "\"\""]]));
        assert_eq!(parse("\""), rows(&[&["\""]]));
        assert_eq!(parse("\"\"\""), rows(&[&["\"\"\""]]));
    }

    #[test]
    fn write_then_parse_round_trips() {
        let grid = rows(&[
            &["plain", "tab\there", "new\nline", "\"quoted\" start"],
            &["mid \"quote\"", "", "crlf\r\nin", "全角　空格"],
            &["", "", "", ""],
        ]);
        assert_eq!(parse(&write(&grid)), grid);
        assert_eq!(quote("a\"b"), "a\"b");
        assert_eq!(quote("\"b"), "\"\"\"b\"");
    }

    #[test]
    fn never_panics_on_odd_input() {
        let samples = [
            "\"",
            "\"\"",
            "\t\"",
            "\"\t",
            "\r",
            "\r\n\r\n",
            "\"é\"\"",
            "é\"\t\"\u{1F600}",
            "\"\u{1F600}\"x",
            "\u{FEFF}\u{FEFF}",
        ];
        for s in samples {
            let _ = parse(s);
        }
        // Many quotes: stays linear and loses no characters.
        let hostile = "\"\t\"\"\t".repeat(20_000);
        let cells: usize = parse(&hostile).iter().map(Vec::len).sum();
        assert!(cells > 0);
    }
}
