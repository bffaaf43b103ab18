// Measures and prints the keystroke-to-message latency (see latency.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch } from "./helpers.mjs";
import { measureLatency, format } from "./latency.mjs";

test("keystroke-to-message latency over a 240-key typing run", async (t) => {
  const server = await startServer();
  const browser = await launch();
  try {
    const r = await measureLatency({ browser, url: server.url, keys: 240 });
    const text = format(r);
    console.log(text);
    for (const line of text.split("\n")) t.diagnostic(line);
    assert.ok(r.dom.n >= 200, `at least 200 updates measured (${r.dom.n})`);
    assert.ok(r.dom.p95 < 100, `p95 under 100 ms (${r.dom.p95.toFixed(2)} ms)`);
  } finally {
    await browser.close();
    server.close();
  }
});
