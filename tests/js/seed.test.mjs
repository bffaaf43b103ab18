// The seed (the ten 2024 tables one district filed, pasted as tab-separated text) through
// importText, then validate.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { repo, requireImporter, requireJixiao } from "./helpers.mjs";

const seedPath = join(repo, "tests/data/seed.txt");

test("importText reads the seed's ten tables, and each validates", () => {
  const { importText } = requireImporter();
  const { validate, Form } = requireJixiao();
  const { tables, diagnostics } = importText(readFileSync(seedPath, "utf8"));
  assert.equal(tables.length, 10);
  assert.deepEqual(
    tables.map((t) => t.projectName).slice(0, 4),
    ["办公楼维修维护", "法律宣传及普法专项经费", "区人代会会议费", "少先队专项业务费"],
  );
  for (const d of diagnostics) {
    assert.ok(Number.isInteger(d.table) && d.table >= 0 && d.table < 10, JSON.stringify(d));
    assert.equal(typeof d.rule, "string");
  }
  const results = tables.map((t) => validate(t, { year: 2024 }));
  // A form loaded with each table finds the same.
  const form = new Form({ year: 2024 });
  for (const [i, t] of tables.entries()) assert.deepEqual(form.load(t).counts, results[i].counts, t.projectName);
  form.free();
  // The seed's 维修合格率 “≥ 100 %” (table 0) and 培训完成及时率 (table 3).
  assert.ok(results[0].diagnostics.some((d) => d.rule === "rate-at-least-100"));
  assert.ok(results[3].diagnostics.some((d) => d.rule === "rate-at-least-100"));
});
