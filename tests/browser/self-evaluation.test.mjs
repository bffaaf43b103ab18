// The self-evaluation page (www/self-evaluation.html, 自评表): the later forms' module
// (`jixiao/lifecycle`) through the plain-forms adapter, with the example loaded
// (www/examples/self-evaluation.json, the seed's 少先队专项业务费 after the year). Findings show at
// the field that owns them; fixes write their value into it; the strict CSP holds.
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

const fresh = () => openPage(browser, `${server.url}self-evaluation.html`);

test("loads the example under the strict CSP; every control is named and carries its data-path", async () => {
  const page = await fresh();
  assert.equal(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content"), CSP);
  assert.equal(await page.inputValue('[data-path="projectName"]'), "少先队专项业务费");
  assert.equal(await page.inputValue('[data-path="execution.score"]'), "9.73");
  assert.equal(await page.inputValue('[data-path="totalScore"]'), "89.73");
  const controls = await page.$$eval("#se-form input, #se-form textarea", (els) =>
    els.map((e) => ({ path: e.dataset.path, label: e.getAttribute("aria-label") })),
  );
  assert.ok(controls.length >= 9 * 4 + 6 + 3, `${controls.length} controls`);
  for (const c of controls) {
    assert.ok(c.path, "every control has a data-path");
    assert.ok(c.label, `${c.path} has an aria-label`);
  }
  assert.equal(controls.find((c) => c.path === "indicators.2.score").label, "第3行 得分");
  // The worked example's findings (LIFECYCLE.md §3.10 A): 第5行's score, and no total finding.
  assert.ok((await rulesShownAt(page, "indicators.4.score")).includes("score-mismatch"));
  assert.deepEqual(await rulesShownAt(page, "totalScore"), []);
  assert.match(await page.textContent("#counts"), /错误 \d+ 项/);
  await assertNoProblems(page);
  await page.close();
});

test("an actual below target on a full-marks row: full-score-unmet at its score; the reason; the fix", async () => {
  const page = await fresh();
  // 第3行 正常运转率 = 100 %, 5 of 5, met: nothing at its score or reason.
  assert.deepEqual(await rulesShownAt(page, "indicators.2.score"), []);
  await typeInto(page, "indicators.2.actual", "90%");
  await waitForRule(page, "indicators.2.score", "full-score-unmet");
  await waitForRule(page, "indicators.2.deviationReason", "deviation-reason-missing");
  const score = page.locator('[data-path="indicators.2.score"]');
  assert.equal(await score.getAttribute("aria-invalid"), "true");
  assert.equal(await score.getAttribute("data-jixiao-severity"), "error");
  assert.match(await describedText(page, "indicators.2.score"), /第3行.*90%.*满分/);

  // The reason filled in: its finding goes; the score is still full marks for 90 %.
  await typeInto(page, "indicators.2.deviationReason", "设备检修停运一个月，已调整检修计划。");
  await waitForRule(page, "indicators.2.deviationReason", "deviation-reason-missing", false);
  assert.ok((await rulesShownAt(page, "indicators.2.score")).includes("full-score-unmet"));
  await shot(page, "11-self-evaluation-full-score-unmet", { fullPage: true });

  // Its fix scores the row by completion: 5 × 90/100 = 4.5.
  await page.click('[data-jixiao-messages="indicators.2.score"] [data-rule="full-score-unmet"] .jixiao-fix');
  await waitForRule(page, "indicators.2.score", "full-score-unmet", false);
  assert.equal(await score.inputValue(), "4.5");
  assert.equal(await score.getAttribute("aria-invalid"), null);
  // The rows now sum to 79.5: the stated 总分 89.73 is 0.5 too high.
  await waitForRule(page, "totalScore", "total-score-sum");
  await assertNoProblems(page);
  await page.close();
});

test("a wrong 总分: total-score-sum at the total, and its fix writes the computed total", async () => {
  const page = await fresh();
  await typeInto(page, "totalScore", "92.50");
  await waitForRule(page, "totalScore", "total-score-sum");
  const total = page.locator('[data-path="totalScore"]');
  assert.equal(await total.getAttribute("aria-invalid"), "true");
  assert.match(await describedText(page, "totalScore"), /89\.73/);
  const fix = page.locator('[data-jixiao-messages="totalScore"] [data-rule="total-score-sum"] .jixiao-fix');
  assert.match(await fix.textContent(), /89\.73/);
  await fix.click();
  await waitForRule(page, "totalScore", "total-score-sum", false);
  assert.equal(await total.inputValue(), "89.73");
  assert.deepEqual(await rulesShownAt(page, "totalScore"), []);
  await shot(page, "12-self-evaluation-total-fixed", { fullPage: true });
  await assertNoProblems(page);
  await page.close();
});

test("the computed score beside each typed 得分, and the computed 总分 and 等级, follow what is typed", async () => {
  const page = await fresh();
  const note = (path) => page.textContent(`[data-computed="${path}"]`);
  // §3.10 A: 第4行 ≥ 85 %, actual 80 % → 10 × 80/85 = 9.41 (typed 9); 预算执行率 9.73; 89.73 → 良.
  assert.equal(await note("indicators.3.score"), "应得 9.41");
  assert.match(await describedText(page, "indicators.3.score"), /应得 9\.41/);
  assert.equal(await note("execution.score"), "应得 9.73");
  assert.equal(await note("totalScore"), "合计 89.73");
  assert.equal(await note("grade"), "应为 良");
  assert.equal(await note("indicators.6.score"), "", "a qualitative row has no computed score");
  // The actual retyped: 68 % of 85 % → 8.
  await typeInto(page, "indicators.3.actual", "68%");
  await page.waitForFunction(() => /^应得 8(\.0+)?$/.test(document.querySelector('[data-computed="indicators.3.score"]').textContent), null, { timeout: 10000 });
  // 第1行's score 10 → 0: the sum and its grade follow (89.73 − 10 = 79.73 → 中).
  await typeInto(page, "indicators.0.score", "0");
  await page.waitForFunction(() => document.querySelector('[data-computed="totalScore"]').textContent === "合计 79.73", null, { timeout: 10000 });
  assert.equal(await note("grade"), "应为 中");
  await assertNoProblems(page);
  await page.close();
});

test("the target form's page links to the self-evaluation page, which loads only jixiao/lifecycle", async () => {
  const page = await openPage(browser, server.url);
  const href = await page.getAttribute('a[href="self-evaluation.html"]', "href");
  assert.equal(href, "self-evaluation.html");
  const wasm = [];
  page.on("request", (r) => {
    if (r.url().endsWith(".wasm")) wasm.push(r.url().replace(/^.*\//, ""));
  });
  await page.click('a[href="self-evaluation.html"]');
  await page.waitForFunction(() => document.body.dataset.ready === "true" && location.pathname.endsWith("self-evaluation.html"));
  assert.deepEqual(wasm, ["jixiao_lifecycle_bg.wasm"]);
  await page.close();
});

test("the 自评表 page starts from the target form's table: its rows with the later cells blank, the targets as approved", async () => {
  const target = await openPage(browser, `${server.url}?example=少先队`);
  await target.waitForFunction(() => document.querySelector('[data-path="projectName"]').value.includes("少先队"));
  const rows = await target.evaluate(() => document.querySelectorAll("#grid-body tr.ind-row").length);
  assert.ok(rows > 0);
  await Promise.all([target.waitForURL(/self-evaluation\.html/), target.click('a[href="self-evaluation.html"]')]);
  await target.waitForFunction(() => document.body.dataset.ready === "true", null, { timeout: 20000 });
  assert.match(await target.textContent("#status"), /已从绩效目标表转入：.*少先队/);
  assert.match(await target.inputValue('[data-path="projectName"]'), /少先队/);
  assert.equal(await target.evaluate(() => document.querySelectorAll("#se-rows tr.se-row").length), rows);
  assert.equal(await target.inputValue('[data-path="indicators.0.actual"]'), "");
  // The same targets as approved: nothing changed, so no target-changed finding.
  assert.equal(await target.evaluate(() => document.querySelectorAll('.jixiao-msg[data-rule="target-changed"]').length), 0);
  // A blank actual is asked for, at its cell.
  await waitForRule(target, "indicators.0.actual", "actual-missing");
  await assertNoProblems(target);
  await target.close();
});
