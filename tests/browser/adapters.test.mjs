// jixiao/async-validator with the real async-validator (the engine of Element Plus and Ant
// Design Vue), in Node, over the web build in www/pkg. The rules' own findings come from
// rate-at-least-100, made blocking where a test needs an error (a per-deployment setting).
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import AsyncValidator from "async-validator";
import { ROOT } from "./helpers.mjs";

// async-validator is CommonJS with an ES-module-style default export.
const Schema = AsyncValidator.default || AsyncValidator;
const pkg = join(ROOT, "www", "pkg");
let jx, av;
before(async () => {
  jx = await import(join(pkg, "web", "jixiao.js"));
  await jx.default({ module_or_path: readFileSync(join(pkg, "web", "jixiao_bg.wasm")) });
  av = await import(join(pkg, "adapters", "async-validator.js"));
});

const table = () => ({
  year: 2024,
  projectName: "办公楼维修维护",
  department: "某区机关事务服务中心",
  implementingUnit: "某区机关事务服务中心本级",
  budget: "30",
  overallGoal: "2024年完成办公楼屋面防水和电梯维修，保障办公安全。",
  indicators: [
    { level1: "产出指标", level2: "数量指标", name: "维修项目数", operator: "≥", value: "2", unit: "项", deadline: "2024年12月" },
    { level1: "产出指标", level2: "质量指标", name: "维修合格率", operator: "≥", value: "100", unit: "%", deadline: "2024年12月" },
  ],
});

/** Validates one prop as Element Plus's form item does: a Schema of that prop alone. */
async function validateProp(rules, model, prop) {
  const value = prop.split(".").reduce((o, k) => (o == null ? o : o[k]), model);
  try {
    await new Schema({ [prop]: rules[prop] }).validate({ [prop]: value }, { firstFields: true });
    return null;
  } catch (e) {
    if (!e.errors) throw e;
    return e.errors;
  }
}

test("rulesFor: an error fails its prop with the message; other props pass", async () => {
  const v = new jx.Validator({ rules: { "rate-at-least-100": "error" } });
  const model = table();
  const rules = av.rulesFor(v, () => model);
  assert.ok(rules["indicators.1.operator"] && rules.projectName && rules.indicators && rules["indicators.1"]);
  assert.deepEqual(rules.projectName[0].trigger, ["change", "blur"]);
  const errors = await validateProp(rules, model, "indicators.1.operator");
  assert.equal(errors.length, 1);
  assert.match(errors[0].message, /维修合格率/);
  assert.equal(errors[0].field, "indicators.1.operator");
  assert.equal(await validateProp(rules, model, "indicators.0.operator"), null);
  model.indicators[1].value = "95";
  assert.equal(await validateProp(rules, model, "indicators.1.operator"), null, "follows the model");
});

test("warnings never block; warningsFor and makeWarningRule report them", async () => {
  const v = new jx.Validator(); // rate-at-least-100 is a warning by default
  const model = table();
  const rules = av.rulesFor(v, model, { warnings: true });
  assert.equal(rules["indicators.1.operator"].length, 2);
  assert.equal(rules["indicators.1.operator"][1].warningOnly, true);
  const [blocking] = rules["indicators.1.operator"];
  assert.equal(await validateProp({ p: [blocking] }, model, "p"), null);
  const w = av.warningsFor(v, model);
  assert.equal(w["indicators.1.operator"][0].rule, "rate-at-least-100");
  const errs = await validateProp({ p: [av.makeWarningRule(v, model, "indicators.1.operator")] }, model, "p");
  assert.match(errs[0].message, /100%/);
});

test("makeRule: within, onDiagnostics, Error carries the diagnostics", async () => {
  const v = new jx.Validator({ rules: { "rate-at-least-100": "error" } });
  const model = table();
  const seen = [];
  const rule = av.makeRule(v, () => model, "indicators.1", {
    within: true,
    trigger: "blur",
    onDiagnostics: (p, ds) => seen.push([p, ds.length]),
  });
  assert.equal(rule.trigger, "blur");
  const err = await new Promise((resolve) => rule.validator({}, undefined, resolve));
  assert.ok(err instanceof Error);
  assert.equal(err.diagnostics[0].path, "indicators.1.operator");
  assert.deepEqual(seen, [["indicators.1", 1]]);
  const none = await new Promise((resolve) =>
    av.makeRule(v, () => model, "indicators.1").validator({}, undefined, resolve));
  assert.equal(none, undefined, "without within, only the row's own path");
});

test("results are cached per model content, and recomputed when it changes", () => {
  let calls = 0;
  const inner = new jx.Validator();
  const v = { validate: (t) => (calls++, inner.validate(t)) };
  const model = table();
  av.diagnosticsAt(v, model, "projectName");
  av.diagnosticsAt(v, model, "indicators.1.operator");
  av.warningsFor(v, model);
  assert.equal(calls, 1);
  model.projectName = "x";
  av.diagnosticsAt(v, model, "projectName");
  assert.equal(calls, 2);
});

test("pathsOf lists header fields, the list, rows and cells", () => {
  const paths = av.pathsOf(table());
  for (const p of ["projectName", "overallGoal", "year", "indicators", "indicators.0", "indicators.1.value", "indicators.1.direction"]) {
    assert.ok(paths.includes(p), p);
  }
  assert.ok(!paths.includes("indicators.2"));
  assert.deepEqual(av.pathsOf(null).slice(-1), ["indicators"]);
});
