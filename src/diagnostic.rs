//! What the rules report: [`Diagnostic`]s at [`Path`]s, with an optional one-click [`Fix`].

use crate::raw::{Column, ExecField, Field};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;

/// How serious a finding is. Portals call errors 强制性审核 (blocking) and warnings/info
/// 提示性审核 (advisory).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    #[default]
    Info,
    Warning,
    Error,
}

/// A rule's configured level: a severity, or switched off.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Off,
    Info,
    Warning,
    Error,
}

impl Level {
    pub fn severity(self) -> Option<Severity> {
        match self {
            Level::Off => None,
            Level::Info => Some(Severity::Info),
            Level::Warning => Some(Severity::Warning),
            Level::Error => Some(Severity::Error),
        }
    }

    /// `error`, `warning`, `info` or `off`.
    pub fn parse(s: &str) -> Option<Level> {
        [Level::Error, Level::Warning, Level::Info, Level::Off]
            .into_iter()
            .find(|l| l.as_str() == s)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Level::Off => "off",
            Level::Info => "info",
            Level::Warning => "warning",
            Level::Error => "error",
        }
    }
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// Where a diagnostic points, in the dot-index form that Element Plus / Ant Design form items
/// use as `prop`: `projectName`, `indicators`, `indicators.3`, `indicators.3.value`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Path {
    /// The table as a whole (input that is not a table at all). Renders as the empty string.
    #[default]
    Root,
    Field(Field),
    /// The indicator list as a whole.
    Indicators,
    /// One indicator row (0-based).
    Row(usize),
    /// One cell of an indicator row.
    Cell(usize, Column),
    /// The execution block as a whole (`execution`).
    Execution,
    /// A cell of the execution block's total row (`execution.rate`).
    Exec(ExecField),
    /// A funding source row (`execution.sources.1`) or one of its cells
    /// (`execution.sources.1.executed`).
    Source(usize, Option<ExecField>),
}

impl Path {
    /// The order diagnostics are listed in: header fields in form order, then the list, then
    /// each row followed by its cells in column order.
    pub fn sort_key(&self) -> (u8, usize, u8) {
        match *self {
            Path::Root => (0, 0, 0),
            Path::Field(f) if f.is_trailing() => (7, 0, f as u8),
            Path::Field(f) => (1, 0, f as u8),
            Path::Execution => (2, 0, 0),
            Path::Exec(f) => (2, 0, 1 + f as u8),
            Path::Source(i, f) => (3, i, f.map_or(0, |f| 1 + f as u8)),
            Path::Indicators => (4, 0, 0),
            Path::Row(i) => (5, i, 0),
            Path::Cell(i, c) => (5, i, 1 + c as u8),
        }
    }

    /// The row this path is in, if any.
    pub fn row(&self) -> Option<usize> {
        match *self {
            Path::Row(i) | Path::Cell(i, _) => Some(i),
            _ => None,
        }
    }

    /// Parses the dot-index form. `None` for anything that names no field of a table.
    pub fn parse(s: &str) -> Option<Path> {
        if s.is_empty() {
            return Some(Path::Root);
        }
        let mut parts = s.split('.');
        let head = parts.next()?;
        if head == "execution" {
            let path = match (parts.next(), parts.next(), parts.next()) {
                (None, ..) => Path::Execution,
                (Some("sources"), Some(i), cell) => {
                    let f = match cell {
                        Some(c) => Some(ExecField::from_key(c)?),
                        None => None,
                    };
                    Path::Source(i.parse().ok()?, f)
                }
                (Some(f), None, _) => {
                    Path::Exec(ExecField::from_key(f).filter(|f| *f != ExecField::Name)?)
                }
                _ => return None,
            };
            return parts.next().is_none().then_some(path);
        }
        if head != "indicators" {
            return match parts.next() {
                None => Field::from_key(head).map(Path::Field),
                Some(_) => None,
            };
        }
        let path = match parts.next() {
            None => Path::Indicators,
            Some(i) => {
                let i: usize = i.parse().ok()?;
                match parts.next() {
                    None => Path::Row(i),
                    Some(c) => Path::Cell(i, Column::from_key(c)?),
                }
            }
        };
        parts.next().is_none().then_some(path)
    }

    /// True when `self` is `other` or lies inside it (`indicators.3.value` is inside
    /// `indicators.3` and `indicators`).
    pub fn is_within(&self, other: &Path) -> bool {
        match (*self, *other) {
            (a, b) if a == b => true,
            (_, Path::Root) => true,
            (Path::Row(_) | Path::Cell(..), Path::Indicators) => true,
            (Path::Cell(i, _), Path::Row(j)) => i == j,
            (Path::Exec(_) | Path::Source(..), Path::Execution) => true,
            (Path::Source(i, Some(_)), Path::Source(j, None)) => i == j,
            _ => false,
        }
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Path::Root => Ok(()),
            Path::Field(field) => f.write_str(field.key()),
            Path::Indicators => f.write_str("indicators"),
            Path::Row(i) => write!(f, "indicators.{i}"),
            Path::Cell(i, c) => write!(f, "indicators.{i}.{}", c.key()),
            Path::Execution => f.write_str("execution"),
            Path::Exec(c) => write!(f, "execution.{}", c.key()),
            Path::Source(i, None) => write!(f, "execution.sources.{i}"),
            Path::Source(i, Some(c)) => write!(f, "execution.sources.{i}.{}", c.key()),
        }
    }
}

impl Serialize for Path {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Path {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Path::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("not a table path: “{s}”")))
    }
}

/// A one-click fix: write `value` at `path`, or remove the row at `path` when `value` is `None`
/// (serialised as `null`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Fix {
    #[cfg_attr(target_arch = "wasm32", tsify(type = "Path"))]
    pub path: Path,
    pub value: Option<String>,
    /// What the button says: `改为 ≥`, `删除重复行`.
    pub label: String,
    /// More cells the same click writes: the other rows of a merged level cell (一级指标 cut
    /// down five rows is one cell to the person who typed it, and one finding), or the level 2
    /// a level-2 name typed into the level-1 column belongs in.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub also: Vec<Edit>,
}

/// One more cell a [`Fix`] writes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Edit {
    #[cfg_attr(target_arch = "wasm32", tsify(type = "Path"))]
    pub path: Path,
    pub value: String,
}

impl Fix {
    /// Every path the fix writes or removes, with what it writes there (`None`: the row goes).
    pub fn edits(&self) -> impl Iterator<Item = (Path, Option<&str>)> + '_ {
        std::iter::once((self.path, self.value.as_deref()))
            .chain(self.also.iter().map(|e| (e.path, Some(e.value.as_str()))))
    }

    /// Every path the fix writes or removes.
    pub fn paths(&self) -> impl Iterator<Item = Path> + '_ {
        self.edits().map(|(p, _)| p)
    }
}

/// One finding.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Diagnostic {
    /// Names this finding while it stays the same: the same rule, path, severity, message and
    /// fix give the same id (`rate-at-least-100@indicators.3.operator#5f3a09c1`), so a form
    /// can tell which findings an edit added and removed ([`crate::Form`]).
    #[serde(default)]
    pub id: String,
    /// The rule's stable kebab-case id.
    pub rule: crate::rules::RuleId,
    pub severity: Severity,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "Path"))]
    pub path: Path,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fix: Option<Fix>,
}

impl Diagnostic {
    /// Gives each diagnostic its [`Diagnostic::id`]: the rule, the path and a hash of the rest;
    /// a second identical finding gets `~2`, a third `~3`. `diagnostics` are in [`sort`]'s
    /// order, so identical ones (same rule, same path) are in one run; one that already has
    /// its stable part (a live form keeps those of unchanged rows) keeps it.
    ///
    /// [`sort`]: crate::rules::sort
    pub fn assign_ids(diagnostics: &mut [Diagnostic]) {
        for d in diagnostics.iter_mut().filter(|d| d.id.is_empty()) {
            d.id = d.base_id();
        }
        let mut run = 0;
        for i in 0..diagnostics.len() {
            let (before, rest) = diagnostics.split_at_mut(i);
            let d = &mut rest[0];
            if i > 0 && (before[i - 1].rule, before[i - 1].path) != (d.rule, d.path) {
                run = i;
            }
            let n = 1 + before[run..].iter().filter(|e| e.id == d.id).count();
            if n > 1 {
                d.id.push('~');
                crate::text::push_int(&mut d.id, n as i64);
            }
        }
    }

    /// The rule, the path and a hash of the rest: [`Diagnostic::id`] before a repeat's `~2`.
    pub(crate) fn base_id(&self) -> String {
        let mut h = Fnv::default();
        h.write(self.severity.as_str());
        h.write(&self.message);
        if let Some(f) = &self.fix {
            h.write(&f.path.to_string());
            h.write(f.value.as_deref().unwrap_or("\u{0}"));
            h.write(&f.label);
        }
        let mut id = String::with_capacity(48);
        id.push_str(self.rule.as_str());
        id.push('@');
        let _ = fmt::Write::write_fmt(&mut id, format_args!("{}", self.path));
        id.push('#');
        let h = h.0 as u32 ^ (h.0 >> 32) as u32;
        for shift in (0..8).rev() {
            let nibble = (h >> (shift * 4)) & 0xf;
            id.push(char::from_digit(nibble, 16).unwrap_or('0'));
        }
        id
    }

    /// Attaches a fix that writes `value` at `path`.
    pub fn fix(
        &mut self,
        path: impl Into<Path>,
        value: impl Into<String>,
        label: impl Into<String>,
    ) -> &mut Self {
        self.fix = Some(Fix {
            path: path.into(),
            value: Some(value.into()),
            label: label.into(),
            also: Vec::new(),
        });
        self
    }

    /// Attaches a fix that writes `value` at `paths`, all at once (a merged cell's rows).
    pub fn fix_all(
        &mut self,
        paths: impl IntoIterator<Item = Path>,
        value: impl Into<String>,
        label: impl Into<String>,
    ) -> &mut Self {
        let mut paths = paths.into_iter();
        if let Some(path) = paths.next() {
            let value = value.into();
            self.fix = Some(Fix {
                path,
                also: paths
                    .map(|path| Edit {
                        path,
                        value: value.clone(),
                    })
                    .collect(),
                value: Some(value),
                label: label.into(),
            });
        }
        self
    }

    /// Adds to the fix attached last more cells it writes.
    pub fn and_write(&mut self, edits: impl IntoIterator<Item = (Path, String)>) -> &mut Self {
        if let Some(f) = &mut self.fix {
            f.also
                .extend(edits.into_iter().map(|(path, value)| Edit { path, value }));
        }
        self
    }

    /// Attaches a fix that removes the row at `path`.
    pub fn fix_remove(&mut self, row: usize, label: impl Into<String>) -> &mut Self {
        self.fix = Some(Fix {
            path: Path::Row(row),
            value: None,
            label: label.into(),
            also: Vec::new(),
        });
        self
    }
}

/// FNV-1a, 64 bits: a hash that is the same on every platform and build, for ids.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn write(&mut self, s: &str) {
        for b in s.bytes().chain([0xff]) {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// Counts by severity, as the summary of a form shows them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Counts {
    pub error: usize,
    pub warning: usize,
    pub info: usize,
}

impl Counts {
    pub fn of<'a>(diagnostics: impl IntoIterator<Item = &'a Diagnostic>) -> Counts {
        let mut c = Counts::default();
        for d in diagnostics {
            match d.severity {
                Severity::Error => c.error += 1,
                Severity::Warning => c.warning += 1,
                Severity::Info => c.info += 1,
            }
        }
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_round_trip() {
        for s in [
            "",
            "projectName",
            "budget",
            "indicators",
            "indicators.3",
            "indicators.3.value",
            "indicators.0.level1",
        ] {
            assert_eq!(Path::parse(s).unwrap().to_string(), s);
        }
        for s in [
            "indicators.x",
            "indicators.3.nope",
            "nope",
            "budget.1",
            "indicators.1.value.2",
        ] {
            assert_eq!(Path::parse(s), None, "{s}");
        }
    }

    #[test]
    fn within() {
        let cell = Path::Cell(3, Column::Value);
        assert!(cell.is_within(&Path::Row(3)));
        assert!(cell.is_within(&Path::Indicators));
        assert!(!cell.is_within(&Path::Row(2)));
        assert!(!Path::Field(Field::Budget).is_within(&Path::Indicators));
    }

    #[test]
    fn order_rows_then_cells() {
        let mut v = [
            Path::Cell(1, Column::Name),
            Path::Row(1),
            Path::Cell(0, Column::Deadline),
            Path::Field(Field::Budget),
            Path::Indicators,
        ];
        v.sort_by_key(Path::sort_key);
        assert_eq!(
            v,
            [
                Path::Field(Field::Budget),
                Path::Indicators,
                Path::Cell(0, Column::Deadline),
                Path::Row(1),
                Path::Cell(1, Column::Name)
            ]
        );
    }
}
