#!/usr/bin/env bash
# Fuzz smoke test: every cargo-fuzz target for a few seconds over a copy of its committed corpus
# (fuzz/corpus/<target>). Exits non-zero if any target crashes, panics or hangs; the input that
# did it is left in fuzz/artifacts/<target>/.
#   scripts/fuzz-smoke.sh                 all targets, 10 s each
#   scripts/fuzz-smoke.sh 30              30 s each
#   scripts/fuzz-smoke.sh 10 parsers      only the named targets
# Long runs and reproducing a crash: fuzz/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

secs=${1:-10}
shift || true

log() { printf '\033[1m[fuzz-smoke]\033[0m %s\n' "$*"; }

command -v cargo-fuzz >/dev/null 2>&1 || {
  log "installing cargo-fuzz"
  cargo install cargo-fuzz --locked
}
# cargo-fuzz passes nightly-only flags (-Zsanitizer=…); stable rustc accepts them with this.
export RUSTC_BOOTSTRAP=1

cd fuzz
if [ $# -gt 0 ]; then targets=("$@"); else mapfile -t targets < <(cargo fuzz list); fi

log "building ${targets[*]}"
cargo fuzz build >/dev/null 2>&1 || cargo fuzz build   # show the errors on failure

failed=()
for t in "${targets[@]}"; do
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  cp -r "corpus/$t/." "$work/" 2>/dev/null || true
  log "$t: ${secs}s over $(ls "$work" | wc -l) corpus inputs"
  if cargo fuzz run "$t" "$work" -- \
      -max_total_time="$secs" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
      -print_final_stats=1 >"$work.log" 2>&1; then
    grep -E '^stat::number_of_executed_units|^Done' "$work.log" | tr '\n' ' '; echo
  else
    log "$t FAILED"
    grep -E 'panicked at|^(thread|assertion)|ERROR: libFuzzer|Test unit written' "$work.log" | head -20 \
      | grep . || tail -20 "$work.log"
    failed+=("$t")
  fi
  rm -rf "$work" "$work.log"
done

if [ ${#failed[@]} -gt 0 ]; then
  log "crashed: ${failed[*]} (inputs in fuzz/artifacts/)"
  exit 1
fi
log "all ${#targets[@]} targets ran clean"
