#!/usr/bin/env node
// Keystroke-to-message latency of the demo page in Chromium: a scripted typing run (≥ 200 keys)
// into an indicator's value; for each key, the time from the keydown event to the update of the
// message DOM (bindForm's onDiagnostics runs right after it), measured in-page with
// performance.now(), and to the next animation frame. Prints median and p95.
//   node tests/browser/latency.mjs [--keys 300]
import { fileURLToPath } from "node:url";
import { startServer, launch, openPage, paste } from "./helpers.mjs";

const ROWS = [
  "产出指标\t数量指标\t组织宣传活动次数\t≥\t4\t次\t2024年12月",
  "产出指标\t数量指标\t培训批次、期数\t＝\t2\t批次\t2024年12月",
  "产出指标\t质量指标\t培训合格率\t≥\t95\t%\t2024年12月",
  "产出指标\t时效指标\t培训完成及时率\t≥\t100\t%\t2024年12月",
  "产出指标\t成本指标\t人均培训成本\t≤\t200\t元/人\t2024年12月",
  "效益指标\t社会效益指标\t辅导员业务能力提升率\t≥\t10\t%\t2024年12月",
  "效益指标\t可持续影响指标\t长效培训机制\t定性\t有所提升\t\t2024年12月",
  "满意度指标\t服务对象满意度指标\t参训人员满意度\t≥\t90\t%\t2024年12月",
];

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { n: s.length, median: q(0.5), p95: q(0.95), max: s[s.length - 1] };
}

export async function measureLatency({ browser, url, keys = 240 }) {
  const page = await openPage(browser, url);
  // A realistic table: header fields and eight indicator rows.
  await page.fill('[data-path="projectName"]', "少先队专项业务费");
  await page.fill('[data-path="department"]', "共青团某区委员会");
  await page.fill('[data-path="implementingUnit"]', "共青团某区委员会本级");
  await page.fill('[data-path="budget"]', "6.7");
  await page.fill('[data-path="overallGoal"]', "2024年组织少先队宣传活动4次、培训2批次，提升辅导员业务能力。");
  await paste(page, '[data-path="indicators.0.level1"]', { text: ROWS.join("\n") + "\n" });
  await page.waitForFunction(() => document.querySelectorAll("#grid-body tr.ind-row").length >= 8);
  const target = '[data-path="indicators.3.value"]';
  await page.click(target);
  await page.evaluate(() => {
    window.__jixiaoLatency.samples.length = 0;
    window.__jixiaoLatency.frames.length = 0;
  });
  // Type “100” (the “≥ 100 %” warning appears) and delete it again (it goes), over and over.
  const cycle = ["End", "Backspace", "Backspace", "Backspace", "1", "0", "0", "9", "Backspace", "5"];
  let typed = 0;
  while (typed < keys) {
    for (const k of cycle) {
      await page.keyboard.press(k);
      typed++;
    }
  }
  await page.waitForTimeout(100);
  const { samples, frames } = await page.evaluate(() => ({
    samples: [...window.__jixiaoLatency.samples],
    frames: [...window.__jixiaoLatency.frames],
  }));
  const rows = await page.locator("#grid-body tr.ind-row").count();
  await page.close();
  return { keys: typed, rows, dom: stats(samples), frame: stats(frames) };
}

export function format(r) {
  const ms = (x) => `${x.toFixed(2)} ms`;
  return (
    `keystroke → message DOM update: median ${ms(r.dom.median)}, p95 ${ms(r.dom.p95)}, max ${ms(r.dom.max)} ` +
    `(${r.dom.n} updates, ${r.keys} keys, ${r.rows} rows)\n` +
    `keystroke → next animation frame: median ${ms(r.frame.median)}, p95 ${ms(r.frame.p95)}`
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf("--keys");
  const keys = i > 0 ? Number(process.argv[i + 1]) : 240;
  const server = await startServer();
  const browser = await launch();
  try {
    console.log(format(await measureLatency({ browser, url: server.url, keys })));
  } finally {
    await browser.close();
    server.close();
  }
}
