#!/usr/bin/env bash
# The demo: builds the package into www/pkg/ and the Element Plus page, then serves www/ at
# http://localhost:8080/ (PORT=… to change). www/ is a plain static folder: any server that
# sends .wasm as application/wasm serves it as well, offline.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build-demo.sh
exec node scripts/serve.mjs --port "${PORT:-8080}"
