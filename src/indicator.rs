//! One indicator row, parsed: 一级/二级/三级指标, operator, target, unit, deadline.

use crate::deadline::Deadline;
use crate::operator::{Direction, Operator};
use crate::raw::RawIndicator;
use crate::taxonomy::{Level1, Level2};
use crate::unit::Unit;
use crate::value::{Target, ValueCell};
use rust_decimal::Decimal;

/// A parsed cell: empty, understood, or typed but not understood (the text is in `raw`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Cell<T> {
    #[default]
    Blank,
    Valid(T),
    Invalid,
}

impl<T: Copy> Cell<T> {
    pub fn get(&self) -> Option<T> {
        match self {
            Cell::Valid(v) => Some(*v),
            _ => None,
        }
    }
}

impl<T> Cell<T> {
    pub fn is_blank(&self) -> bool {
        matches!(self, Cell::Blank)
    }

    fn parse(text: &str, parse: impl FnOnce(&str) -> Option<T>) -> Cell<T> {
        if crate::text::is_blank(text) {
            Cell::Blank
        } else {
            parse(text).map_or(Cell::Invalid, Cell::Valid)
        }
    }
}

/// What an indicator's name says it measures, read from its wording (…率, …数, 满意度 …).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameKind {
    /// 满意度 / 满意率.
    Satisfaction,
    /// A growth rate (增长率, 增幅, 提高率): may exceed 100 %.
    Growth,
    /// A bounded rate or degree (合格率, 完成率, 覆盖率, 活跃度).
    Rate,
    /// A count (数量, 次数, 人数, 人次).
    Count,
    /// An amount of money (成本, 费用, 金额, 经费).
    Money,
    Other,
}

impl NameKind {
    pub fn of(name: &str) -> NameKind {
        NameKind::of_compact(&crate::text::compact(name))
    }

    /// [`NameKind::of`] a name already compacted ([`Indicator::compact_name`]).
    pub fn of_compact(n: &str) -> NameKind {
        // Closing marks and a unit after the name: `及时率%`, `合格率（%）`.
        let n = n.trim_end_matches(['）', ')', '”', '"', '%', '％', '(', '（']);
        if n.contains("满意")
            && (n.contains("满意度") || n.contains("满意率") || n.contains("满意程度"))
        {
            return NameKind::Satisfaction;
        }
        const GROWTH: &[&str] = &[
            "增长率",
            "增长幅度",
            "增幅",
            "增速",
            "增长比例",
            "提高率",
            "提升率",
            "增加率",
            "上升率",
            "增长",
        ];
        // The ending first: cheaper than the searches.
        if (n.ends_with('率')
            || n.ends_with('度')
            || n.ends_with("增幅")
            || n.ends_with("增速")
            || n.ends_with("比例"))
            && n.chars().any(|c| GROWTH_FIRST.contains(&c))
            && GROWTH.iter().any(|g| n.contains(g))
        {
            return NameKind::Growth;
        }
        /// The characters every word of `GROWTH` starts with: a cheap test before the searches.
        const GROWTH_FIRST: [char; 3] = ['增', '提', '上'];
        debug_assert!(GROWTH.iter().all(|g| g.starts_with(GROWTH_FIRST)));
        const NOT_DEGREE: &[&str] = &[
            "年度", "制度", "力度", "进度", "季度", "额度", "幅度", "长度", "宽度", "高度", "深度",
            "温度", "程度",
        ];
        if n.ends_with('率')
            || n.ends_with("比例")
            || n.ends_with("占比")
            || n.ends_with("比重")
            || (n.ends_with('度') && !NOT_DEGREE.iter().any(|d| n.ends_with(d)))
        {
            return NameKind::Rate;
        }
        const MONEY: &[&str] = &[
            "成本", "费用", "金额", "资金", "经费", "支出", "单价", "价格", "造价", "费",
        ];
        if MONEY.iter().any(|m| n.ends_with(m)) {
            return NameKind::Money;
        }
        const COUNT: &[&str] = &[
            "数量", "次数", "人数", "人次", "场次", "个数", "户数", "件数", "批次", "期数", "数",
        ];
        if COUNT.iter().any(|c| n.ends_with(c)) {
            return NameKind::Count;
        }
        NameKind::Other
    }

    /// True for names that expect a percentage.
    pub fn is_rate(self) -> bool {
        matches!(
            self,
            NameKind::Satisfaction | NameKind::Growth | NameKind::Rate
        )
    }
}

/// What a head count counts, read from the end of its name: distinct people (…人数, in 人) or
/// person-times (…人次, in 人次: one person served twice counts twice). The seed's
/// 特殊教育 table measures 奖励或资助学生人次 in 人.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Headcount {
    /// …人数: distinct people.
    Persons,
    /// …人次 / …人次数: person-times.
    PersonTimes,
}

impl Headcount {
    /// Reads a name's ending; `None` when the name is not a head count.
    #[cfg(test)]
    pub fn of(name: &str) -> Option<Headcount> {
        Headcount::of_compact(&crate::text::compact(name))
    }

    /// [`Headcount::of`] a name already compacted ([`Indicator::compact_name`]).
    pub fn of_compact(n: &str) -> Option<Headcount> {
        let n = n.trim_end_matches(['）', ')', '”', '"']);
        if n.ends_with("人次") || n.ends_with("人次数") {
            Some(Headcount::PersonTimes)
        } else if n.ends_with("人数") {
            Some(Headcount::Persons)
        } else {
            None
        }
    }

    /// The unit the count is measured in: 人 or 人次.
    pub fn unit(self) -> &'static str {
        match self {
            Headcount::Persons => "人",
            Headcount::PersonTimes => "人次",
        }
    }
}

/// A parsed indicator row. `raw` is exactly what was typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Indicator {
    /// 0-based row index in the table.
    pub index: usize,
    /// The row as typed.
    pub raw: RawIndicator,
    pub level1: Cell<Level1>,
    pub level2: Cell<Level2>,
    /// A level-2 name typed in the level-1 cell (the seed's `可持续影响指标`, `质量指标`
    /// there), when the level-1 cell holds no level-1 name.
    pub level2_in_level1: Option<Level2>,
    /// True when the level 1 was read from the level-2 cell, under a wrapper (`实施效果指标`
    /// over `产出指标`): the row has no level 2 of its own.
    pub level1_in_level2: bool,
    /// The name (三级指标), cleaned of extra spaces.
    pub name: String,
    /// The name without spaces when that differs from `name` (rarely): several rules compare
    /// names so, and compacting each name in each of them cost more than the rules' own work.
    /// Read through [`Indicator::compact_name`].
    pub name_compact: Option<String>,
    /// True when the name is made only of words that fit any project (`正常运转率`): read once
    /// here, since a table rule (`generic-indicator`) asks it of every row on every keystroke.
    pub empty_name: bool,
    /// True when every cell of the row is blank (read once: most table rules ask it of every
    /// row).
    blank: bool,
    /// [`Indicator::has_name`], read once for the same reason.
    named: bool,
    pub name_kind: NameKind,
    /// From the operator cell, or from the front of the value cell when that is empty.
    pub operator: Cell<Operator>,
    /// True when the operator came out of the value cell (`≥95%`).
    pub operator_in_value: bool,
    pub target: Target,
    /// From the unit cell, or from the value cell (`95%`) when that is empty.
    pub unit: Option<Unit>,
    /// True when the unit came out of the value cell.
    pub unit_in_value: bool,
    /// The unit written in the value cell itself (`800万元`), whatever the unit cell says.
    pub value_unit: Option<Unit>,
    pub deadline: Cell<Deadline>,
    pub weight: Cell<Decimal>,
    pub direction: Cell<Direction>,
    /// What a monitoring or self-evaluation form adds to the row (actual, score, reasons):
    /// `None` when the row has none of those cells.
    pub progress: Option<Box<crate::lifecycle::Progress>>,
}

/// True when `name` has a letter or CJK character ([`Indicator::has_name`]).
fn has_name(name: &str) -> bool {
    !crate::text::is_only_symbols(name)
        && !name
            .chars()
            .all(|c| c.is_ascii_digit() || c.is_whitespace() || matches!(c, '.' | '-'))
}

impl Indicator {
    pub fn parse(index: usize, raw: &RawIndicator) -> Indicator {
        Indicator::read(index, raw, raw)
    }

    /// Reads the typed cells from `text` (the row, or a copy of it clipped to the profile's
    /// limits) and keeps `raw`, the row as typed.
    pub fn read(index: usize, text: &RawIndicator, raw: &RawIndicator) -> Indicator {
        let value = ValueCell::parse(&text.value);
        let mut operator = Cell::parse(&text.operator, Operator::parse);
        let mut operator_in_value = false;
        if operator.is_blank() {
            if let Some(op) = value.operator {
                operator = Cell::Valid(op);
                operator_in_value = true;
            }
        }
        let mut unit = Unit::parse(&text.unit)
            .filter(|u| !matches!(u, Unit::Other(o) if crate::text::is_only_symbols(o)));
        let mut unit_in_value = false;
        let value_unit = value.unit.as_deref().and_then(Unit::parse);
        if unit.is_none() && value_unit.is_some() {
            unit.clone_from(&value_unit);
            unit_in_value = true;
        }
        let name = crate::text::clean(&text.name);
        if unit.is_none() {
            // The unit in the name, as some forms print it: `修建作业道长度(公里)`.
            unit = unit_in_name(&name);
        }
        let target = match value.target {
            Target::Number(n) if unit.is_none() && is_about_time(&name, &text.level2) => {
                date_of_number(n).map_or(Target::Number(n), Target::Date)
            }
            t => t,
        };
        let name_compact = match crate::text::compact(&name) {
            std::borrow::Cow::Borrowed(_) => None,
            std::borrow::Cow::Owned(c) => Some(c),
        };
        let mut level1 = Cell::parse(&text.level1, Level1::parse);
        let mut level2 = Cell::parse(&text.level2, Level2::parse);
        let mut level1_in_level2 = false;
        if level1 == Cell::Invalid && crate::taxonomy::is_wrapper(&text.level1) {
            // `实施效果指标` over `产出指标`: the level 1 sits in the level-2 column.
            match Level1::parse(&text.level2) {
                Some(l1) => {
                    (level1, level2) = (Cell::Valid(l1), Cell::Blank);
                    level1_in_level2 = true;
                }
                None => level1 = Cell::Blank,
            }
        }
        if level2 == Cell::Invalid && crate::taxonomy::is_generic_level2(&text.level2) {
            // `具体指标`: the template's label for "the indicators here".
            level2 = match level1
                .get()
                .map(|l1| l1.children(crate::taxonomy::Framework::F2020))
            {
                Some([only]) => Cell::Valid(*only),
                _ => Cell::Blank,
            };
        }
        Indicator {
            index,
            level2_in_level1: match level1 {
                Cell::Invalid => Level2::parse(&text.level1),
                _ => None,
            },
            level1,
            level2,
            level1_in_level2,
            name_kind: NameKind::of_compact(name_compact.as_deref().unwrap_or(&name)),
            empty_name: crate::boilerplate::is_empty_name(name_compact.as_deref().unwrap_or(&name)),
            blank: raw.is_empty(),
            named: has_name(&name),
            name,
            name_compact,
            operator,
            operator_in_value,
            target,
            unit,
            unit_in_value,
            value_unit,
            deadline: Cell::parse(&text.deadline, crate::deadline::parse_end),
            weight: Cell::parse(&text.weight, |w| {
                crate::amount::parse_decimal(crate::text::compact(w).trim_end_matches('%'))
            }),
            direction: Cell::parse(&text.direction, Direction::parse),
            progress: (cfg!(feature = "lifecycle") && text.has_progress())
                .then(|| Box::new(crate::lifecycle::Progress::read(text))),
            raw: raw.clone(),
        }
    }

    /// A qualitative (定性) row: the operator says so, or there is no operator and the value is
    /// text.
    pub fn is_qualitative(&self) -> bool {
        match self.operator {
            Cell::Valid(op) => op == Operator::Qualitative,
            Cell::Blank => matches!(self.target, Target::Text(_)),
            Cell::Invalid => false,
        }
    }

    /// The number, when the target is one.
    pub fn number(&self) -> Option<Decimal> {
        match self.target {
            Target::Number(n) => Some(n),
            _ => None,
        }
    }

    /// True when the unit is a percentage.
    pub fn is_percent(&self) -> bool {
        self.unit.as_ref().is_some_and(Unit::is_percent)
    }

    /// True when the row is filed under a cost level (成本指标 at level 1 or level 2, or a
    /// cost level-2 name typed in the level-1 cell).
    pub fn is_cost(&self) -> bool {
        self.level1.get() == Some(Level1::Cost)
            || self
                .level2
                .get()
                .or(self.level2_in_level1)
                .is_some_and(Level2::is_cost)
    }

    /// The target as a total amount of money in 元: a number in 元, 万元 … (not per something),
    /// or, with `bare`, a number with no unit on a cost row (amounts written without one are
    /// in the table's unit of `table_yuan`).
    pub fn total_yuan(&self, table_yuan: u64, bare: bool) -> Option<Decimal> {
        let n = self.number()?;
        let yuan = match &self.unit {
            Some(Unit::Money(m)) if !m.per => m.yuan,
            None if bare && (self.is_cost() || self.name_kind == NameKind::Money) => table_yuan,
            _ => return None,
        };
        n.checked_mul(Decimal::from(yuan))
    }

    /// True when every cell is empty: a row added and not yet filled.
    pub fn is_empty(&self) -> bool {
        self.blank
    }

    /// True when only the level cells are filled: a template's unused slot (a form that prints
    /// every level 2, with 经济效益指标 left without an indicator), which asks for nothing.
    /// A row whose only name is the template's `……` counts too.
    pub fn is_empty_slot(&self) -> bool {
        use crate::raw::Column as C;
        [
            C::Name,
            C::Operator,
            C::Value,
            C::Unit,
            C::Deadline,
            C::Weight,
        ]
        .iter()
        .all(|c| crate::text::is_only_symbols(self.raw.cell(*c)))
    }
}

impl Indicator {
    /// The level 1 this row is under: its own level 1 when valid, else the parent (in
    /// `framework`) of its level 2, or of a level-2 name typed in the level-1 cell (the seed's
    /// `可持续影响指标` and `质量指标` there). Lets table-wide rules count a half-filed row where
    /// it evidently belongs instead of reporting it missing.
    pub fn level1_or_implied(&self, framework: crate::taxonomy::Framework) -> Option<Level1> {
        match self.level1 {
            Cell::Valid(l1) => Some(l1),
            _ => self
                .level2
                .get()
                .or(self.level2_in_level1)
                .and_then(|l2| l2.parent(framework)),
        }
    }
}

/// Readings of a row's wording shared by several rules: whether it has a name, whether its unit
/// cell holds a target value, whether its name is boilerplate.
impl Indicator {
    /// The name without spaces, as `text::compact` gives it.
    pub fn compact_name(&self) -> &str {
        self.name_compact.as_deref().unwrap_or(&self.name)
    }

    /// True when the name has a letter or CJK character (not blank, not only `--`, not only a
    /// number such as the `0` a system exports for an empty cell).
    pub fn has_name(&self) -> bool {
        self.named
    }

    /// True when every cell is empty or only symbols: an unfilled row or a stray `--`
    /// separator row from a paste. Such a row can be deleted without losing anything.
    pub fn is_blank_like(&self) -> bool {
        crate::raw::Column::ALL
            .iter()
            .all(|c| crate::text::is_only_symbols(self.raw.cell(*c)))
    }

    /// True when the unit cell (度量单位) holds a target value rather than a unit: a qualitative
    /// wording (`平稳运行`, `足额保障`, `提高` — one of `grades`, or a phrase with a verb of
    /// effect), a number (`95`, `95%`), or a phrase too long to be a unit. The seed's
    /// 办公楼维修维护 benefit row has `平稳运行` there and an empty value. Only units the model
    /// does not know ([`Unit::Other`]) that were typed in the unit cell itself count.
    pub fn value_in_unit_cell(&self, grades: &Grades) -> bool {
        let Some(Unit::Other(u)) = &self.unit else {
            return false;
        };
        if self.unit_in_value || crate::text::is_only_symbols(u) {
            return false;
        }
        if matches!(ValueCell::parse(u).target, Target::Number(_)) {
            return true;
        }
        /// Words of effect or degree that units never contain.
        const VALUE_WORDS: &[&str] = &[
            "提高", "提升", "改善", "增强", "加强", "保障", "运行", "运转", "完成", "达到", "达成",
            "良好", "有效", "显著", "明显", "规范", "稳定", "持续", "降低", "减少", "增加", "符合",
            "合格", "达标", "正常", "及时", "按时", "满意", "到位", "足额", "实现", "促进",
        ];
        grades.matches(u)
            || VALUE_WORDS.iter().any(|w| u.contains(w))
            || (crate::text::char_len(u) >= 6 && !u.contains('/'))
    }
}

/// The unit a name ends with in brackets (`修建作业道长度(公里)`, `苗木成活率(≥**%)`), when it is
/// one the model knows.
fn unit_in_name(name: &str) -> Option<Unit> {
    let c = crate::text::compact(name);
    let inner = c.strip_suffix([')', '）'])?;
    let open = inner.rfind(['(', '（'])?;
    let inside = &inner[open..];
    let inside = inside.trim_start_matches(['(', '（']);
    let inside = Operator::split_prefix(inside).map_or(inside, |(_, rest)| rest);
    let inside = inside.trim_start_matches(|c: char| c == '*' || c == '×' || c.is_ascii_digit());
    match Unit::parse(inside)? {
        Unit::Other(_) => None,
        u => Some(u),
    }
}

/// True for a row about when something happens: a 时效 row, or a name about a time or date
/// (项目完成时间, 实施期限) that is not a rate (及时率 is a rate).
fn is_about_time(name: &str, level2: &str) -> bool {
    let rate = NameKind::of(name).is_rate();
    !rate
        && (Level2::parse(level2) == Some(Level2::Timeliness)
            || ["时间", "时限", "日期", "期限", "完成时", "工期", "年份"]
                .iter()
                .any(|w| name.contains(w)))
}

/// A number in a row about time read as the date it stands for: a year (`2024`), a year and
/// month (`2024.12`), or the serial number Excel shows a date as when the cell lost its
/// format (`44,561` is 2021-12-31).
fn date_of_number(n: Decimal) -> Option<Deadline> {
    let text = n.normalize().to_string();
    if let Some((y, m)) = text.split_once('.') {
        let (y, m): (i32, u8) = (y.parse().ok()?, m.parse().ok()?);
        return (crate::deadline::YEARS.contains(&y) && (1..=12).contains(&m) && text.len() <= 7)
            .then_some(Deadline {
                year: Some(y),
                month: m,
                day: None,
            });
    }
    let n: i64 = text.parse().ok()?;
    if let Ok(y) = i32::try_from(n) {
        if crate::deadline::YEARS.contains(&y) {
            return Some(Deadline {
                year: Some(y),
                month: 12,
                day: None,
            });
        }
    }
    (20_000..=80_000)
        .contains(&n)
        .then(|| crate::deadline::from_excel_serial(n))
}

/// True when `text` is one of the graded wordings for qualitative targets (`grades`, usually
/// [`crate::profile::Profile::qualitative_grades`]) or contains one. Spaces are ignored
/// (`足额保 障` is `足额保障`); one-character grades (`好`, `中`, `是`) must match the whole text.
#[cfg(test)]
pub fn is_grade(text: &str, grades: &[String]) -> bool {
    Grades::new(grades).matches(text)
}

/// A profile's qualitative grades, compacted once ([`crate::profile::Profile::qualitative_grades`]):
/// rules ask about many rows, and compacting every grade on each question dominated them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Grades(Vec<String>);

impl Grades {
    pub fn new(grades: &[String]) -> Grades {
        Grades(
            grades
                .iter()
                .map(|g| crate::text::compact(g).into_owned())
                .collect(),
        )
    }

    /// [`is_grade`] against these grades.
    pub fn matches(&self, text: &str) -> bool {
        let t = crate::text::compact(text);
        !t.is_empty()
            && self.0.iter().any(|g| {
                // A grade longer than the text is in it neither way.
                if g.is_empty() || g.len() > t.len() {
                    false
                } else if g.chars().nth(1).is_none() {
                    t == *g
                } else {
                    t.contains(g.as_str())
                }
            })
    }
}

#[cfg(test)]
mod reading_tests {
    use super::*;

    fn row(name: &str, value: &str, unit: &str) -> Indicator {
        Indicator::parse(
            0,
            &(RawIndicator {
                name: name.into(),
                value: value.into(),
                unit: unit.into(),
                ..Default::default()
            }),
        )
    }

    #[test]
    fn level2_name_in_level1_cell_places_the_row() {
        let raw = RawIndicator {
            level1: "经济成本指标".into(),
            name: "维修费用".into(),
            ..Default::default()
        };
        let ind = Indicator::parse(0, &raw);
        assert_eq!(ind.level1, Cell::Invalid);
        assert_eq!(ind.level2_in_level1, Some(Level2::EconomicCost));
        assert!(ind.is_cost());
        let fw = crate::taxonomy::Framework::F2021;
        assert_eq!(ind.level1_or_implied(fw), Some(Level1::Cost));
        let raw = RawIndicator {
            level1: "成本".into(),
            ..raw
        };
        let other = Indicator::parse(0, &raw);
        assert_eq!(other.level2_in_level1, None);
    }

    fn grades() -> Vec<String> {
        crate::profile::Profile::default().qualitative_grades
    }

    #[test]
    fn value_in_unit_cell() {
        let g = grades();
        let g = Grades::new(&g);
        for u in [
            "平稳运行",
            "足额保障",
            "提高",
            "95",
            "95%",
            "保障单位工作正常开展",
        ] {
            assert!(row("x", "", u).value_in_unit_cell(&g), "{u}");
        }
        for u in [
            "",
            "%",
            "个",
            "万元",
            "元/人",
            "项目",
            "个百分点",
            "/",
            "--",
        ] {
            assert!(!row("x", "", u).value_in_unit_cell(&g), "{u}");
        }
        assert!(
            !row("x", "95abc", "").value_in_unit_cell(&g),
            "unit from the value"
        );
    }

    #[test]
    fn grades_match() {
        let g = grades();
        assert!(is_grade("平稳运行", &g));
        assert!(is_grade("足额保 障", &g));
        assert!(is_grade("确保单位平稳运行", &g));
        assert!(is_grade("好", &g));
        assert!(!is_grade("规范支出", &g));
        assert!(!is_grade("提高", &g));
        assert!(!is_grade("中等偏上", &g), "one-char grades match whole");
        assert!(!is_grade("", &g));
    }

    #[test]
    fn names() {
        assert!(row("--", "", "").is_blank_like() && !row("--", "", "").has_name());
        assert!(row("", "", "").is_blank_like());
        assert!(!row("a", "", "").is_blank_like() && row("a", "", "").has_name());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(op: &str, value: &str, unit: &str) -> Indicator {
        Indicator::parse(
            0,
            &(RawIndicator {
                operator: op.into(),
                value: value.into(),
                unit: unit.into(),
                ..Default::default()
            }),
        )
    }

    #[test]
    fn name_kinds() {
        for (n, k) in [
            ("维修合格率", NameKind::Rate),
            ("“青年之家”建设和活跃度增长率", NameKind::Growth),
            ("残疾儿童入学增长率", NameKind::Growth),
            ("机关事业单位干部群众满意度", NameKind::Satisfaction),
            ("维修数量", NameKind::Count),
            ("受益残疾人数", NameKind::Count),
            ("奖励或资助学生人次", NameKind::Count),
            ("培训批次、期数", NameKind::Count),
            ("人均培训成本", NameKind::Money),
            ("“青年之家”活跃度", NameKind::Rate),
            ("政策可持续性", NameKind::Other),
            ("项目完成进度", NameKind::Other),
        ] {
            assert_eq!(NameKind::of(n), k, "{n}");
        }
        for n in ["各项工作完成及时率%", "验收合格率（%）"] {
            assert_eq!(NameKind::of(n), NameKind::Rate, "{n}");
        }
    }

    #[test]
    fn headcounts() {
        assert_eq!(
            Headcount::of("奖励或资助学生人次"),
            Some(Headcount::PersonTimes)
        );
        assert_eq!(
            Headcount::of("培训服务人次数"),
            Some(Headcount::PersonTimes)
        );
        assert_eq!(Headcount::of("受益残疾人数"), Some(Headcount::Persons));
        assert_eq!(Headcount::of("组织宣传活动次数"), None);
        assert_eq!(Headcount::of("维修数量"), None);
        assert_eq!(Headcount::PersonTimes.unit(), "人次");
    }

    #[test]
    fn operator_and_unit_from_the_value_cell() {
        let r = row("", "≥95%", "");
        assert_eq!(r.operator, Cell::Valid(Operator::Ge));
        assert!(r.operator_in_value && r.unit_in_value && r.is_percent());
        let r = row("=", "100", "%");
        assert!(!r.operator_in_value && !r.unit_in_value);
    }

    #[test]
    fn qualitative_rows() {
        assert!(row("", "平稳运行", "").is_qualitative());
        assert!(row("定性", "好", "").is_qualitative());
        assert!(!row("≥", "95", "%").is_qualitative());
        assert!(!row("", "", "平稳运行").is_qualitative());
    }

    #[test]
    fn implied_level1() {
        use crate::taxonomy::Framework;
        let r = |l1: &str, l2: &str| {
            Indicator::parse(
                0,
                &RawIndicator {
                    level1: l1.into(),
                    level2: l2.into(),
                    ..Default::default()
                },
            )
            .level1_or_implied(Framework::F2020)
        };
        assert_eq!(r("满意度指标", "数量指标"), Some(Level1::Satisfaction));
        assert_eq!(r("", "数量指标"), Some(Level1::Output));
        assert_eq!(r("可持续影响指标", ""), Some(Level1::Benefit));
        assert_eq!(r("xx", "经济成本指标"), None);
        assert_eq!(r("", ""), None);
    }
}
