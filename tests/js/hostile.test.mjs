// Hostile input at the JS boundary, in Node, through the built and installed package (see
// tests/js/hostile-cases.mjs for the cases and what is checked): once through `import`, once
// through a fresh `require` (its own wasm instance, so a failure in one run cannot hide or cause
// one in the other). One test per case; each prints its outcome and time.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, test } from "node:test";
import { consumer, importJixiao, readData } from "./helpers.mjs";
import { checkCase, hostileCases } from "./hostile-cases.mjs";

/** `require('jixiao')` as a new instance: the module cache entry is dropped first. */
function freshRequire() {
  const require = createRequire(join(consumer(), "package.json"));
  delete require.cache[require.resolve("jixiao")];
  return require("jixiao");
}

const esm = await importJixiao();
const cjs = freshRequire();
const good = readData("good.json");

for (const [how, jixiao] of [["import", esm], ["require", cjs]]) {
  describe(`hostile input through ${how}`, () => {
    const form = new jixiao.Form();
    const first = jixiao.validate(good);
    const baseline = JSON.stringify(first);

    test("the good table has no findings", () => {
      assert.deepEqual(first.diagnostics, []);
    });

    for (const c of hostileCases()) {
      test(c.name, { timeout: 120_000 }, (t) => {
        const o = checkCase(jixiao, form, good, c, baseline);
        t.diagnostic(`${o.outcome} in ${o.ms} ms: ${o.detail}`);
        assert.deepEqual(o.failures, [], `${c.name}: ${o.outcome} in ${o.ms} ms (${o.detail})`);
      });
    }
  });
}
