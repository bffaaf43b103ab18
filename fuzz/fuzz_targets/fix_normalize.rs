//! `normalize` and `apply_fixes` over structured tables: normalize is idempotent, every table
//! along the way validates cleanly (no panic, invariants hold), and — for tables within the
//! profile's limits, where every cell is checked whole — fixes never add an error and
//! "fix all" settles within a few rounds. The fix rounds run at the rules' default levels: a
//! profile that downgrades a rule (say `unknown-level1` to info) lets its fix reveal an error
//! it was standing in for (`required-field` on the level-2 cell it left blank), which is the
//! profile's choice, not a defect of the fix.
#![no_main]
use jixiao::diagnostic::{Diagnostic, Severity};
use jixiao_fuzz::{errors, validate_checked, within_limits, FuzzTable};
use libfuzzer_sys::fuzz_target;

/// Rounds of "fix all" after which no fix may change the table any more.
const ROUNDS: usize = 4;

fuzz_target!(|input: FuzzTable| {
    let FuzzTable { table, profile } = input;

    let n = jixiao::normalize(&table, &profile);
    assert_eq!(
        n.indicators.len(),
        table.indicators.len(),
        "normalize dropped rows"
    );
    assert_eq!(
        jixiao::normalize(&n, &profile),
        n,
        "normalize is not idempotent"
    );
    validate_checked(&n, &profile);

    let mut profile = profile;
    profile.rules.clear();
    let mut t = table;
    let mut d = validate_checked(&t, &profile);
    for round in 0.. {
        let next = jixiao::apply_fixes(&t, &d);
        if next == t {
            break;
        }
        assert!(
            round < ROUNDS,
            "fixes still change the table after {ROUNDS} rounds"
        );
        let next_d = validate_checked(&next, &profile);
        if !within_limits(&t, &profile) || !within_limits(&next, &profile) {
            break;
        }
        let added: Vec<&Diagnostic> = next_d
            .iter()
            .filter(|x| x.severity == Severity::Error)
            .filter(|x| !d.iter().any(|y| y.rule == x.rule && y.path == x.path))
            .collect();
        assert!(
            errors(&next_d) <= errors(&d),
            "fixes added errors ({} → {}): {:?}",
            errors(&d),
            errors(&next_d),
            added
                .iter()
                .map(|x| format!("{} at {}", x.rule, x.path))
                .collect::<Vec<_>>()
        );
        t = next;
        d = next_d;
    }
});
