// Hostile input at the JS boundary, in Chromium: the cases of tests/js/hostile-cases.mjs run in
// a page through the web build that the demo serves (www/pkg/web/index.js), under the demo's
// Content-Security-Policy. The page and the cases module are routed by the test (/__hostile/…);
// everything else comes from scripts/serve.mjs. One test per case, with its outcome and time.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, startServer, launch } from "./helpers.mjs";
import { hostileCases } from "../js/hostile-cases.mjs";

const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'; base-uri 'none'";

const PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>jixiao hostile input</title>
<script type="module" src="/__hostile/run.mjs"></script>
</head><body></body></html>
`;

// Loads the package and the cases, then waits for the test to call window.__hostile().
const RUN = `
import init, * as jixiao from "/pkg/web/index.js";
import { checkHostile } from "/__hostile/hostile-cases.mjs";
await init();
const good = await (await fetch("/__hostile/good.json")).json();
window.__hostile = () => checkHostile(jixiao, good);
document.body.dataset.ready = "true";
`;

const ROUTES = {
  "/__hostile/index.html": ["text/html; charset=utf-8", PAGE],
  "/__hostile/run.mjs": ["text/javascript; charset=utf-8", RUN],
  "/__hostile/hostile-cases.mjs": ["text/javascript; charset=utf-8", readFileSync(join(ROOT, "tests/js/hostile-cases.mjs"), "utf8")],
  "/__hostile/good.json": ["application/json; charset=utf-8", readFileSync(join(ROOT, "tests/data/good.json"), "utf8")],
};

let server, browser, context, outcomes;
const problems = [];

before(async () => {
  server = await startServer();
  browser = await launch();
  context = await browser.newContext({ locale: "zh-CN" });
  await context.route("**/__hostile/**", (route) => {
    const found = ROUTES[new URL(route.request().url()).pathname];
    if (!found) return route.fulfill({ status: 404, body: "not found\n" });
    return route.fulfill({ status: 200, contentType: found[0], body: found[1] });
  });
  const page = await context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("crash", () => problems.push("the page crashed"));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(`${server.url}__hostile/index.html`);
  await page.waitForFunction(() => document.body && document.body.dataset.ready === "true", null, { timeout: 20000 });
  outcomes = await page.evaluate(() => window.__hostile());
  problems.push(...(await page.evaluate(() => window.__cspViolations)));
}, { timeout: 300_000 });

after(async () => {
  await context?.close();
  await browser?.close();
  server?.close();
});

test("the page ran every case under the CSP, with no page or console error", () => {
  assert.deepEqual(problems, []);
  assert.deepEqual(outcomes.map((o) => o.name), hostileCases().map((c) => c.name));
});

for (const c of hostileCases()) {
  test(c.name, (t) => {
    const o = outcomes.find((x) => x.name === c.name);
    assert.ok(o, "ran in the page");
    t.diagnostic(`${o.outcome} in ${o.ms} ms: ${o.detail}`);
    assert.deepEqual(o.failures, [], `${c.name}: ${o.outcome} in ${o.ms} ms (${o.detail})`);
  });
}
