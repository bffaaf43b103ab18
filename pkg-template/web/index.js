// The browser entry of `jixiao`: wasm-bindgen's glue, with a clear error when the wasm is used
// before it is loaded (`await init()`), instead of a TypeError from inside the glue.
import glueInit, * as glue from "./jixiao.js";

let ready = false;

function check() {
  if (!ready) {
    const e = new Error("jixiao: call init() first (await init() before Form, validate, …)");
    e.code = "not-initialized";
    throw e;
  }
}

/** Loads the wasm (fetched next to this file, or from what is given). */
export default async function init(moduleOrPath) {
  const out = await glueInit(moduleOrPath);
  ready = true;
  return out;
}

/** Loads the wasm from bytes or a compiled module, synchronously. */
export function initSync(module) {
  const out = glue.initSync(module);
  ready = true;
  return out;
}

export class Form extends glue.Form {
  constructor(options) {
    check();
    super(options);
  }
}

export function validate(table, options) {
  check();
  return glue.validate(table, options);
}

export function validateField(table, path, options) {
  check();
  return glue.validateField(table, path, options);
}

export function applyFixes(table, diagnostics, options) {
  check();
  return glue.applyFixes(table, diagnostics, options);
}

export function normalize(table, options) {
  check();
  return glue.normalize(table, options);
}

export function rules(options) {
  check();
  return glue.rules(options);
}
