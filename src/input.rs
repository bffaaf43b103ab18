//! Lenient reading of a table from any serde data format (JSON in the CLI, JS values in wasm).
//!
//! A half-filled form sends `null`s, numbers where text is expected, an `indicators` that is
//! not yet an array. None of that may throw: [`read`] turns whatever arrives into a
//! [`RawTable`] plus [`InputIssue`]s that the `invalid-input` rule reports at the offending
//! paths. Only a failure of the data source itself (a JS getter that throws, malformed JSON)
//! is an `Err`.

use crate::diagnostic::Path;
use crate::raw::{Column, Field, RawIndicator, RawTable};
use rust_decimal::prelude::FromPrimitive;
use rust_decimal::Decimal;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use std::fmt;

/// Something in the input that is not what the contract says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputIssue {
    pub path: Path,
    /// What was found instead: `null`, `number`, `boolean`, `array`, `object`, `NaN`.
    pub found: &'static str,
}

/// Reads one table. Unknown keys are ignored; wrong types become issues.
pub fn read<'de, D: Deserializer<'de>>(d: D) -> Result<(RawTable, Vec<InputIssue>), D::Error> {
    Ok(finish(Item::<InTable>::deserialize(d)?))
}

/// Reads one indicator row, to be row `index` of a table. Wrong types become issues at that
/// row's paths; what is not an object at all is an empty row with an issue at the row.
pub fn read_row<'de, D: Deserializer<'de>>(
    d: D,
    index: usize,
) -> Result<(RawIndicator, Vec<InputIssue>), D::Error> {
    let mut issues = Vec::new();
    let row = match Item::<InIndicator>::deserialize(d)? {
        Item::Ok(row) => row.into_raw(index, &mut issues),
        Item::Wrong(found) => {
            issues.push(InputIssue {
                path: Path::Row(index),
                found,
            });
            RawIndicator::default()
        }
    };
    Ok((row, issues))
}

/// The table and its issues from what was read: the end of [`read`], and of readers that are
/// not serde's (the wasm boundary builds an [`InTable`] from JS values itself).
pub fn finish(root: Item<InTable>) -> (RawTable, Vec<InputIssue>) {
    let mut issues = Vec::new();
    let table = match root {
        Item::Ok(t) => t.into_raw(&mut issues),
        Item::Wrong(found) => {
            issues.push(InputIssue {
                path: Path::Root,
                found,
            });
            RawTable::default()
        }
    };
    (table, issues)
}

/// What a scalar field held.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Str,
    Num,
    Null,
    Bool,
    Array,
    Object,
    NotFinite,
}

/// A scalar field read leniently: its text and what kind of value it was.
#[derive(Debug)]
pub struct Loose {
    pub text: String,
    pub kind: Kind,
}

impl Default for Loose {
    fn default() -> Loose {
        Loose {
            text: String::new(),
            kind: Kind::Null,
        }
    }
}

impl Loose {
    /// A number that is not a safe integer. Through Decimal, not f64 formatting: 125.07 stays
    /// "125.07" and the wasm stays small. Beyond Decimal's range it counts as not finite.
    pub fn number(v: f64) -> Loose {
        match Decimal::from_f64(v) {
            Some(d) => Loose {
                text: d.normalize().to_string(),
                kind: Kind::Num,
            },
            None => Loose {
                text: String::new(),
                kind: Kind::NotFinite,
            },
        }
    }

    /// A string.
    pub fn text(text: String) -> Loose {
        Loose {
            text,
            kind: Kind::Str,
        }
    }

    /// The text, recording an issue when the kind is not acceptable for this field.
    pub(crate) fn take(self, path: Path, numbers_ok: bool, issues: &mut Vec<InputIssue>) -> String {
        let found = match self.kind {
            Kind::Str | Kind::Null => None,
            Kind::Num if numbers_ok => None,
            Kind::Num => Some("number"),
            Kind::Bool => Some("boolean"),
            Kind::Array => Some("array"),
            Kind::Object => Some("object"),
            Kind::NotFinite => Some("NaN"),
        };
        if let Some(found) = found {
            issues.push(InputIssue { path, found });
        }
        self.text
    }
}

impl<'de> Deserialize<'de> for Loose {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Loose, D::Error> {
        d.deserialize_any(LooseVisitor)
    }
}

struct LooseVisitor;

impl<'de> Visitor<'de> for LooseVisitor {
    type Value = Loose;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any value")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Loose, E> {
        Ok(Loose {
            text: v.to_string(),
            kind: Kind::Str,
        })
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Loose, E> {
        Ok(Loose {
            text: v,
            kind: Kind::Str,
        })
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Loose, E> {
        Ok(Loose {
            text: v.to_string(),
            kind: Kind::Bool,
        })
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Loose, E> {
        Ok(Loose {
            text: v.to_string(),
            kind: Kind::Num,
        })
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Loose, E> {
        Ok(Loose {
            text: v.to_string(),
            kind: Kind::Num,
        })
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Loose, E> {
        Ok(Loose {
            text: v.to_string(),
            kind: Kind::Num,
        })
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Loose, E> {
        Ok(Loose {
            text: v.to_string(),
            kind: Kind::Num,
        })
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Loose, E> {
        Ok(Loose::number(v))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Loose, E> {
        Ok(Loose::default())
    }
    fn visit_none<E: de::Error>(self) -> Result<Loose, E> {
        Ok(Loose::default())
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Loose, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_bytes<E: de::Error>(self, _: &[u8]) -> Result<Loose, E> {
        Ok(Loose {
            text: String::new(),
            kind: Kind::Object,
        })
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Loose, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Loose {
            text: String::new(),
            kind: Kind::Array,
        })
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Loose, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Loose {
            text: String::new(),
            kind: Kind::Object,
        })
    }
}

/// An object of type `T`, or the kind of non-object found instead.
pub enum Item<T> {
    Ok(T),
    Wrong(&'static str),
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Item<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Item<T>, D::Error> {
        d.deserialize_any(ItemVisitor(std::marker::PhantomData))
    }
}

struct ItemVisitor<T>(std::marker::PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for ItemVisitor<T> {
    type Value = Item<T>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object")
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Item<T>, A::Error> {
        T::deserialize(de::value::MapAccessDeserializer::new(map)).map(Item::Ok)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Item<T>, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Item::Wrong("array"))
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Item<T>, E> {
        Ok(Item::Wrong("string"))
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Item<T>, E> {
        Ok(Item::Wrong("boolean"))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Item<T>, E> {
        Ok(Item::Wrong("number"))
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Item<T>, E> {
        Ok(Item::Wrong("number"))
    }
    fn visit_i128<E: de::Error>(self, _: i128) -> Result<Item<T>, E> {
        Ok(Item::Wrong("number"))
    }
    fn visit_u128<E: de::Error>(self, _: u128) -> Result<Item<T>, E> {
        Ok(Item::Wrong("number"))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Item<T>, E> {
        Ok(Item::Wrong("number"))
    }
    fn visit_bytes<E: de::Error>(self, _: &[u8]) -> Result<Item<T>, E> {
        Ok(Item::Wrong("bytes"))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Item<T>, E> {
        Ok(Item::Wrong("null"))
    }
    fn visit_none<E: de::Error>(self) -> Result<Item<T>, E> {
        Ok(Item::Wrong("null"))
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Item<T>, D::Error> {
        d.deserialize_any(self)
    }
}

/// A list of `T` objects, or the kind of non-list found instead (`null` counts as empty).
pub enum List<T> {
    Ok(Vec<Item<T>>),
    Wrong(&'static str),
}

impl<T> Default for List<T> {
    fn default() -> List<T> {
        List::Ok(Vec::new())
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<List<T>, D::Error> {
        struct V<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = List<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an array")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<List<T>, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element::<Item<T>>()? {
                    items.push(item);
                }
                Ok(List::Ok(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<List<T>, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(List::Wrong("object"))
            }
            fn visit_str<E: de::Error>(self, _: &str) -> Result<List<T>, E> {
                Ok(List::Wrong("string"))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<List<T>, E> {
                Ok(List::Wrong("boolean"))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<List<T>, E> {
                Ok(List::Wrong("number"))
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<List<T>, E> {
                Ok(List::Wrong("number"))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<List<T>, E> {
                Ok(List::Wrong("number"))
            }
            fn visit_unit<E: de::Error>(self) -> Result<List<T>, E> {
                Ok(List::Ok(Vec::new()))
            }
            fn visit_none<E: de::Error>(self) -> Result<List<T>, E> {
                Ok(List::Ok(Vec::new()))
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<List<T>, D::Error> {
                d.deserialize_any(self)
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

/// A table as read, each field with its kind, before the kinds are checked. In TypeScript,
/// `TableInput`: a table as a form may hold it while the user types (anything may be missing
/// or null; a value of the wrong type is an `invalid-input` finding, never an exception).
#[derive(Deserialize, Default)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[cfg_attr(target_arch = "wasm32", tsify(rename = "TableInput"))]
#[serde(rename_all = "camelCase", default)]
pub struct InTable {
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "\"project\" | \"department\" | \"transfer\" | null", optional)
    )]
    pub kind: Loose,
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "string | number | null", optional)
    )]
    pub year: Loose,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null", optional))]
    pub project_name: Loose,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null", optional))]
    pub department: Loose,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null", optional))]
    pub implementing_unit: Loose,
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "string | number | null", optional)
    )]
    pub budget: Loose,
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "\"万元\" | \"元\" | null", optional)
    )]
    pub amount_unit: Loose,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null", optional))]
    pub overall_goal: Loose,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null", optional))]
    pub tasks: Loose,
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "IndicatorInput[] | null", optional)
    )]
    pub indicators: List<InIndicator>,
}

/// One row as read ([`InTable`]); in TypeScript, `IndicatorInput`.
#[derive(Deserialize, Default)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[cfg_attr(target_arch = "wasm32", tsify(rename = "IndicatorInput"))]
#[serde(default)]
pub struct InIndicator {
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null", optional))]
    pub level1: Loose,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null", optional))]
    pub level2: Loose,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null", optional))]
    pub name: Loose,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null", optional))]
    pub operator: Loose,
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "string | number | null", optional)
    )]
    pub value: Loose,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null", optional))]
    pub unit: Loose,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null", optional))]
    pub deadline: Loose,
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "string | number | null", optional)
    )]
    pub weight: Loose,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null", optional))]
    pub direction: Loose,
}

/// The budget year a field holds: a number, or text of digits; anything else is an issue.
pub(crate) fn year(value: Loose, issues: &mut Vec<InputIssue>) -> Option<i32> {
    let path = Path::Field(Field::Year);
    let text = value.take(path, true, issues);
    match crate::text::compact(&text) {
        t if t.is_empty() => None,
        t => t.parse::<i32>().ok().or_else(|| {
            issues.push(InputIssue {
                path,
                found: "text",
            });
            None
        }),
    }
}

impl InTable {
    fn into_raw(self, issues: &mut Vec<InputIssue>) -> RawTable {
        let f = |field| Path::Field(field);
        let year = year(self.year, issues);
        let mut table = RawTable {
            kind: crate::raw::TableKind::parse(&self.kind.text),
            year,
            project_name: self.project_name.take(f(Field::ProjectName), false, issues),
            department: self.department.take(f(Field::Department), false, issues),
            implementing_unit: self.implementing_unit.take(
                f(Field::ImplementingUnit),
                false,
                issues,
            ),
            budget: self
                .budget
                .take(f(Field::Budget), Field::Budget.takes_numbers(), issues),
            amount_unit: match crate::profile::AmountUnit::parse(self.amount_unit.text.trim()) {
                Some(u) => u.name().to_string(),
                None => String::new(),
            },
            overall_goal: self.overall_goal.take(f(Field::OverallGoal), false, issues),
            tasks: self.tasks.take(f(Field::Tasks), false, issues),
            indicators: Vec::new(),
        };
        match self.indicators {
            List::Wrong(found) => issues.push(InputIssue {
                path: Path::Indicators,
                found,
            }),
            List::Ok(items) => {
                for (i, item) in items.into_iter().enumerate() {
                    let row = match item {
                        Item::Ok(ind) => ind.into_raw(i, issues),
                        Item::Wrong(found) => {
                            issues.push(InputIssue {
                                path: Path::Row(i),
                                found,
                            });
                            RawIndicator::default()
                        }
                    };
                    table.indicators.push(row);
                }
            }
        }
        table
    }
}

impl InIndicator {
    fn into_raw(self, i: usize, issues: &mut Vec<InputIssue>) -> RawIndicator {
        let c = |col| Path::Cell(i, col);
        RawIndicator {
            level1: self.level1.take(c(Column::Level1), false, issues),
            level2: self.level2.take(c(Column::Level2), false, issues),
            name: self.name.take(c(Column::Name), false, issues),
            operator: self.operator.take(c(Column::Operator), false, issues),
            value: self.value.take(c(Column::Value), true, issues),
            unit: self.unit.take(c(Column::Unit), false, issues),
            deadline: self.deadline.take(c(Column::Deadline), false, issues),
            weight: self.weight.take(c(Column::Weight), true, issues),
            direction: self.direction.take(c(Column::Direction), false, issues),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_f64_is_a_number_or_not_finite() {
        // The wasm boundary hands over every JS number that is not a safe integer by its bits.
        let specials = [
            f64::NAN,
            -f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MAX,
            f64::MIN,
            f64::MIN_POSITIVE,
            f64::EPSILON,
            5e-324,
            -0.0,
            1e21,
            7.9e28,
            8e28,
            0.1 + 0.2,
            125.07,
        ];
        for v in specials
            .into_iter()
            .chain((0..2000).map(|i| f64::from_bits(0x9E37_79B9_7F4A_7C15u64.wrapping_mul(i))))
        {
            let n = Loose::number(v);
            assert_eq!(n.kind == Kind::NotFinite, n.text.is_empty(), "{v:e}");
            if !v.is_finite() {
                assert_eq!(n.kind, Kind::NotFinite, "{v}");
            }
        }
        assert_eq!(Loose::number(125.07).text, "125.07");
        assert_eq!(Loose::number(1e21).text, "1000000000000000000000");
    }

    fn read_json(s: &str) -> (RawTable, Vec<InputIssue>) {
        let v: serde_json::Value = serde_json::from_str(s).unwrap();
        read(v).unwrap()
    }

    #[test]
    fn reads_the_contract_shape() {
        let (t, issues) = read_json(
            r#"{"year":2024,"projectName":"巡察经费","budget":34.16,"overallGoal":"x",
               "indicators":[{"level1":"产出指标","name":"a","value":100,"operator":">="}]}"#,
        );
        assert!(issues.is_empty(), "{issues:?}");
        assert_eq!(t.year, Some(2024));
        assert_eq!(t.budget, "34.16");
        assert_eq!(t.indicators[0].value, "100");
        assert_eq!(t.indicators[0].operator, ">=");
    }

    #[test]
    fn wrong_types_become_issues_not_errors() {
        let (t, issues) = read_json(
            r#"{"projectName":5,"budget":[1],"indicators":[null,{"name":{"a":1},"value":true}],"extra":{}}"#,
        );
        let paths: Vec<String> = issues
            .iter()
            .map(|i| format!("{}={}", i.path, i.found))
            .collect();
        assert_eq!(
            paths,
            [
                "projectName=number",
                "budget=array",
                "indicators.0=null",
                "indicators.1.name=object",
                "indicators.1.value=boolean"
            ]
        );
        assert_eq!(t.project_name, "5", "the typed number is kept as text");
        assert_eq!(t.indicators.len(), 2);
    }

    #[test]
    fn not_a_table_at_all() {
        for (s, found) in [
            ("null", "null"),
            ("3", "number"),
            ("[]", "array"),
            ("\"x\"", "string"),
        ] {
            let (_, issues) = read_json(s);
            assert_eq!(
                issues,
                [InputIssue {
                    path: Path::Root,
                    found
                }],
                "{s}"
            );
        }
        let (_, issues) = read_json(r#"{"indicators":"none"}"#);
        assert_eq!(
            issues,
            [InputIssue {
                path: Path::Indicators,
                found: "string"
            }]
        );
    }

    #[test]
    fn null_fields_are_empty() {
        let (t, issues) = read_json(r#"{"projectName":null,"indicators":null}"#);
        assert!(issues.is_empty());
        assert_eq!(t, RawTable::default());
    }
}
