#!/usr/bin/env node
// Memory soak (a measurement, not a test): N edits (default 1 000 000) to one Form over the seed
// tables — a cell typed, every fiftieth edit another table loaded, every thousandth a `validate`
// — printing wasm memory and process RSS every tenth of the run. The wasm memory must stay flat
// after warm-up; the script exits 1 if it grew in the last nine tenths.
// Run after scripts/build-pkg.sh:  node --expose-gc scripts/soak.mjs [N]
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const web = join(repo, "dist/jixiao/web");
const { initSync, Form, validate } = await import(pathToFileURL(join(web, "jixiao.js")).href);
const wasm = initSync({ module: readFileSync(join(web, "jixiao_bg.wasm")) });
const data = (name) => JSON.parse(readFileSync(join(repo, "tests/data", name), "utf8"));
const tables = [data("seed-shaoxiandui.json"), data("seed-yinshua.json"), data("good.json")];

const n = Number(process.argv[2] ?? 1_000_000);
const step = Math.max(1, Math.floor(n / 10));
const mb = (b) => (b / 1048576).toFixed(2);
const form = new Form();
form.load(tables[0]);
let rows = tables[0].indicators.length;
let after = null;
const t0 = process.hrtime.bigint();
for (let i = 1; i <= n; i++) {
  if (i % 50 === 0) {
    const t = tables[(i / 50) % tables.length];
    form.load(t);
    rows = t.indicators.length;
  } else {
    form.set(`indicators.${i % rows}.value`, String(i % 120));
  }
  if (i % 1000 === 0) validate(tables[i % tables.length]);
  if (i % step === 0) {
    globalThis.gc?.();
    const w = wasm.memory.buffer.byteLength;
    if (i === step) after = w;
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    console.log(`${String(i).padStart(9)} edits  ${s.toFixed(1).padStart(6)} s  wasm memory ${mb(w)} MB  RSS ${mb(process.memoryUsage().rss)} MB`);
  }
}
const end = wasm.memory.buffer.byteLength;
console.log(`wasm memory after warm-up ${mb(after)} MB, at the end ${mb(end)} MB: ${end > after ? "GREW" : "flat"}`);
process.exit(end > after ? 1 : 0);
