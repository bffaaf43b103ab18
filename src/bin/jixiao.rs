//! `jixiao` — the command-line reviewer: the same rules as the web form, over files.
//!
//! ```text
//! jixiao check [--profile FILE] [--year N] [--framework 2020|2021] [--locale zh-CN|en]
//!              [--format text|json] FILE…      (FILE may be `-` for stdin)
//! jixiao rules [--locale zh-CN|en] [--format text|json]
//! ```
//! Each FILE is JSON (one table object or an array of them) or pasted text (Excel/WPS
//! tab-separated), decided by its content. Exit status: 0 clean, 1 if any error was found,
//! 2 when the command itself could not run.

use jixiao::{Counts, Diagnostic, Locale, Profile, RawTable, Severity};
use serde::Serialize;
use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage:
  jixiao check [--profile FILE] [--year N] [--framework 2020|2021] [--locale zh-CN|en] [--format text|json] FILE...
  jixiao rules [--locale zh-CN|en] [--format text|json]
FILE may be - for standard input; its content decides whether it is JSON or pasted text.";

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

#[derive(Default)]
struct Options {
    profile: Profile,
    json: bool,
    files: Vec<String>,
}

fn parse_options(args: &[String]) -> Result<Options, String> {
    let mut o = Options::default();
    let mut profile_file = None;
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
            "--format" => {
                o.json = match value("--format")?.as_str() {
                    "json" => true,
                    "text" => false,
                    other => return Err(format!("--format must be text or json, not {other:?}")),
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
    Ok(o)
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    match args.first().map(String::as_str) {
        Some("check") => check(&parse_options(&args[1..])?),
        Some("rules") => rules(&parse_options(&args[1..])?),
        _ => Err(USAGE.into()),
    }
}

/// One table's result, as `--format json` prints it.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Report {
    file: String,
    project_name: String,
    diagnostics: Vec<Diagnostic>,
}

fn check(o: &Options) -> Result<ExitCode, String> {
    if o.files.is_empty() {
        return Err(format!("check needs at least one FILE\n{USAGE}"));
    }
    let mut reports = Vec::new();
    for file in &o.files {
        let text = read(file)?;
        for (table, mut diagnostics) in
            tables_in(&text, &o.profile).map_err(|e| format!("{file}: {e}"))?
        {
            diagnostics.extend(jixiao::validate_input(&table.0, table.1, &o.profile));
            reports.push(Report {
                file: file.clone(),
                project_name: table.0.project_name.clone(),
                diagnostics,
            });
        }
    }
    let counts = Counts::of(reports.iter().flat_map(|r| &r.diagnostics));
    let mut out = std::io::stdout().lock();
    if o.json {
        let s = serde_json::to_string_pretty(&reports).map_err(|e| e.to_string())?;
        writeln!(out, "{s}").map_err(|e| e.to_string())?;
    } else {
        print_text(&mut out, &reports, counts, o.profile.locale).map_err(|e| e.to_string())?;
    }
    Ok(if counts.error > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
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

fn read(file: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    if file == "-" {
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("stdin: {e}"))?;
    } else {
        bytes = std::fs::read(file).map_err(|e| format!("{file}: {e}"))?;
    }
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// rustc/ruff-style text: one block per finding, a summary line at the end.
fn print_text(
    out: &mut impl Write,
    reports: &[Report],
    counts: Counts,
    locale: Locale,
) -> std::io::Result<()> {
    let zh = locale == Locale::Zh;
    for r in reports {
        for d in &r.diagnostics {
            writeln!(out, "{}[{}]: {}", d.severity.as_str(), d.rule, d.message)?;
            let path = if d.path.to_string().is_empty() {
                String::new()
            } else {
                format!(" › {}", d.path)
            };
            writeln!(out, "  --> {}: {}{}", r.file, r.project_name, path)?;
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

/// One rule, as `jixiao rules --format json` prints it.
#[derive(Serialize)]
struct RuleLine {
    id: &'static str,
    level: jixiao::Level,
    title: &'static str,
    description: &'static str,
}

fn rules(o: &Options) -> Result<ExitCode, String> {
    let zh = o.profile.zh();
    let lines: Vec<RuleLine> = jixiao::rules::ALL
        .iter()
        .map(|r| RuleLine {
            id: r.id.as_str(),
            level: o.profile.level(r),
            title: r.title.get(zh),
            description: r.description.get(zh),
        })
        .collect();
    let mut out = std::io::stdout().lock();
    if o.json {
        let s = serde_json::to_string_pretty(&lines).map_err(|e| e.to_string())?;
        writeln!(out, "{s}").map_err(|e| e.to_string())?;
    } else {
        for l in &lines {
            let level = match l.level.severity() {
                Some(Severity::Error) => "error",
                Some(Severity::Warning) => "warning",
                Some(Severity::Info) => "info",
                None => "off",
            };
            writeln!(out, "{:<32} {:<8} {}", l.id, level, l.title).map_err(|e| e.to_string())?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
