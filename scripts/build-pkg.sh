#!/usr/bin/env bash
# Builds the npm package dist/jixiao/ from the Rust library: wasm-pack builds for web,
# bundler and nodejs, of the validator and of the importer, assembled with pkg-template/.
# Idempotent: tools are installed only when missing (scripts/setup.sh --all), and the package
# is rebuilt only when a source changed (FORCE=1 rebuilds anyway).
#   scripts/build-pkg.sh            build dist/jixiao/ (and dist/jixiao.tgz, its `npm pack`)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
log() { printf '\033[1m[build-pkg]\033[0m %s\n' "$*"; }

scripts/setup.sh --all

# wasm-opt from npm binaryen, first on PATH: Debian's binaryen (108) breaks wasm-bindgen output.
export PATH="$root/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
opt_version=$(wasm-opt --version | sed -n 's/.*version \([0-9][0-9]*\).*/\1/p')
if [ -z "$opt_version" ] || [ "$opt_version" -lt 110 ]; then
  echo "wasm-opt on PATH ($(command -v wasm-opt)) is version '${opt_version}', need >= 110" >&2
  exit 1
fi

out=dist/jixiao
stamp=dist/.build-stamp
if [ -z "${FORCE:-}" ] && [ -f "$stamp" ] && [ -f dist/jixiao.tgz ] &&
   [ -z "$(find src pkg-template Cargo.toml Cargo.lock LICENSE scripts/build-pkg.sh -newer "$stamp" -print -quit)" ]; then
  log "dist/jixiao is up to date"
  exit 0
fi

# Five modules per target: the validator's in Chinese (`jixiao`) and in English (`jixiao/en`,
# the feature `wasm-en`), the importer's (`jixiao/import`, the feature `wasm-importer`), the
# workbook reader's (`jixiao/xlsx`, the feature `wasm-xlsx`: calamine, loaded when a file is
# opened), and the later forms' validator (`jixiao/lifecycle`, zh-CN, the feature `lifecycle`), each in its
# own cargo target dir so that no rebuild evicts another. The first three check target tables
# only (no default features): a target form does not download the later forms' rules.
build() { # target, module name, cargo target dir, features, extra cargo arguments
  log "wasm-pack build --target $1: $2 (wasm-opt $opt_version)"
  # wasm-pack leaves files of earlier builds in its out-dir (a snippet no longer imported).
  rm -rf "pkg/$1-$2"
  CARGO_TARGET_DIR="$root/$3" wasm-pack --log-level warn build --release --target "$1" \
    --out-dir "pkg/$1-$2" --out-name "$2" --no-pack -- --no-default-features ${4:+--features "$4"} \
    "${@:5}"
}
# The workbook reader's module builds calamine and its zip and XML readers for size, not for
# the command-line tool's speed (Cargo.toml's profile overrides): 7 KB gzip less.
xlsx_size=()
for crate in calamine zip quick-xml zlib-rs; do
  xlsx_size+=(--config "profile.release.package.$crate.opt-level=\"z\"")
done
for target in web bundler nodejs; do
  build "$target" jixiao target
  build "$target" jixiao_en target/en wasm-en
  build "$target" jixiao_import target/importer wasm-importer
  build "$target" jixiao_lifecycle target/lifecycle lifecycle
  build "$target" jixiao_xlsx target/xlsx wasm-xlsx "${xlsx_size[@]}"
done

log "assembling $out"
rm -rf "$out"
mkdir -p "$out"
cp -r pkg-template/. "$out/"
for pair in web:web bundler:bundler nodejs:node; do
  to=$out/${pair##*:}
  for module in jixiao jixiao_en jixiao_import jixiao_lifecycle jixiao_xlsx; do
    from=pkg/${pair%%:*}-$module
    cp "$from/$module.js" "$from/$module.d.ts" "$from/${module}_bg.wasm" "$from/${module}_bg.wasm.d.ts" "$to/"
    if [ -f "$from/${module}_bg.js" ]; then cp "$from/${module}_bg.js" "$to/"; fi
    # The boundary's own JS (src/wasm/plain.js), which the glue imports from snippets/ (the
    # same file for every module).
    cp -r "$from/snippets" "$to/"
  done
done
# `jixiao/en`'s entries are `jixiao`'s over the English module.
sed 's|\./jixiao\.js|./jixiao_en.js|g' pkg-template/web/index.js > "$out/web/en.js"
sed 's|\./jixiao\.js|./jixiao_en.js|g' pkg-template/web/index.d.ts > "$out/web/en.d.ts"
sed 's|\./jixiao\.js|./jixiao_en.js|g' pkg-template/node/index.mjs > "$out/node/en.mjs"
cp pkg-template/node/index.d.mts "$out/node/en.d.mts"
sed -i 's|\./jixiao\.js|./jixiao_en.js|g' "$out/node/en.d.mts"
# `jixiao/lifecycle`'s likewise, over the module with the later forms' rules.
sed 's|\./jixiao\.js|./jixiao_lifecycle.js|g' pkg-template/web/index.js > "$out/web/lifecycle.js"
sed 's|\./jixiao\.js|./jixiao_lifecycle.js|g' pkg-template/web/index.d.ts > "$out/web/lifecycle.d.ts"
sed 's|\./jixiao\.js|./jixiao_lifecycle.js|g' pkg-template/node/index.mjs > "$out/node/lifecycle.mjs"
sed 's|\./jixiao\.js|./jixiao_lifecycle.js|g' pkg-template/node/index.d.mts > "$out/node/lifecycle.d.mts"
# … plus what only that module has: `computed`, the values the later forms' rules compute.
cat >> "$out/web/lifecycle.js" <<'JS'

export function computed(table, options) {
  check();
  return glue.computed(table, options);
}
JS
printf '\nexport const { computed } = jixiao;\n' >> "$out/node/lifecycle.mjs"
# The Node build is CommonJS: its copy of the snippet must be too (`require` of an ES module
# needs Node ≥ 20.19). Each `export function f` becomes a function plus `exports.f = f`.
for js in $(find "$out/node/snippets" -name '*.js'); do
  sed -i -E 's/^export function ([A-Za-z0-9_]+)/exports.\1 = \1;\nfunction \1/' "$js"
  if grep -q '^export ' "$js"; then echo "$js: an export the CommonJS rewrite does not handle" >&2; exit 1; fi
done
# The JS is shipped minified (esbuild, from tools/): wasm-bindgen's glue and plain.js are
# generated or internal code that nobody reads in node_modules, and a page that loads the web
# build without a bundler fetches them as they are (7.9 → 4.3 KB gzip). Exports, imports and
# the .d.ts files are unchanged.
esbuild="$root/tools/node_modules/.bin/esbuild"
minify() {
  "$esbuild" "$2" --minify --format="$1" --legal-comments=none --log-level=warning \
    --outfile="$2" --allow-overwrite
}
for js in "$out"/web/jixiao*.js "$out"/web/index.js "$out"/web/en.js "$out"/web/lifecycle.js "$out"/bundler/jixiao*.js $(find "$out/web/snippets" "$out/bundler/snippets" -name '*.js'); do
  minify esm "$js"
done
for js in "$out"/node/jixiao*.js $(find "$out/node/snippets" -name '*.js'); do
  minify cjs "$js"
done
# wasm-bindgen types the raw exports of the web build's `InitOutput` with `any`; they take
# JS values of any kind, which TypeScript calls `unknown`.
sed -i -E '/^    readonly /s/\bany\b/unknown/g' "$out"/web/jixiao*.d.ts
# Two declarations that tsify derives from serde's attributes and that say less than what
# crosses: a fix that removes its row has `value: null` (the boundary writes `None` as null),
# and every diagnostic has an `id` (`#[serde(default)]`, for diagnostics handed back, makes
# tsify call it optional). Corrected here, and checked, until src/diagnostic.rs says so itself.
for dts in "$out"/{web,bundler,node}/jixiao{,_en,_import,_lifecycle,_xlsx}.d.ts; do
  sed -i -E '/^export interface Fix \{/,/^\}/ s/^( +value): string \| undefined;/\1: string | null;/' "$dts"
  sed -i -E '/^export interface Diagnostic \{/,/^\}/ s/^( +id)\?: string;/\1: string;/' "$dts"
  grep -q '^    value: string | null;' "$dts" && grep -q '^    id: string;' "$dts" ||
    { echo "$dts: Fix.value or Diagnostic.id is not declared as expected" >&2; exit 1; }
done
# The package's types alone (`jixiao/types`): the interfaces, without the class, the functions
# or the web build's loader, so that the adapters' declarations need neither the DOM lib nor
# `Symbol.dispose`.
sed '/^export class Form/,$d' "$out/node/jixiao.d.ts" > "$out/types.d.ts"
grep -q '^export interface Change' "$out/types.d.ts" || { echo "types.d.ts: no Change" >&2; exit 1; }
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
sed -i "s/0.0.0-set-by-build/$version/" "$out/package.json"
cp LICENSE "$out/LICENSE"

# The tarball that users install, and that the JS tests install into an empty project.
rm -f dist/jixiao.tgz dist/jixiao-*.tgz
(cd dist && npm pack ./jixiao --silent >/dev/null && mv jixiao-"$version".tgz jixiao.tgz)
touch "$stamp"
log "built $out (version $version) and dist/jixiao.tgz"
