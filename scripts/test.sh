#!/usr/bin/env bash
# Runs every test of jixiao, installing what is missing first (idempotent).
#   Rust: fmt, clippy, rustdoc, unit + integration + property tests, the wasm32 build
#   wasm: wasm-bindgen-test in Node and in headless Chromium, Node tests of the npm package
#   browser: the demo page in Chromium (Playwright)
#   fuzz: a short smoke run of every fuzz target
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "setup"
scripts/setup.sh --all

step "cargo fmt --check"
cargo fmt --check

step "cargo clippy"
cargo clippy --all-targets --all-features -- -D warnings
cargo clippy --lib --target wasm32-unknown-unknown -- -D warnings
cargo clippy --lib --target wasm32-unknown-unknown --no-default-features -- -D warnings
cargo clippy --lib --target wasm32-unknown-unknown --no-default-features --features wasm-importer -- -D warnings
cargo clippy --lib --target wasm32-unknown-unknown --no-default-features --features wasm-xlsx -- -D warnings
cargo clippy --lib --target wasm32-unknown-unknown --no-default-features --features wasm-en -- -D warnings
cargo clippy --all-targets --no-default-features -- -D warnings

step "cargo doc (broken links are errors)"
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --quiet

step "cargo test"
cargo test --all-features

step "wasm32 library build"
cargo build --lib --release --target wasm32-unknown-unknown

step "npm package: wasm-bindgen tests (Node, Chromium) and Node tests"
scripts/test-js.sh

step "demo page in Chromium"
scripts/test-browser.sh

step "package size budget"
node scripts/size-report.mjs

step "fuzz smoke run"
scripts/fuzz-smoke.sh "${FUZZ_SECONDS:-10}"
