//! The tests of tests/wasm.rs, run in a real browser: `wasm-pack test --headless --chrome --
//! --test wasm_browser` (chromedriver from /usr/bin). Without this configuration the runner
//! would skip them under `--chrome` and still exit 0.
#![cfg(all(
    target_arch = "wasm32",
    not(any(feature = "wasm-importer", feature = "wasm-xlsx"))
))]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

#[path = "wasm.rs"]
mod shared;
