//! A self-evaluation's weights by level 1 (LIFECYCLE.md §3.7): the groups its rows fall in,
//! what each adds up to, and the points a level-1 cell states (`产出指标（50分）`, `成本指标(0-20)分`,
//! §2.4), which the taxonomy strips ([`crate::taxonomy::level_key`]) and the weight rules keep.

use crate::indicator::Indicator;
use crate::taxonomy::{level_key, Framework, Level1};
use rust_decimal::Decimal;

/// The rows under one level 1.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// The level 1's matching key ([`level_key`]: `产出` for `产出指标（50分）`).
    pub key: String,
    /// The level 1 as reviewers name it: the canonical name (`产出指标`), else the cell's text
    /// without its points.
    pub name: String,
    /// The level 1, when it is one the taxonomy knows.
    pub level1: Option<Level1>,
    /// Indices of the rows (into the table's indicators).
    pub rows: Vec<usize>,
    /// Σ of the rows' weights.
    pub weight: Decimal,
    /// The points a level-1 cell of the group states, as a range (`50分` is 50 to 50, `(0-20)分`
    /// 0 to 20), and the row whose cell states them; `None` when no cell states any, or two
    /// cells state different points.
    pub stated: Option<((Decimal, Decimal), usize)>,
}

/// The rows that carry a weight: not empty, not a template's unused slot (`……`).
pub fn weighted_rows(rows: &[Indicator]) -> impl Iterator<Item = &Indicator> {
    rows.iter().filter(|r| !r.is_empty() && !r.is_empty_slot())
}

/// The level-1 groups of `rows`, in order of first appearance; `None` when a row's weight is
/// not a number or its level 1 cannot be told (then no group total is known). A row is under
/// its level 1, else its level 2's parent (also a level-2 name typed in the level-1 cell); a
/// blank level-1 cell under neither is a merged one, under the level 1 above.
pub fn groups(rows: &[Indicator], framework: Framework) -> Option<Vec<Group>> {
    let mut groups: Vec<Group> = Vec::new();
    let mut above: Option<usize> = None;
    // Groups two of whose cells state different points.
    let mut conflicts: Vec<usize> = Vec::new();
    for row in weighted_rows(rows) {
        let weight = row.weight.get()?;
        let text = &row.raw.level1;
        let (key, name, level1) = match row.level1_or_implied(framework) {
            Some(l1) => (level_key(l1.name()), l1.name().to_string(), Some(l1)),
            None if crate::text::is_only_symbols(text) => {
                let g = &groups[above?];
                (g.key.clone(), g.name.clone(), g.level1)
            }
            None => {
                let key = level_key(text);
                if key.is_empty() {
                    return None;
                }
                (key, name_without_points(text), None)
            }
        };
        let stated = stated_points(text);
        let at = match groups.iter().position(|g| g.key == key) {
            Some(i) => i,
            None => {
                groups.push(Group {
                    key,
                    name,
                    level1,
                    rows: Vec::new(),
                    weight: Decimal::ZERO,
                    stated: None,
                });
                groups.len() - 1
            }
        };
        let g = &mut groups[at];
        g.rows.push(row.index);
        g.weight = g.weight.checked_add(weight)?;
        if let Some(points) = stated {
            match (g.stated, conflicts.contains(&at)) {
                (_, true) => {}
                (None, false) => g.stated = Some((points, row.index)),
                (Some((p, _)), false) if p != points => {
                    g.stated = None;
                    conflicts.push(at);
                }
                _ => {}
            }
        }
        above = Some(at);
    }
    Some(groups)
}

/// The level-1 cell's text without the points it states: `产出指标（50分）` → `产出指标`.
fn name_without_points(text: &str) -> String {
    let c = crate::text::compact(text);
    let end = c
        .find(|ch: char| matches!(ch, '(' | '（' | '【' | '[') || ch.is_ascii_digit())
        .unwrap_or(c.len());
    c[..end].to_string()
}

/// The points a level-1 cell states after its name, as a range: `产出指标（50分）` → 50 to 50,
/// `成本指标(0-20)分` → 0 to 20, `效益指标30分` → 30 to 30; `None` when it states none (a number
/// with no `分` is not read as points).
pub fn stated_points(level1: &str) -> Option<(Decimal, Decimal)> {
    let c = crate::text::compact(level1);
    let start = c.find(|ch: char| ch.is_ascii_digit())?;
    let head = c[..start].trim_end_matches(['(', '（', '【', '[']);
    // A name comes first, and nothing but an opening bracket between it and the number.
    if crate::text::is_only_symbols(head) || head.ends_with(|ch: char| !(ch.is_alphanumeric())) {
        return None;
    }
    let (lo, rest) = number(&c[start..])?;
    let (hi, rest) = match rest.strip_prefix(['-', '~', '～', '—', '－', '至', '到']) {
        Some(r) => number(r)?,
        None => (lo, rest),
    };
    let closing = [')', '）', '】', ']'];
    let rest = rest.trim_start_matches(closing);
    let after = rest.strip_prefix('分')?;
    (after.trim_matches(closing).is_empty() && lo <= hi).then_some((lo, hi))
}

/// A number at the start of `s`, and what follows it.
fn number(s: &str) -> Option<(Decimal, &str)> {
    let end = s
        .find(|ch: char| !(ch.is_ascii_digit() || ch == '.'))
        .unwrap_or(s.len());
    Some((crate::amount::parse_decimal(&s[..end])?, &s[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::raw::RawIndicator;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn points_as_cells_state_them() {
        let p = |s: &str| stated_points(s);
        assert_eq!(p("产出指标（50分）"), Some((d("50"), d("50"))));
        assert_eq!(p("产出指标(50分)"), Some((d("50"), d("50"))));
        assert_eq!(p("成本指标(0-20)分"), Some((d("0"), d("20"))));
        assert_eq!(p("效益指标30分"), Some((d("30"), d("30"))));
        assert_eq!(p("满意度指标（１０分）"), Some((d("10"), d("10"))));
        for none in [
            "产出指标",
            "产出指标（50）",
            "2021年产出指标",
            "产出指标（50分，含成本）",
            "(50分)",
            "",
        ] {
            assert_eq!(p(none), None, "{none}");
        }
    }

    fn row(i: usize, l1: &str, l2: &str, w: &str) -> Indicator {
        Indicator::parse(
            i,
            &RawIndicator {
                level1: l1.into(),
                level2: l2.into(),
                name: format!("指标{i}"),
                weight: w.into(),
                ..Default::default()
            },
        )
    }

    #[test]
    fn groups_by_level1() {
        // Worked example B's 产出 60 under （60分）, 效益 25 under （25分）, 满意度 10; merged
        // level-1 cells left blank below the first row.
        let rows = [
            row(0, "产出指标（60分）", "数量指标", "10"),
            row(1, "", "数量指标", "20"),
            row(2, "", "质量指标", "30"),
            row(3, "效益指标（25分）", "社会效益指标", "15"),
            row(4, "效益指标（25分）", "可持续影响指标", "10"),
            row(5, "满意度指标", "服务对象满意度指标", "10"),
        ];
        let g = groups(&rows, Framework::F2020).unwrap();
        let summary: Vec<_> = g
            .iter()
            .map(|g| (g.name.as_str(), g.weight, g.stated.map(|s| s.0 .0)))
            .collect();
        assert_eq!(
            summary,
            [
                ("产出指标", d("60"), Some(d("60"))),
                ("效益指标", d("25"), Some(d("25"))),
                ("满意度指标", d("10"), None),
            ]
        );
        assert_eq!(g[0].rows, [0, 1, 2]);
        assert_eq!(g[0].stated.unwrap().1, 0);
        // A weight that is not a number: no totals.
        let bad = [row(0, "产出指标", "数量指标", "十")];
        assert_eq!(groups(&bad, Framework::F2020), None);
        // Two cells of a group that disagree: the statement is unknown.
        let conflict = [
            row(0, "产出指标（50分）", "数量指标", "25"),
            row(1, "产出指标（60分）", "质量指标", "25"),
        ];
        assert_eq!(groups(&conflict, Framework::F2020).unwrap()[0].stated, None);
        // A level-2 name typed in the level-1 cell (the seed's 可持续影响指标): under its parent.
        let seed = [
            row(0, "效益指标", "社会效益指标", "20"),
            row(1, "可持续影响指标", "", "10"),
        ];
        let g = groups(&seed, Framework::F2020).unwrap();
        assert_eq!((g.len(), g[0].weight), (1, d("30")));
        // A level 1 the taxonomy does not know is a group of its own.
        let other = [row(0, "预算执行（10分）", "", "10")];
        let g = groups(&other, Framework::F2020).unwrap();
        assert_eq!(
            (g[0].key.as_str(), g[0].name.as_str()),
            ("预算执行", "预算执行")
        );
    }
}
