//! A year's batch: writes 969 tables (the seed's ten, renamed) into 20 workbooks — half with
//! one table per sheet and merged level cells (`jixiao export --xlsx`'s layout), half with
//! ~48 tables stacked on one sheet as pasted — then times `jixiao check --report` over the
//! folder with the release binary, and prints the median of the runs.
//!
//! ```text
//! cargo build --release --features cli
//! cargo run --release --features cli --example batch_xlsx [RUNS] [FOLDER]
//! ```

use jixiao::import::{export::to_tsv, tsv};
use jixiao::report::table_workbook;
use jixiao::workbook::format::general;
use jixiao::{import_text, Profile, RawTable};
use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

const TABLES: usize = 969;
const BOOKS: usize = 20;

fn tables() -> Vec<RawTable> {
    let seed = import_text(include_str!("../tests/data/seed.txt"), &Profile::default()).tables;
    (0..TABLES)
        .map(|i| {
            let mut t = seed[i % seed.len()].clone();
            t.project_name = format!("{}（{:03}）", t.project_name, i + 1);
            t.department = format!("铁西区第{}部门", i % 37 + 1);
            t
        })
        .collect()
}

/// Tables stacked on one sheet, cell by cell as a paste gives them (numbers as numbers).
fn stacked(tables: &[RawTable]) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("绩效目标表")?;
    let mut r = 0u32;
    for t in tables {
        for row in tsv::parse(&to_tsv(t)) {
            for (c, cell) in row.iter().enumerate() {
                if cell.is_empty() {
                    continue;
                }
                match cell.parse::<f64>() {
                    Ok(v) if general(v) == *cell => ws.write_number(r, c as u16, v)?,
                    _ => ws.write_string(r, c as u16, cell)?,
                };
            }
            r += 1;
        }
        r += 1;
    }
    wb.save_to_buffer()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let runs: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(5);
    let dir: PathBuf = args
        .next()
        .map(PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join("jixiao-batch"));
    let bin = std::env::current_exe()?
        .parent()
        .and_then(|p| p.parent())
        .map(|p| p.join("jixiao"))
        .filter(|p| p.exists())
        .ok_or("build the binary first: cargo build --release --features cli")?;

    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)?;
    let all = tables();
    let per = TABLES.div_ceil(BOOKS);
    let mut bytes = 0;
    for (k, chunk) in all.chunks(per).enumerate() {
        let book = if k % 2 == 0 {
            table_workbook(chunk)?
        } else {
            stacked(chunk)?
        };
        bytes += book.len();
        std::fs::write(dir.join(format!("部门{:02}.xlsx", k + 1)), book)?;
    }
    println!(
        "{TABLES} tables in {BOOKS} workbooks ({} KB) in {}",
        bytes / 1024,
        dir.display()
    );

    let report = dir.join("review.xlsx");
    let mut times: Vec<Duration> = Vec::new();
    for _ in 0..runs {
        let _ = std::fs::remove_file(&report);
        let start = Instant::now();
        let out = Command::new(&bin)
            .args(["check", "--format", "json", "--report"])
            .arg(&report)
            .arg(&dir)
            .output()?;
        times.push(start.elapsed());
        if out.status.code() == Some(2) {
            return Err(String::from_utf8_lossy(&out.stderr).into_owned().into());
        }
        let v: serde_json::Value = serde_json::from_slice(&out.stdout)?;
        let n = v.as_array().map_or(0, Vec::len);
        assert_eq!(n, TABLES, "every table checked");
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "jixiao check --report over {TABLES} tables: median {:.0} ms, fastest {:.0} ms, slowest {:.0} ms ({runs} runs, {} KB review workbook)",
        ms(times[times.len() / 2]),
        ms(times[0]),
        ms(times[times.len() - 1]),
        std::fs::metadata(&report)?.len() / 1024
    );
    Ok(())
}
