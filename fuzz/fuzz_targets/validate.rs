//! `validate` over structured, domain-biased tables under a random profile, checking the
//! output's invariants (see `jixiao_fuzz::check_diagnostics`) and `validate_field`.
#![no_main]
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
});
