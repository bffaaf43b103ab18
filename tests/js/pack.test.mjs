// The boundary's fast paths (src/wasm/pack.js) on their own: what the packer takes, what it
// declines to the careful reader, and the diagnostics' round trip. That both paths give the
// same diagnostics is tested through the package in api.test.mjs.
import assert from "node:assert/strict";
import { test } from "node:test";
import { packTable, unpackDiagnostics, validationResult } from "../../src/wasm/pack.js";

const row = { level1: "产出指标", level2: "数量指标", name: "维修数量", operator: "≥", value: 100, unit: "个", deadline: "2024年12月" };

test("packTable packs plain data: header fields, then nine cells per row, each ended by NUL", () => {
  const packed = packTable({ year: 2024, projectName: "维修", budget: "12.5", extra: [1], indicators: [row, { name: "x" }] }, 201);
  const texts = packed.split("\0");
  assert.equal(texts.pop(), "");
  assert.deepEqual(texts.slice(0, 6), ["2024", "维修", "", "", "12.5", ""]);
  assert.deepEqual(texts.slice(6, 15), ["产出指标", "数量指标", "维修数量", "≥", "100", "个", "2024年12月", "", ""]);
  assert.equal(texts.length, 6 + 2 * 9);
  assert.equal(packTable({ indicators: [row, row, row] }, 2).split("\0").length - 1, 6 + 2 * 9, "rows beyond the cap are not read");
  assert.equal(packTable(Object.create(null), 1), "\0".repeat(6));
  assert.equal(packTable({ indicators: null, budget: null, name: undefined }, 1), "\0".repeat(6));
});

test("packTable declines what only the careful reader may judge", () => {
  class Table {}
  const declined = [
    null, undefined, 5, "text", [], new Table(), new Date(),
    { projectName: 5 }, { budget: 1.5 }, { budget: NaN }, { budget: 2 ** 60 }, { year: true }, { projectName: "a\0b" },
    { indicators: {} }, { indicators: [null] }, { indicators: [[]] }, { indicators: [undefined] }, { indicators: new Array(3) },
    { indicators: [{ name: 5 }] }, { indicators: [{ value: 1n }] }, { indicators: [{ value: { text: "1" } }] },
    { get projectName() { throw new Error("getter"); } },
    new Proxy({}, { ownKeys() { throw new Error("trap"); } }),
  ];
  declined.forEach((t, i) => assert.equal(packTable(t, 10), undefined, `case ${i}`));
});

test("unpackDiagnostics reads back what the Rust side packs", () => {
  const packed = [
    "rule-a", "error", "indicators.0.value", "消息", "",
    "rule-b", "warning", "indicators.1.operator", "m", "text", "indicators.1.operator", "＝", "改为 ＝",
    "rule-c", "info", "indicators.2", "dup", "remove", "indicators.2", "", "删除重复行",
  ].map((t) => t + "\0").join("");
  const diagnostics = unpackDiagnostics(packed);
  assert.deepEqual(diagnostics, [
    { rule: "rule-a", severity: "error", path: "indicators.0.value", message: "消息" },
    { rule: "rule-b", severity: "warning", path: "indicators.1.operator", message: "m", fix: { path: "indicators.1.operator", value: "＝", label: "改为 ＝" } },
    { rule: "rule-c", severity: "info", path: "indicators.2", message: "dup", fix: { path: "indicators.2", value: null, label: "删除重复行" } },
  ]);
  assert.ok(!("fix" in diagnostics[0]));
  assert.deepEqual(unpackDiagnostics(""), []);
  assert.deepEqual(validationResult("", 0, 1, 2), { diagnostics: [], counts: { error: 0, warning: 1, info: 2 } });
});
