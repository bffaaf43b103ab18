#!/usr/bin/env bash
# Installs what jixiao's builds and tests need, skipping what is already there.
# Facts behind each step: ../shared/TOOLCHAIN.md (GitHub downloads fail here; Debian's
# binaryen breaks wasm-bindgen output, so wasm-opt comes from npm).
#   scripts/setup.sh          Rust parts only (native build and tests)
#   scripts/setup.sh --all    also wasm tools, Node packages and Chromium
set -euo pipefail
cd "$(dirname "$0")/.."
WASM_BINDGEN_VERSION=0.2.130   # must equal the `=` pin in Cargo.toml
WASM_PACK_VERSION=0.15.1

log() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt clippy

[ "${1:-}" = "--all" ] || exit 0

rustup target list --installed | grep -qx wasm32-unknown-unknown || {
  log "adding wasm32 target"; rustup target add wasm32-unknown-unknown; }

if ! wasm-pack --version 2>/dev/null | grep -q "$WASM_PACK_VERSION"; then
  log "installing wasm-pack $WASM_PACK_VERSION"
  cargo install wasm-pack --version "$WASM_PACK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --locked \
    || cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if ! { [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; }; then
  log "installing Debian chromium and chromium-driver"
  apt-get update -q
  apt-get install -y -q --no-install-recommends chromium chromium-driver
fi

# Node tools (npm binaryen for wasm-opt, playwright-core, …) live in tools/.
if [ ! -d tools/node_modules ] || [ tools/package.json -nt tools/node_modules ]; then
  log "installing Node tools"
  (cd tools && npm install --no-audit --no-fund --loglevel=error)
  touch tools/node_modules
fi
