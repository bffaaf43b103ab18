// jixiao/async-validator — jixiao findings as async-validator rules, the rule format of
// Element Plus (<el-form :rules>, <el-form-item :rules>) and Ant Design Vue (<a-form-item :rules>).
//
// A form item's `prop` (Element Plus) or `name` (Ant Design Vue, joined with dots) is the
// diagnostic path: `projectName`, `indicators.3.value`. The rule validates the whole model (rules
// compare rows) and reports the findings at its path:
//
// - errors (强制性审核) → `callback(new Error(message))`: the item turns red, shows the message
//   under the field and `form.validate()` fails;
// - warnings and info (提示性审核) never block. `makeWarningRule` reports them as an
//   Ant Design Vue `warningOnly` rule (yellow, non-blocking); for Element Plus, which has no
//   warning state, read them with `diagnosticsAt`/`warningsFor` (or the `onDiagnostics` option)
//   and show them in the item's default slot, as the demo page (www/element-plus/) does.
//
// Validation results are cached per validator and model content, so validating every item of a
// form costs one run of the rules.

const cache = new WeakMap();

/** The validation result of `model`, computed once per validator and model content. */
export function validateCached(validator, model) {
  let key;
  try {
    key = JSON.stringify(model);
  } catch {
    key = undefined; // cyclic or otherwise unserialisable: do not cache
  }
  const hit = cache.get(validator);
  if (key !== undefined && hit && hit.key === key) return hit.result;
  const result = validator.validate(model);
  if (key !== undefined) cache.set(validator, { key, result });
  return result;
}

/** Forgets the cached result of `validator` (not normally needed: the cache follows content). */
export function clearCache(validator) {
  cache.delete(validator);
}

/**
 * The diagnostics at `path`; with `{ within: true }` also those inside it (a row's cells).
 * @param {import("./async-validator").ValidatorLike} validator
 * @param {object} model
 * @param {string} path
 * @param {{ within?: boolean }} [options]
 */
export function diagnosticsAt(validator, model, path, options) {
  const within = !!(options && options.within);
  const prefix = path === "" ? "" : path + ".";
  return validateCached(validator, model).diagnostics.filter(
    (d) => d.path === path || (within && (path === "" || d.path.startsWith(prefix))),
  );
}

/** The non-blocking findings (warnings and info) of the whole model, by path. */
export function warningsFor(validator, model) {
  const out = {};
  for (const d of validateCached(validator, model).diagnostics) {
    if (d.severity === "error") continue;
    (out[d.path] || (out[d.path] = [])).push(d);
  }
  return out;
}

function message(ds, options) {
  const join = (options && options.join) || "\n";
  return ds.map((d) => d.message).join(join);
}

function resolveModel(getModel) {
  return typeof getModel === "function" ? getModel() : getModel;
}

/**
 * One async-validator rule that reports the errors at `path`.
 * @returns {import("./async-validator").JixiaoRule}
 */
export function makeRule(validator, getModel, path, options) {
  const opts = options || {};
  return {
    trigger: opts.trigger || ["change", "blur"],
    validator(rule, value, callback) {
      const ds = diagnosticsAt(validator, resolveModel(getModel), path, opts);
      if (typeof opts.onDiagnostics === "function") opts.onDiagnostics(path, ds);
      const errors = ds.filter((d) => d.severity === "error");
      if (errors.length) {
        const err = new Error(message(errors, opts));
        err.diagnostics = errors;
        callback(err);
      } else {
        callback();
      }
    },
  };
}

/**
 * A non-blocking rule for Ant Design Vue (`warningOnly: true`): reports the warnings (and, with
 * `{ info: true }`, the info) at `path` as a warning under the field.
 */
export function makeWarningRule(validator, getModel, path, options) {
  const opts = options || {};
  return {
    trigger: opts.trigger || ["change", "blur"],
    warningOnly: true,
    validator(rule, value, callback) {
      const ds = diagnosticsAt(validator, resolveModel(getModel), path, opts).filter(
        (d) => d.severity === "warning" || (opts.info && d.severity === "info"),
      );
      if (ds.length) {
        const err = new Error(message(ds, opts));
        err.diagnostics = ds;
        callback(err);
      } else {
        callback();
      }
    },
  };
}

const HEADER = ["year", "projectName", "department", "implementingUnit", "budget", "overallGoal"];
const COLUMNS = ["level1", "level2", "name", "operator", "value", "unit", "deadline", "weight", "direction"];

/** Every path a form of `model` can show: header fields, `indicators`, each row and cell. */
export function pathsOf(model) {
  const paths = [...HEADER, "indicators"];
  const rows = model && Array.isArray(model.indicators) ? model.indicators.length : 0;
  for (let i = 0; i < rows; i++) {
    paths.push(`indicators.${i}`);
    for (const c of COLUMNS) paths.push(`indicators.${i}.${c}`);
  }
  return paths;
}

/**
 * A rules object for `<el-form :rules>`: `{ [prop]: [rule] }` with one `makeRule` per path of
 * the current model (`pathsOf`). Recompute it when rows are added or removed (a Vue `computed`
 * over the row count does). With `{ warnings: true }` each entry also carries a
 * `makeWarningRule` (for Ant Design Vue).
 */
export function rulesFor(validator, getModel, options) {
  const opts = options || {};
  const paths = opts.paths || pathsOf(resolveModel(getModel));
  const out = {};
  for (const p of paths) {
    out[p] = [makeRule(validator, getModel, p, opts)];
    if (opts.warnings) out[p].push(makeWarningRule(validator, getModel, p, opts));
  }
  return out;
}
