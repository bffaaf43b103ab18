// The package README's plain page (pkg-template/README.md, "Plain HTML forms"), exactly as
// written, served with the package at ./node_modules/jixiao/ (from www/pkg): no bundler, relative
// paths. Typing into it shows the findings at the fields.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import { join, normalize } from "node:path";
import { ROOT, launch } from "./helpers.mjs";

const README = readFileSync(join(ROOT, "pkg-template/README.md"), "utf8");
const section = README.slice(README.indexOf("## Plain HTML forms"));
const PAGE = /```html\n([\s\S]*?)```/.exec(section)[1];
const PKG = join(ROOT, "www/pkg");
const TYPES = { ".js": "text/javascript", ".wasm": "application/wasm", ".json": "application/json", ".html": "text/html" };

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test("the README's plain page works as written, without a bundler", async () => {
  const context = await browser.newContext();
  await context.route("http://readme.test/**", (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === "/" || path === "/index.html") return route.fulfill({ contentType: "text/html; charset=utf-8", body: PAGE });
    const m = /^\/node_modules\/jixiao\/(.*)$/.exec(path);
    const file = m && normalize(join(PKG, m[1]));
    if (!file || !file.startsWith(PKG) || !existsSync(file)) return route.fulfill({ status: 404, body: "not found" });
    return route.fulfill({ contentType: TYPES[file.slice(file.lastIndexOf("."))] || "application/octet-stream", body: readFileSync(file) });
  });
  const page = await context.newPage();
  const problems = [];
  const logs = [];
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("console", (m) => (m.type() === "error" ? problems.push(m.text()) : logs.push(m.text())));
  // The page logs the counts once it has loaded its table (onChange).
  const loaded = page.waitForEvent("console");
  await page.goto("http://readme.test/");
  await loaded;
  const field = (p) => page.locator(`[data-path="${p}"]`);
  await field("indicators.0.name").fill("维修合格率");
  await field("indicators.0.operator").fill(">=");
  await field("indicators.0.value").fill("100");
  await field("indicators.0.unit").fill("%");
  await page.waitForFunction(() => document.querySelector('[data-path="indicators.0.operator"]').getAttribute("aria-invalid") === "true");
  const ids = (await field("indicators.0.operator").getAttribute("aria-describedby")).split(" ");
  const text = await page.evaluate((ids) => ids.map((id) => document.getElementById(id).textContent).join(""), ids);
  assert.match(text, /维修合格率/);
  // A required field left empty is an error: the browser refuses to submit.
  await field("projectName").fill("");
  await page.locator("#target-table").evaluate((f) => f.dispatchEvent(new Event("focusout")));
  assert.equal(await page.locator("#target-table").evaluate((f) => f.checkValidity()), false);
  assert.ok(logs.length > 0, "onChange logged the counts");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the web build used before init() says “call init() first”, with its code", async () => {
  const context = await browser.newContext();
  await context.route("http://readme.test/**", (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === "/") return route.fulfill({ contentType: "text/html; charset=utf-8", body: "<!doctype html><title>x</title>" });
    const file = normalize(join(PKG, path.replace(/^\/pkg\//, "")));
    if (!file.startsWith(PKG) || !existsSync(file)) return route.fulfill({ status: 404, body: "not found" });
    return route.fulfill({ contentType: TYPES[file.slice(file.lastIndexOf("."))] || "application/octet-stream", body: readFileSync(file) });
  });
  const page = await context.newPage();
  await page.goto("http://readme.test/");
  const thrown = await page.evaluate(async () => {
    const jixiao = await import("/pkg/web/index.js");
    const out = [];
    for (const f of [() => new jixiao.Form(), () => jixiao.validate({}), () => jixiao.rules()]) {
      try {
        f();
        out.push(null);
      } catch (e) {
        out.push([e instanceof Error, e.code, e.message]);
      }
    }
    await jixiao.default();
    out.push(new jixiao.Form().counts());
    return out;
  });
  for (const t of thrown.slice(0, 3)) {
    assert.ok(t, "throws");
    assert.deepEqual(t.slice(0, 2), [true, "not-initialized"]);
    assert.match(t[2], /call init\(\) first/);
  }
  assert.equal(typeof thrown[3].error, "number", "works after init()");
  await context.close();
});
