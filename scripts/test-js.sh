#!/usr/bin/env bash
# The JavaScript side of jixiao's tests, in one command:
#   1. builds the npm package (scripts/build-pkg.sh; skipped when up to date),
#   2. the wasm-bindgen-test suite under Node        (wasm-pack test --node), for each module,
#   3. the same suite in headless Chromium           (wasm-pack test --headless --chrome),
#      failing if the browser run was skipped or ran no test,
#   4. the Node tests against the built, installed package (node --test tests/js/).
set -euo pipefail
cd "$(dirname "$0")/.."
log() { printf '\033[1m[test-js]\033[0m %s\n' "$*"; }

scripts/build-pkg.sh
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:/usr/bin:$PATH"

log "wasm-bindgen tests in Node"
wasm-pack --log-level warn test --node -- --test wasm
log "wasm-bindgen tests of the English validator's module in Node"
CARGO_TARGET_DIR="$PWD/target/en" \
  wasm-pack --log-level warn test --node -- --features wasm-en --test wasm
log "wasm-bindgen tests of the importer's module in Node"
CARGO_TARGET_DIR="$PWD/target/importer" \
  wasm-pack --log-level warn test --node -- --features wasm-importer --test wasm_importer

log "wasm-bindgen tests in headless Chromium"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
wasm-pack --log-level warn test --headless --chrome -- --test wasm_browser 2>&1 | tee "$out"
grep -q "Running headless tests in Chrome" "$out" ||
  { echo "the browser tests did not run in Chrome" >&2; exit 1; }
passed=$(sed -n 's/^test result: ok\. \([0-9][0-9]*\) passed.*/\1/p' "$out" | tail -n 1)
[ "${passed:-0}" -gt 0 ] ||
  { echo "the browser run passed no test (skipped?)" >&2; exit 1; }

log "Node tests against dist/jixiao"
node --test tests/js/
