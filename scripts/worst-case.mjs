#!/usr/bin/env node
// Worst-case inputs at the default limits (a measurement, not a test): the time of one
// `validate` in wasm (Node, web build), against the 16 ms frame budget. Inputs
// beyond the limits are reported by `input-too-large` and not checked, so these cases bound
// what any paste can cost. Run after scripts/build-pkg.sh:  node scripts/worst-case.mjs
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const web = join(repo, "dist/jixiao/web");
const { initSync, validate, Form } = await import(pathToFileURL(join(web, "jixiao.js")).href);
initSync({ module: readFileSync(join(web, "jixiao_bg.wasm")) });

const ROWS = 200; // limits.maxRows
const TEXT = 2000; // limits.maxTextLength
const SHAPES = [
  ["产出指标", "数量指标", "维修数量", "≥", "100", "个"],
  ["产出指标", "质量指标", "维修合格率", ">=", "100", "%"],
  ["产出指标", "时效指标", "培训完成及时率", "", "≥100%", ""],
  ["产出指标", "成本指标", "人均培训成本", "≤", "90", "万元"],
  ["效益指标", "社会效益指标", "确保机关事业单位平稳运行", "", "", "平稳运行"],
  ["效益指标", "可持续影响指标", "正常运转率", "=", "100", "%"],
  ["满意度指标", "服务对象满意度指标", "群众满意度", "≥", "80", "%"],
];
const row = (i) => {
  const [level1, level2, name, operator, value, unit] = SHAPES[i % SHAPES.length];
  return { level1, level2, name: `${name}${i}`, operator, value, unit, deadline: i % 2 ? "2023 年 12 月" : "2024年12月", weight: "0.2" };
};
const header = () => ({
  year: 2024, projectName: "办公楼维修维护", department: "820001-铁西区教育局",
  implementingUnit: "铁西区机关事务保障中心-", budget: "125.07",
  overallGoal: "通过维修维护办公楼，确保机关事业单位平稳运行。", indicators: [],
});
const BASE = [..."提高办学效率保障单位正常运转完成维修任务确保机关事业单位平稳运行"];
const text = (n, salt) => Array.from({ length: n }, (_, k) => (k % 23 === 22 ? "。" : BASE[(k * 7 + salt) % BASE.length])).join("");

const cases = [];
let t = header();
t.indicators = Array.from({ length: ROWS }, (_, i) => row(i));
cases.push([`${ROWS} seed-like rows`, t]);
t = header();
t.indicators = Array.from({ length: ROWS }, (_, i) => ({ ...row(i), name: `保障全年正常运转率第${i}项` }));
cases.push([`${ROWS} rows, names all near-duplicates`, t]);
t = header();
t.indicators = Array.from({ length: ROWS }, (_, i) => ({ ...row(i), name: `${"正常运转率".repeat(19)}${i}` }));
cases.push([`${ROWS} rows, ~100-character similar names`, t]);
t = header();
t.overallGoal = text(TEXT, 4);
t.indicators = Array.from({ length: ROWS }, () => row(1));
cases.push([`${ROWS} identical rows, ${TEXT}-character goal`, t]);
t = header();
t.overallGoal = "提高了办学效率。".repeat(TEXT / 8);
t.indicators = Array.from({ length: ROWS }, (_, i) => row(i));
cases.push([`${ROWS} rows, goal of one sentence repeated`, t]);
t = header();
for (const k of ["projectName", "department", "implementingUnit", "overallGoal"]) t[k] = text(TEXT, k.length);
t.indicators = Array.from({ length: ROWS }, (_, i) => {
  const r = row(i);
  for (const c of ["name", "value", "unit", "deadline"]) r[c] = text(TEXT, i + c.length);
  return r;
});
cases.push([`${TEXT}-character cells up to the input limit`, t]);
t = header();
t.overallGoal = text(1_000_000, 5);
t.indicators = Array.from({ length: 10_000 }, (_, i) => ({ ...row(i), name: text(50_000, i) }));
cases.push(["over every limit: 10 000 rows of 50 000 characters, 1 MB goal", t]);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log("validate in wasm (Node), default limits; median and max of 15 runs, ms:");
let over = 0;
for (const [name, table] of cases) {
  const n = validate(table).diagnostics.length; // warm
  // `validate` keeps nothing from an earlier check: every run reads the whole table and runs
  // every rule on it (a Form that is typed into does far less: one row and the table rules).
  const xs = [];
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    validate(table);
    xs.push(performance.now() - t0);
  }
  // Loading it into a Form, as a page does on paste: the same work, and the findings kept.
  const form = new Form();
  const t0 = performance.now();
  form.load(table);
  const load = performance.now() - t0;
  form.free();
  const med = median(xs), max = Math.max(...xs);
  if (med > 16) over++;
  console.log(`  ${name.padEnd(62)} ${med.toFixed(2).padStart(8)} ${max.toFixed(2).padStart(8)}  (${n} diagnostics; Form#load ${load.toFixed(2)})`);
}
console.log(over ? `${over} case(s) over the 16 ms frame budget (median)` : "every case within the 16 ms frame budget (median)");
