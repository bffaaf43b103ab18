//! Organisation names: 主管部门 (department) and 实施单位 (implementing unit).
//!
//! Portals display them with decorations — a code prefix (`820001-铁西区教育局`, `[820001]…`)
//! or a trailing dash (`铁西区教育局-`). The name is what matters; the decorations are dropped.

/// The organisation's name without code prefix or trailing dash. Decorations are stripped
/// until none is left (`[820001]820001-name-` → `name`), so the result is a fixed point:
/// `name(&name(s)) == name(s)`, which `normalize` relies on.
pub fn name(s: &str) -> String {
    let c = crate::text::clean(s);
    let mut rest = c.as_str();
    loop {
        let stripped = strip_once(rest);
        if stripped.len() == rest.len() {
            return rest.to_string();
        }
        rest = stripped;
    }
}

/// Removes one code prefix and any trailing dashes.
fn strip_once(mut rest: &str) -> &str {
    // [820001] or 【820001】 prefix.
    if let Some(r) = rest.strip_prefix(['[', '【']) {
        if let Some(end) = r.find([']', '】']) {
            if r[..end].chars().all(|ch| ch.is_ascii_digit()) {
                rest = r[end..].trim_start_matches([']', '】']).trim_start();
            }
        }
    }
    // 820001-name or 820001 name.
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits >= 3 {
        let after = &rest[digits..];
        if let Some(r) = after.strip_prefix(['-', '－', ' ', '_', '—']) {
            rest = r.trim_start();
        }
    }
    rest.trim_end_matches(['-', '－', '—', ' '])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_decorations() {
        assert_eq!(
            name("沈阳市铁西区人民政府办公室-"),
            "沈阳市铁西区人民政府办公室"
        );
        assert_eq!(name("820001-铁西区教育局"), "铁西区教育局");
        assert_eq!(name("[820001]铁西区教育局"), "铁西区教育局");
        assert_eq!(
            name("中国人民政治协商会议沈阳市铁西区委员会 本级-"),
            "中国人民政治协商会议沈阳市铁西区委员会 本级"
        );
    }

    /// Found by the fix_normalize fuzz target: one round of stripping left a second code
    /// prefix behind, so `normalize` was not idempotent (`820001-2024 年…` → `2024 年…` → `年…`).
    #[test]
    fn strips_to_a_fixed_point() {
        assert_eq!(name("[820001]820001-铁西区教育局--"), "铁西区教育局");
        for s in [
            "820001-2024 年 12 月",
            "123 456 789-x",
            "【1】[2]3333-",
            "-- 820001 -",
        ] {
            let once = name(s);
            assert_eq!(name(&once), once, "{s:?}");
        }
    }

    #[test]
    fn keeps_names_with_digits_inside() {
        assert_eq!(name("第12中学"), "第12中学");
        assert_eq!(name("12中学"), "12中学");
    }
}
