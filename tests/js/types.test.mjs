// The package's TypeScript types, checked by tsc (TypeScript from tools/) over the consumers in
// tests/types/, against the packed tarball installed there as a user would install it:
//   - no `any` in what users see;
//   - a Node consumer (node16: import and require) and a bundler's, with skipLibCheck off;
//     rule ids are a string-literal union (a wrong id in options is an error);
//   - the adapters in a Node project without the DOM lib, and bound to a real <form>;
//   - the adapters' rule is React antd 5's `Rule` (rc-field-form's) and Element Plus's
//     `FormItemRule` without a cast.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, test } from "node:test";
import { repo, tarball } from "./helpers.mjs";

const dir = join(repo, "tests/types");
const tsc = join(repo, "tools/node_modules/typescript/bin/tsc");
const pkg = join(dir, "node_modules/jixiao");

before(() => {
  assert.ok(existsSync(tsc), "TypeScript is missing: run scripts/setup.sh --all");
  assert.ok(existsSync(tarball), "dist/jixiao.tgz is missing: run scripts/build-pkg.sh");
  const npm = (...args) => execFileSync("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], { cwd: dir, stdio: ["ignore", "ignore", "inherit"] });
  const modules = join(dir, "node_modules");
  if (!existsSync(modules) || statSync(join(dir, "package.json")).mtimeMs > statSync(modules).mtimeMs) {
    npm("install");
    writeFileSync(join(modules, ".installed"), "");
  }
  const hash = createHash("sha256").update(readFileSync(tarball)).digest("hex");
  const stamp = join(modules, ".jixiao-tarball");
  if (!existsSync(join(pkg, "package.json")) || !existsSync(stamp) || readFileSync(stamp, "utf8") !== hash) {
    npm("install", "--no-save", tarball);
    writeFileSync(stamp, hash);
  }
}, { timeout: 300_000 });

test("the .d.ts files have no `any`", () => {
  for (const file of [
    "web/jixiao.d.ts", "bundler/jixiao.d.ts", "node/jixiao.d.ts", "node/index.d.mts", "web/index.d.ts",
    "web/jixiao_import.d.ts", "bundler/jixiao_import.d.ts", "node/jixiao_import.d.ts", "node/import.d.mts",
    "web/jixiao_en.d.ts", "bundler/jixiao_en.d.ts", "node/jixiao_en.d.ts", "node/en.d.mts", "web/en.d.ts",
    "web/jixiao_lifecycle.d.ts", "bundler/jixiao_lifecycle.d.ts", "node/jixiao_lifecycle.d.ts", "node/lifecycle.d.mts",
    "web/lifecycle.d.ts",
    "web/jixiao_xlsx.d.ts", "bundler/jixiao_xlsx.d.ts", "node/jixiao_xlsx.d.ts", "node/xlsx.d.mts",
    "types.d.ts", "adapters/form.d.ts", "adapters/async-validator.d.ts",
  ]) {
    const text = readFileSync(join(pkg, file), "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/\/\/.*$/gm, "");
    assert.doesNotMatch(text, /\bany\b/, file);
  }
});

for (const [config, what] of [
  ["tsconfig.node.json", "a Node consumer, import and require (node16)"],
  ["tsconfig.bundler.json", "a bundler's consumer, and the form adapter on a real <form>"],
  ["tsconfig.node-nodom.json", "the adapters in a Node project without the DOM lib"],
  ["tsconfig.frameworks.json", "the rule is antd 5's Rule and Element Plus's FormItemRule without a cast"],
]) {
  test(`types: ${what}`, { timeout: 120_000 }, () => {
    try {
      execFileSync(process.execPath, [tsc, "-p", config], { cwd: dir, encoding: "utf8" });
    } catch (e) {
      assert.fail(`${config}:\n${e.stdout}${e.stderr}`);
    }
  });
}
