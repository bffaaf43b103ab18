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
    if plain(s, false) || !s.chars().any(needs_fold) {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\u{FF01}'..='\u{FF5E}' => {
                out.push(char::from_u32(c as u32 - 0xFEE0).unwrap_or(c));
            }
            '\u{3000}' | '\u{00A0}' | '\u{2002}'..='\u{200A}' | '\u{202F}' | '\t' => out.push(' '),
            '\u{200B}'..='\u{200D}' | '\u{FEFF}' => {}
            // Other spellings of the percent sign.
            '\u{FE6A}' => out.push('%'),
            _ => out.push(c),
        }
    }
    out
}

/// A quick, conservative test on bytes: true when `s` surely has nothing for [`fold`] to
/// change (and, with `spaces`, no whitespace). Every such character is ASCII or starts with
/// one of the lead bytes C2, E1, E2, E3, EF; CJK text (leads E4–E9) passes at byte speed.
fn plain(s: &str, spaces: bool) -> bool {
    s.bytes().all(|b| match b {
        b'\t' => false,
        0..=0x7F => !(spaces && (b.is_ascii_whitespace() || b == 0x0B)),
        0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF => false,
        _ => true,
    })
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

/// [`fold`], then trims and collapses runs of spaces into one.
pub fn clean(s: &str) -> String {
    if plain(s, true) {
        return s.to_owned();
    }
    let folded = fold(s);
    let mut out = String::with_capacity(folded.len());
    for word in folded.split([' ', '\r', '\n']).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// [`fold`], then removes every whitespace character: for cells such as operators, numbers and
/// dates, where `2024 年 12 月` and `2024年12月` mean the same.
///
/// Borrows the text when nothing changes, as for most cells.
pub fn compact(s: &str) -> std::borrow::Cow<'_, str> {
    if plain(s, true) {
        return std::borrow::Cow::Borrowed(s);
    }
    fold(s)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .into()
}

/// True when the text has no letter, digit or CJK character: only symbols and spaces
/// (`--`, `/`, `……`, `***`). Such a cell says nothing.
pub fn is_only_symbols(s: &str) -> bool {
    !s.chars().any(|c| c.is_alphanumeric())
}

/// Number of characters (not bytes): what portals mean by a length limit.
pub fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// True when `name` and `text` share a meaningful term: some character bigram of `name` occurs
/// in `text`. The name is compacted and ASCII lower-cased, the `generic` words (专项, 经费 …) are cut
/// out of it first, and only pairs of letters/digits/CJK characters count, so no bigram spans
/// a cut or punctuation. A name left with no bigram (too short, or only generic words such as
/// 专项经费) has nothing to compare and counts as sharing. Used to ask whether a goal is about
/// its project (`法律宣传及普法专项经费` vs. a goal about 燃气安全 shares nothing).
pub fn shares_term(name: &str, text: &str, generic: &[&str]) -> bool {
    let mut name = compact(name).to_ascii_lowercase();
    for g in generic.iter().filter(|g| !g.is_empty()) {
        name = name.replace(g, " ");
    }
    let name: Vec<char> = name.chars().collect();
    let text = compact(text).to_ascii_lowercase();
    let mut any = false;
    for pair in name.windows(2) {
        if !pair.iter().all(|c| c.is_alphanumeric()) {
            continue;
        }
        let bigram: String = pair.iter().collect();
        any = true;
        if text.contains(&bigram) {
            return true;
        }
    }
    !any
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn shared_terms() {
        let generic = ["专项", "经费"];
        assert!(shares_term(
            "办公楼维修维护",
            "解决维修维护等问题",
            &generic
        ));
        assert!(!shares_term("普法专项经费", "强化燃气安全监管", &generic));
        assert!(
            shares_term("专项经费", "任何目标", &generic),
            "only generic: nothing to compare"
        );
        assert!(shares_term("LED 路灯", "更换led灯具", &generic));
        assert!(
            !shares_term("调研、信息", "研信", &generic),
            "no bigram across punctuation"
        );
        assert!(
            !shares_term("普法专项经费", "法专", &generic),
            "no bigram across a cut"
        );
    }
}
