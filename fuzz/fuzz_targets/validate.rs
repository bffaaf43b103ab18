//! `validate` over structured, domain-biased tables under a random profile, checking the
//! output's invariants (see `jixiao_fuzz::check_diagnostics`) and `validate_field`; and a
//! `Form` loaded with the table and fed edits of it (what a form sends while the user types:
//! a cell, a header field, rows removed, inserted and moved, a fix), which must answer exactly
//! as `validate` does for the same table, with changes that turn the findings before into
//! those after.
#![no_main]
use jixiao::diagnostic::{Diagnostic, Path};
use jixiao::form::Change;
use jixiao::raw::{Column, Field};
use jixiao::{Form, Profile, RawTable};
use jixiao_fuzz::FuzzTable;
use libfuzzer_sys::fuzz_target;
use std::collections::BTreeSet;

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

    let mut form = Form::new(profile.clone());
    let mut shown = ids(&form);
    let change = form.load(table.clone(), Vec::new());
    check(&form, &profile, &table, change, &mut shown, "load");

    let mut expected = table.clone();
    let rows = expected.indicators.len();
    // A character typed in the last row's value.
    if let Some(last) = rows.checked_sub(1) {
        expected.indicators[last].value.push('0');
        let text = expected.indicators[last].value.clone();
        let change = form.set(Path::Cell(last, Column::Value), text).unwrap();
        check(
            &form,
            &profile,
            &expected,
            change,
            &mut shown,
            "a typed value",
        );
    }
    // The first row removed, then put back.
    if rows > 0 {
        let first = expected.indicators.remove(0);
        let change = form.remove_row(0).unwrap();
        check(
            &form,
            &profile,
            &expected,
            change,
            &mut shown,
            "row 0 removed",
        );
        expected.indicators.insert(0, first.clone());
        let change = form.insert_row(0, Some(first)).unwrap();
        check(
            &form,
            &profile,
            &expected,
            change,
            &mut shown,
            "row 0 inserted",
        );
    }
    // The first row moved to the end, and a name moved to another row.
    if rows > 1 {
        let row = expected.indicators.remove(0);
        expected.indicators.push(row);
        let change = form.move_row(0, rows - 1).unwrap();
        check(
            &form,
            &profile,
            &expected,
            change,
            &mut shown,
            "row 0 moved",
        );
        let name = std::mem::take(&mut expected.indicators[0].name);
        let change = form.set(Path::Cell(0, Column::Name), "").unwrap();
        check(
            &form,
            &profile,
            &expected,
            change,
            &mut shown,
            "a name cleared",
        );
        expected.indicators[1].name = name.clone();
        let change = form.set(Path::Cell(1, Column::Name), name).unwrap();
        check(
            &form,
            &profile,
            &expected,
            change,
            &mut shown,
            "a name moved",
        );
    }
    // Another project name, an empty row appended.
    expected.project_name.push('二');
    let name = expected.project_name.clone();
    let change = form.set(Path::Field(Field::ProjectName), name).unwrap();
    check(
        &form,
        &profile,
        &expected,
        change,
        &mut shown,
        "project name",
    );
    expected.indicators.push(Default::default());
    let change = form
        .insert_row(expected.indicators.len() - 1, None)
        .unwrap();
    check(&form, &profile, &expected, change, &mut shown, "empty row");
    // The first fix.
    let fixable = form
        .diagnostics(None)
        .into_iter()
        .find(|d| d.fix.is_some())
        .cloned();
    if let Some(d) = fixable {
        expected = jixiao::apply_fixes(&expected, std::slice::from_ref(&d));
        let change = form.apply_fix(&d.id).unwrap();
        check(&form, &profile, &expected, change, &mut shown, "a fix");
    }
});

fn ids(form: &Form) -> BTreeSet<String> {
    form.diagnostics(None)
        .iter()
        .map(|d| d.id.clone())
        .collect()
}

/// The form holds `expected` and finds what `validate` finds in it; `change` takes the ids
/// shown before to those now.
fn check(
    form: &Form,
    profile: &Profile,
    expected: &RawTable,
    change: Change,
    shown: &mut BTreeSet<String>,
    what: &str,
) {
    assert_eq!(form.table(), expected, "{what}: the form's table");
    let now: Vec<Diagnostic> = form.diagnostics(None).into_iter().cloned().collect();
    assert_eq!(
        now,
        jixiao::validate(expected, profile),
        "{what}: the form's findings"
    );
    assert_eq!(change.counts, jixiao::Counts::of(&now), "{what}: counts");
    for id in &change.removed {
        assert!(
            shown.remove(id),
            "{what}: removed {id}, which was not shown"
        );
    }
    for d in &change.added {
        assert!(shown.insert(d.id.clone()), "{what}: added {} twice", d.id);
    }
    assert_eq!(*shown, ids(form), "{what}: the change");
}
