#!/usr/bin/env node
// A tiny static server for www/ (no dependencies): the demo works from any static server that
// sends .wasm as application/wasm; this one is for trying it out and for the browser tests.
//   node scripts/serve.mjs [--port 8080] [--root www] [--host 127.0.0.1]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const here = fileURLToPath(new URL(".", import.meta.url));
const root = resolve(opt("root", join(here, "..", "www")));
const port = Number(opt("port", process.env.PORT || 8080));
const host = opt("host", "127.0.0.1");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".ts": "text/plain; charset=utf-8",
};

async function resolveFile(urlPath) {
  let rel;
  try {
    rel = decodeURIComponent(urlPath.split("?")[0]);
  } catch {
    return null;
  }
  const file = normalize(join(root, rel));
  if (file !== root && !file.startsWith(root + sep)) return null; // no ../ escapes
  try {
    const s = await stat(file);
    if (s.isDirectory()) {
      if (!rel.endsWith("/")) return { redirect: rel + "/" };
      const index = join(file, "index.html");
      await stat(index);
      return { file: index };
    }
    return { file };
  } catch {
    return null;
  }
}

const server = createServer(async (req, res) => {
  const found = await resolveFile(new URL(req.url, "http://x").pathname);
  if (found && found.redirect) {
    res.writeHead(301, { Location: found.redirect });
    res.end();
    return;
  }
  if (!found) {
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
    res.end("not found\n");
    return;
  }
  const body = await readFile(found.file);
  res.writeHead(200, {
    "Content-Type": TYPES[extname(found.file).toLowerCase()] || "application/octet-stream",
    "Cache-Control": "no-cache",
    "X-Content-Type-Options": "nosniff",
  });
  res.end(req.method === "HEAD" ? undefined : body);
});

server.listen(port, host, () => {
  const { port: p } = server.address();
  console.log(`jixiao demo: http://localhost:${p}/  (serving ${root})`);
});
