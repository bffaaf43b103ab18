//! `import_grid` over an arbitrary grid of strings. The grid comes from the input read as
//! lossy UTF-8: rows split at `\x1e` and cells at `\x1f` when the input has a `\x1e` (so cells
//! may hold tabs and line breaks), else rows at line breaks and cells at tabs (so the text
//! seeds work as they are). The profile comes from the input's last bytes.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let profile = jixiao_fuzz::profile_from_tail(data);
    let text = String::from_utf8_lossy(data);
    let (row_sep, cell_sep) = if text.contains('\x1e') {
        ('\x1e', '\x1f')
    } else {
        ('\n', '\t')
    };
    let grid: Vec<Vec<String>> = text
        .split(row_sep)
        .map(|r| r.split(cell_sep).map(str::to_string).collect())
        .collect();
    let import = jixiao::import_grid(&grid, &profile);
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
