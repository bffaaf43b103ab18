//! The small parsers over one arbitrary string, with the round trips they promise.
#![no_main]
use jixiao::amount::{parse_decimal, Amount};
use jixiao::deadline::Deadline;
use jixiao::indicator::{Indicator, NameKind};
use jixiao::operator::{Direction, Operator};
use jixiao::raw::{Column, RawIndicator};
use jixiao::taxonomy::{Level1, Level2};
use jixiao::unit::Unit;
use jixiao::value::ValueCell;
use jixiao::Path;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    let s = s.as_ref();

    let cleaned = jixiao::text::clean(s);
    assert_eq!(
        jixiao::text::clean(&cleaned),
        cleaned,
        "clean is not idempotent"
    );
    let compact = jixiao::text::compact(s);
    assert_eq!(
        jixiao::text::compact(&compact),
        compact,
        "compact is not idempotent"
    );
    let _ = jixiao::text::fold(s);
    let _ = jixiao::text::is_only_symbols(s);
    let _ = jixiao::org::name(s);
    let _ = jixiao::table::sentences(s);

    let _ = ValueCell::parse(s);
    let _ = parse_decimal(s);
    let _ = parse_decimal(&compact);
    if let Some(a) = Amount::parse(s) {
        for yuan in [1, 100, 10_000, 100_000_000] {
            let _ = a.in_unit(yuan);
        }
    }
    if let Some(d) = Deadline::parse(s) {
        assert_eq!(
            Deadline::parse(&d.canonical()),
            Some(d),
            "deadline {:?} does not read back",
            d.canonical()
        );
    }
    if let Some(op) = Operator::parse(s) {
        assert_eq!(Operator::parse(op.symbol()), Some(op));
    }
    let _ = Operator::split_prefix(&compact);
    let _ = Direction::parse(s);
    if let Some(u) = Unit::parse(s) {
        assert_eq!(Unit::parse(u.canonical()), Some(u.clone()), "unit {u:?}");
    }
    let _ = Level1::parse(s);
    let _ = Level2::parse(s);
    let _ = NameKind::of(s);
    if let Some(p) = Path::parse(s) {
        assert_eq!(Path::parse(&p.to_string()), Some(p), "path {p}");
    }

    // The same text in every cell of a row, and in each cell alone.
    let mut all = RawIndicator::default();
    for c in Column::ALL {
        *all.cell_mut(c) = s.to_string();
        let mut one = RawIndicator::default();
        *one.cell_mut(c) = s.to_string();
        let _ = Indicator::parse(0, &one);
    }
    let _ = Indicator::parse(0, &all);
});
