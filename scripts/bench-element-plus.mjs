#!/usr/bin/env node
// Element Plus, 200 rows, in Chromium, printed, not asserted: the benchmark page
// (www/element-plus/bench.html) wired to jixiao as the package README says (one Form, the
// item's value in, notes beside the items, cross-row findings re-validated by prop) against
// the same form with hand-written required + regex rules, in one run, turn by turn. A keystroke
// sets one cell's value and dispatches `input`; the time runs until its form item's error state
// (`is-error`) is the new one, style and layout included. The value alternates between "" (an
// error in both: jixiao's missing-value, the required rule) and "95" (none).
// Budget (issue 13): jixiao within +3 ms p95 of the hand-written rules.
// Needs www/ built (scripts/build-demo.sh) and tests/browser's node_modules.
//   node scripts/bench-element-plus.mjs [--keys 300] [--rows 200]
import { launch, openPage, startServer } from "../tests/browser/helpers.mjs";
import { stats } from "./bench-latency.mjs";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const KEYS = Number(arg("keys", 300));
const ROWS = Number(arg("rows", 200));
const TURNS = 10;

/** Times `keys` keystrokes into one cell of the open page. */
function typeRun(page, path, keys, warm) {
  return page.evaluate(
    async ({ path, keys, warm }) => {
      const input = document.querySelector(`input[data-path="${path}"]`);
      const item = input.closest(".el-form-item");
      input.focus();
      const settle = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const out = [];
      for (let i = 0; i < keys + warm; i++) {
        const value = input.value === "" ? "95" : "";
        const error = value === "";
        await settle();
        const t0 = performance.now();
        const done = new Promise((resolve) => {
          const check = () => item.classList.contains("is-error") === error;
          if (check()) return resolve();
          const mo = new MutationObserver(() => {
            if (check()) {
              mo.disconnect();
              resolve();
            }
          });
          mo.observe(item, { attributes: true, attributeFilter: ["class"] });
        });
        input.value = value;
        input.dispatchEvent(new Event("input", { bubbles: true }));
        await done;
        void document.body.offsetHeight; // style and layout
        if (i >= warm) out.push(performance.now() - t0);
      }
      return out;
    },
    { path, keys, warm },
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startServer();
  const browser = await launch();
  try {
    const pages = {};
    for (const mode of ["jixiao", "plain"]) {
      pages[mode] = await openPage(browser, `${server.url}element-plus/bench.html?mode=${mode}&rows=${ROWS}`);
      await pages[mode].waitForFunction((n) => document.querySelectorAll("input[data-path$='.value']").length === n, ROWS, { timeout: 60000 });
    }
    const path = `indicators.${Math.floor(ROWS / 2)}.value`;
    const samples = { jixiao: [], plain: [] };
    for (let turn = 0; turn < TURNS; turn++) {
      for (const mode of ["jixiao", "plain"]) {
        samples[mode].push(...(await typeRun(pages[mode], path, Math.ceil(KEYS / TURNS), turn === 0 ? 10 : 2)));
      }
    }
    for (const mode of ["jixiao", "plain"]) {
      const problems = await pages[mode].problems();
      if (problems.length) throw new Error(`${mode}: ${problems.join("; ")}`);
    }
    const ms = (x) => `${x.toFixed(2)} ms`;
    const s = { jixiao: stats(samples.jixiao), plain: stats(samples.plain) };
    console.log(`Element Plus, ${ROWS} rows, keystroke → the item's error state (is-error), layout included:`);
    console.log(`  jixiao (README wiring):         median ${ms(s.jixiao.median)}, p95 ${ms(s.jixiao.p95)}, max ${ms(s.jixiao.max)} (${s.jixiao.n} keystrokes)`);
    console.log(`  hand-written required + regex: median ${ms(s.plain.median)}, p95 ${ms(s.plain.p95)}, max ${ms(s.plain.max)} (${s.plain.n} keystrokes)`);
    console.log(`  difference: median ${ms(s.jixiao.median - s.plain.median)}, p95 ${ms(s.jixiao.p95 - s.plain.p95)} (budget: p95 within +3 ms)`);
  } finally {
    await browser.close();
    server.close();
  }
}
