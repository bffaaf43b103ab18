//! The gate on the development corpus of real published tables (`tests/data/real/`): every
//! labelled defect is found, nothing labelled silent fires, and every error and warning is
//! labelled one way or the other. `cargo run --release --example accuracy` prints the numbers.

#[path = "support/corpus.rs"]
mod corpus;

#[test]
fn real_tables_meet_their_labels() {
    let entries = corpus::load();
    assert!(!entries.is_empty(), "no corpus");
    let mut problems = Vec::new();
    for e in &entries {
        let o = corpus::judge(e);
        for l in o.lost() {
            problems.push(format!(
                "{}: lost {} at {} ({})",
                e.file,
                l.rule,
                l.path.as_deref().unwrap_or("*"),
                l.why
            ));
        }
        for d in o.fired_silent() {
            problems.push(format!(
                "{}: silent {} fired at {}: {}",
                e.file, d.rule, d.path, d.message
            ));
        }
        for d in o.unlabelled() {
            problems.push(format!(
                "{}: unlabelled {} {} at {}: {}",
                e.file,
                d.severity.as_str(),
                d.rule,
                d.path,
                d.message
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn labels_name_paths_of_the_table() {
    for e in corpus::load() {
        for l in e.labels.expect.iter().chain(&e.labels.silent) {
            assert!(
                !l.rule.is_empty() && !l.why.is_empty(),
                "{}: a label needs a rule and a why",
                e.file
            );
            // Paths of forms jixiao does not read yet are checked when it does.
            let known = jixiao::rules::find(&l.rule).is_some();
            if let Some(p) = l.path.as_ref().filter(|_| known) {
                let path = jixiao::Path::parse(p)
                    .unwrap_or_else(|| panic!("{}: {p} is not a table path", e.file));
                if let Some(i) = path.row() {
                    assert!(i < e.table.indicators.len(), "{}: {p}: no such row", e.file);
                }
            }
        }
    }
}
