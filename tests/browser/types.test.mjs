// The adapters' .d.ts: a TypeScript consumer of "jixiao", "jixiao/form" and
// "jixiao/async-validator" type-checks (strict, bundler and node16 resolution) against the package
// in www/pkg. Uses the TypeScript of tools/ (scripts/setup.sh --all installs it).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, mkdirSync, symlinkSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./helpers.mjs";

const TSC = join(ROOT, "tools", "node_modules", "typescript", "bin", "tsc");
const PKG = join(ROOT, "www", "pkg");

const CONSUMER = `
import init, { Validator, type Diagnostic } from "jixiao";
import { bindForm, bySeverity, parentPath, type FormBinding } from "jixiao/form";
import { rulesFor, makeRule, makeWarningRule, warningsFor, diagnosticsAt, pathsOf, type JixiaoRule } from "jixiao/async-validator";

await init();
const v = new Validator({ locale: "en" });
const form = document.querySelector("form")!;
const b: FormBinding = bindForm(form, v, {
  getTable: () => ({ projectName: "x", indicators: [] }),
  setTable: (t, d) => console.log(t.projectName, d.fix?.label),
  onDiagnostics: (r, binding) => console.log(r.counts.error, binding.reveal),
  reveal: "touched",
  severityLabels: { error: "E" },
});
b.focus("indicators.0.value");
b.revealAll();
const g: Record<"error" | "warning" | "info", Diagnostic[]> = bySeverity(b.result?.diagnostics ?? []);
const p: string = parentPath("a.b");
const model = { projectName: "", indicators: [{ name: "x" }] };
const rules: Record<string, JixiaoRule[]> = rulesFor(v, () => model, { warnings: true });
const r: JixiaoRule = makeRule(v, model, "projectName", { trigger: "blur" });
const w = makeWarningRule(v, () => model, "projectName", { info: true });
const ws: Record<string, Diagnostic[]> = warningsFor(v, model);
const ds: Diagnostic[] = diagnosticsAt(v, model, "indicators", { within: true });
const ps: string[] = pathsOf(model);
r.validator({}, "", (e) => e);
// @ts-expect-error getTable is required
bindForm(form, v, {});
console.log(g, p, rules, w, ws, ds, ps);
`;

for (const [module, resolution] of [["esnext", "bundler"], ["node16", "node16"]]) {
  test(`adapter types check (${resolution} resolution)`, (t) => {
    if (!existsSync(TSC) || !existsSync(join(PKG, "package.json"))) {
      t.skip("needs tools/node_modules (scripts/setup.sh --all) and www/pkg (scripts/build-demo.sh)");
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), "jixiao-types-"));
    try {
      mkdirSync(join(dir, "node_modules"));
      symlinkSync(PKG, join(dir, "node_modules", "jixiao"), "dir");
      writeFileSync(join(dir, "package.json"), '{ "type": "module" }');
      writeFileSync(join(dir, "check.ts"), CONSUMER);
      writeFileSync(
        join(dir, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: { target: "es2022", module, moduleResolution: resolution, strict: true, noEmit: true, lib: ["esnext", "dom"] },
          files: ["check.ts"],
        }),
      );
      try {
        execFileSync(process.execPath, [TSC, "-p", dir], { encoding: "utf8" });
      } catch (e) {
        assert.fail(`tsc: ${e.stdout}${e.stderr}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
