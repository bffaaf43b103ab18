// ES module entry of `jixiao/import` for Node, as index.mjs is for `jixiao`: the CommonJS
// build, loaded once and re-exported. The importer's wasm is compiled when this module loads.
import { createRequire } from "node:module";

const importer = createRequire(import.meta.url)("./jixiao_import.js");

export const { importGrid, importText } = importer;

/** Nothing to wait for in Node; here so code shared with the browser build can `await init()`. */
export default async function init() {}

/** Likewise a no-op in Node. */
export function initSync() {}
