//! `jixiao` — the command-line reviewer: the same rules as the web form, over files.
//!
//! ```text
//! jixiao check [--profile FILE] [--year N] [--framework 2020|2021] [--locale zh-CN|en]
//!              [--format text|json|csv|sarif] [--report review.xlsx] [--approved FILE]
//!              FILE|FOLDER…
//! jixiao rules [--locale zh-CN|en] [--format text|json]
//! jixiao export --xlsx OUT.xlsx FILE
//! ```
//! Each FILE is a workbook (`.xlsx`, `.xlsm`, `.xls`, `.ods`, `.xlsb`, WPS `.et`), JSON (one
//! table object or an array of them) or pasted text (Excel/WPS tab-separated), decided by its
//! content (`-` is stdin); a FOLDER is searched recursively for files with those extensions
//! (and `.json`, `.txt`, `.tsv`). A table may be any form of the year: a 绩效目标表, a
//! 绩效运行监控表 or a 绩效自评表 (its `stage`, or its title and columns when pasted); `--approved`
//! gives the target table as approved, which the later forms are compared with. `jixiao rules`
//! lists the rules by the form they check. Tables are checked in parallel, with a progress bar on a
//! terminal. Exit status: 0 clean, 1 if any error was found, 2 when the command itself could
//! not run or a file could not be read (the other files are still checked and reported).

use indicatif::{ProgressBar, ProgressStyle};
use jixiao::diagnostic::Path;
use jixiao::import::Positions;
use jixiao::report::{self, Finding, TableReport, Unreadable};
use jixiao::workbook::{Sheet, WorkbookError};
use jixiao::{Counts, Diagnostic, Locale, Profile, RawTable, Severity};
use rayon::prelude::*;
use serde::Serialize;
use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage:
  jixiao check [--profile FILE] [--year N] [--framework 2020|2021] [--locale zh-CN|en]
               [--format text|json|csv|sarif] [--report REVIEW.xlsx] [--approved FILE]
               FILE|FOLDER...
  jixiao rules [--locale zh-CN|en] [--format text|json]
  jixiao export --xlsx OUT.xlsx FILE
FILE may be - for standard input; its content decides whether it is a workbook (.xlsx .xlsm
.xls .ods .et), JSON or pasted text. FOLDERs are searched recursively. Tables may be target
tables (绩效目标表), monitoring forms (绩效运行监控表) or self-evaluations (绩效自评表).
--approved FILE  the target table as approved (JSON, a workbook or pasted text holding one
                 target table): monitoring forms and self-evaluations are compared with it.";

/// File extensions a folder is searched for.
const EXTENSIONS: [&str; 9] = [
    "xlsx", "xlsm", "xls", "xlsb", "ods", "et", "json", "txt", "tsv",
];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("jixiao: {message}");
            ExitCode::from(2)
        }
    }
}

#[derive(Clone, Copy, Default, PartialEq, Eq)]
enum Format {
    #[default]
    Text,
    Json,
    Csv,
    Sarif,
}

#[derive(Default)]
struct Options {
    profile: Profile,
    format: Format,
    report: Option<String>,
    xlsx: Option<String>,
    files: Vec<String>,
}

fn parse_options(args: &[String]) -> Result<Options, String> {
    let mut o = Options::default();
    let mut profile_file = None;
    let mut approved = None;
    let (mut year, mut framework, mut locale) = (None, None, None);
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value\n{USAGE}"))
        };
        match arg.as_str() {
            "--profile" => profile_file = Some(value("--profile")?),
            "--year" => year = Some(value("--year")?),
            "--framework" => framework = Some(value("--framework")?),
            "--locale" => locale = Some(value("--locale")?),
            "--report" => o.report = Some(value("--report")?),
            "--xlsx" => o.xlsx = Some(value("--xlsx")?),
            "--approved" => approved = Some(value("--approved")?),
            "--format" => {
                o.format = match value("--format")?.as_str() {
                    "json" => Format::Json,
                    "text" => Format::Text,
                    "csv" => Format::Csv,
                    "sarif" => Format::Sarif,
                    other => {
                        return Err(format!(
                            "--format must be text, json, csv or sarif, not {other:?}"
                        ))
                    }
                }
            }
            "-h" | "--help" => return Err(USAGE.into()),
            s if s.starts_with("--") => return Err(format!("unknown option {s}\n{USAGE}")),
            file => o.files.push(file.to_string()),
        }
    }
    if let Some(path) = profile_file {
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
        o.profile = serde_json::from_str(&text).map_err(|e| format!("{path}: {e}"))?;
    }
    if let Some(y) = year {
        o.profile.year = Some(
            y.parse()
                .map_err(|_| format!("--year must be a year, not {y:?}"))?,
        );
    }
    if let Some(f) = framework {
        o.profile.framework = jixiao::taxonomy::Framework::parse(&f)
            .map(Some)
            .ok_or_else(|| format!("--framework must be 2020 or 2021, not {f:?}"))?;
    }
    if let Some(l) = locale {
        o.profile.locale =
            Locale::parse(&l).ok_or_else(|| format!("--locale must be zh-CN or en, not {l:?}"))?;
    }
    o.profile.validate().map_err(|e| e.to_string())?;
    if let Some(path) = approved {
        let table = approved_table(&path, &o.profile)?;
        o.profile.approved = Some(std::sync::Arc::new(table));
    }
    Ok(o)
}

/// `--approved FILE`: the one target table of FILE (JSON, a workbook or pasted text).
fn approved_table(path: &str, profile: &Profile) -> Result<RawTable, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("--approved {path}: {e}"))?;
    let mut found = items(path, &bytes, profile).map_err(|e| format!("--approved {path}: {e}"))?;
    match found.len() {
        1 => {}
        0 => return Err(format!("--approved {path}: no table found")),
        n => {
            return Err(format!(
                "--approved {path}: {n} tables found; give the file of one approved target table"
            ))
        }
    }
    let table = found.remove(0).table;
    let form = match table.stage {
        jixiao::raw::Stage::Target => return Ok(table),
        jixiao::raw::Stage::Monitoring => "a monitoring form (绩效运行监控表)",
        jixiao::raw::Stage::SelfEvaluation => "a self-evaluation (绩效自评表)",
    };
    Err(format!(
        "--approved {path}: {form}, not a target table (绩效目标表)"
    ))
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    match args.first().map(String::as_str) {
        Some("check") => check(&parse_options(&args[1..])?),
        Some("rules") => rules(&parse_options(&args[1..])?),
        Some("export") => export(&parse_options(&args[1..])?),
        Some(READ_WORKBOOK) => read_workbook(),
        _ => Err(USAGE.into()),
    }
}

/// A table read from a file, before it is checked.
struct Item {
    file: String,
    sheet: Option<String>,
    table: RawTable,
    issues: Vec<jixiao::InputIssue>,
    /// The importer's notes.
    notes: Vec<Diagnostic>,
    positions: Option<Positions>,
}

/// The files to read: FILEs as given, FOLDERs searched recursively (sorted, hidden files and
/// Office lock files `~$…` skipped). A name that is neither is kept, to be reported unreadable.
fn expand(args: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for a in args {
        let p = std::path::Path::new(a);
        if a != "-" && p.is_dir() {
            let mut found = Vec::new();
            walk(p, &mut found);
            found.sort();
            out.extend(found);
        } else {
            out.push(a.clone());
        }
    }
    out
}

fn walk(dir: &std::path::Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        out.push(dir.display().to_string()); // reported as unreadable
        return;
    };
    for e in entries.flatten() {
        let path = e.path();
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || name.starts_with("~$") {
            continue;
        }
        if path.is_dir() {
            walk(&path, out);
        } else {
            let ext = path
                .extension()
                .map(|x| x.to_string_lossy().to_ascii_lowercase())
                .unwrap_or_default();
            if EXTENSIONS.contains(&ext.as_str()) {
                out.push(path.display().to_string());
            }
        }
    }
}

/// The hidden subcommand that reads one workbook from stdin and prints its sheets as JSON.
const READ_WORKBOOK: &str = "__read-workbook";

/// `jixiao __read-workbook`: the child process of [`sheets_of`].
fn read_workbook() -> Result<ExitCode, String> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|e| format!("stdin: {e}"))?;
    let read = jixiao::workbook::read(&bytes);
    let s = serde_json::to_string(&read).map_err(|e| e.to_string())?;
    std::io::stdout()
        .lock()
        .write_all(s.as_bytes())
        .map_err(|e| e.to_string())?;
    Ok(ExitCode::SUCCESS)
}

/// How long a workbook's reader may take before it is stopped.
const READ_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(60);

/// A workbook's sheets, read in a child process: calamine can panic, abort or loop on some
/// damaged files, and one such file must not stop the batch (the release build aborts on a
/// panic). A reader that takes longer than [`READ_TIMEOUT`] is killed.
fn sheets_of(bytes: &[u8]) -> Result<Vec<Sheet>, WorkbookError> {
    use std::process::{Command, Stdio};
    let stopped = |why: String| WorkbookError::Corrupt(format!("the reader stopped: {why}"));
    let exe = std::env::current_exe().map_err(|e| stopped(e.to_string()))?;
    let mut child = Command::new(exe)
        .arg(READ_WORKBOOK)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| stopped(e.to_string()))?;
    let mut stdout = child.stdout.take().expect("piped");
    let output = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = stdout.read_to_end(&mut v);
        v
    });
    // The child reads all of its input before it writes anything.
    let written = child.stdin.take().map(|mut i| i.write_all(bytes));
    let deadline = std::time::Instant::now() + READ_TIMEOUT;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if std::time::Instant::now() < deadline => {
                std::thread::sleep(std::time::Duration::from_millis(2))
            }
            Ok(None) => {
                let _ = child.kill();
                let _ = child.wait();
                let secs = READ_TIMEOUT.as_secs();
                return Err(stopped(format!("no answer in {secs} s")));
            }
            Err(e) => return Err(stopped(e.to_string())),
        }
    };
    let out = output.join().unwrap_or_default();
    if let Some(Err(e)) = written {
        return Err(stopped(e.to_string()));
    }
    if !status.success() {
        return Err(stopped(status.to_string()));
    }
    serde_json::from_slice::<Result<Vec<Sheet>, WorkbookError>>(&out)
        .map_err(|e| stopped(e.to_string()))?
}

fn is_workbook(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
        || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
}

/// The tables in one file: a workbook's, or those of JSON or pasted text.
fn items(file: &str, bytes: &[u8], profile: &Profile) -> Result<Vec<Item>, String> {
    if is_workbook(bytes) {
        let sheets = jixiao::workbook::tables(
            sheets_of(bytes).map_err(|e| e.message(profile.zh()))?,
            profile,
        );
        let mut out = Vec::new();
        for s in sheets {
            let mut notes: Vec<Vec<Diagnostic>> = vec![Vec::new(); s.import.tables.len()];
            for d in s.import.diagnostics {
                if let Some(n) = notes.get_mut(d.table) {
                    n.push(d.diagnostic);
                }
            }
            let positions = s.import.positions.into_iter().map(Some);
            for ((table, notes), positions) in s.import.tables.into_iter().zip(notes).zip(positions)
            {
                out.push(Item {
                    file: file.to_string(),
                    sheet: Some(s.sheet.clone()),
                    table,
                    issues: Vec::new(),
                    notes,
                    positions,
                });
            }
        }
        return Ok(out);
    }
    let text = String::from_utf8_lossy(bytes);
    Ok(tables_in(&text, profile)?
        .into_iter()
        .map(|((table, issues), notes)| Item {
            file: file.to_string(),
            sheet: None,
            table,
            issues,
            notes,
            positions: None,
        })
        .collect())
}

fn progress(len: usize, what: &'static str) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let style = ProgressStyle::with_template("{prefix} [{bar:32}] {pos}/{len} {elapsed}")
        .expect("valid template")
        .progress_chars("=> ");
    ProgressBar::new(len as u64)
        .with_style(style)
        .with_prefix(what)
}

/// Reads every file (in parallel), checks every table (in parallel), and writes the reports.
fn check(o: &Options) -> Result<ExitCode, String> {
    if o.files.is_empty() {
        return Err(format!("check needs at least one FILE\n{USAGE}"));
    }
    let profile = &o.profile;
    let zh = profile.zh();
    let files = expand(&o.files);
    let mut stdin = None;
    if files.iter().any(|f| f == "-") {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("stdin: {e}"))?;
        stdin = Some(bytes);
    }
    let bar = progress(files.len(), if zh { "读取" } else { "reading" });
    let read: Vec<Result<Vec<Item>, Unreadable>> = files
        .par_iter()
        .map(|file| {
            let unreadable = |reason: String| Unreadable {
                file: file.clone(),
                reason,
            };
            let bytes = match (file.as_str(), &stdin) {
                ("-", Some(b)) => std::borrow::Cow::Borrowed(b.as_slice()),
                _ => std::borrow::Cow::Owned(
                    std::fs::read(file).map_err(|e| unreadable(e.to_string()))?,
                ),
            };
            let r = items(file, &bytes, profile).map_err(unreadable);
            bar.inc(1);
            r
        })
        .collect();
    bar.finish_and_clear();
    let mut unreadable = Vec::new();
    let mut all = Vec::new();
    for r in read {
        match r {
            Ok(items) => all.extend(items),
            Err(u) => {
                eprintln!("jixiao: {}: {}", u.file, u.reason);
                unreadable.push(u);
            }
        }
    }
    let bar = progress(all.len(), if zh { "检查" } else { "checking" });
    let reports: Vec<TableReport> = all
        .into_par_iter()
        .map(|item| {
            let r = check_item(item, profile);
            bar.inc(1);
            r
        })
        .collect();
    bar.finish_and_clear();

    let counts = Counts::of(
        reports
            .iter()
            .flat_map(|r| &r.diagnostics)
            .map(|f| &f.diagnostic),
    );
    // The review workbook is built while the findings are printed.
    let (printed, book) = rayon::join(
        || print(o.format, &reports, counts, profile),
        || {
            o.report.as_ref().map(|path| {
                (
                    path,
                    report::review_workbook(&reports, &unreadable, profile),
                )
            })
        },
    );
    printed?;
    if let Some((path, bytes)) = book {
        let bytes = bytes.map_err(|e| format!("{path}: {e}"))?;
        std::fs::write(path, bytes).map_err(|e| format!("{path}: {e}"))?;
    }
    Ok(if !unreadable.is_empty() {
        ExitCode::from(2)
    } else if counts.error > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The findings on stdout, in the format asked for.
fn print(
    format: Format,
    reports: &[TableReport],
    counts: Counts,
    profile: &Profile,
) -> Result<(), String> {
    let mut out = std::io::stdout().lock();
    let io = |e: std::io::Error| e.to_string();
    match format {
        Format::Json => {
            let s = serde_json::to_string_pretty(reports).map_err(|e| e.to_string())?;
            writeln!(out, "{s}").map_err(io)
        }
        Format::Csv => out.write_all(report::csv(reports).as_bytes()).map_err(io),
        Format::Sarif => {
            let log = report::sarif(reports, profile);
            let s = serde_json::to_string_pretty(&log).map_err(|e| e.to_string())?;
            writeln!(out, "{s}").map_err(io)
        }
        Format::Text => print_text(&mut out, reports, counts, profile.locale).map_err(io),
    }
}

/// Checks one table: the importer's notes, then the rules' findings, each with its cell.
fn check_item(item: Item, profile: &Profile) -> TableReport {
    let mut diagnostics = item.notes;
    diagnostics.extend(jixiao::validate_input(&item.table, item.issues, profile));
    let opinion = jixiao::review_opinion(&item.table, &diagnostics, profile);
    let findings = diagnostics
        .into_iter()
        .map(|d| {
            let at = item.positions.as_ref().map(|p| p.locate(&d.path));
            Finding {
                sheet: item.sheet.clone(),
                cell: at.map(|a| a.a1()),
                at,
                diagnostic: d,
            }
        })
        .collect();
    TableReport::new(
        item.file,
        item.sheet,
        item.table,
        findings,
        opinion,
        profile.zh(),
    )
}

type Parsed = ((RawTable, Vec<jixiao::InputIssue>), Vec<Diagnostic>);

/// The tables in a file: JSON (an object or an array of objects) or pasted text, by content.
fn tables_in(text: &str, profile: &Profile) -> Result<Vec<Parsed>, String> {
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if trimmed.starts_with('{') || trimmed.starts_with('[') {
        if let Ok(value) = serde_json::from_str::<serde_json::Value>(trimmed) {
            let items = match value {
                serde_json::Value::Array(items) => items,
                one => vec![one],
            };
            return items
                .into_iter()
                .map(|v| {
                    jixiao::input::read(v)
                        .map(|t| (t, Vec::new()))
                        .map_err(|e| e.to_string())
                })
                .collect();
        }
    }
    let import = jixiao::import_text(text, profile);
    let mut notes: Vec<Vec<Diagnostic>> = vec![Vec::new(); import.tables.len()];
    for d in import.diagnostics {
        if let Some(n) = notes.get_mut(d.table) {
            n.push(d.diagnostic);
        }
    }
    Ok(import
        .tables
        .into_iter()
        .zip(notes)
        .map(|(t, n)| ((t, Vec::new()), n))
        .collect())
}

/// A sheet name as Excel writes it in a reference: quoted when it has spaces or punctuation.
fn sheet_ref(sheet: &str) -> String {
    if sheet
        .chars()
        .all(|c| c.is_alphanumeric() || c == '_' || !c.is_ascii())
    {
        sheet.to_string()
    } else {
        format!("'{}'", sheet.replace('\'', "''"))
    }
}

/// rustc/ruff-style text: one block per finding, a summary line at the end.
fn print_text(
    out: &mut impl Write,
    reports: &[TableReport],
    counts: Counts,
    locale: Locale,
) -> std::io::Result<()> {
    let zh = locale == Locale::Zh;
    for r in reports {
        for f in &r.diagnostics {
            let d = &f.diagnostic;
            writeln!(out, "{}[{}]: {}", d.severity.as_str(), d.rule, d.message)?;
            let path = if d.path == Path::Root {
                String::new()
            } else {
                format!(" › {}", d.path)
            };
            let place = match (&r.sheet, &f.cell) {
                (Some(sheet), Some(cell)) => format!("{} › {}!{cell}", r.file, sheet_ref(sheet)),
                (Some(sheet), None) => format!("{} › {}", r.file, sheet_ref(sheet)),
                _ => r.file.clone(),
            };
            writeln!(out, "  --> {place}: {}{}", r.project_name, path)?;
            if let Some(fix) = &d.fix {
                writeln!(out, "   = fix: {}", fix.label)?;
            }
        }
    }
    let tables = reports.len();
    if zh {
        writeln!(
            out,
            "共 {tables} 张表：{} 个错误，{} 个警告，{} 条提示",
            counts.error, counts.warning, counts.info
        )
    } else {
        let n =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        writeln!(
            out,
            "{}: {}, {}, {} info",
            n(tables, "table", "tables"),
            n(counts.error, "error", "errors"),
            n(counts.warning, "warning", "warnings"),
            counts.info
        )
    }
}

/// `export --xlsx OUT FILE`: the tables of FILE in the standard layout, one per sheet.
fn export(o: &Options) -> Result<ExitCode, String> {
    let (Some(out), [file]) = (&o.xlsx, o.files.as_slice()) else {
        return Err(format!("export needs --xlsx OUT and one FILE\n{USAGE}"));
    };
    let bytes = if file == "-" {
        let mut b = Vec::new();
        std::io::stdin()
            .read_to_end(&mut b)
            .map_err(|e| format!("stdin: {e}"))?;
        b
    } else {
        std::fs::read(file).map_err(|e| format!("{file}: {e}"))?
    };
    let tables: Vec<RawTable> = items(file, &bytes, &o.profile)
        .map_err(|e| format!("{file}: {e}"))?
        .into_iter()
        .map(|i| i.table)
        .collect();
    if tables.is_empty() {
        return Err(format!("{file}: no table found"));
    }
    let book = report::table_workbook(&tables).map_err(|e| format!("{out}: {e}"))?;
    std::fs::write(out, book).map_err(|e| format!("{out}: {e}"))?;
    Ok(ExitCode::SUCCESS)
}

/// One rule, as `jixiao rules --format json` prints it.
#[derive(Serialize)]
struct RuleLine {
    id: &'static str,
    level: jixiao::Level,
    /// The forms it checks: `target`, `monitoring`, `selfEvaluation`.
    stages: Vec<&'static str>,
    title: &'static str,
    description: &'static str,
    #[serde(skip)]
    rule_stages: jixiao::rules::Stages,
}

/// `jixiao rules`: every rule with its level, grouped by the form it checks — the target
/// table's rules (which also check the later forms' indicator rows), then the
/// self-evaluation's and the monitoring form's (a rule of both in each). `--format json`: one
/// flat list, each rule with its `stages`.
fn rules(o: &Options) -> Result<ExitCode, String> {
    use jixiao::raw::Stage;
    let zh = o.profile.zh();
    let lines: Vec<RuleLine> = jixiao::rules::ALL
        .iter()
        .map(|r| RuleLine {
            id: r.id.as_str(),
            level: o.profile.level(r),
            stages: r.stages.keys().collect(),
            title: r.title.get(zh),
            description: r.description.get(zh),
            rule_stages: r.stages,
        })
        .collect();
    let mut out = std::io::stdout().lock();
    let io = |e: std::io::Error| e.to_string();
    if o.format == Format::Json {
        let s = serde_json::to_string_pretty(&lines).map_err(|e| e.to_string())?;
        writeln!(out, "{s}").map_err(io)?;
        return Ok(ExitCode::SUCCESS);
    }
    type Group = (
        &'static str,
        &'static str,
        fn(jixiao::rules::Stages) -> bool,
    );
    let groups: [Group; 3] = [
        (
            "目标表（绩效目标表）规则，也检查监控表、自评表的指标行：",
            "Target-table rules (绩效目标表), also run on the later forms' indicator rows:",
            |s| s.has(Stage::Target),
        ),
        (
            "自评表（绩效自评表）规则：",
            "Self-evaluation rules (绩效自评表):",
            |s| !s.has(Stage::Target) && s.has(Stage::SelfEvaluation),
        ),
        (
            "监控表（绩效运行监控表）规则：",
            "Monitoring rules (绩效运行监控表):",
            |s| !s.has(Stage::Target) && s.has(Stage::Monitoring),
        ),
    ];
    for (k, (head_zh, head_en, belongs)) in groups.into_iter().enumerate() {
        if k > 0 {
            writeln!(out).map_err(io)?;
        }
        writeln!(out, "{}", if zh { head_zh } else { head_en }).map_err(io)?;
        let mut any = false;
        for l in lines.iter().filter(|l| belongs(l.rule_stages)) {
            any = true;
            let level = match l.level.severity() {
                Some(Severity::Error) => "error",
                Some(Severity::Warning) => "warning",
                Some(Severity::Info) => "info",
                None => "off",
            };
            writeln!(out, "{:<32} {:<8} {}", l.id, level, l.title).map_err(io)?;
        }
        if !any {
            writeln!(out, "{}", if zh { "（无）" } else { "(none)" }).map_err(io)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
