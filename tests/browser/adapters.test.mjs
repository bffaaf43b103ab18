// jixiao/async-validator with the real async-validator (the engine of Element Plus and Ant Design
// Vue), in Node, over the web build in www/pkg. The rules' own findings come from
// rate-at-least-100 (a warning, made an error where a test needs one) and duplicate-indicator.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import AsyncValidator from "async-validator";
import { ROOT } from "./helpers.mjs";

// async-validator is CommonJS with an ES-module-style default export.
const Schema = AsyncValidator.default || AsyncValidator;
Schema.warning = () => {};
const pkg = join(ROOT, "www", "pkg");
let jx, av;
before(async () => {
  jx = await import(join(pkg, "web", "index.js"));
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
    { level1: "效益指标", level2: "社会效益指标", name: "办公环境改善", operator: "定性", value: "有所改善", unit: "", deadline: "2024年12月" },
    { level1: "满意度指标", level2: "服务对象满意度指标", name: "干部职工满意度", operator: "≥", value: "90", unit: "%", deadline: "2024年12月" },
  ],
});

const get = (model, path) => path.split(".").reduce((o, k) => (o == null ? o : o[k]), model);

/** Validates one prop as Element Plus's form item does: a Schema of that prop alone. */
async function validateProp(rules, model, prop) {
  try {
    await new Schema({ [prop]: rules }).validate({ [prop]: get(model, prop) }, { firstFields: true });
    return null;
  } catch (e) {
    if (!e.errors) throw e;
    return e.errors;
  }
}

/** A Form that counts the calls of each method. */
function counted(form) {
  const calls = {};
  return {
    calls,
    form: new Proxy(form, {
      get(target, key) {
        const v = target[key];
        if (typeof v !== "function") return v;
        return (...args) => {
          calls[key] = (calls[key] || 0) + 1;
          return v.apply(target, args);
        };
      },
    }),
  };
}

test("an item's rule sends its value and fails with the errors at its path, as a promise", async () => {
  const model = table();
  const rules = av.createRules(new jx.Form({ rules: { "rate-at-least-100": "error" } }));
  rules.load(model);
  assert.equal(typeof rules.rule.asyncValidator, "function");
  assert.deepEqual(rules.rule.trigger, ["change", "blur"]);
  const errors = await validateProp([rules.rule], model, "indicators.1.operator");
  assert.equal(errors.length, 1);
  assert.match(errors[0].message, /维修合格率/);
  assert.equal(errors[0].field, "indicators.1.operator");
  assert.equal(await validateProp([rules.rule], model, "indicators.0.operator"), null);
  // Typing 95: the value's own rule sends it; the operator's item then passes.
  model.indicators[1].value = "95";
  assert.equal(await validateProp([rules.rule], model, "indicators.1.value"), null);
  assert.equal(await validateProp([rules.rule], model, "indicators.1.operator"), null, "follows the model");
  // The promise rejects with an Error that carries the findings.
  model.indicators[1].value = "100";
  await validateProp([rules.rule], model, "indicators.1.value");
  await assert.rejects(rules.rule.asyncValidator({ field: "indicators.1.operator" }, "≥"), (e) => e instanceof Error && e.diagnostics[0].rule === "rate-at-least-100");
});

test("warnings never block; warningRule reports them, notes hold them by path", async () => {
  const model = table();
  const notes = {};
  const rules = av.createRules(new jx.Form(), { notes });
  rules.load(model);
  assert.equal(await validateProp([rules.rule], model, "indicators.1.operator"), null, "a warning does not fail the rule");
  assert.equal(rules.warningRule.warningOnly, true);
  const warned = await validateProp([rules.warningRule], model, "indicators.1.operator");
  assert.match(warned[0].message, /100%/);
  assert.equal(notes["indicators.1.operator"][0].rule, "rate-at-least-100");
  assert.deepEqual(av.advisory(notes["indicators.1.operator"]).map((d) => d.rule), ["rate-at-least-100"]);
  model.indicators[1].value = "95";
  await validateProp([rules.rule], model, "indicators.1.value");
  assert.ok(!("indicators.1.operator" in notes), "a path's key goes when its findings do");
});

test("only what changed is sent, and only the paths that changed are written", async () => {
  const model = table();
  const { form, calls } = counted(new jx.Form());
  const writes = [];
  const notes = new Proxy({}, {
    set(t, k, v) {
      writes.push(k);
      t[k] = v;
      return true;
    },
    deleteProperty(t, k) {
      writes.push(`-${String(k)}`);
      delete t[k];
      return true;
    },
  });
  const rules = av.createRules(form, { notes });
  rules.load(model);
  writes.length = 0;
  calls.set = 0;
  // Every item validated (a form's validate()): nothing is sent, nothing written.
  for (const prop of ["projectName", "budget", "indicators.0.value", "indicators.1.operator", "indicators.3.unit"]) {
    await validateProp([rules.rule, rules.warningRule], model, prop);
  }
  assert.equal(calls.set, 0);
  assert.deepEqual(writes, []);
  // A keystroke: one set, the one path whose findings changed written.
  model.indicators[1].value = "95";
  await validateProp([rules.rule, rules.warningRule], model, "indicators.1.value");
  assert.equal(calls.set, 1);
  assert.deepEqual(writes, ["-indicators.1.operator"]);
});

test("a finding in another row re-validates that row's items, once per tick", async () => {
  const model = table();
  const revalidated = [];
  const rules = av.createRules(new jx.Form(), { revalidate: (paths) => revalidated.push(paths) });
  rules.load(model);
  await Promise.resolve();
  revalidated.length = 0;
  // Row 1's name typed as row 3's: a duplicate, which is reported at the later row, row 3.
  model.indicators[0].name = "办公环境改善";
  await validateProp([rules.rule], model, "indicators.0.name");
  await new Promise((r) => setTimeout(r, 0));
  assert.equal(revalidated.length, 1, "once");
  const paths = revalidated.flat();
  assert.ok(paths.includes("indicators.2.name"), `row 3 re-validated: ${paths}`);
  assert.ok(!paths.includes("indicators.0.name"), "not the item being validated");
  assert.ok(paths.every((p) => av.isSettable(p)), "only items' paths");
  // Row 3's item, re-validated, now fails with the duplicate; typing the name back clears it.
  assert.match((await validateProp([rules.rule], model, "indicators.2.name"))[0].message, /重复/);
  model.indicators[0].name = "维修项目数";
  await validateProp([rules.rule], model, "indicators.0.name");
  await new Promise((r) => setTimeout(r, 0));
  assert.ok(revalidated[1].includes("indicators.2.name"));
  assert.equal(await validateProp([rules.rule], model, "indicators.2.name"), null);
});

test("rows inserted, removed, moved; a fix applied to the model", async () => {
  const model = table();
  const { form, calls } = counted(new jx.Form());
  const rules = av.createRules(form);
  rules.load(model);
  const row = { level1: "产出指标", level2: "时效指标", name: "按时完成率", operator: "≥", value: "95", unit: "%", deadline: "2024年12月" };
  model.indicators.splice(1, 0, row);
  rules.insertRow(1, row);
  model.indicators.push(model.indicators.splice(0, 1)[0]);
  rules.moveRow(0, model.indicators.length - 1);
  model.indicators.splice(2, 1);
  rules.removeRow(2);
  calls.set = 0;
  for (const [i, r] of model.indicators.entries()) {
    for (const c of ["name", "value", "operator"]) await validateProp([rules.rule], model, `indicators.${i}.${c}`);
    assert.ok(r);
  }
  assert.equal(calls.set || 0, 0, "what was sent follows the rows");
  assert.deepEqual(form.table().indicators.map((r) => r.name), model.indicators.map((r) => r.name));
  const rate = rules.at(`indicators.${model.indicators.findIndex((r) => r.name === "维修合格率")}.operator`)[0];
  rules.applyFix(rate.id, model);
  assert.equal(model.indicators.find((r) => r.name === "维修合格率").operator, "＝");
  assert.deepEqual(form.diagnostics(), jx.validate(model).diagnostics);
  assert.equal(av.namePath("indicators.3.value").join(), "indicators,3,value");
});
