//! `import_text` over arbitrary bytes (read as lossy UTF-8), under a profile taken from the
//! input's last bytes. Every imported table must validate without panicking.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let profile = jixiao_fuzz::profile_from_tail(data);
    let text = String::from_utf8_lossy(data);
    let import = jixiao::import_text(&text, &profile);
    for d in &import.diagnostics {
        assert!(
            d.table < import.tables.len().max(1),
            "note for table {}",
            d.table
        );
    }
    for t in &import.tables {
        jixiao_fuzz::validate_checked(t, &profile);
        jixiao_fuzz::check_export(t, &profile);
    }
});
