// Builds src/ into this folder (index.html, self-evaluation.html, bench.html + assets/), so /element-plus/ works from
// the same static folder as the main page, offline. `jixiao` resolves to the package built into
// ../pkg (scripts/demo.sh puts it there), exactly as `npm i jixiao` would provide it.
import { createLogger, defineConfig } from "vite";
import vue from "@vitejs/plugin-vue";
import { fileURLToPath } from "node:url";

// Vite warns whenever outDir contains root; here that is the point (src/ is never written to).
const logger = createLogger();
const warn = logger.warn;
logger.warn = (msg, options) => {
  if (!msg.includes("build.outDir must not be")) warn(msg, options);
};

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const pkg = (p) => here(`../pkg/${p}`);

export default defineConfig({
  root: here("./src"),
  base: "./",
  plugins: [vue()],
  resolve: {
    alias: [
      { find: /^jixiao\/async-validator$/, replacement: pkg("adapters/async-validator.js") },
      { find: /^jixiao\/import$/, replacement: pkg("web/jixiao_import.js") },
      { find: /^jixiao\/lifecycle$/, replacement: pkg("web/lifecycle.js") },
      { find: /^jixiao$/, replacement: pkg("web/index.js") },
    ],
  },
  build: {
    outDir: here("."),
    emptyOutDir: false,
    target: "es2022",
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
    rollupOptions: { input: {
        index: here("./src/index.html"),
        "self-evaluation": here("./src/self-evaluation.html"),
        bench: here("./src/bench.html"),
      }, },
  },
  logLevel: "warn",
  customLogger: logger,
});
