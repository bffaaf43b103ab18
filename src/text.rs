//! Character-level normalisation of what people type into a 绩效目标表 form.
//!
//! Portals receive text from Chinese IMEs, Word, Excel and WPS: full-width digits and letters
//! (`１００％`), ideographic spaces, non-breaking spaces, zero-width characters. Everything the
//! model parses goes through [`fold`] first, so the parsers only ever see half-width ASCII
//! digits, `%` and plain spaces. The raw text is always kept beside the parsed value.

/// Folds full-width ASCII (U+FF01–U+FF5E) to half-width, all space-like characters to a plain
/// space, and drops zero-width characters. Chinese punctuation with no ASCII twin (`、`, `。`)
/// is left alone.
pub fn fold(s: &str) -> String {
    // Most cells need nothing: copy them whole instead of char by char.
    let Some(i) = first(s, needs_fold) else {
        return s.to_owned();
    };
    let mut out = String::with_capacity(s.len());
    out.push_str(&s[..i]);
    out.extend(s[i..].chars().filter_map(fold_char));
    out
}

/// What [`fold`] makes of `c`; `None` drops it.
fn fold_char(c: char) -> Option<char> {
    Some(match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' | '\u{00A0}' | '\u{2002}'..='\u{200A}' | '\u{202F}' | '\t' => ' ',
        '\u{200B}'..='\u{200D}' | '\u{FEFF}' => return None,
        // Other spellings of the percent sign.
        '\u{FE6A}' => '%',
        _ => c,
    })
}

/// The byte offset of the first character of `s` for which `hit` is true. `hit` must be false
/// for ASCII above the space and for non-ASCII characters whose UTF-8 lead byte is not C2, E1,
/// E2, E3 or EF (true of the characters [`fold`] changes and of whitespace), so that only
/// those few are decoded: text and CJK (leads E4–E9) are scanned at byte speed.
fn first(s: &str, hit: impl Fn(char) -> bool) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b <= b' ' || matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF) {
            let c = s[i..].chars().next()?;
            if hit(c) {
                return Some(i);
            }
        }
        i += 1;
    }
    None
}

/// True for the characters [`fold`] changes or drops.
fn needs_fold(c: char) -> bool {
    matches!(
        c,
        '\u{FF01}'..='\u{FF5E}'
            | '\u{3000}'
            | '\u{00A0}'
            | '\u{2002}'..='\u{200D}'
            | '\u{202F}'
            | '\t'
            | '\u{FEFF}'
            | '\u{FE6A}'
    )
}

/// Where [`clean`] splits words (after folding).
fn is_break(c: char) -> bool {
    matches!(c, ' ' | '\r' | '\n')
}

/// [`fold`], then trims and collapses runs of spaces into one.
pub fn clean(s: &str) -> String {
    clean_cow(s).into_owned()
}

/// [`clean`], borrowing the text when nothing changes: for callers that only look at it.
pub fn clean_cow(s: &str) -> std::borrow::Cow<'_, str> {
    let Some(i) = first(s, |c| needs_fold(c) || is_break(c)) else {
        return std::borrow::Cow::Borrowed(s);
    };
    // Nothing before `i` changes, so it is a word (or nothing).
    let mut out = String::with_capacity(s.len());
    out.push_str(&s[..i]);
    let mut gap = false;
    for c in s[i..].chars().filter_map(fold_char) {
        if is_break(c) {
            gap = true;
            continue;
        }
        if gap && !out.is_empty() {
            out.push(' ');
        }
        gap = false;
        out.push(c);
    }
    out.into()
}

/// [`fold`], then removes every whitespace character: for cells such as operators, numbers and
/// dates, where `2024 年 12 月` and `2024年12月` mean the same.
///
/// Borrows the text when nothing changes, as for most cells.
pub fn compact(s: &str) -> std::borrow::Cow<'_, str> {
    let Some(i) = first(s, |c| needs_fold(c) || c.is_whitespace()) else {
        return std::borrow::Cow::Borrowed(s);
    };
    let mut out = String::with_capacity(s.len());
    out.push_str(&s[..i]);
    out.extend(
        s[i..]
            .chars()
            .filter_map(fold_char)
            .filter(|c| !c.is_whitespace()),
    );
    out.into()
}

/// True when [`compact`] leaves nothing (only whitespace and zero-width characters), without
/// building it.
pub fn is_blank(s: &str) -> bool {
    s.chars()
        .all(|c| c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200D}' | '\u{FEFF}'))
}

/// True when the text has no letter, digit or CJK character: only symbols and spaces
/// (`--`, `/`, `……`, `***`). Such a cell says nothing.
pub fn is_only_symbols(s: &str) -> bool {
    !s.chars().any(is_alphanumeric)
}

/// [`char::is_alphanumeric`], answering ASCII and the CJK Unified Ideographs block (all
/// letters) without the slow Unicode table lookup.
fn is_alphanumeric(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || ('\u{4E00}'..='\u{9FFF}').contains(&c)
        || (!c.is_ascii() && c.is_alphanumeric())
}

/// Number of characters (not bytes): what portals mean by a length limit.
pub fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Appends `n` in decimal, as `write!(s, "{n}")` would, without the formatting machinery
/// (deadlines are written on every check, result indices once per diagnostic).
pub fn push_int(s: &mut String, n: i64) {
    if n < 0 {
        s.push('-');
    }
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    let mut m = n.unsigned_abs();
    loop {
        i -= 1;
        digits[i] = b'0' + (m % 10) as u8;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    for &d in &digits[i..] {
        s.push(char::from(d));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn push_int_writes_what_format_writes() {
        for n in [
            0,
            7,
            10,
            2024,
            -1,
            -305,
            i64::from(i32::MIN),
            i64::MIN,
            i64::MAX,
        ] {
            let mut s = String::from("x");
            push_int(&mut s, n);
            assert_eq!(s, format!("x{n}"));
        }
    }

    #[test]
    fn folds_full_width_digits_operators_and_percent() {
        assert_eq!(fold("＞＝１００％"), ">=100%");
        assert_eq!(fold("ＡＢｃ"), "ABc");
        assert_eq!(fold("a\u{3000}b\u{200B}c"), "a bc");
    }

    #[test]
    fn keeps_chinese_punctuation() {
        assert_eq!(fold("培训批次、期数。"), "培训批次、期数。");
    }

    #[test]
    fn clean_trims_and_collapses() {
        assert_eq!(clean("  维修  合格率\u{3000}"), "维修 合格率");
        assert_eq!(clean("足额保\n障"), "足额保 障");
    }

    #[test]
    fn compact_removes_all_spaces() {
        assert_eq!(compact("2024 年 12 月"), "2024年12月");
    }

    #[test]
    fn symbols_only() {
        assert!(is_only_symbols("-- / ……"));
        assert!(is_only_symbols(""));
        assert!(!is_only_symbols("——好"));
        assert!(!is_only_symbols("x"));
    }

    #[test]
    fn cjk_block_is_alphanumeric() {
        assert!(('\u{4E00}'..='\u{9FFF}').all(|c| c.is_alphanumeric()));
        for c in ['a', 'Z', '5', '①', 'é', '、', '-', ' ', '\u{3000}', '㐀'] {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c}");
        }
    }

    #[test]
    fn quick_scan_matches_the_slow_path() {
        for s in [
            "（维修）合格率、数量。",
            "a\u{0085}b",
            "x\u{1680}y\u{2028}z\u{205F}",
            "\u{000B}\u{000C}",
            " 维修\r\n合格率 ",
            "１００％\u{FEFF}",
            "\u{200B}\u{3000}\t\u{FEFF} ",
            "\u{FF01}",
            "",
        ] {
            assert_eq!(is_blank(s), compact(s).is_empty(), "{s:?}");
            let slow: String = s.chars().filter_map(fold_char).collect();
            assert_eq!(fold(s), slow, "{s:?}");
            let compacted: String = slow.chars().filter(|c| !c.is_whitespace()).collect();
            assert_eq!(compact(s), compacted, "{s:?}");
            let words: Vec<&str> = slow
                .split([' ', '\r', '\n'])
                .filter(|w| !w.is_empty())
                .collect();
            assert_eq!(clean(s), words.join(" "), "{s:?}");
        }
    }
}
