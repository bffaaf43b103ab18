#!/usr/bin/env bash
# Browser tests of www/ (tests/browser/*.test.mjs, node --test): builds what the pages need,
# installs playwright-core and axe-core for tests/browser (playwright drives Debian's
# /usr/bin/chromium; no browser is ever downloaded), then runs the tests: the demo page, the
# Element Plus page, the adapters with the real async-validator, hostile input in Chromium, and
# axe-core on each page. The latency benchmarks are scripts/bench-latency.mjs and
# scripts/bench-element-plus.mjs (printed, not asserted; not run here).
#   SKIP_PKG=1 scripts/test-browser.sh   test the package already in www/pkg/
set -euo pipefail
cd "$(dirname "$0")/.."
log() { printf '\033[1m[test-browser]\033[0m %s\n' "$*"; }

scripts/setup.sh --all   # wasm tools and Debian's chromium, when missing
scripts/build-demo.sh

# Chinese glyphs for legible screenshots (the tests pass without them).
if ! fc-list :lang=zh 2>/dev/null | grep -q . && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  log "installing fonts-noto-cjk for the screenshots"
  (apt-get install -y -q --no-install-recommends fonts-noto-cjk >/dev/null 2>&1 ||
    { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q --no-install-recommends fonts-noto-cjk >/dev/null 2>&1; }) ||
    log "could not install fonts-noto-cjk; screenshots will show boxes for Chinese"
fi

if [ ! -d tests/browser/node_modules ] || [ tests/browser/package.json -nt tests/browser/node_modules ]; then
  log "npm install in tests/browser"
  (cd tests/browser && npm install --no-audit --no-fund --loglevel=error)
  touch tests/browser/node_modules
fi

cd tests/browser
node --test --test-concurrency=1 ./*.test.mjs
