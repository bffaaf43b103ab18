// `computed(table, options)` of `jixiao/lifecycle`: what the later forms' rules compute from a
// form's own cells, for a page to show beside what was typed — on the examples of www/examples/
// (LIFECYCLE.md §3.10 A, the self-evaluation; D, the monitoring form), through `require` and
// `import`. The target forms' module (`jixiao`) has no such function.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { importLifecycle, repo, requireJixiao, requireLifecycle } from "./helpers.mjs";

const example = (name) => JSON.parse(readFileSync(join(repo, `www/examples/${name}.json`), "utf8"));

test("only jixiao/lifecycle has computed", () => {
  assert.equal(typeof requireLifecycle().computed, "function");
  assert.equal(requireJixiao().computed, undefined);
});

for (const [how, { computed, validate }] of [
  ["require", requireLifecycle()],
  ["import", await importLifecycle()],
]) {
  describe(`computed through ${how}`, () => {
    test("A (自评表): the execution score 9.73, each row's s*, the total 89.73 → 良", () => {
      const c = computed(example("self-evaluation"));
      assert.equal(c.stage, "selfEvaluation");
      assert.equal(c.month, null);
      assert.equal(c.timeProgress, null);
      assert.equal(c.execution.score, "9.73");
      assert.equal(c.execution.light, null);
      assert.match(c.execution.rate, /^0\.973/);
      // Decimals are strings, at the scale the arithmetic gives ("5.00" for 10 × 1/2).
      assert.ok(c.indicators.every((r) => r.score === null || typeof r.score === "string"));
      assert.deepEqual(
        c.indicators.map((r) => (r.score == null ? null : Number(r.score))),
        [10, 5, 5, 9.41, 10, 5, null, null, 10],
      );
      assert.equal(c.indicators.length, example("self-evaluation").indicators.length);
      assert.ok(c.indicators.every((r) => r.light === null));
      // 10 × 80/85: completion 0.941…, not met.
      assert.match(c.indicators[3].completion, /^0\.941/);
      assert.equal(c.totalScore, "89.73");
      assert.equal(c.grade, "良");
    });

    test("the computed score follows the typed actual, and is the fix score-mismatch offers", () => {
      const t = example("self-evaluation");
      t.indicators[3].actual = "68%"; // ≥ 85 %: 10 × 68/85 = 8
      const c = computed(t);
      assert.match(c.indicators[3].score, /^8(\.0+)?$/);
      assert.match(c.indicators[3].completion, /^0\.80*$/);
    });

    test("D (监控表): month 7, time progress 7/12, the execution light red, rows yellow and green", () => {
      const c = computed(example("monitoring"));
      assert.equal(c.stage, "monitoring");
      assert.equal(c.month, 7);
      assert.match(c.timeProgress, /^0\.58333/);
      assert.match(c.execution.rate, /^0\.3198/);
      assert.equal(c.execution.light, "red");
      assert.equal(c.execution.score, null);
      assert.deepEqual(c.indicators.map((r) => r.light), ["yellow", "green"]);
      assert.deepEqual(c.indicators.map((r) => r.score), [null, null]);
      assert.equal(c.totalScore, null);
      assert.equal(c.grade, null);
    });

    test("the lights follow the month's figures, and a stated light that disagrees is progress-light-mismatch", () => {
      const t = example("monitoring");
      t.execution.executed = "50"; // 39.98 % of 58.33 % → yellow
      t.indicators[0].actual = "60"; // 60 of 58.33 → green
      const c = computed(t);
      assert.equal(c.execution.light, "yellow");
      assert.equal(c.indicators[0].light, "green");
      t.execution.executed = "80";
      t.indicators[0].actual = "30";
      const d = computed(t);
      assert.equal(d.execution.light, "green");
      assert.equal(d.indicators[0].light, "red");
      const ids = validate(t).diagnostics.map((x) => `${x.rule}@${x.path}`);
      assert.ok(ids.includes("progress-light-mismatch@indicators.0.light"), ids.join(" "));
    });

    test("never throws for what is not a table; throws for a wrong option", () => {
      for (const bad of [null, 7, "x", [], { indicators: 3 }]) {
        const c = computed(bad);
        assert.deepEqual(c.indicators, []);
        assert.equal(c.execution, null);
      }
      assert.throws(() => computed({}, { nope: 1 }), (e) => e.code === "unknown-option");
    });
  });
}
