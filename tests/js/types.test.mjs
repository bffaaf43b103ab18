// The package's TypeScript types: no `any` in what users see, and a typical consumer
// type-checks under Node's resolution (import and require) and a bundler's, with
// skipLibCheck off. (`Validator` has `[Symbol.dispose]`, so a consumer that checks libraries
// needs TypeScript ≥ 5.2 with lib `esnext.disposable`; with skipLibCheck, as Vite's
// templates set it, any lib works.)
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { consumer, repo } from "./helpers.mjs";

const pkg = () => join(consumer(), "node_modules/jixiao");

test("the .d.ts files have no `any`", () => {
  for (const file of [
    "web/jixiao.d.ts", "bundler/jixiao.d.ts", "node/jixiao.d.ts", "node/index.d.mts",
    "web/jixiao_import.d.ts", "bundler/jixiao_import.d.ts", "node/jixiao_import.d.ts", "node/import.d.mts",
    "web/jixiao_en.d.ts", "bundler/jixiao_en.d.ts", "node/jixiao_en.d.ts", "node/en.d.mts",
  ]) {
    const text = readFileSync(join(pkg(), file), "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/\/\/.*$/gm, "");
    assert.doesNotMatch(text, /\bany\b/, file);
  }
});

const consumerTs = `
import init, { Validator, normalize } from "jixiao";
import initImporter, { importText, importGrid } from "jixiao/import";
import initEnglish, { Validator as EnglishValidator } from "jixiao/en";
import type { Diagnostic, Fix, RawTable, RuleMeta, Severity, TableInput, ValidationResult, ImportResult, Options } from "jixiao";

await init();
await initImporter();
await initEnglish();
const english: ValidationResult = new EnglishValidator({ locale: "en" }).validate(null);
const options: Options = { locale: "en", rules: { "rate-at-least-100": "error" }, limits: { maxRows: 50 } };
const v = new Validator(options);
const input: TableInput = { projectName: "巡察经费", budget: 34.16, indicators: [{ name: "x", value: 100 }] };
const r: ValidationResult = v.validate(input);
const d: Diagnostic | undefined = r.diagnostics[0];
const fix: Fix | undefined = d?.fix;
const value: string | null | undefined = fix?.value;
const s: Severity | undefined = d?.severity;
const n: number = r.counts.error + r.counts.warning + r.counts.info;
const field: Diagnostic[] = v.validateField(input, "indicators.0.value");
const fixed: RawTable = v.applyFixes(input, field);
const name: string = fixed.indicators[0]?.name ?? "";
const rules: RuleMeta[] = v.rules();
const t: RawTable = normalize(input, { amountUnit: "元" });
const i: ImportResult = importText("", options);
const g: ImportResult = importGrid([["a", 1, null]]);
const table: number = i.diagnostics[0]?.table ?? 0;
// @ts-expect-error: locale is "zh-CN" | "en"
new Validator({ locale: "fr" });
// @ts-expect-error: the result is typed, not any
const wrong: string = v.validate(input);
export { value, s, n, name, rules, t, g, table, wrong, english };
`;

const consumerCts = `
import jixiao = require("jixiao");
import importer = require("jixiao/import");
const v = new jixiao.Validator();
const r: jixiao.ValidationResult = v.validate(null);
const i: importer.ImportResult = importer.importText("");
export = r.counts.error + i.tables.length;
`;

test("a consumer type-checks (node16 import and require, bundler)", { timeout: 120_000 }, () => {
  const tsc = join(repo, "tools/node_modules/.bin/tsc");
  assert.ok(existsSync(tsc), "TypeScript is missing: run scripts/setup.sh --all");
  const dir = consumer();
  writeFileSync(join(dir, "check.mts"), consumerTs);
  writeFileSync(join(dir, "check.cts"), consumerCts);
  writeFileSync(join(dir, "bundler.ts"), consumerTs);
  const common = { strict: true, noEmit: true, skipLibCheck: false, target: "es2022", lib: ["es2022", "dom", "esnext.disposable"], types: [] };
  const configs = {
    "tsconfig.node.json": { compilerOptions: { ...common, module: "node16", moduleResolution: "node16" }, files: ["check.mts", "check.cts"] },
    "tsconfig.bundler.json": { compilerOptions: { ...common, module: "esnext", moduleResolution: "bundler" }, files: ["bundler.ts"] },
  };
  for (const [name, config] of Object.entries(configs)) {
    writeFileSync(join(dir, name), JSON.stringify(config));
    try {
      execFileSync(tsc, ["-p", name], { cwd: dir, encoding: "utf8" });
    } catch (e) {
      assert.fail(`${name}:\n${e.stdout}${e.stderr}`);
    }
  }
});
