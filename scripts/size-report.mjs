#!/usr/bin/env node
// Prints the raw, gzip (level 9) and brotli sizes of the built package's wasm modules and their
// JS glue per target, and checks the validator's modules — what a form loads, `jixiao` (zh-CN)
// and `jixiao/en` — against the budget of issue 13: wasm + JS glue ≤ 128 KB gzip (goal 96). The importer
// (`jixiao/import`) is loaded only when a table is pasted; it has its own ceiling. Exit status 1
// when a module passes its ceiling. Lower a ceiling as its module shrinks.
// Run after scripts/build-pkg.sh:
//   node scripts/size-report.mjs
import { readFileSync, existsSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const pkg = join(dirname(fileURLToPath(import.meta.url)), "../dist/jixiao");
const BUDGET = 128 * 1024;
const GOAL = 96 * 1024;
const modules = {
  jixiao: {
    ceiling: BUDGET,
    targets: { web: ["jixiao.js"], bundler: ["jixiao.js", "jixiao_bg.js"], node: ["jixiao.js", "index.mjs"] },
  },
  "jixiao/en": {
    ceiling: BUDGET,
    targets: { web: ["jixiao_en.js"], bundler: ["jixiao_en.js", "jixiao_en_bg.js"], node: ["jixiao_en.js", "en.mjs"] },
  },
  "jixiao/import": {
    ceiling: 60 * 1024,
    targets: {
      web: ["jixiao_import.js"],
      bundler: ["jixiao_import.js", "jixiao_import_bg.js"],
      node: ["jixiao_import.js", "import.mjs"],
    },
  },
};

const kb = (n) => (n / 1024).toFixed(1);
const sizes = (file) => {
  const b = readFileSync(file);
  return {
    raw: b.length,
    gzip: gzipSync(b, { level: 9 }).length,
    brotli: brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};

if (!existsSync(pkg)) {
  console.error("dist/jixiao is missing: run scripts/build-pkg.sh");
  process.exit(2);
}
const rows = [];
let over = false;
let grown = false;
for (const [name, { ceiling, targets }] of Object.entries(modules)) {
  for (let [target, glue] of Object.entries(targets)) {
    const wasm = sizes(join(pkg, target, glue[0].replace(/\.js$/, "_bg.wasm")));
    // The boundary's own JS (src/wasm/plain.js) is part of the glue.
    const snippets = readdirSync(join(pkg, target, "snippets"), { recursive: true })
      .filter((f) => f.endsWith(".js")).map((f) => join("snippets", f));
    glue = [...glue, ...snippets];
    const js = glue.map((f) => sizes(join(pkg, target, f)))
      .reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }));
    const total = { raw: wasm.raw + js.raw, gzip: wasm.gzip + js.gzip, brotli: wasm.brotli + js.brotli };
    const label = `${name} ${target}`;
    rows.push([label, "wasm", wasm], [label, `JS (${glue.length} files)`, js], [label, "total", total]);
    if (name !== "jixiao/import" && total.gzip > BUDGET) over = true;
    if (total.gzip > ceiling) {
      grown = true;
      console.log(`${label}: ${kb(total.gzip)} KB gzip, over its ceiling of ${kb(ceiling)} KB`);
    }
    if (name !== "jixiao/import" && total.gzip > GOAL) {
      console.log(`note: ${label} is ${kb(total.gzip)} KB gzip, over the goal of ${kb(GOAL)} KB`);
    }
  }
}
const line = (cells) => `| ${cells.map((c, i) => (i < 2 ? String(c).padEnd(i ? 26 : 21) : String(c).padStart(9))).join(" | ")} |`;
console.log(line(["module, target", "file", "raw KB", "gzip KB", "brotli KB"]));
console.log(line(["-".repeat(21), "-".repeat(26), "-".repeat(9), "-".repeat(9), "-".repeat(9)]));
for (const [t, f, s] of rows) console.log(line([t, f, kb(s.raw), kb(s.gzip), kb(s.brotli)]));
console.log(`budget: a validator's wasm + JS glue (jixiao, jixiao/en) <= ${kb(BUDGET)} KB gzip per target: ${over ? "OVER" : "ok"}`);
console.log(`regression ceilings: ${grown ? "EXCEEDED" : "ok"}`);
process.exit(grown ? 1 : 0);
