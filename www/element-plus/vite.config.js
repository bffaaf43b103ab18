// Builds src/ into this folder (index.html + assets/), so /element-plus/ works from the same
// static folder as the main page, offline. `jixiao` resolves to the package built into ../pkg
// (scripts/demo.sh puts it there), exactly as `npm i jixiao` would provide it.
import { createLogger, defineConfig } from "vite";
import vue from "@vitejs/plugin-vue";
import { fileURLToPath } from "node:url";

// Vite warns whenever outDir contains root; here that is the point (src/ is never written to).
const logger = createLogger();
const warn = logger.warn;
logger.warn = (msg, options) => {
  if (!msg.includes("build.outDir must not be")) warn(msg, options);
};

const pkg = (p) => fileURLToPath(new URL(`../pkg/${p}`, import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL("./src", import.meta.url)),
  base: "./",
  plugins: [vue()],
  resolve: {
    alias: [
      { find: /^jixiao\/async-validator$/, replacement: pkg("adapters/async-validator.js") },
      { find: /^jixiao\/import$/, replacement: pkg("web/jixiao_import.js") },
      { find: /^jixiao$/, replacement: pkg("web/jixiao.js") },
    ],
  },
  build: {
    outDir: fileURLToPath(new URL(".", import.meta.url)),
    emptyOutDir: false,
    target: "es2022",
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
  },
  logLevel: "warn",
  customLogger: logger,
});
