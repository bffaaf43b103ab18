//! Where a table's parts were read in the grid, so that a finding can name the cell it is
//! about (`B12`), not only its path.
//!
//! [`super::grid::read_located`] fills one [`Positions`] per table; the paste importer
//! ([`super::import_text`], [`super::import_grid`]) does not, and its code has none of this.

use crate::diagnostic::Path;

/// A cell of the grid that was read: 0-based row and column.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GridCell {
    pub row: usize,
    pub col: usize,
}

impl GridCell {
    pub fn new(row: usize, col: usize) -> GridCell {
        GridCell { row, col }
    }

    /// The spreadsheet name of the cell, when the grid starts at the sheet's `A1`:
    /// `(11, 1)` is `B12`.
    pub fn a1(self) -> String {
        let mut letters = Vec::new();
        let mut n = self.col + 1;
        while n > 0 {
            let rem = (n - 1) % 26;
            letters.push(b'A' + rem as u8);
            n = (n - 1) / 26;
        }
        letters.reverse();
        format!("{}{}", String::from_utf8_lossy(&letters), self.row + 1)
    }
}

/// Where one table's header fields, indicator header, rows and cells came from.
///
/// A cell moved by a repair is where its text was (a shifted row's cells one column left of
/// their heading, an overflowing cell beyond the last heading); a merged level cell filled
/// down is the cell it was filled from (the merged range's top-left); an empty cell is the
/// cell under its heading, where the value belongs; an empty header field is the cell right
/// of its label.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Positions {
    /// The row that started the table (its first header field or its indicator header).
    pub start: GridCell,
    cells: Vec<(Path, GridCell)>,
}

impl Positions {
    pub(crate) fn new(start: GridCell) -> Positions {
        Positions {
            start,
            cells: Vec::new(),
        }
    }

    /// Records where `path` was read; the first record of a path wins.
    pub(crate) fn set(&mut self, path: Path, at: GridCell) {
        if self.get(&path).is_none() {
            self.cells.push((path, at));
        }
    }

    /// Records where `path` was read, over an earlier record.
    pub(crate) fn replace(&mut self, path: Path, at: GridCell) {
        match self.cells.iter_mut().find(|(p, _)| *p == path) {
            Some(slot) => slot.1 = at,
            None => self.cells.push((path, at)),
        }
    }

    /// Where `path` itself was read, if it was.
    pub fn get(&self, path: &Path) -> Option<GridCell> {
        self.cells
            .iter()
            .find(|(p, _)| p == path)
            .map(|&(_, at)| at)
    }

    /// The nearest cell for `path`: the cell itself, else its row, else the indicator header,
    /// else where the table starts (a field the table does not have, the table as a whole).
    pub fn locate(&self, path: &Path) -> GridCell {
        let mut p = *path;
        loop {
            if let Some(at) = self.get(&p) {
                return at;
            }
            p = match p {
                Path::Cell(i, _) => Path::Row(i),
                Path::Row(_) => Path::Indicators,
                _ => return self.start,
            };
        }
    }

    /// Every recorded path and its cell, in the order they were read.
    pub fn iter(&self) -> impl Iterator<Item = (Path, GridCell)> + '_ {
        self.cells.iter().copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::raw::{Column, Field};

    #[test]
    fn a1_names() {
        let names: Vec<String> = [(0, 0), (11, 1), (0, 25), (4, 26), (9, 701), (0, 702)]
            .into_iter()
            .map(|(r, c)| GridCell::new(r, c).a1())
            .collect();
        assert_eq!(names, ["A1", "B12", "Z1", "AA5", "ZZ10", "AAA1"]);
    }

    #[test]
    fn locate_falls_back_to_the_row_then_the_header_then_the_start() {
        let mut p = Positions::new(GridCell::new(3, 0));
        p.set(Path::Indicators, GridCell::new(7, 1));
        p.set(Path::Row(0), GridCell::new(8, 3));
        p.set(Path::Cell(0, Column::Value), GridCell::new(8, 5));
        p.set(Path::Cell(0, Column::Value), GridCell::new(9, 9));
        assert_eq!(p.locate(&Path::Cell(0, Column::Value)), GridCell::new(8, 5));
        assert_eq!(
            p.locate(&Path::Cell(0, Column::Weight)),
            GridCell::new(8, 3)
        );
        assert_eq!(p.locate(&Path::Row(4)), GridCell::new(7, 1));
        assert_eq!(p.locate(&Path::Field(Field::Budget)), GridCell::new(3, 0));
        assert_eq!(p.locate(&Path::Root), GridCell::new(3, 0));
    }
}
