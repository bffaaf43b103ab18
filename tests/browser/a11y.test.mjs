// Accessibility of the demo pages: axe-core (npm axe-core) run on each page with an example
// loaded, against WCAG 2.1 A and AA; a serious or critical violation fails the test (moderate
// and minor ones are printed). Government portals are held to GB/T 37668, and screen-reader
// users fill in these forms too. axe is injected through the DevTools protocol in a context
// that bypasses the pages' CSP (the pages themselves allow only their own scripts).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer, launch } from "./helpers.mjs";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** axe's violations on `url` once `ready` holds in the page. */
async function audit(url, ready, act) {
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1440, height: 1000 }, locale: "zh-CN" });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(ready, null, { timeout: 30000 });
    if (act) await act(page);
    await page.waitForTimeout(200); // Element Plus's message debounce, the review panel's frame
    await page.evaluate(AXE);
    const { violations } = await page.evaluate(
      (tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }),
      TAGS,
    );
    return violations;
  } finally {
    await context.close();
  }
}

const show = (v) =>
  `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}×: ${v.nodes.slice(0, 4).map((n) => n.target.join(" ")).join(", ")})`;

const BOOK = join(dirname(fileURLToPath(import.meta.url)), "..", "data", "two-tables.xlsx");

for (const [name, path, ready, act] of [
  [
    "the demo with an example loaded",
    "?example=少先队",
    () => document.body.dataset.ready === "true" && document.querySelector('[data-path="projectName"]').value !== "" && document.querySelectorAll(".jixiao-msg").length > 0,
  ],
  [
    "the demo in English with an example loaded",
    "?lang=en&example=办公楼",
    () => document.body.dataset.ready === "true" && document.documentElement.lang === "en" && document.querySelector('[data-path="projectName"]').value !== "",
  ],
  [
    "the demo with a workbook's tables listed",
    "",
    () => document.body.dataset.ready === "true",
    async (page) => {
      await page.setInputFiles("#open-file", BOOK);
      await page.locator("#workbook:not([hidden]) .workbook-table").first().waitFor();
    },
  ],
  [
    "the self-evaluation page with its example loaded",
    "self-evaluation.html",
    () => document.body.dataset.ready === "true" && document.querySelector('[data-path="projectName"]').value !== "" && document.querySelectorAll(".jixiao-msg").length > 0,
  ],
  [
    "the monitoring page with its example loaded",
    "monitoring.html",
    () => document.body.dataset.ready === "true" && document.querySelector('[data-path="projectName"]').value !== "" && document.querySelectorAll(".mo-light[data-light=red]").length > 0,
  ],
  [
    "the Element Plus page",
    "element-plus/",
    () => document.body.dataset.ready === "true" && document.querySelectorAll(".jx-note").length > 0,
  ],
  [
    "the Element Plus 自评表 page with its example loaded",
    "element-plus/self-evaluation.html",
    () => document.body.dataset.loaded === "true" && document.querySelectorAll(".el-form-item__error").length > 0,
  ],
]) {
  test(`axe-core, WCAG 2.1 A/AA: ${name}`, { timeout: 120_000 }, async (t) => {
    const violations = await audit(server.url + path, ready, act);
    for (const v of violations) t.diagnostic(show(v));
    const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    assert.deepEqual(serious.map(show), [], "no serious or critical violations");
  });
}
