// ES module entry of `jixiao/xlsx` for Node, as import.mjs is for `jixiao/import`: the
// CommonJS build, loaded once and re-exported. The workbook reader's wasm is compiled when this
// module loads.
import { createRequire } from "node:module";

const xlsx = createRequire(import.meta.url)("./jixiao_xlsx.js");

export const { readWorkbook, reviewOpinion } = xlsx;

/** Nothing to wait for in Node; here so code shared with the browser build can `await init()`. */
export default async function init() {}

/** Likewise a no-op in Node. */
export function initSync() {}
