// The monitoring page (www/monitoring.html, 监控表): `jixiao/lifecycle` through the plain-forms
// adapter, with the example loaded (www/examples/monitoring.json, the seed's 办公楼维修维护 at
// 1–7月, LIFECYCLE.md §3.10 D). The light jixiao computes shows beside each typed light and
// follows the figures as they are typed; a typed light that disagrees is
// `progress-light-mismatch` at that light, and its fix writes the computed one.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, openPage, shot, describedText, rulesShownAt, typeInto, waitForRule, assertNoProblems } from "./helpers.mjs";

const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'; base-uri 'none'";

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

const fresh = () => openPage(browser, `${server.url}monitoring.html`);

/** Waits until the computed light shown for `path` is `light` (red, yellow, green, blue). */
function waitForLight(page, path, light) {
  return page.waitForFunction(
    ({ path, light }) => document.querySelector(`[data-computed="${path}"]`)?.dataset.light === light,
    { path, light },
    { timeout: 10000 },
  );
}

const lightShown = (page, path) => page.getAttribute(`[data-computed="${path}"]`, "data-light");

test("loads the example under the strict CSP; every control is named; the computed lights are shown", async () => {
  const page = await fresh();
  assert.equal(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content"), CSP);
  assert.equal(await page.inputValue('[data-path="projectName"]'), "办公楼维修维护");
  assert.equal(await page.inputValue('[data-path="month"]'), "7");
  const controls = await page.$$eval("#mo-form input, #mo-form textarea", (els) =>
    els.map((e) => ({ path: e.dataset.path, label: e.getAttribute("aria-label") })),
  );
  assert.ok(controls.length >= 2 * 8 + 8 + 8, `${controls.length} controls`);
  for (const c of controls) {
    assert.ok(c.path, "every control has a data-path");
    assert.ok(c.label, `${c.path} has an aria-label`);
  }
  assert.equal(controls.find((c) => c.path === "indicators.0.actual").label, "第1行 实际完成值");
  // §3.10 D: 40.00 / 125.07 = 31.98 % at 7/12 → red; 维修数量 45 of 100 → yellow; 合格率 green.
  assert.equal(await lightShown(page, "execution.light"), "red");
  assert.equal(await lightShown(page, "indicators.0.light"), "yellow");
  assert.equal(await lightShown(page, "indicators.1.light"), "green");
  assert.match(await page.textContent('[data-computed="execution.light"]'), /红灯/);
  assert.match(await page.textContent('[data-computed="month"]'), /58\.33%/);
  assert.match(await page.textContent(".mo-months"), /1-7月/);
  // The typed light's accessible description includes the computed one.
  assert.match(await describedText(page, "indicators.0.light"), /计算：黄灯/);
  // The stated lights agree with the computed ones: no mismatch.
  assert.deepEqual(await rulesShownAt(page, "indicators.0.light"), []);
  assert.ok((await rulesShownAt(page, "execution")).includes("execution-behind-schedule"));
  await assertNoProblems(page);
  await page.close();
});

test("typing the month's executed amount changes the execution light: red → yellow → green", async () => {
  const page = await fresh();
  await typeInto(page, "execution.executed", "50");
  // 50 / 125.07 = 39.98 % of 58.33 % → 0.685: yellow.
  await waitForLight(page, "execution.light", "yellow");
  await waitForRule(page, "execution.light", "progress-light-mismatch");
  await typeInto(page, "execution.executed", "70");
  // 55.97 % → 0.96: green (LIFECYCLE.md rule 40's example).
  await waitForLight(page, "execution.light", "green");
  assert.match(await page.textContent('[data-computed="execution.rate"]'), /55\.97%/);
  await assertNoProblems(page);
  await page.close();
});

test("an actual that falls behind turns the row red; the typed light disagrees: progress-light-mismatch and its fix", async () => {
  const page = await fresh();
  await typeInto(page, "indicators.0.actual", "30");
  // 30 of 100 × 7/12 = 58.33 → 0.51: red; the form still says 黄灯.
  await waitForLight(page, "indicators.0.light", "red");
  await waitForRule(page, "indicators.0.light", "progress-light-mismatch");
  const light = page.locator('[data-path="indicators.0.light"]');
  assert.equal(await light.getAttribute("aria-invalid"), "true");
  assert.match(await describedText(page, "indicators.0.light"), /红灯/);
  await shot(page, "13-monitoring-light-mismatch", { fullPage: true });
  const fix = page.locator('[data-jixiao-messages="indicators.0.light"] [data-rule="progress-light-mismatch"] .jixiao-fix');
  await fix.click();
  await waitForRule(page, "indicators.0.light", "progress-light-mismatch", false);
  assert.equal(await light.inputValue(), "红灯");
  // Ahead of schedule: 100 of 58.33 → blue (and green unscaled, the other convention the rule
  // accepts while timeScaled is at its default); the typed 红灯 now disagrees with both.
  await typeInto(page, "indicators.0.actual", "100");
  await waitForLight(page, "indicators.0.light", "blue");
  await waitForRule(page, "indicators.0.light", "progress-light-mismatch");
  assert.match(await describedText(page, "indicators.0.light"), /计算：蓝灯/);
  await assertNoProblems(page);
  await page.close();
});

test("a later month moves the time progress: the same figures light differently", async () => {
  const page = await fresh();
  await typeInto(page, "month", "3");
  // 45 of 100 × 3/12 = 25 → 1.8: blue; 31.98 % of 25 % → green.
  await waitForLight(page, "indicators.0.light", "blue");
  await waitForLight(page, "execution.light", "green");
  assert.match(await page.textContent(".mo-months"), /1-3月/);
  await assertNoProblems(page);
  await page.close();
});

test("the target form's page links to the monitoring page, which loads only jixiao/lifecycle", async () => {
  const page = await openPage(browser, server.url);
  assert.equal(await page.getAttribute('a[href="monitoring.html"]', "href"), "monitoring.html");
  const wasm = [];
  page.on("request", (r) => {
    if (r.url().endsWith(".wasm")) wasm.push(r.url().replace(/^.*\//, ""));
  });
  await page.click('a[href="monitoring.html"]');
  await page.waitForFunction(() => document.body.dataset.ready === "true" && location.pathname.endsWith("monitoring.html"));
  assert.deepEqual(wasm, ["jixiao_lifecycle_bg.wasm"]);
  await page.close();
});
