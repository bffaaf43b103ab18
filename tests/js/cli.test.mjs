// The wasm build and the native CLI give identical diagnostics for the same JSON input.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { repo, requireJixiao } from "./helpers.mjs";

const files = ["good.json", "seed-shaoxiandui.json", "seed-yinshua.json", "wrong-types.json"];
const hasCli = existsSync(join(repo, "src/bin/jixiao.rs"));

test(
  "validate in wasm equals `jixiao check --format json` natively",
  { skip: hasCli ? false : "no CLI in this tree (src/bin/jixiao.rs): runs after the merge", timeout: 600_000 },
  () => {
    const paths = files.map((f) => join("tests/data", f));
    let out;
    try {
      out = execFileSync(
        "cargo",
        ["run", "--quiet", "--features", "cli", "--", "check", "--format", "json", ...paths],
        { cwd: repo, encoding: "utf8", maxBuffer: 64 << 20, stdio: ["ignore", "pipe", "inherit"] },
      );
    } catch (e) {
      out = e.stdout; // exit status 1 means errors were found, which is expected
      assert.equal(e.status, 1, `the CLI failed: ${e.message}`);
    }
    const reports = JSON.parse(out);
    assert.equal(reports.length, files.length);
    const { validate } = requireJixiao();
    for (const [i, path] of paths.entries()) {
      const table = JSON.parse(readFileSync(join(repo, path), "utf8"));
      assert.equal(reports[i].file, path);
      assert.deepEqual(validate(table).diagnostics, reports[i].diagnostics, path);
    }
  },
);
