// `jixiao/xlsx` (readWorkbook, reviewOpinion) against the built, installed package: a
// workbook written by `jixiao export` read back, and files that are not workbooks.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { importXlsx, readData, requireJixiao, requireXlsx } from "./helpers.mjs";

const book = () => readFileSync(new URL("../data/two-tables.xlsx", import.meta.url));

describe("jixiao/xlsx", () => {
  test("require and import give the same readWorkbook", async () => {
    const esm = await importXlsx();
    assert.deepEqual(Object.keys(requireXlsx()).sort(), ["readWorkbook", "reviewOpinion"]);
    assert.equal(esm.readWorkbook, requireXlsx().readWorkbook);
  });

  test("a workbook written by `jixiao export` gives back its tables", () => {
    const { readWorkbook } = requireXlsx();
    const good = readData("good.json");
    const yinshua = readData("seed-yinshua.json");
    const result = readWorkbook(new Uint8Array(book()));
    assert.equal(result.tables.length, 2);
    assert.equal(result.sheets.length, 2);
    const names = result.tables.map((t) => t.table.projectName);
    assert.deepEqual(names, [good.projectName, yinshua.projectName]);
    const [first] = result.tables;
    assert.equal(first.sheet, result.sheets[0]);
    assert.equal(first.index, 0);
    assert.match(first.cell, /^[A-Z]+[0-9]+$/);
    assert.ok(Array.isArray(first.diagnostics));
    assert.equal(first.table.indicators.length, good.indicators.length);
    assert.deepEqual(
      first.table.indicators.map((r) => r.name),
      good.indicators.map((r) => r.name),
    );
    // What it read is a table the validator takes as it is.
    const { validate } = requireJixiao();
    assert.deepEqual(validate(first.table).counts, validate(good).counts);
  });

  test("an ArrayBuffer is read too", () => {
    const bytes = book();
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    assert.equal(requireXlsx().readWorkbook(buffer).tables.length, 2);
  });

  test("a damaged or foreign file throws `unreadable` with its reason", () => {
    const { readWorkbook } = requireXlsx();
    const cases = [
      [new TextEncoder().encode("项目名称\t预算\n"), "not-a-workbook"],
      [new Uint8Array(book()).slice(0, 400), "corrupt"],
    ];
    for (const [bytes, reason] of cases) {
      assert.throws(
        () => readWorkbook(bytes),
        (e) => e instanceof Error && e.code === "unreadable" && e.reason === reason && e.message.length > 0,
        reason,
      );
    }
    assert.throws(() => readWorkbook("not bytes"), (e) => e.code === "unreadable");
    assert.throws(() => readWorkbook(new Uint8Array(book()), { framework: "1999" }), (e) => e.code === "invalid-option");
  });
});

describe("reviewOpinion (jixiao/xlsx)", () => {
  test("drafts the 审核意见: one line per section of the 审核表", async () => {
    const yinshua = readData("seed-yinshua.json");
    const { reviewOpinion } = requireXlsx();
    assert.equal((await importXlsx()).reviewOpinion, reviewOpinion);
    const zh = reviewOpinion(yinshua);
    const lines = zh.split("\n");
    assert.deepEqual(lines.slice(0, 4).map((l) => l.split("：")[0]), ["总体目标", "产出指标", "效益指标", "满意度指标"]);
    // goal-generic (确保单位正常运转) falls in 总体目标.
    assert.match(lines[0], /^总体目标：.*套话/);
    const en = reviewOpinion(yinshua, { locale: "en" });
    assert.match(en, /^Overall goal: /);
    assert.equal(en.split("\n").length, lines.length);
    assert.throws(() => reviewOpinion(yinshua, { framework: "1999" }), (e) => e.code === "invalid-option");
  });

  test("a clean table has nothing to say; counts are validate's", () => {
    const good = readData("good.json");
    const { validate } = requireJixiao();
    const clean = validate(good).diagnostics.every((d) => d.rule === "import-repaired");
    const lines = requireXlsx().reviewOpinion(good).split("\n");
    if (clean) for (const line of lines) assert.match(line, /：无问题$/);
    const [first] = requireXlsx().readWorkbook(new Uint8Array(book())).tables;
    assert.deepEqual(first.counts, validate(first.table).counts);
  });
});
