//! jixiao's precision and recall on the development corpus of real published tables
//! (`tests/data/real/`, labelled as a reviewer would): per severity, per rule, and the false
//! alarms per table. `cargo run --release --example accuracy [-- --list]`; `--list` also prints
//! every finding that is not a labelled defect.

#[path = "../tests/support/corpus.rs"]
mod corpus;

use corpus::Judged;
use jixiao::Severity;
use std::collections::BTreeSet;

fn main() {
    let list = std::env::args().any(|a| a == "--list");
    let entries = corpus::load();
    let outcomes: Vec<_> = entries.iter().map(corpus::judge).collect();
    let provinces: BTreeSet<_> = entries.iter().map(|e| e.source.province.as_str()).collect();
    let years: BTreeSet<_> = entries.iter().filter_map(|e| e.source.year).collect();
    println!(
        "{} tables from {} provinces ({}), years {}–{}",
        entries.len(),
        provinces.len(),
        provinces.iter().copied().collect::<Vec<_>>().join(" "),
        years.first().unwrap_or(&0),
        years.last().unwrap_or(&0)
    );

    let (by_rule, by_severity) = corpus::tallies(&outcomes);
    let pct = |x: Option<f64>| x.map_or("—".to_string(), |p| format!("{:.1} %", p * 100.0));
    // Recall per severity: the labelled defects of rules at that level found.
    let mut recall = [(0usize, 0usize); 3];
    for o in &outcomes {
        for (l, found) in &o.expected {
            let level = jixiao::rules::find(&l.rule).and_then(|r| r.level.severity());
            if let Some(s) = level {
                recall[s as usize].0 += *found as usize;
                recall[s as usize].1 += 1;
            }
        }
    }
    println!("\n| severity | findings | labelled true | labelled false | unlabelled | precision | recall |");
    println!("|---|---|---|---|---|---|---|");
    for s in [Severity::Error, Severity::Warning, Severity::Info] {
        let t = by_severity.get(&s).copied().unwrap_or_default();
        let (found, all) = recall[s as usize];
        println!(
            "| {} | {} | {} | {} | {} | {} | {} |",
            s.as_str(),
            t.true_ + t.false_ + t.unlabelled,
            t.true_,
            t.false_,
            t.unlabelled,
            pct(t.precision()),
            pct((all > 0).then(|| found as f64 / all as f64)),
        );
    }
    let (found, all) = recall.iter().fold((0, 0), |a, r| (a.0 + r.0, a.1 + r.1));
    let pending: usize = outcomes.iter().map(|o| o.pending.len()).sum();
    println!(
        "\nrecall: {found} of {all} labelled defects found ({}); {pending} more are labelled for rules jixiao does not have",
        pct((all > 0).then(|| found as f64 / all as f64))
    );
    let false_alarms: usize = outcomes
        .iter()
        .flat_map(|o| &o.findings)
        .filter(|(d, j)| {
            matches!(j, Judged::False | Judged::Unlabelled) && d.severity != Severity::Info
        })
        .count();
    println!(
        "errors + warnings not labelled true: {false_alarms} on {} tables ({:.2} per table)",
        outcomes.len(),
        false_alarms as f64 / outcomes.len().max(1) as f64
    );
    let unknowable: usize = by_rule.values().map(|t| t.unknowable).sum();
    println!(
        "not judged: {unknowable} findings about the whole table on tables the page cut short"
    );

    per_form(&outcomes, &pct);

    println!("\n| rule | labelled true | labelled false | unlabelled | precision |");
    println!("|---|---|---|---|---|");
    for (rule, t) in &by_rule {
        println!(
            "| {rule} | {} | {} | {} | {} |",
            t.true_,
            t.false_,
            t.unlabelled,
            pct(t.precision())
        );
    }

    for o in &outcomes {
        for l in o.lost() {
            println!(
                "LOST {}: {} at {} — {}",
                o.entry.file,
                l.rule,
                l.path.as_deref().unwrap_or("*"),
                l.why
            );
        }
        if list {
            for (d, j) in &o.findings {
                if *j != Judged::True && *j != Judged::Unknowable {
                    println!(
                        "{:?} {}: {} {} at {}: {}",
                        j,
                        o.entry.file,
                        d.severity.as_str(),
                        d.rule,
                        d.path,
                        d.message
                    );
                }
            }
        }
    }
}

/// The same per form (目标表 / 监控表 / 自评表), with the later forms' own rules apart from the
/// target rules that also run on their indicator columns: the self-evaluation's bar (issue 14)
/// is the share of the defects a spot-check would flag that are found.
fn per_form(outcomes: &[corpus::Outcome], pct: &dyn Fn(Option<f64>) -> String) {
    use jixiao::raw::Stage;
    println!("\n| form | tables | rules | labelled defects found | pending | findings labelled true | false | unlabelled |");
    println!("|---|---|---|---|---|---|---|---|");
    for stage in [Stage::Target, Stage::Monitoring, Stage::SelfEvaluation] {
        let here: Vec<_> = outcomes
            .iter()
            .filter(|o| o.entry.table.stage == stage)
            .collect();
        if here.is_empty() {
            continue;
        }
        for later in [false, true] {
            if later && stage == Stage::Target {
                continue;
            }
            // A rule of the later forms only (LIFECYCLE.md), or a target rule.
            let ours = |rule: &str| {
                jixiao::rules::find(rule).is_some_and(|r| r.stages.is_target_rule() != later)
            };
            let (mut found, mut all, mut pending) = (0, 0, 0);
            let (mut t, mut f, mut u) = (0, 0, 0);
            for o in &here {
                for (_, hit) in o.expected.iter().filter(|(l, _)| ours(&l.rule)) {
                    found += *hit as usize;
                    all += 1;
                }
                // Labels for rules jixiao lacks, on the row of the rules they belong with.
                if later || stage == Stage::Target {
                    pending += o.pending.len();
                }
                for (d, j) in o.findings.iter().filter(|(d, _)| ours(d.rule.as_str())) {
                    match j {
                        Judged::True => t += 1,
                        Judged::False => f += 1,
                        Judged::Unlabelled if d.severity != Severity::Info => u += 1,
                        _ => {}
                    }
                }
            }
            println!(
                "| {} | {} | {} | {found} of {all} ({}) | {pending} | {t} | {f} | {u} |",
                stage.key(),
                here.len(),
                if later {
                    "the form's own"
                } else {
                    "target rules"
                },
                pct((all > 0).then(|| found as f64 / all as f64)),
            );
        }
    }
}
