//! Time per rule on one seed table, natively (release profile): where `validate` spends its time,
//! and what a [`Checker`] saves when each call changes one cell, as typing does.
//!
//! ```text
//! cargo run --release --example bench_rules [TABLE-NAME-PREFIX]
//! ```

use jixiao::diagnostic::Level;
use jixiao::{import_text, validate, Checker, Profile};
use std::cell::{Cell, RefCell};
use std::hint::black_box;
use std::time::Instant;

fn time(f: impl Fn()) -> f64 {
    for _ in 0..200 {
        f();
    }
    let n = 2000;
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
    // A form validating on each keystroke: every call a table with one cell changed.
    let mut typed = table.clone();
    if let Some(row) = typed.indicators.get_mut(4) {
        row.value.push('0');
    }
    let checker = RefCell::new(Checker::new(all.clone()));
    let flip = Cell::new(false);
    println!(
        "{:>9.1} µs  validate, typing (Checker, one cell changed between calls)",
        time(|| {
            let t = if flip.replace(!flip.get()) {
                &typed
            } else {
                table
            };
            black_box(checker.borrow_mut().validate(black_box(t)));
        })
    );
    let mut none = Profile::default();
    for r in jixiao::rules::ALL {
        none.rules.insert(r.id.to_string(), Level::Off);
    }
    println!(
        "{:>9.1} µs  validate, no rule (parse + sort)",
        time(|| {
            black_box(validate(black_box(table), &none));
        })
    );
    let mut rows = Vec::new();
    for r in jixiao::rules::ALL {
        let mut p = none.clone();
        p.rules.insert(r.id.to_string(), Level::Warning);
        let t = time(|| {
            black_box(validate(black_box(table), &p));
        });
        rows.push((t, r.id));
    }
    rows.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (t, id) in rows.iter().take(15) {
        println!("{t:>9.1} µs  {id} (with parse)");
    }
}
