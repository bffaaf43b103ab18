//! Time per `validate` on worst-case inputs at the default limits (500 rows, 5000-character
//! texts), natively. Prints the median and the slowest of the runs per case. `--release` uses
//! the crate's release profile (opt-level "z", LTO: what ships as wasm); text-heavy cases run
//! about 2.5× faster at opt-level 3.
//!
//! ```text
//! cargo run --release --example bench_validate [RUNS]
//! ```

use jixiao::{normalize, validate, Profile, RawIndicator, RawTable};
use std::hint::black_box;
use std::time::{Duration, Instant};

const ROWS: usize = 500;
const TEXT: usize = 5000;

/// A seed-like row with a distinct name per index.
fn row(i: usize) -> RawIndicator {
    let (l1, l2, name, op, value, unit) = match i % 7 {
        0 => ("产出指标", "数量指标", "维修数量", "≥", "100", "个"),
        1 => ("产出指标", "质量指标", "维修合格率", ">=", "100", "%"),
        2 => ("产出指标", "时效指标", "培训完成及时率", "", "≥100%", ""),
        3 => ("产出指标", "成本指标", "人均培训成本", "≤", "90", "万元"),
        4 => (
            "效益指标",
            "社会效益指标",
            "确保机关事业单位平稳运行",
            "",
            "",
            "平稳运行",
        ),
        5 => ("效益指标", "可持续影响指标", "正常运转率", "=", "100", "%"),
        _ => (
            "满意度指标",
            "服务对象满意度指标",
            "群众满意度",
            "≥",
            "80",
            "%",
        ),
    };
    RawIndicator {
        level1: l1.into(),
        level2: l2.into(),
        name: format!("{name}{i}"),
        operator: op.into(),
        value: value.into(),
        unit: unit.into(),
        deadline: if i % 2 == 0 {
            "2024年12月"
        } else {
            "2023 年 12 月"
        }
        .into(),
        weight: "0.2".into(),
        direction: String::new(),
    }
}

fn header() -> RawTable {
    RawTable {
        year: Some(2024),
        project_name: "办公楼维修维护".into(),
        department: "820001-铁西区教育局".into(),
        implementing_unit: "铁西区机关事务保障中心-".into(),
        budget: "125.07".into(),
        overall_goal: "通过维修维护办公楼，确保机关事业单位平稳运行。".into(),
        indicators: Vec::new(),
        ..Default::default()
    }
}

/// `n` characters of varied Chinese text (no two sentences alike unless `repeat`).
fn long_text(n: usize, salt: usize) -> String {
    let base: Vec<char> = "提高办学效率保障单位正常运转完成维修任务确保机关事业单位平稳运行"
        .chars()
        .collect();
    (0..n)
        .map(|k| {
            if k % 23 == 22 {
                '。'
            } else {
                base[(k * 7 + salt) % base.len()]
            }
        })
        .collect()
}

fn cases() -> Vec<(&'static str, RawTable)> {
    let mut out = Vec::new();

    let mut t = header();
    t.indicators = (0..ROWS).map(row).collect();
    out.push(("500 seed-like rows, distinct names", t.clone()));

    // Near-duplicate names everywhere: every pair is compared.
    let mut near = t.clone();
    for (i, r) in near.indicators.iter_mut().enumerate() {
        r.name = format!("保障全年正常运转率第{i}项");
    }
    out.push(("500 rows, all names near-duplicates", near));

    // Names at the near-duplicate rule's length cap (100) and just under, all alike.
    let mut cap = t.clone();
    for (i, r) in cap.indicators.iter_mut().enumerate() {
        r.name = format!("{}{i}", "正常运转率".repeat(19));
    }
    out.push(("500 rows, ~100-char similar names", cap));

    // Every cell and header text at 5000 characters.
    let mut big = header();
    big.project_name = long_text(TEXT, 1);
    big.department = long_text(TEXT, 2);
    big.implementing_unit = long_text(TEXT, 3);
    big.budget = "9".repeat(TEXT);
    big.overall_goal = long_text(TEXT, 4);
    big.indicators = (0..ROWS)
        .map(|i| {
            let mut r = row(i);
            for c in jixiao::raw::Column::ALL {
                *r.cell_mut(c) = long_text(TEXT, i + c as usize);
            }
            r
        })
        .collect();
    out.push(("500 rows × 9 cells × 5000 chars", big));

    // The goal: 5000 characters of one repeated sentence (repeated-sentence rule).
    let mut goal = t.clone();
    goal.overall_goal = "提高了办学效率。".repeat(TEXT / 8);
    out.push(("500 rows + goal of 625 repeated sentences", goal));

    // Over the limits: 5000 rows and 100 000-character texts (clipped, reported).
    let mut over = header();
    over.overall_goal = long_text(100_000, 5);
    over.indicators = (0..5000).map(row).collect();
    for r in over.indicators.iter_mut().take(ROWS) {
        r.name = long_text(20_000, 6);
    }
    out.push(("over limits: 5000 rows, 100k-char goal", over));

    // Over the text limit in the cells: rules that read the typed (unclipped) cells still
    // scan all of it.
    let mut cells = header();
    cells.indicators = (0..ROWS)
        .map(|i| {
            let mut r = row(i);
            r.name = long_text(80_000, i);
            r.unit = long_text(80_000, i + 1);
            r
        })
        .collect();
    out.push(("over limits: 500 rows, name+unit 80k chars", cells));

    // All rows identical (duplicate rule, fixes that remove rows).
    let mut dup = header();
    dup.indicators = vec![row(1); ROWS];
    out.push(("500 identical rows", dup));

    out
}

fn time<F: FnMut()>(runs: usize, mut f: F) -> (Duration, Duration) {
    f(); // warm up
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    (times[times.len() / 2], times[times.len() - 1])
}

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(21);
    let profile = Profile::default();
    println!("validate, default limits, {runs} runs each (median / max):");
    for (name, table) in cases() {
        let n = validate(&table, &profile).len();
        let (median, max) = time(runs, || {
            black_box(validate(black_box(&table), &profile));
        });
        let (n_median, _) = time(runs.min(5), || {
            black_box(normalize(black_box(&table), &profile));
        });
        println!(
            "  {name:<44} {:>9.2} ms / {:>9.2} ms  ({n} diagnostics; normalize {:.2} ms)",
            median.as_secs_f64() * 1e3,
            max.as_secs_f64() * 1e3,
            n_median.as_secs_f64() * 1e3,
        );
    }
}
