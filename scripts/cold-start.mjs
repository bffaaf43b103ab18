#!/usr/bin/env node
// Cold start: the time from loading the package to the first `validate` result.
//   Node:     a fresh `node` process per run, timed inside it from just before `require` /
//             `import` of the built package to the first result (process start-up excluded).
//   Chromium: a fresh headless Chromium page per run (empty cache), served from 127.0.0.1,
//             timed in the page from just before `import()` of the web build, through
//             `await init()` (fetch + compile of the wasm), to the first result.
// Run after scripts/build-pkg.sh:  node scripts/cold-start.mjs [runs=9]
import { execFileSync } from "node:child_process";
import { createServer } from "node:http";
import { readFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, extname, join, normalize as normPath } from "node:path";
import { fileURLToPath } from "node:url";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = join(repo, "dist/jixiao");
const runs = Number(process.argv[2] ?? 9);
const table = readFileSync(join(repo, "tests/data/seed-shaoxiandui.json"), "utf8");
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs) => `median ${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}, ${xs.length} runs)`;

if (!existsSync(pkg)) {
  console.error("dist/jixiao is missing: run scripts/build-pkg.sh");
  process.exit(2);
}

function node(kind) {
  const load = kind === "require"
    ? `const { validate } = require(${JSON.stringify(join(pkg, "node/jixiao.js"))});`
    : `const { validate, default: init } = await import(${JSON.stringify(join(pkg, "node/index.mjs"))}); await init();`;
  const src = `const t0 = performance.now(); ${load}
    const r = validate(${table});
    if (!Array.isArray(r.diagnostics)) throw new Error("no result");
    console.log(performance.now() - t0);`;
  const args = kind === "require" ? ["-e", src] : ["--input-type=module", "-e", src];
  return Array.from({ length: runs }, () => Number(execFileSync(process.execPath, args, { encoding: "utf8" })));
}

async function chromium() {
  const req = createRequire(join(repo, "tools/package.json"));
  const { chromium } = req("playwright-core");
  const page = `<!doctype html><meta charset="utf-8"><script type="module">
    const t0 = performance.now();
    const { default: init, Form } = await import("/web/index.js");
    await init();
    const form = new Form();
    const r = form.load(${table});
    r.diagnostics = r.added;
    window.coldStart = { ms: performance.now() - t0, n: r.diagnostics.length };
  </script>`;
  const types = { ".js": "text/javascript", ".wasm": "application/wasm", ".json": "application/json" };
  const server = createServer((q, res) => {
    const path = new URL(q.url, "http://x").pathname;
    if (path === "/") {
      res.writeHead(200, { "content-type": "text/html", "cache-control": "no-store" }).end(page);
      return;
    }
    const file = join(pkg, normPath(path));
    if (!file.startsWith(pkg) || !existsSync(file)) { res.writeHead(404).end(); return; }
    res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" })
      .end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const times = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext(); // fresh cache, fresh compiled-module cache
      const p = await context.newPage();
      await p.goto(url);
      await p.waitForFunction(() => window.coldStart, null, { timeout: 30_000 });
      times.push(await p.evaluate(() => window.coldStart.ms));
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return times;
}

console.log(`Node ${process.version}, require(): ${fmt(node("require"))}`);
console.log(`Node ${process.version}, import():  ${fmt(node("import"))}`);
console.log(`Chromium (headless, 127.0.0.1): ${fmt(await chromium())}`);
