#!/usr/bin/env bash
# Builds what www/ serves: the npm package (scripts/build-pkg.sh → dist/jixiao, with the web
# build and the adapters) copied to www/pkg/, and the Element Plus page (Vite → www/element-plus/
# index.html + assets/). Idempotent: each step is skipped when its output is newer than its inputs.
#   SKIP_PKG=1 scripts/build-demo.sh   keep www/pkg/ as it is (e.g. a package built elsewhere)
set -euo pipefail
cd "$(dirname "$0")/.."
log() { printf '\033[1m[build-demo]\033[0m %s\n' "$*"; }

# Runs `npm install` in $1 only when node_modules is missing or older than package.json.
npm_install() {
  if [ ! -d "$1/node_modules" ] || [ "$1/package.json" -nt "$1/node_modules" ]; then
    log "npm install in $1"
    (cd "$1" && npm install --no-audit --no-fund --loglevel=error)
    touch "$1/node_modules"
  fi
}

if [ -z "${SKIP_PKG:-}" ]; then
  scripts/build-pkg.sh
  if ! diff -rq dist/jixiao www/pkg >/dev/null 2>&1; then
    log "copying dist/jixiao to www/pkg"
    rm -rf www/pkg
    cp -r dist/jixiao www/pkg
  fi
fi
[ -f www/pkg/web/jixiao.js ] || { echo "www/pkg/web/jixiao.js is missing" >&2; exit 1; }

npm_install www/element-plus
out=www/element-plus/index.html
if [ ! -f "$out" ] || [ -n "$(find www/element-plus/src www/element-plus/vite.config.js \
     www/element-plus/package.json www/taxonomy.js www/pkg -newer "$out" -print -quit)" ]; then
  log "building the Element Plus page"
  rm -rf www/element-plus/assets "$out"
  (cd www/element-plus && npx --no-install vite build)
fi
log "www/ is ready"
