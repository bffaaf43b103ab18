// The JS half of the wasm boundary (src/wasm/pack.js) on its own: the tokens it writes for a
// table, what it refuses, and how it reads results back. That a table means the same through
// it as natively is tested through the package (api.test.mjs, cli.test.mjs).
import assert from "node:assert/strict";
import { test } from "node:test";
import { packFixes, packOptions, packTable, unpackImport, unpackRules, unpackTable, unpackValidation } from "../../src/wasm/pack.js";

/** What a pack function gives for what it cannot read: U+0002 and the message. */
const thrown = (packed, message = /./) => {
  assert.equal(typeof packed, "string");
  assert.ok(packed.startsWith("\u0002"), JSON.stringify(packed));
  assert.match(packed.slice(1), message);
};

const tokens = (packed) => {
  const t = packed.split("\0");
  assert.equal(t.pop(), "", "every token ends with NUL");
  return t;
};
const row = { level1: "产出指标", level2: "数量指标", name: "维修数量", operator: "≥", value: 100, unit: "个", deadline: "2024年12月" };

test("a table: root kind, 6 header fields, indicators' kind and length, then each row's kind and 9 cells", () => {
  const t = tokens(packTable({ year: 2024, projectName: "维修", budget: 12.5, extra: [1], indicators: [row, null, 7] }, 201));
  assert.deepEqual(t.slice(0, 7), ["o", "n2024", "s维修", "u", "u", "f4029000000000000", "u"]);
  assert.deepEqual(t.slice(7, 9), ["a", "3"]);
  assert.deepEqual(t.slice(9, 19), ["o", "s产出指标", "s数量指标", "s维修数量", "s≥", "n100", "s个", "s2024年12月", "u", "u"]);
  assert.deepEqual(t.slice(19), ["u", "n7"]);
});

test("a validator's table: whole at first, then only the texts that changed", () => {
  const kept = {};
  const table = { year: 2024, projectName: "维修", overallGoal: "", indicators: [{ ...row }, { name: "b" }] };
  const check = (held) => tokens(packTable(table, 201, 500, 60000, kept, held));
  // The first table, and any table the Rust side does not hold, go whole.
  assert.deepEqual(check(true), ["F", ...tokens(packTable(table, 201, 500, 60000))]);
  assert.deepEqual(check(false)[0], "F");
  // The same table: no change. A text typed: its field's index (6 header fields, then 9 per
  // row) and its new text, escaped. (A field that was not text, like `undefined`, is more.)
  assert.deepEqual(check(true), ["D"]);
  table.indicators[1].name = "b\0";
  table.overallGoal = "目标";
  assert.deepEqual(check(true), ["D", "5", "目标", "17", "b\u00010"]);
  // More than texts: whole again.
  const whole = (edit) => {
    edit();
    assert.equal(check(true)[0], "F", String(edit));
    assert.deepEqual(check(true), ["D"], `then the same again: ${edit}`);
  };
  whole(() => (table.indicators[0].value = "95"));
  whole(() => (table.indicators[0].value = 95));
  whole(() => (table.indicators[1].unit = "个"));
  whole(() => (table.year = 2025));
  whole(() => table.indicators.push({}));
  // A table with a row that is not an object goes whole, even when nothing changed.
  table.indicators[2] = null;
  assert.equal(check(true)[0], "F");
  assert.equal(check(true)[0], "F");
  // What throws leaves nothing held: the next table goes whole.
  table.indicators[2] = { get name() { throw new Error("no"); } };
  thrown(packTable(table, 201, 500, 60000, kept, true), /^no$/);
  table.indicators[2] = {};
  assert.equal(check(true)[0], "F");
});

test("fixes given back to applyFixes: the index and the fix's path, value and label of each that has one", () => {
  const fixes = [
    { fix: { path: "indicators.0.operator", value: "＝", label: "改为 ＝" } },
    { rule: "x" },
    null,
    { fix: null },
    { fix: { path: "indicators.9", value: null } },
    { fix: 5 },
  ];
  assert.deepEqual(tokens(packFixes(fixes)), [
    "0", "sindicators.0.operator", "s＝", "s改为 ＝",
    "4", "sindicators.9", "u", "u",
    "5", "u", "u", "u",
  ]);
  assert.equal(packFixes([]), "");
  thrown(packFixes("x"), /array/);
  thrown(packFixes([{ fix: { path: Symbol("p") } }]), /diagnostics\[0\]\.fix\.path/);
});

test("every kind of value, and what is not an object", () => {
  const cells = (r) => tokens(packTable({ indicators: [r] }, 1)).slice(10);
  assert.deepEqual(
    cells({ level1: "", level2: true, name: [], operator: {}, value: NaN, unit: null, deadline: undefined, weight: 2n ** 60n, direction: -0 }),
    ["s", "btrue", "a", "o", "f7ff8000000000000", "u", "u", "n1152921504606846976", "n0"],
  );
  for (const [input, kind] of [[null, "u"], [undefined, "u"], [5, "n5"], ["x", "sx"], [[], "a"], [true, "btrue"]]) {
    assert.deepEqual(tokens(packTable(input, 1)), [kind]);
  }
  assert.deepEqual(tokens(packTable({ indicators: "none" }, 1)).slice(7), ["snone"]);
  assert.deepEqual(tokens(packTable({ indicators: [row, row, row] }, 2)).slice(7, 9), ["a", "3"], "the length is told");
  assert.equal(tokens(packTable({ indicators: [row, row, row] }, 2)).length, 9 + 2 * 10, "rows beyond the cap are not read");
  assert.deepEqual(tokens(packTable({ indicators: new Array(2 ** 32 - 1) }, 2)).slice(7), ["a", String(2 ** 32 - 1), "u", "u"]);
});

test("NUL and U+0001 inside text are escaped, so any text crosses as it is", () => {
  assert.deepEqual(tokens(packTable({ projectName: "a\0b\u0001c" }, 1))[2], "sa\u00010b\u00011c");
  const packed = ["1", "r", "error", "projectName", "m\u00010\u00011", ""].map((t) => t + "\0").join("");
  assert.equal(unpackValidation(packed, {}).diagnostics[0].message, "m\0\u0001");
});

test("a validator's diagnostics that did not change cross as references to the objects it keeps", () => {
  const pack = (t) => t.map((x) => x + "\0").join("");
  const a = ["rule-a", "error", "projectName", "消息", ""];
  const b = ["rule-b", "warning", "indicators.1.operator", "m", "text", "indicators.1.operator", "＝", "改为 ＝"];
  const kept = {};
  const first = unpackValidation(pack(["2", ...a, ...b]), kept);
  assert.deepEqual(first.counts, { error: 1, warning: 1, info: 0 });
  assert.equal(kept.list.length, 2);
  // The same two again, by reference, and one new one between them.
  const c = ["rule-c", "info", "indicators.0", "new", ""];
  const second = unpackValidation(pack(["3", "=0", ...c, "=1"]), kept);
  const [da, db] = first.diagnostics;
  const dc = { rule: "rule-c", severity: "info", path: "indicators.0", message: "new" };
  assert.deepEqual(second.diagnostics, [da, dc, db]);
  assert.deepEqual(second.counts, { error: 1, warning: 1, info: 1 });
  assert.equal(kept.list.length, 3, "a result's objects are kept");
  // What is returned is a copy: changing it does not change the next result.
  second.diagnostics[2].fix.value = "changed";
  second.diagnostics[0].message = "changed";
  // A run of references is one token: "=k:n" is k and the n - 1 after it.
  const third = unpackValidation(pack(["4", "=0:3", ...a]), kept);
  assert.deepEqual(third.diagnostics, [da, dc, db, da]);
  // validateField's: only what is at the path or inside it, from the same kept objects.
  const at = (path) => unpackValidation(pack(["4", "=0:4"]), kept, path);
  assert.deepEqual(at("projectName"), [da, da]);
  assert.deepEqual(at("indicators"), [dc, db]);
  assert.deepEqual(at("indicators.1"), [db]);
  assert.deepEqual(at("indicators.1.operator"), [db]);
  assert.deepEqual(at("indicators.1.value"), []);
  assert.deepEqual(at(""), [da, dc, db, da]);
  assert.equal(kept.list.length, 4);
});

test("what JS cannot hand over is given as what was thrown, not thrown into wasm", () => {
  const throwing = Object.defineProperty({}, "projectName", { get() { throw new Error("getter"); }, enumerable: true });
  for (const t of [() => 1, Symbol("s"), { budget: 2n ** 64n }, { indicators: [{ name: () => 1 }] }, throwing, new Proxy({}, { ownKeys() { throw 5; } })]) {
    thrown(packTable(t, 1));
  }
  thrown(packTable(throwing, 1), /^getter$/);
  thrown(packTable({ indicators: [{ name: () => 1 }] }, 1), /^indicators\.0\.name: a function$/);
  // What is not an Error, or an Error whose message cannot be read, gets a general word.
  thrown(packTable(new Proxy({}, { ownKeys() { throw 5; } }), 1), /^a getter or Proxy trap threw$/);
  const sly = Object.defineProperty(new Error(), "message", { get() { throw new Error("again"); } });
  thrown(packTable(Object.defineProperty({}, "projectName", { get() { throw sly; }, enumerable: true }), 1), /^a getter or Proxy trap threw$/);
  thrown(packTable({ indicators: [Object.defineProperty({}, "name", { get() { throw sly; }, enumerable: true })] }, 1), /^a getter or Proxy trap threw$/);
  // Unknown keys are not read, so their getters never run.
  assert.ok(!packTable(Object.defineProperty({}, "other", { get() { throw new Error("x"); }, enumerable: true }), 1).startsWith("\u0002"));
});

test("results read back", () => {
  const diag = ["rule-a", "error", "indicators.0.value", "消息", "", "rule-b", "warning", "indicators.1.operator", "m", "text", "indicators.1.operator", "＝", "改为 ＝", "rule-c", "info", "indicators.2", "dup", "remove", "indicators.2", "", "删除重复行"];
  const pack = (t) => t.map((x) => x + "\0").join("");
  const expected = [
    { rule: "rule-a", severity: "error", path: "indicators.0.value", message: "消息" },
    { rule: "rule-b", severity: "warning", path: "indicators.1.operator", message: "m", fix: { path: "indicators.1.operator", value: "＝", label: "改为 ＝" } },
    { rule: "rule-c", severity: "info", path: "indicators.2", message: "dup", fix: { path: "indicators.2", value: null, label: "删除重复行" } },
  ];
  assert.deepEqual(unpackValidation(pack(["3", ...diag]), {}).diagnostics, expected);
  assert.ok(!("fix" in unpackValidation(pack(["3", ...diag]), {}).diagnostics[0]));
  assert.deepEqual(unpackValidation(pack(["3", ...diag]), {}).counts, { error: 1, warning: 1, info: 1 });
  assert.deepEqual(unpackValidation(pack(["0"]), {}), { diagnostics: [], counts: { error: 0, warning: 0, info: 0 } });
  const cells = ["产出指标", "数量指标", "维修数量", "≥", "100", "个", "2024年12月"];
  const table = ["1", "2024", "p", "d", "u", "12", "g", "2", ...cells, "", "", ...cells, "20", "正向"];
  const rowOut = Object.fromEntries(["level1", "level2", "name", "operator", "value", "unit", "deadline"].map((k, i) => [k, cells[i]]));
  const tableOut = { year: 2024, projectName: "p", department: "d", implementingUnit: "u", budget: "12", overallGoal: "g", indicators: [rowOut, { ...rowOut, weight: "20", direction: "正向" }] };
  assert.deepEqual(unpackTable(pack(table)), tableOut);
  assert.ok(!("year" in unpackTable(pack(["1", "", "p", "d", "u", "b", "g", "0"]))));
  assert.deepEqual(unpackImport(pack([...table, "1", "0", ...diag.slice(0, 5)])), { tables: [tableOut], diagnostics: [{ table: 0, ...expected[0] }] });
  assert.deepEqual(unpackRules(pack(["1", "id", "warning", "off", "t", "d"])), [{ id: "id", level: "warning", configuredLevel: "off", title: "t", description: "d" }]);
});

test("options: values as in a table, arrays and objects with their sizes and content", () => {
  assert.deepEqual(
    tokens(packOptions({ locale: "en", limits: { maxRows: 5 }, qualitativeGrades: ["好"], year: undefined })),
    ["o", "4", "locale", "sen", "limits", "o", "1", "maxRows", "n5", "qualitativeGrades", "a", "1", "s好", "year", "u"],
  );
  assert.deepEqual(tokens(packOptions(undefined)), ["u"]);
  assert.deepEqual(tokens(packOptions({ "a\0b": 1.5 })), ["o", "1", "a\u00010b", "f3ff8000000000000"]);
  let deep = {};
  for (let i = 0; i < 20; i++) deep = { deep };
  for (const bad of [{ x: Symbol("s") }, { qualitativeGrades: new Array(2 ** 32 - 1) }, deep]) thrown(packOptions(bad));
});

test("rows past the input limit cross without their texts, but with their kinds", () => {
  const row = (name) => ({ level1: "产出指标", name, value: 5 });
  const t = { projectName: "p", indicators: [row("a".repeat(10)), row("b".repeat(10)), row("c"), row(7)] };
  // Row i's level1, name and value tokens (each row: its kind, then 9 cells).
  const pick = (cells, i) => [cells[i * 10], cells[i * 10 + 2], cells[i * 10 + 4]];
  // Counted low: 10 UTF-16 units count 5. Header 1 + row 0 (2 + 5) = 8, not past 10.
  let cells = tokens(packTable(t, 10, 2000, 10)).slice(10);
  assert.deepEqual(pick(cells, 0), ["s产出指标", "s" + "a".repeat(10), "n5"]);
  assert.deepEqual(pick(cells, 1), ["s产出指标", "s" + "b".repeat(10), "n5"], "row 1 crosses the limit: sent whole");
  assert.deepEqual(pick(cells, 2), ["s", "s", "n5"], "row 2 comes after it: texts left out, kinds kept");
  assert.deepEqual(pick(cells, 3), ["s", "n7", "n5"]);
  // Each text counts at most maxText: 2 + 3 = 5 for row 0, not past 6.
  cells = tokens(packTable({ indicators: [row("𠀀".repeat(8)), row("x")] }, 10, 3, 6)).slice(10);
  assert.deepEqual(pick(cells, 1), ["s产出指标", "sx", "n5"]);
  assert.deepEqual(pick(tokens(packTable(t, 10)).slice(10), 2), ["s产出指标", "sc", "n5"], "no limits: every text");
});
