//! `validate` over structured, domain-biased tables under a random profile, checking the
//! output's invariants (see `jixiao_fuzz::check_diagnostics`) and `validate_field`; and a
//! `Checker` fed the table and edits of it (what a form sends while the user types), which
//! must answer exactly as `validate` does.
#![no_main]
use jixiao::{Checker, RawTable};
use jixiao_fuzz::FuzzTable;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: FuzzTable| {
    let FuzzTable { table, profile } = input;
    let all = jixiao_fuzz::validate_checked(&table, &profile);
    // validate_field returns exactly the diagnostics inside the path, in the same order.
    for d in all.iter().take(3) {
        let field = jixiao::validate_field(&table, &d.path, &profile);
        let expected: Vec<_> = all
            .iter()
            .filter(|x| x.path.is_within(&d.path))
            .cloned()
            .collect();
        assert_eq!(field, expected, "validate_field at {}", d.path);
    }

    let mut checker = Checker::new(profile.clone());
    let owned = |d: Vec<std::rc::Rc<jixiao::Diagnostic>>| -> Vec<jixiao::Diagnostic> {
        d.iter().map(|d| (**d).clone()).collect()
    };
    assert_eq!(owned(checker.validate(&table)), all, "a Checker's first table");
    for (i, next) in edits(&table).iter().enumerate() {
        let fresh = jixiao::validate(next, &profile);
        assert_eq!(owned(checker.validate(next)), fresh, "a Checker after edit {i}");
    }
});

/// The table again, then edited as a form is: a character typed in the last row's value, the
/// first row removed, the table as it was, a cell moved to another row, another project name.
fn edits(table: &RawTable) -> Vec<RawTable> {
    let mut out = vec![table.clone()];
    let mut typed = table.clone();
    if let Some(row) = typed.indicators.last_mut() {
        row.value.push('0');
    }
    out.push(typed);
    let mut removed = table.clone();
    if !removed.indicators.is_empty() {
        removed.indicators.remove(0);
    }
    out.push(removed);
    out.push(table.clone());
    let mut moved = table.clone();
    if moved.indicators.len() > 1 {
        let name = std::mem::take(&mut moved.indicators[0].name);
        moved.indicators[1].name = name;
    }
    out.push(moved);
    let mut renamed = table.clone();
    renamed.project_name.push('二');
    out.push(renamed);
    out.push(table.clone());
    out
}
