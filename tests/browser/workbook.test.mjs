// The demo page (www/index.html) opening a workbook: jixiao/xlsx is fetched only when a file is
// chosen, lists the tables found with their sheet and counts, and loads the chosen one; the
// summary panel shows the drafted 审核意见 (reviewOpinion, in jixiao/xlsx too), on request or
// once a workbook is open.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, startServer, launch, openPage, shot } from "./helpers.mjs";

const BOOK = join(ROOT, "tests", "data", "two-tables.xlsx");

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

const wasmFetched = (page) =>
  page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name).filter((u) => u.endsWith(".wasm")));

test("a chosen .xlsx lists its tables, fetched by jixiao/xlsx on that choice, and loads one", async () => {
  const page = await openPage(browser, server.url);
  assert.ok(!(await wasmFetched(page)).some((u) => /jixiao_xlsx/.test(u)), "not before a file is chosen");
  assert.ok(await page.locator("#workbook").isHidden());

  await page.setInputFiles("#open-file", BOOK);
  await page.locator("#workbook:not([hidden]) .workbook-table").first().waitFor();
  assert.ok((await wasmFetched(page)).some((u) => /jixiao_xlsx_bg/.test(u)), "fetched by the choice");
  const rows = await page.$$eval(".workbook-table", (lis) =>
    lis.map((li) => ({
      sheet: li.querySelector(".workbook-sheet").textContent,
      name: li.querySelector(".workbook-name").textContent,
      counts: li.querySelector(".workbook-counts").textContent,
    })),
  );
  const good = JSON.parse(readFileSync(join(ROOT, "tests", "data", "good.json"), "utf8"));
  assert.deepEqual(rows.map((r) => r.name), [good.projectName, "专项印刷及订阅资料费"], JSON.stringify(rows));
  for (const r of rows) assert.match(r.counts, /^错误 \d+ · 警告 \d+$/);
  assert.match(await page.textContent("#status"), /找到 2 张表/);

  const i = rows.findIndex((r) => r.name === "专项印刷及订阅资料费");
  await page.locator(".workbook-load").nth(i).click();
  assert.equal(await page.inputValue('[data-path="projectName"]'), "专项印刷及订阅资料费");
  assert.match(await page.textContent("#status"), /已从工作表/);
  // The panel's opinion is the table's: 确保单位正常运转 is a boilerplate goal.
  await page.waitForFunction(() => /总体目标：.*套话/.test(document.querySelector("#opinion").textContent));
  const heads = await page.$$eval("#opinion .opinion-section strong", (ss) => ss.map((s) => s.textContent));
  assert.deepEqual(heads.slice(0, 4), ["总体目标：", "产出指标：", "效益指标：", "满意度指标："]);
  await shot(page, "20-workbook-opened", { fullPage: true });
  assert.deepEqual(await page.problems(), []);
  await page.close();
});

test("a file that is not a workbook says so in the status line", async () => {
  const page = await openPage(browser, server.url);
  await page.setInputFiles("#open-file", {
    name: "broken.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from("PK\u0003\u0004 not really a zip"),
  });
  await page.waitForFunction(() => /无法读取 broken\.xlsx/.test(document.querySelector("#status").textContent));
  assert.ok(await page.locator("#workbook").isHidden());
  assert.deepEqual(await page.problems(), []);
  await page.close();
});

test("the 审核意见 is drafted on request, and follows the edits", async () => {
  const page = await openPage(browser, server.url + "?example=少先队");
  await page.waitForFunction(() => document.querySelector('[data-path="projectName"]').value !== "");
  assert.equal(await page.locator("#opinion .opinion-section").count(), 0, "not drafted before asked");
  await page.click("#opinion-draft");
  await page.waitForFunction(() => document.querySelectorAll("#opinion .opinion-section").length >= 4);
  assert.ok((await wasmFetched(page)).some((u) => /jixiao_xlsx_bg/.test(u)), "jixiao/xlsx fetched by the request");
  const before = await page.textContent("#opinion");
  assert.match(before, /总体目标：/);
  await page.fill('[data-path="overallGoal"]', "确保单位正常运转");
  await page.waitForFunction((b) => document.querySelector("#opinion").textContent !== b, before);
  assert.match(await page.textContent("#opinion"), /总体目标：.*套话/);
  assert.deepEqual(await page.problems(), []);
  await page.close();
});
