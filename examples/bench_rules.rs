//! Time per rule on one seed table, natively (release profile): where `validate` spends its time,
//! and what a [`Form`] costs per keystroke (one cell set) on that table and on one of 200 rows.
//!
//! ```text
//! cargo run --release --example bench_rules [TABLE-NAME-PREFIX]
//! ```

use jixiao::diagnostic::Level;
use jixiao::diagnostic::Path;
use jixiao::raw::Column;
use jixiao::{import_text, validate, Form, Profile, RawTable};
use std::cell::{Cell, RefCell};
use std::hint::black_box;
use std::time::Instant;

fn time(f: impl Fn()) -> f64 {
    for _ in 0..30 {
        f();
    }
    let n = 300;
    let start = Instant::now();
    for _ in 0..n {
        f();
    }
    start.elapsed().as_secs_f64() * 1e6 / n as f64
}

fn main() {
    let name = std::env::args().nth(1).unwrap_or_else(|| "少先队".into());
    let text = include_str!("../tests/data/seed.txt");
    let tables = import_text(text, &Profile::default()).tables;
    let table = tables
        .iter()
        .find(|t| t.project_name.starts_with(&name))
        .expect("table");
    let all = Profile::default();
    println!("{}: {} rows", table.project_name, table.indicators.len());
    println!(
        "{:>9.1} µs  validate, every rule",
        time(|| {
            black_box(validate(black_box(table), &all));
        })
    );
    // A form on each keystroke: one cell set, alternately to two texts.
    let keystroke = |t: &RawTable| {
        let form = RefCell::new(Form::new(all.clone()));
        form.borrow_mut().load(t.clone(), vec![]);
        let row = t.indicators.len() / 2;
        let text = t.indicators[row].value.clone();
        let typed = format!("{text}0");
        let flip = Cell::new(false);
        time(|| {
            let v = if flip.replace(!flip.get()) {
                &typed
            } else {
                &text
            };
            black_box(
                form.borrow_mut()
                    .set(Path::Cell(row, Column::Value), v.as_str())
                    .unwrap(),
            );
        })
    };
    println!(
        "{:>9.1} µs  Form.set, a keystroke in a value cell",
        keystroke(table)
    );
    let mut big = table.clone();
    let rows = table.indicators.clone();
    big.indicators = (0..200)
        .map(|i| {
            let mut r = rows[i % rows.len()].clone();
            r.name = format!("{}{i}", r.name);
            r
        })
        .collect();
    println!(
        "{:>9.1} µs  validate, the same rows ×200 (200 rows)",
        time(|| {
            black_box(validate(black_box(&big), &all));
        })
    );
    println!(
        "{:>9.1} µs  Form.set, a keystroke at 200 rows",
        keystroke(&big)
    );
    // `JIXIAO_PROFILE=1`: keystrokes at 200 rows only (`=small`: on the seed table), for a
    // profiler (`perf record`).
    if let Some(what) = std::env::var_os("JIXIAO_PROFILE") {
        let t = if what == "small" { table } else { &big };
        for _ in 0..if what == "small" { 100 } else { 10 } {
            keystroke(t);
        }
        return;
    }
    let mut none = Profile::default();
    for r in jixiao::rules::ALL {
        none.rules.insert(r.id, Level::Off);
    }
    // Per rule, on the table and on the 200 rows: the time with that rule alone, less the
    // time with no rule.
    for (what, t) in [("", table), (" at 200 rows", &big)] {
        let base = time(|| {
            black_box(validate(black_box(t), &none));
        });
        println!("{base:>9.1} µs  validate{what}, no rule (parse + sort)");
        let mut rows = Vec::new();
        for r in jixiao::rules::ALL {
            let mut p = none.clone();
            p.rules.insert(r.id, Level::Warning);
            let us = time(|| {
                black_box(validate(black_box(t), &p));
            });
            rows.push((us - base, r.id));
        }
        rows.sort_by(|a, b| b.0.total_cmp(&a.0));
        for (us, id) in rows.iter().take(8) {
            println!("{us:>9.1} µs  {id}{what}");
        }
    }
}
