// ES module entry for Node: the CommonJS build, loaded once and re-exported, so `import` and
// `require` share one instance. The wasm is compiled synchronously when this module loads.
import { createRequire } from "node:module";

const jixiao = createRequire(import.meta.url)("./jixiao.js");

export const { Form, validate, validateField, applyFixes, normalize, rules } = jixiao;

/** Nothing to wait for in Node; here so code shared with the browser build can `await init()`. */
export default async function init() {}

/** Likewise a no-op in Node. */
export function initSync() {}
