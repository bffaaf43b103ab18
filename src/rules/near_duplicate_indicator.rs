//! `near-duplicate-indicator` — 三级指标与另一行几乎相同.
//!
//! Two names where one contains the other (the seed's 文化服务体系建设 has both 正常运转率 and
//! 保障全年正常运转率) or that differ by a character or two (维修合格率 / 维修的合格率) measure
//! the same thing twice: the table looks fuller than it is, and reviewers ask for indicators
//! that are “指向明确” and not repeated (DOMAIN.md, 相关性/适当性 review). The names must be of
//! the same kind (both rates, both counts …) so that 维修数量 and 维修数量完成率 pass, and
//! names that differ only in a number (一季度 / 二季度完成率) pass too. Exact repeats belong to
//! `duplicate-indicator`. Only rows that measure the same way are compared: the same level 2
//! (when both rows say), the same kind of name and units of the same sort (both %, both money
//! …), so that a short common stem (绿化面积 / 绿化面积养护合格率) or the same subject counted
//! for different people (保障在职职工人数 / 保障退休职工人数, under different level 2) is not
//! a near-duplicate. Reported once, on the later row, naming the earlier ones.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::near_duplicate_indicator,
    level: Level::Warning,
    stages: Stages::ALL,
    title: Tr {
        zh: "三级指标与另一行几乎相同",
        en: "Two indicators are nearly the same",
    },
    description: Tr {
        zh: "名称只差几个字的指标（如“正常运转率”与“保障全年正常运转率”）衡量的是同一件事。",
        en: "Names that differ by a few characters measure the same thing.",
    },
    check: Check::Table(check),
};

/// The shortest name that counts when contained in another.
const MIN_CONTAINED: usize = 4;
/// Names longer than this are compared only for containment.
const MAX_EDIT_LEN: usize = 30;
/// Names longer than this are not compared at all: they are `name-too-long`'s, and comparing
/// 500 pasted paragraphs pairwise would cost too much.
const MAX_LEN: usize = 100;
/// One added character allowed per this many characters of the shorter name.
const CHARS_PER_EDIT: usize = 5;
/// The most earlier rows named in one finding.
const MAX_NAMED: usize = 3;

struct Name<'t> {
    pos: usize,
    text: &'t str,
    /// In characters.
    len: usize,
    kind: NameKind,
    level2: Option<Level2>,
    unit: Option<UnitSort>,
    /// True when the name has digits or Chinese numerals: names that differ
    /// only there (一季度 / 二季度, 2023年 / 2024年) are different periods, not near-duplicates.
    numerals: bool,
    /// One bit per character, hashed ([`signature`]): a name can be inside another, or a
    /// subsequence of it, only when its bits are among the other's. Most pairs stop there.
    sig: u64,
}

/// A 64-bit set of the name's characters, hashed: every character of `a` can be in `b` only
/// when `signature(a) & !signature(b) == 0`.
fn signature(text: &str) -> u64 {
    text.chars()
        .fold(0, |sig, c| sig | 1 << ((c as u32).wrapping_mul(0x9E37_79B1) >> 26))
}

/// The name without its numerals.
fn bare(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars().filter(|c| !is_numeral(*c))
}

/// What sort of quantity a unit measures, for telling rows that measure alike.
#[derive(Clone, Copy, PartialEq, Eq)]
enum UnitSort {
    Percent,
    Money,
    Count,
    Other,
}

fn unit_sort(u: &Unit) -> UnitSort {
    match u {
        Unit::Percent | Unit::PerMille => UnitSort::Percent,
        Unit::Money(_) => UnitSort::Money,
        Unit::Count(_) => UnitSort::Count,
        _ => UnitSort::Other,
    }
}

fn check(table: &Table, cx: &mut Context) {
    // Names already seen: an exact repeat is duplicate-indicator's.
    let mut seen = std::collections::HashSet::with_capacity(table.indicators.len());
    let mut earlier: Vec<Name> = Vec::new();
    for (pos, ind) in table.indicators.iter().enumerate() {
        if !ind.has_name() {
            continue;
        }
        let text = ind.compact_name();
        if !seen.insert(text) {
            continue;
        }
        let name = Name {
            pos,
            len: text.chars().count(),
            numerals: text.chars().any(is_numeral),
            sig: signature(text),
            text,
            kind: ind.name_kind,
            level2: ind.level2.get(),
            unit: ind.unit.as_ref().map(unit_sort),
        };
        let matches: Vec<usize> = earlier
            .iter()
            .filter(|e| similar(e, &name))
            .map(|e| e.pos)
            .take(MAX_NAMED)
            .collect();
        earlier.push(name);
        if matches.is_empty() {
            continue;
        }
        let others: Vec<String> = matches
            .iter()
            .map(|&j| {
                cx.row(table.indicators.get(j).map_or(j, |r| r.index))
                    .to_string()
            })
            .collect();
        let others = others.join(if cx.zh() { "、" } else { ", " });
        let row = cx.row(ind.index);
        let msg = tr!(
            cx,
            "{row}与{others}几乎相同，衡量的可能是同一件事。请合并为一个指标，或改写名称，写清两者考核内容的区别。",
            "{row} is nearly the same as {others} and probably measures the same thing. Merge them into one indicator, or rename them to say how they differ."
        );
        cx.report(Path::Cell(ind.index, Column::Name), msg);
    }
}

/// True when two different names probably mean the same indicator.
fn similar(a: &Name, b: &Name) -> bool {
    if a.kind != b.kind || differ(a.level2, b.level2) || differ(a.unit, b.unit) {
        return false;
    }
    let (short, long) = if a.len <= b.len { (a, b) } else { (b, a) };
    if long.len > MAX_LEN {
        return false;
    }
    // Both tests below need every character of the shorter name in the longer one.
    if short.sig & !long.sig != 0 {
        return false;
    }
    // Names that differ only in their numerals.
    if (a.numerals || b.numerals) && bare(a.text).eq(bare(b.text)) {
        return false;
    }
    if short.len >= MIN_CONTAINED && long.text.contains(short.text) {
        return true;
    }
    let limit = short.len / CHARS_PER_EDIT;
    if limit == 0 || long.len > MAX_EDIT_LEN || long.len - short.len > limit {
        return false;
    }
    is_subsequence(short.text, long.text)
}

/// True when both are known and they differ.
fn differ<T: PartialEq>(x: Option<T>, y: Option<T>) -> bool {
    matches!((x, y), (Some(x), Some(y)) if x != y)
}

/// Digits and Chinese numerals.
fn is_numeral(c: char) -> bool {
    matches!(
        c,
        '0'..='9'
            | '〇'
            | '零'
            | '一'
            | '二'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
            | '万'
            | '两'
    )
}

/// True when `short` is `long` with characters left out (`维修合格率` in `维修的合格率`):
/// words added to a name, not words changed (`保障在职职工人数` / `保障退休职工人数` count
/// different people).
fn is_subsequence(short: &str, long: &str) -> bool {
    let mut rest = long.chars();
    short.chars().all(|c| rest.any(|l| l == c))
}

#[cfg(test)]
mod tests {
    use super::is_subsequence;
    use crate::rules::testing::*;

    const ID: &str = "near-duplicate-indicator";

    #[test]
    fn seed_culture_service_contained_name() {
        let mut t = good();
        t.indicators[1] = row(
            "产出指标",
            "质量指标",
            "保障全年正常运转率",
            "=",
            "100",
            "%",
            "2024年12月",
        );
        t.indicators[2] = row("", "", "正常运转率", "=", "100", "%", "2024年12月");
        let d = run(ID, &t);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].path.to_string(), "indicators.2.name");
        assert!(d[0].fix.is_none());
        messages_contain(
            ID,
            &t,
            &["第3行（正常运转率）与第2行（保障全年正常运转率）"],
            &["row 3", "row 2"],
        );
    }

    #[test]
    fn one_character_apart() {
        let mut t = good();
        t.indicators[2].name = "体检报告的合格率".into();
        t.indicators[2].level2 = "质量指标".into();
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.2.name");
        // Under another level 2 the two rows measure different things.
        t.indicators[2].level2 = "时效指标".into();
        assert!(run(ID, &t).is_empty());
    }

    #[test]
    fn near_misses_from_real_tables() {
        let mut t = good();
        // 浮梁县林业局: the same subject counted for different people, in 人.
        t.indicators[4] = row("产出指标", "数量指标", "保障在职职工人数(人)", "=", "116", "人", "");
        t.indicators[5] = row("产出指标", "数量指标", "保障退休职工人数(人)", "=", "81", "人", "");
        assert!(run(ID, &t).is_empty());
        // 临海: a short common stem, one an area and one a rate.
        t.indicators[0].name = "绿化面积".into();
        t.indicators[1].name = "绿化面积养护合格率".into();
        t.indicators[1].level2 = "数量指标".into();
        assert!(run(ID, &t).is_empty());
    }

    #[test]
    fn once_per_later_row_not_on_exact_duplicates() {
        let mut t = good();
        t.indicators[1].name = "正常运转率".into();
        t.indicators[2].name = "保障全年正常运转率".into();
        t.indicators[2].level2 = "质量指标".into();
        t.indicators[3] = row("", "", "正常运转率", "=", "100", "%", "2024年12月");
        t.indicators[4] = row("", "", "全年正常运转率", "=", "100", "%", "2024年12月");
        let d = run(ID, &t);
        let p = paths_of(&d);
        assert_eq!(p, ["indicators.2.name", "indicators.4.name"]);
        assert!(d[1].message.contains("第2行") && d[1].message.contains("第3行"));
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // Different kinds, numbers only, too short to judge, and really different names.
        t.indicators[0].name = "维修数量".into();
        t.indicators[1].name = "维修数量完成率".into();
        t.indicators[2].name = "一季度完成率".into();
        t.indicators[3].name = "二季度完成率".into();
        t.indicators[4].name = "培训人数".into();
        t.indicators[5].name = "培训人次".into();
        t.indicators
            .push(row("", "", "足额缴纳率", "=", "100", "%", "2024年12月"));
        t.indicators
            .push(row("", "", "足额发放率", "=", "100", "%", "2024年12月"));
        t.indicators
            .push(row("", "", "满意度", "≥", "90", "%", "2024年12月"));
        assert!(run(ID, &t).is_empty(), "{:?}", run(ID, &t));
        assert!(run(ID, &good()).is_empty());
    }

    #[test]
    fn many_long_rows_stay_cheap() {
        let mut t = good();
        t.indicators = (0..500)
            .map(|i| row("", "", &format!("{}{i}", "长".repeat(29)), "", "", "", ""))
            .collect();
        // Names differing only in numbers: no findings, and no blow-up.
        assert!(run(ID, &t).is_empty());
        // 500 distinct 30-character names sharing a 20-character start: every pair reaches the
        // edit-distance check, which must stay cheap (about 10 ms in release).
        t.indicators = (0..500u32)
            .map(|i| {
                let tail: String = (0..10u32)
                    .filter_map(|k| char::from_u32(0x4e00 + (i * (7 + 2 * k) + k * 13) % 97))
                    .collect();
                row(
                    "",
                    "",
                    &format!("{}{tail}", "长".repeat(20)),
                    "",
                    "",
                    "",
                    "",
                )
            })
            .collect();
        assert!(run(ID, &t).is_empty());
    }

    #[test]
    fn subsequences() {
        assert!(is_subsequence("维修合格率", "维修的合格率"));
        assert!(!is_subsequence("保障在职职工人数", "保障退休职工人数"));
        assert!(is_subsequence("", "ab"));
        assert!(!is_subsequence("ba", "ab"));
    }
}
