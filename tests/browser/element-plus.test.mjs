// The Element Plus page (www/element-plus/): jixiao/async-validator rules on real el-form-items,
// wired as the package README says.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, startServer, launch, openPage, shot, paste, seedTable } from "./helpers.mjs";

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** The wasm files the page has fetched so far. */
const wasmFetched = (page) =>
  page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name).filter((u) => u.endsWith(".wasm")));

const input = (path) => `input[data-path="${path}"], textarea[data-path="${path}"]`;

test("Element Plus: a rule's warning shows under its row and goes when corrected", async () => {
  const page = await openPage(browser, server.url + "element-plus/");
  const note = page.locator('.jx-note.warning[data-for="indicators.1.operator"]');
  await note.waitFor();
  assert.match(await note.textContent(), /培训完成及时率/);
  await page.locator(input("indicators.1.value")).fill("95");
  await note.waitFor({ state: "detached" });
  await page.locator(input("indicators.1.value")).fill("100");
  await note.waitFor();
  await shot(page, "08-element-plus", { fullPage: true });
  // A form that is only typed into loads the validator's module, never the importer's.
  const wasm = await wasmFetched(page);
  assert.equal(wasm.length, 1, wasm.join(", "));
  assert.match(wasm[0], /jixiao_bg/);
  assert.deepEqual(await page.problems(), []);
  await page.close();
});

test("(needs rules + importer) Element Plus: an error shows as the form item's message under its field and blocks validate()", async () => {
  const page = await openPage(browser, server.url + "element-plus/");
  await page.locator(input("projectName")).fill("");
  const item = page.locator(".el-form-item", { has: page.locator(input("projectName")) });
  const error = item.locator(".el-form-item__error");
  await error.waitFor();
  assert.match(await error.textContent(), /项目\(政策\)名称/);
  assert.ok(await item.evaluate((e) => e.classList.contains("is-error")));
  await page.getByRole("button", { name: "提交审核" }).click();
  await page.waitForFunction(() => /错误/.test(document.querySelector(".result").textContent));
  await shot(page, "09-element-plus-error", { fullPage: true });
  await page.locator(input("projectName")).fill("少先队专项业务费");
  await error.waitFor({ state: "detached" });
  await page.close();
});

test("Element Plus: a duplicate typed in one row fails the other row's item, and goes again", async () => {
  const page = await openPage(browser, server.url + "element-plus/");
  const item = (path) => page.locator(".el-form-item", { has: page.locator(input(path)) }).last();
  const isError = (path) => item(path).evaluate((e) => e.classList.contains("is-error"));
  await page.waitForFunction(() => document.querySelectorAll(".jx-note").length > 0);
  assert.equal(await isError("indicators.3.name"), false);
  // Row 1 renamed as row 4: the duplicate is reported at the later row, row 4.
  await page.locator(input("indicators.0.name")).fill("少先队辅导员培训覆盖率");
  await page.waitForFunction(() => {
    const el = document.querySelector('input[data-path="indicators.3.name"]').closest(".el-form-item");
    return el.classList.contains("is-error");
  });
  await page.locator(input("indicators.0.name")).fill("组织宣传活动次数");
  await page.waitForFunction(() => {
    const el = document.querySelector('input[data-path="indicators.3.name"]').closest(".el-form-item");
    return !el.classList.contains("is-error");
  });
  assert.deepEqual(await page.problems(), []);
  await page.close();
});

test("Element Plus: a table pasted from Excel is read by jixiao/import, fetched on that paste", async () => {
  const page = await openPage(browser, server.url + "element-plus/");
  const wasm = () => wasmFetched(page);
  assert.ok(!(await wasm()).some((u) => /jixiao_import/.test(u)), "not before the paste");
  const seed = readFileSync(join(ROOT, "www", "examples", "seed.txt"), "utf8");
  await paste(page, input("projectName"), { text: seedTable(seed, "专项印刷及订阅资料费") });
  await page.waitForFunction(() => /已粘贴/.test(document.querySelector(".result").textContent));
  assert.equal(await page.locator(input("projectName")).inputValue(), "专项印刷及订阅资料费");
  assert.ok((await wasm()).some((u) => /jixiao_import_bg/.test(u)), "fetched by the paste");
  // The pasted table is checked: the seed's duplicated rows fail their form items.
  const duplicate = page.locator(".el-form-item__error", { hasText: "重复" }).first();
  await duplicate.waitFor();
  await shot(page, "10-element-plus-pasted", { fullPage: true });
  assert.deepEqual(await page.problems(), []);
  await page.close();
});

// The 自评表 in Element Plus (www/element-plus/src/SelfEvaluation.vue): jixiao/lifecycle behind
// the same adapter, the example loaded (the seed's 少先队专项业务费 after the year).
const selfEvaluation = async () => {
  const page = await openPage(browser, server.url + "element-plus/self-evaluation.html");
  await page.waitForFunction(() => document.body.dataset.loaded === "true");
  return page;
};
const itemOf = (page, path) => page.locator(".el-form-item", { has: page.locator(input(path)) }).last();
const errorAt = (page, path) => itemOf(page, path).locator(".el-form-item__error");

test("Element Plus 自评表: the example's findings at their items, the computed score beside the typed one", async () => {
  const page = await selfEvaluation();
  assert.equal(await page.locator(input("execution.score")).inputValue(), "9.73");
  // LIFECYCLE.md §3.10 A: 第5行's typed score is not what its actual earns (a warning: beside
  // the item, which does not fail).
  const mismatch = page.locator('.jx-note.warning[data-for="indicators.4.score"]');
  await mismatch.waitFor();
  assert.match(await mismatch.textContent(), /第5行/);
  assert.equal(await errorAt(page, "indicators.4.score").count(), 0);
  assert.equal(await page.locator('[data-computed="totalScore"]').textContent(), "合计 89.73");
  // Only the later forms' module was fetched, never the target form's.
  const wasm = await wasmFetched(page);
  assert.equal(wasm.length, 1, wasm.join(", "));
  assert.match(wasm[0], /jixiao_lifecycle_bg/);
  assert.deepEqual(await page.problems(), []);
  await page.close();
});

test("Element Plus 自评表: an actual below target with full marks fails the score's item; the reason; the total", async () => {
  const page = await selfEvaluation();
  // 第3行 正常运转率 = 100 %, 5 of 5, met: its score's item has no error.
  assert.equal(await errorAt(page, "indicators.2.score").count(), 0);
  await page.locator(input("indicators.2.actual")).fill("90%");
  await errorAt(page, "indicators.2.score").waitFor();
  assert.match(await errorAt(page, "indicators.2.score").textContent(), /第3行.*90%.*满分/);
  assert.ok(await itemOf(page, "indicators.2.score").evaluate((e) => e.classList.contains("is-error")));
  // The computed score beside the typed one follows the actual: 5 × 90/100.
  await page.waitForFunction(() => document.querySelector('[data-computed="indicators.2.score"]')?.textContent === "应得 4.5");
  // 偏差原因 is required for the shortfall, at its own item; filled, it goes.
  const reason = errorAt(page, "indicators.2.deviationReason");
  await reason.waitFor();
  await page.locator(input("indicators.2.deviationReason")).fill("设备检修停运一个月，已调整检修计划。");
  await reason.waitFor({ state: "detached" });
  // Scored as computed, the row is fine, and the 总分 item (another item) now fails: 79.5 ≠ 89.73.
  await page.locator(input("indicators.2.score")).fill("4.5");
  await errorAt(page, "indicators.2.score").waitFor({ state: "detached" });
  await errorAt(page, "totalScore").waitFor();
  assert.equal(await page.locator('[data-computed="totalScore"]').textContent(), "合计 89.23");
  await shot(page, "14-element-plus-self-evaluation", { fullPage: true });
  await page.getByRole("button", { name: "提交自评" }).click();
  await page.waitForFunction(() => /错误/.test(document.querySelector(".result").textContent));
  assert.deepEqual(await page.problems(), []);
  await page.close();
});
