// Shared by the browser tests: the static server (scripts/serve.mjs) on a free port, and
// Debian's Chromium through playwright-core (no browser download, ever).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { mkdirSync } from "node:fs";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const SHOTS = join(ROOT, "tests", "browser", "screenshots");

export const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
export const LAUNCH_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Starts scripts/serve.mjs on a free port; resolves to { url, close }. */
export function startServer() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, "scripts", "serve.mjs"), "--port", "0"], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (b) => {
      out += b;
      const m = /http:\/\/localhost:(\d+)\//.exec(out);
      if (m) resolve({ url: `http://127.0.0.1:${m[1]}/`, close: () => child.kill() });
    });
    child.on("exit", (code) => reject(new Error(`serve.mjs exited (${code}): ${out}`)));
  });
}

export async function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
}

/**
 * A page that fails the test on CSP violations, page errors and console errors; `problems`
 * collects them.
 */
export async function openPage(browser, url, { viewport = { width: 1440, height: 1000 } } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: "zh-CN" });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("dialog", (d) => {
    problems.push(`dialog: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(url);
  await page.waitForFunction(() => document.body && document.body.dataset.ready === "true", null, {
    timeout: 20000,
  });
  page.problems = async () => [...problems, ...(await page.evaluate(() => window.__cspViolations))];
  return page;
}

export function shot(page, name, options = {}) {
  mkdirSync(SHOTS, { recursive: true });
  return page.screenshot({ path: join(SHOTS, `${name}.png`), ...options });
}

/** Dispatches a paste of `html`/`text` on the element at `selector`, as Excel or WPS would. */
export async function paste(page, selector, { html, text }) {
  await page.focus(selector);
  await page.evaluate(
    ({ selector, html, text }) => {
      const target = document.querySelector(selector);
      const data = new DataTransfer();
      if (html) data.setData("text/html", html);
      if (text) data.setData("text/plain", text);
      const e = new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true });
      target.dispatchEvent(e);
    },
    { selector, html, text },
  );
}

/** The text of the messages linked to the control at `path` by aria-describedby. */
export function describedText(page, path) {
  return page.evaluate((path) => {
    const el = document.querySelector(`[data-path="${path}"]`);
    const ids = (el.getAttribute("aria-describedby") || "").split(/\s+/).filter(Boolean);
    return ids.map((id) => document.getElementById(id)?.textContent || "").join("\n");
  }, path);
}

/** The 绩效目标表 of the seed whose project name contains `name`, as the seed has it (TSV). */
export function seedTable(seedText, name) {
  const lines = seedText.replace(/\r/g, "").split("\n");
  const starts = [];
  lines.forEach((l, i) => {
    if (/部门预算项目（政策）绩效目标表/.test(l)) starts.push(i);
  });
  for (let k = 0; k < starts.length; k++) {
    const chunk = lines.slice(starts[k], starts[k + 1] ?? lines.length);
    if (chunk.some((l) => l.includes(name))) return chunk.join("\n").trim() + "\n";
  }
  throw new Error(`no table named ${name} in the seed`);
}

const escapeHtml = (s) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Tab-separated text → the HTML Excel puts on the clipboard (one <td> per cell, text escaped). */
export function excelHtml(tsv) {
  const rows = tsv
    .replace(/\n$/, "")
    .split("\n")
    .map((line) => `<tr>${line.split("\t").map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`);
  return (
    '<html xmlns:o="urn:schemas-microsoft-com:office:office"><body><!--StartFragment-->' +
    `<table border=0 cellpadding=0 cellspacing=0>${rows.join("")}</table>` +
    "<!--EndFragment--></body></html>"
  );
}

/** Index of the grid row whose 三级指标 is `name`, or -1. */
export function rowOf(page, name) {
  return page.evaluate((name) => {
    const rows = [...document.querySelectorAll("#grid-body tr.ind-row")];
    return rows.findIndex((tr) => tr.querySelector('[data-col="name"]').value === name);
  }, name);
}

/** The rules of the messages shown for `path` (in its message element). */
export function rulesShownAt(page, path) {
  return page.evaluate((path) => {
    const c = document.querySelector(`[data-jixiao-messages="${path}"]`);
    return c ? [...c.querySelectorAll(".jixiao-msg")].map((m) => m.dataset.rule) : [];
  }, path);
}

/** Types `text` into the control at `path` key by key, after clearing it. */
export async function typeInto(page, path, text) {
  const loc = page.locator(`[data-path="${path}"]`);
  await loc.fill("");
  await loc.pressSequentially(text);
}

/** Waits until the rules shown at `path` do (or, with `shown` false, do not) include `rule`. */
export function waitForRule(page, path, rule, shown = true) {
  return page.waitForFunction(
    ({ path, rule, shown }) => {
      const c = document.querySelector(`[data-jixiao-messages="${path}"]`);
      const rules = c ? [...c.querySelectorAll(".jixiao-msg")].map((m) => m.dataset.rule) : [];
      return rules.includes(rule) === shown;
    },
    { path, rule, shown },
    { timeout: 10000 },
  );
}

/** Fails on what the page reported: a CSP violation, a page error or a console error. */
export async function assertNoProblems(page) {
  assert.deepEqual(await page.problems(), [], "no CSP violation, page error or console error");
}
