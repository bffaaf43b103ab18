// `jixiao/xlsx` (readWorkbook) and `reviewOpinion` against the built, installed package: a
// workbook written by `jixiao export` read back, and files that are not workbooks.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import {
  importJixiao,
  importXlsx,
  readData,
  requireEnglish,
  requireJixiao,
  requireLifecycle,
  requireXlsx,
} from "./helpers.mjs";

const book = () => readFileSync(new URL("../data/two-tables.xlsx", import.meta.url));

describe("jixiao/xlsx", () => {
  test("require and import give the same readWorkbook", async () => {
    const esm = await importXlsx();
    assert.equal(typeof requireXlsx().readWorkbook, "function");
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

describe("reviewOpinion", () => {
  test("drafts the 审核意见 in each validator module", async () => {
    const yinshua = readData("seed-yinshua.json");
    for (const [entry, { reviewOpinion }] of [
      ["jixiao", requireJixiao()],
      ["jixiao/en", requireEnglish()],
      ["jixiao/lifecycle", requireLifecycle()],
      ["jixiao (import)", await importJixiao()],
    ]) {
      const opinion = reviewOpinion(yinshua);
      assert.equal(opinion.clean, false, entry);
      assert.deepEqual(
        opinion.sections.slice(0, 4).map((s) => s.section),
        ["goal", "output", "benefit", "satisfaction"],
        entry,
      );
      assert.equal(opinion.text.split("\n").length, opinion.sections.length, entry);
      const lines = opinion.text.split("\n");
      opinion.sections.forEach((s, i) => {
        for (const sentence of s.sentences) {
          assert.equal(typeof sentence.rule, "string");
          assert.ok(lines[i].includes(sentence.text), `${entry}: ${s.section}`);
        }
      });
      // goal-generic (确保单位正常运转) falls in 总体目标.
      const goal = opinion.sections.find((s) => s.section === "goal");
      assert.ok(goal.sentences.some((x) => x.rule === "goal-generic"), entry);
    }
    assert.match(requireJixiao().reviewOpinion(yinshua).text, /^总体目标：/);
    assert.match(requireEnglish().reviewOpinion(yinshua).text, /^Overall goal: /);
  });

  test("a clean table has nothing to say", () => {
    const { reviewOpinion, validate } = requireJixiao();
    const good = readData("good.json");
    const opinion = reviewOpinion(good);
    assert.equal(opinion.clean, validate(good).diagnostics.every((d) => d.rule === "import-repaired"));
    if (opinion.clean) for (const line of opinion.text.split("\n")) assert.match(line, /：无问题$/);
  });
});
