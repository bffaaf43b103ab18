// `jixiao/lifecycle`, the validator with the later forms' rules, through the built and installed
// npm package: a self-evaluation table (绩效自评表; www/examples/self-evaluation.json, the
// seed's 少先队专项业务费 after the year, LIFECYCLE.md §3.10 A) checked with `require` and with
// `import`, and the target forms' module (`jixiao`), which has none of those rules.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { byRule, importLifecycle, repo, requireJixiao, requireLifecycle } from "./helpers.mjs";

const selfEvaluation = () => JSON.parse(readFileSync(join(repo, "www/examples/self-evaluation.json"), "utf8"));

/** Rule ids that only `jixiao/lifecycle` has (its `rules()` less the target module's). */
const cjs = requireLifecycle();
const esm = await importLifecycle();
const target = requireJixiao();
const lifecycleOnly = new Set(cjs.rules().map((r) => r.id));
for (const r of target.rules()) lifecycleOnly.delete(r.id);

test("jixiao/lifecycle has the later forms' rules, jixiao has none of them", () => {
  for (const id of ["full-score-unmet", "total-score-sum", "deviation-reason-missing", "execution-rate-mismatch"]) {
    assert.ok(lifecycleOnly.has(id), id);
  }
});

for (const [how, { validate, applyFixes, Form }] of [
  ["require", cjs],
  ["import", esm],
]) {
  describe(`jixiao/lifecycle through ${how}`, () => {
    test("the example self-evaluation table gets its worked example's findings, and no total-score-sum", () => {
      const { diagnostics } = validate(selfEvaluation());
      assert.deepEqual(byRule(diagnostics, "score-mismatch").map((d) => d.path), ["indicators.4.score"]);
      assert.deepEqual(byRule(diagnostics, "deviation-reason-missing").map((d) => d.path).sort(), [
        "indicators.3.deviationReason",
        "indicators.4.deviationReason",
      ]);
      assert.deepEqual(byRule(diagnostics, "total-score-sum"), []);
      assert.deepEqual(byRule(diagnostics, "full-score-unmet"), []);
    });

    test("full-score-unmet: an actual below its target with full marks, at the row's score, with s* as fix", () => {
      const t = selfEvaluation();
      // “青年之家”建设和活跃度增长率 ≥ 85 %, actual 80 %, scored 10 of 10 → 10 × 80/85 = 9.41.
      t.indicators[3].score = "10";
      const [d, ...more] = byRule(validate(t).diagnostics, "full-score-unmet");
      assert.equal(more.length, 0);
      assert.equal(d.path, "indicators.3.score");
      assert.equal(d.severity, "error");
      assert.match(d.message, /第4行/);
      assert.deepEqual([d.fix.path, d.fix.value], ["indicators.3.score", "9.41"]);
      const fixed = applyFixes(t, [d]);
      assert.equal(fixed.indicators[3].score, "9.41");
      assert.deepEqual(byRule(validate(fixed).diagnostics, "full-score-unmet"), []);
    });

    test("total-score-sum: a wrong 总分, at totalScore, with the computed total as fix", () => {
      const t = selfEvaluation();
      t.totalScore = "92.50";
      const [d, ...more] = byRule(validate(t).diagnostics, "total-score-sum");
      assert.equal(more.length, 0);
      assert.equal(d.path, "totalScore");
      assert.match(d.message, /89\.73/);
      assert.deepEqual([d.fix.path, d.fix.value], ["totalScore", "89.73"]);
      assert.deepEqual(byRule(validate(applyFixes(t, [d])).diagnostics, "total-score-sum"), []);
    });

    test("Form: typing an actual below its target on a full-marks row, then its reason", () => {
      const form = new Form();
      try {
        form.load(selfEvaluation());
        // 正常运转率 = 100 %, 5 of 5: met, no lifecycle finding on its row.
        const lifecycleAt = (path) => form.diagnostics(path).filter((d) => lifecycleOnly.has(d.rule)).map((d) => d.rule);
        assert.deepEqual(lifecycleAt("indicators.2"), []);
        const change = form.set("indicators.2.actual", "90%");
        const added = change.added.map((d) => `${d.rule} ${d.path}`);
        assert.ok(added.includes("full-score-unmet indicators.2.score"), added.join(", "));
        assert.ok(added.includes("deviation-reason-missing indicators.2.deviationReason"), added.join(", "));
        const reason = form.set("indicators.2.deviationReason", "设备检修停运一个月。");
        assert.ok(reason.removed.length > 0);
        assert.deepEqual(lifecycleAt("indicators.2"), ["full-score-unmet"]);
        // 总分 is a field too (the rows now sum to 80, with 9.73 for the execution: 89.73; a
        // total written without decimals, 90, would agree with it).
        const total = form.set("totalScore", "88.50");
        const sum = byRule(total.added, "total-score-sum");
        assert.deepEqual(sum.map((d) => [d.path, d.fix?.value]), [["totalScore", "89.73"]]);
      } finally {
        form.free();
      }
    });
  });
}

test("jixiao (the target forms' module) reports no lifecycle rule on the same table", () => {
  const t = selfEvaluation();
  t.indicators[3].score = "10";
  t.totalScore = "92.50";
  const { diagnostics } = target.validate(t);
  assert.deepEqual(diagnostics.filter((d) => lifecycleOnly.has(d.rule)).map((d) => d.rule), []);
  assert.deepEqual(byRule(diagnostics, "full-score-unmet"), []);
  assert.deepEqual(byRule(diagnostics, "total-score-sum"), []);
});

test("jixiao/async-validator backs a 自评表's items with the lifecycle Form: a later cell in, its findings at other items", async () => {
  const { pathToFileURL } = await import("node:url");
  const { consumer } = await import("./helpers.mjs");
  const av = await import(pathToFileURL(join(consumer(), "node_modules/jixiao/adapters/async-validator.js")).href);
  for (const p of ["indicators.2.actual", "indicators.2.score", "indicators.2.deviationReason", "execution.executed", "totalScore", "grade"]) {
    assert.ok(av.isSettable(p), p);
  }
  assert.ok(!av.isSettable("indicators.2.nonsense"));
  const revalidated = [];
  const jx = av.createRules(new esm.Form(), { revalidate: (paths) => revalidated.push(...paths) });
  jx.load(selfEvaluation());
  await Promise.resolve();
  revalidated.length = 0;
  // The actual typed as an item's rule sends it: 第3行 (5 of 5 for 100 %) now has 90 %.
  await jx.rule.asyncValidator({ field: "indicators.2.actual" }, "90%");
  await Promise.resolve();
  assert.ok(jx.at("indicators.2.score").some((d) => d.rule === "full-score-unmet"));
  assert.ok(revalidated.includes("indicators.2.score"), revalidated.join(", "));
  assert.ok(revalidated.includes("indicators.2.deviationReason"), revalidated.join(", "));
  await assert.rejects(jx.rule.asyncValidator({ field: "indicators.2.score" }, "5"), /满分/);
  // The execution block's cells are items too: what was loaded is not sent again.
  const before = jx.form.table();
  await jx.rule.asyncValidator({ field: "execution.executed" }, "6.52");
  assert.deepEqual(jx.form.table(), before);
});
