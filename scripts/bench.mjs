#!/usr/bin/env node
// Benchmarks (not a test): one Node process, the built package (web build loaded with
// initSync, so the wasm memory can be read), on hand-written JSON copies of two seed tables:
// 少先队专项业务费 (9 rows) and 专项印刷及订阅资料费 (15 rows, the largest).
//   - median time per call of a Form's `set` (one cell typed: what a live form sends per
//     keystroke), of `validate` and `validateField` on a whole table, and of ajv 8, zod 3 and
//     async-validator 4 doing only structural checks (required fields, level enums, operator
//     enum, numeric value pattern, deadline pattern), with ratios to validate; and a Form's
//     `set` on a table of 30 and of 200 rows (the row limit);
//   - 969 tables (a district's year), varied from the seed's ten (tests/data/seed.txt, read with
//     importText): each a table not seen before, JSON.parse + validate — budget within 1 s;
//   - wasm memory and process RSS after 100 000 validations.
// Run after scripts/build-pkg.sh:  node scripts/bench.mjs   (installs bench/ deps if missing)
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const benchDir = join(repo, "bench");
if (!existsSync(join(benchDir, "node_modules/ajv"))) {
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: benchDir, stdio: "inherit" });
}
const req = createRequire(join(benchDir, "package.json"));
const Ajv = req("ajv");
const { z } = req("zod");
const Schema = req("async-validator").default ?? req("async-validator");
const versions = ["ajv", "zod", "async-validator"].map((n) => `${n} ${req(`${n}/package.json`).version}`);

const web = join(repo, "dist/jixiao/web");
const { initSync, Form, validate, validateField } = await import(pathToFileURL(join(web, "jixiao.js")).href);
const { initSync: initImporter, importText } = await import(pathToFileURL(join(web, "jixiao_import.js")).href);
initImporter({ module: readFileSync(join(web, "jixiao_import_bg.wasm")) });
const { benchTable } = await import("./bench-tables.mjs");
const wasm = initSync({ module: readFileSync(join(web, "jixiao_bg.wasm")) });

const data = (name) => JSON.parse(readFileSync(join(repo, "tests/data", name), "utf8"));
const tables = { "少先队专项业务费 (9 rows)": data("seed-shaoxiandui.json"), "专项印刷及订阅资料费 (15 rows)": data("seed-yinshua.json") };

// ---- the same structural checks in three JS libraries ----
const LEVEL1 = ["产出指标", "效益指标", "满意度指标"];
const LEVEL2 = ["数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标"];
const OPERATORS = ["≥", "＞", "＝", "＜", "≤", "定性", ">=", ">", "=", "<", "<=", ""];
const QUALITATIVE = new Set(["定性", ""]);
const NUMBER = "^\\d*\\.?\\d*$";
const DEADLINE = "^(\\d{4}\\s*年\\s*\\d{1,2}\\s*月(\\s*\\d{1,2}\\s*日)?)?$";
const HEADER = ["projectName", "department", "implementingUnit", "budget", "overallGoal"];
const CELLS = ["level1", "level2", "name", "operator", "value", "unit", "deadline"];

const ajv = new Ajv({ allErrors: true });
const text = { type: "string", minLength: 1 };
const ajvValidate = ajv.compile({
  type: "object",
  required: [...HEADER, "indicators"],
  properties: {
    ...Object.fromEntries(HEADER.map((k) => [k, text])),
    indicators: {
      type: "array", minItems: 1,
      items: {
        type: "object",
        required: CELLS,
        properties: {
          level1: { enum: LEVEL1 }, level2: { enum: LEVEL2 }, name: { ...text, maxLength: 100 },
          operator: { enum: OPERATORS }, value: { type: "string" }, unit: { type: "string" },
          deadline: { type: "string", pattern: DEADLINE },
        },
        if: { properties: { operator: { enum: [...QUALITATIVE] } } },
        else: { properties: { value: { type: "string", minLength: 1, pattern: NUMBER } } },
      },
    },
  },
});

const numberRe = new RegExp(NUMBER, "u");
const zIndicator = z.object({
  level1: z.enum(LEVEL1), level2: z.enum(LEVEL2), name: z.string().min(1).max(100),
  operator: z.enum(OPERATORS), value: z.string(), unit: z.string(),
  deadline: z.string().regex(new RegExp(DEADLINE, "u")),
}).superRefine((r, ctx) => {
  if (!QUALITATIVE.has(r.operator) && !(r.value.length && numberRe.test(r.value))) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["value"], message: "not a number" });
  }
});
const zTable = z.object({
  ...Object.fromEntries(HEADER.map((k) => [k, z.string().min(1)])),
  indicators: z.array(zIndicator).min(1),
});

const required = (extra = {}) => ({ type: "string", required: true, ...extra });
const asyncSchema = new Schema({
  ...Object.fromEntries(HEADER.map((k) => [k, required()])),
  indicators: {
    type: "array", required: true, min: 1,
    defaultField: {
      type: "object",
      fields: {
        level1: { type: "enum", enum: LEVEL1, required: true },
        level2: { type: "enum", enum: LEVEL2, required: true },
        name: required({ max: 100 }),
        operator: { type: "enum", enum: OPERATORS },
        value: { type: "string", validator: (_r, value, _cb, source) => QUALITATIVE.has(source.operator) || numberRe.test(value) || new Error("not a number") },
        unit: { type: "string" },
        deadline: { type: "string", pattern: new RegExp(DEADLINE, "u") },
      },
    },
  },
});
Schema.warning = () => {};

// ---- timing ----
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function perCall(fn, { batch = 200, samples = 41 } = {}) {
  for (let i = 0; i < batch * 3; i++) fn();
  const xs = [];
  for (let s = 0; s < samples; s++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) fn();
    xs.push(Number(process.hrtime.bigint() - t0) / batch / 1000);
  }
  return median(xs);
}
async function perCallAsync(fn, { batch = 200, samples = 41 } = {}) {
  for (let i = 0; i < batch * 3; i++) await fn();
  const xs = [];
  for (let s = 0; s < samples; s++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) await fn();
    xs.push(Number(process.hrtime.bigint() - t0) / batch / 1000);
  }
  return median(xs);
}

// V8 compiles wasm in two tiers and swaps in the optimised code in the background: warm up by
// time on every table first, or the first rows measure the baseline compiler.
for (const end = performance.now() + 1500; performance.now() < end;) {
  for (const t of Object.values(tables)) validate(t);
}
console.log(`Node ${process.version}; ${versions.join(", ")}; median µs per call\n`);
const rows = [];
for (const [name, t] of Object.entries(tables)) {
  // A keystroke: the form holds the table and gets one cell, which alternates between two
  // values, so that every call changes it (the row's rules and the table's rules run again).
  const form = new Form();
  form.load(t);
  let k = 0;
  const typed = [t.indicators[4].value, `${t.indicators[4].value}0`];
  const us = {
    "jixiao validate (whole table)": perCall(() => validate(t)),
    "jixiao Form.set (one cell typed)": perCall(() => form.set("indicators.4.value", typed[k++ & 1])),
    "jixiao validateField (indicators.4.value)": perCall(() => validateField(t, "indicators.4.value")),
    "ajv 8 (compiled schema)": perCall(() => ajvValidate(t)),
    "zod 3 (safeParse)": perCall(() => zTable.safeParse(t)),
    "async-validator 4": await perCallAsync(() => asyncSchema.validate(t, { first: false }).catch(() => {})),
  };
  form.free();
  const base = us["jixiao validate (whole table)"];
  for (const [what, x] of Object.entries(us)) rows.push([name, what, x.toFixed(1), (x / base).toFixed(3), (base / x).toFixed(1)]);
}
const pad = (cells, w) => `| ${cells.map((c, i) => (i < 2 ? String(c).padEnd(w[i]) : String(c).padStart(w[i]))).join(" | ")} |`;
const w = [30, 42, 10, 12, 16];
console.log(pad(["table", "validator", "µs / call", "× validate", "validate ÷ this"], w));
console.log(pad(w.map((n) => "-".repeat(n)), w));
for (const r of rows) console.log(pad(r, w));

// ---- a keystroke at 30 and 200 rows ----
console.log("");
for (const n of [30, 200]) {
  const form = new Form({ year: 2024 });
  form.load(benchTable(n));
  const path = `indicators.${n >> 1}.value`;
  let k = 0;
  const set = perCall(() => form.set(path, k++ & 1 ? "95" : ""), { batch: 50 });
  const whole = perCall(() => validate(benchTable(n)), { batch: 10, samples: 21 });
  form.free();
  console.log(`${String(n).padStart(3)} rows: Form.set ${set.toFixed(0)} µs per keystroke; validate of the whole table ${whole.toFixed(0)} µs`);
}

// ---- 969 tables, each not seen before ----
// The seed's ten tables, varied: another project name, rows rotated, a value and a deadline
// changed, so that each of the 969 is a new table.
const seed = importText(readFileSync(join(repo, "tests/data/seed.txt"), "utf8"), { year: 2024 }).tables;
const jsons = Array.from({ length: 969 }, (_, i) => {
  const t = structuredClone(seed[i % seed.length]);
  t.projectName = `${t.projectName}（${i + 1}）`;
  const rows = t.indicators;
  if (rows.length) {
    rows.push(...rows.splice(0, i % rows.length));
    const r = rows[i % rows.length];
    r.value = /^\d+$/.test(r.value) ? String(Number(r.value) + (i % 7)) : r.value;
    if (i % 3 === 0) r.deadline = `2024年${(i % 12) + 1}月`;
  }
  return JSON.stringify(t);
});
const e2e = [];
let found = 0;
for (let round = 0; round < 5; round++) {
  const t0 = process.hrtime.bigint();
  found = 0;
  for (const s of jsons) found += validate(JSON.parse(s), { year: 2024 }).diagnostics.length;
  e2e.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
console.log(`\n969 tables varied from the seed's ten, JSON.parse + validate: median ${median(e2e).toFixed(1)} ms of 5 rounds, max ${Math.max(...e2e).toFixed(1)} ms (${(median(e2e) / 969 * 1000).toFixed(0)} µs per table, ${found} diagnostics; budget 1000 ms)`);

// ---- memory after 100 000 validations ----
const mb = (n) => (n / 1048576).toFixed(1);
const before = { wasm: wasm.memory.buffer.byteLength, rss: process.memoryUsage().rss };
const all = Object.values(tables);
const t0 = process.hrtime.bigint();
for (let i = 0; i < 100_000; i++) validate(all[i % all.length]);
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
globalThis.gc?.();
console.log(`100 000 validations in ${secs.toFixed(1)} s: wasm memory ${mb(before.wasm)} → ${mb(wasm.memory.buffer.byteLength)} MB, process RSS ${mb(before.rss)} → ${mb(process.memoryUsage().rss)} MB`);
