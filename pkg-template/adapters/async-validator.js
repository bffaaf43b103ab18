// jixiao/async-validator — a jixiao `Form` (the live document) behind the rules of a form library
// built on async-validator: Element Plus (<el-form-item :rules>), Ant Design Vue and React antd
// (<Form.Item rules>).
//
// One `Form` per form. A form item's `prop` (Element Plus) or `name` joined with dots (antd) is
// the diagnostic path: `projectName`, `indicators.3.value`. When the library runs an item's rule
// (on each change of its value), the rule sends that one value in — `form.set(path, value)`,
// only when it differs from what was sent last — and answers from the findings kept by id:
//
// - `rule` fails with the errors at its path (强制性审核): the item turns red, shows the message,
//   and the form's `validate()` rejects;
// - `warningRule` (`warningOnly: true`, Ant Design Vue and React antd) fails with the warnings at
//   its path, which those libraries show in yellow without blocking. Element Plus has no warning
//   state: show them beside the item from `notes` (see below).
//
// A change in one row can change another row's findings (a duplicate). The paths named by
// `added`/`removed` of each edit are handed to `revalidate(paths)`, once per tick, so that the
// page re-runs only those items (`formRef.validateField(paths)`, antd's
// `form.validateFields(paths.map(namePath))`), never the whole form. `notes`, when given (a Vue
// `reactive({})`), gets the findings at each path written in, only for the paths that changed,
// so that a template reading `notes[prop]` re-renders just those items.
//
// The rules are async-validator's promise kind (`asyncValidator`, no `callback`), which Element
// Plus, rc-field-form (React antd) and Ant Design Vue all run. Nothing here imports a framework.

import { CELL, COLUMNS, EXECUTION, HEADER, isSettable } from "./paths.js";

export { isSettable };

/** `"indicators.3.value"` → `["indicators", 3, "value"]`, an antd name path. */
export function namePath(path) {
  return path === "" ? [] : path.split(".").map((k) => (/^\d+$/.test(k) ? Number(k) : k));
}

/** The findings that do not block (warnings and info) of a list, e.g. `advisory(notes[prop])`. */
export function advisory(diagnostics) {
  return diagnostics ? diagnostics.filter((d) => d.severity !== "error") : [];
}

/** An `Error` with the findings it reports. */
function failure(ds, join) {
  const e = new Error(ds.map((d) => d.message).join(join));
  e.diagnostics = ds;
  return e;
}

const same = (a, b) => Object.is(a, b) || ((a == null || a === "") && (b == null || b === ""));

/**
 * Rules for every item of a form, backed by `form` (a jixiao `Form`). See async-validator.d.ts.
 * @param {import("./async-validator").FormLike} form
 * @param {import("./async-validator").CreateRulesOptions} [options]
 * @returns {import("./async-validator").JixiaoRules}
 */
export function createRules(form, options = {}) {
  if (!form || typeof form.set !== "function") {
    throw new TypeError("createRules(form): form must be a jixiao Form (new Form(options))");
  }
  const join = options.join || "\n";
  const trigger = options.trigger || ["change", "blur"];
  const notes = options.notes || null;
  /** Every current finding by id, and the ids at each path. */
  const byId = new Map();
  const atPath = new Map();
  /** The value last sent (or loaded) for each settable path. */
  const sent = new Map();
  /** Paths to re-validate at the end of this tick. */
  const pending = new Set();
  let counts = form.counts();

  function take(change, affected = new Set()) {
    for (const id of change.removed) {
      const d = byId.get(id);
      if (!d) continue;
      byId.delete(id);
      const ids = atPath.get(d.path);
      ids.delete(id);
      if (!ids.size) atPath.delete(d.path);
      affected.add(d.path);
    }
    for (const d of change.added) {
      byId.set(d.id, d);
      let ids = atPath.get(d.path);
      if (!ids) atPath.set(d.path, (ids = new Set()));
      ids.add(d.id);
      affected.add(d.path);
    }
    counts = change.counts;
    if (notes) {
      for (const p of affected) {
        const ds = at(p);
        if (ds.length) notes[p] = ds;
        else if (p in notes) delete notes[p];
      }
    }
    return affected;
  }

  /** Re-validates the items of `affected` but `self` (the item being validated now). */
  function schedule(affected, self) {
    if (typeof options.revalidate !== "function") return;
    const before = pending.size;
    for (const p of affected) if (p !== self && isSettable(p)) pending.add(p);
    if (before === 0 && pending.size > 0) {
      queueMicrotask(() => {
        const paths = [...pending];
        pending.clear();
        options.revalidate(paths);
      });
    }
  }

  function finish(change, self, affected) {
    const paths = take(change, affected);
    schedule(paths, self);
    if (typeof options.onChange === "function") options.onChange(change, [...paths]);
    return change;
  }

  /** The current findings at exactly `path`, in form order. */
  function at(path) {
    const ids = atPath.get(path);
    if (!ids) return [];
    const out = [];
    for (const id of ids) out.push(byId.get(id));
    return out;
  }

  /** Sends `value` for `path` when it is not what was sent last. */
  function sync(path, value, self) {
    if (!isSettable(path) || (sent.has(path) && same(sent.get(path), value))) return;
    sent.set(path, value);
    finish(form.set(path, value === undefined ? null : value), self);
  }

  function fieldOf(rule) {
    const field = rule && (rule.field || rule.fullField);
    if (typeof field !== "string") {
      throw new TypeError("jixiao/async-validator: the rule has no field (use it as a form item's rule)");
    }
    return field;
  }

  /** Records what a whole table holds, as sent. */
  function record(table) {
    sent.clear();
    if (!table || typeof table !== "object") return;
    for (const f of HEADER) if (f in table) sent.set(f, table[f]);
    const execution = table.execution;
    if (execution && typeof execution === "object") {
      for (const f of EXECUTION) if (f in execution) sent.set(`execution.${f}`, execution[f]);
    }
    const rows = Array.isArray(table.indicators) ? table.indicators : [];
    rows.forEach((row, i) => recordRow(i, row));
  }

  function recordRow(i, row) {
    for (const c of COLUMNS) sent.set(`indicators.${i}.${c}`, row && typeof row === "object" ? row[c] : undefined);
  }

  /** Moves what was sent for row cells: `map(i)` is the row's new index, or -1 when removed. */
  function remap(map) {
    const moved = [];
    for (const [p, v] of sent) {
      const m = CELL.exec(p);
      if (!m) continue;
      sent.delete(p);
      const j = map(Number(m[1]));
      if (j >= 0) moved.push([`indicators.${j}.${m[2]}`, v]);
    }
    for (const [p, v] of moved) sent.set(p, v);
  }

  const rule = {
    trigger,
    asyncValidator(r, value) {
      const path = fieldOf(r);
      try {
        sync(path, value, path);
      } catch (e) {
        return Promise.reject(e);
      }
      const errors = at(path).filter((d) => d.severity === "error");
      return errors.length ? Promise.reject(failure(errors, join)) : Promise.resolve();
    },
  };

  const warningRule = {
    trigger,
    warningOnly: true,
    asyncValidator(r, value) {
      const path = fieldOf(r);
      try {
        sync(path, value, path);
      } catch (e) {
        return Promise.reject(e);
      }
      const ds = at(path).filter((d) => d.severity === "warning" || (options.info && d.severity === "info"));
      return ds.length ? Promise.reject(failure(ds, join)) : Promise.resolve();
    },
  };

  const api = {
    rule,
    warningRule,
    get form() {
      return form;
    },
    counts() {
      return counts;
    },
    at,
    diagnostics(path) {
      return form.diagnostics(path);
    },
    load(table) {
      record(table);
      // Everything the form showed before, and everything it shows now, is re-validated.
      const affected = new Set(atPath.keys());
      return finish(form.load(table), undefined, affected);
    },
    set(path, value) {
      sent.set(path, value);
      return finish(form.set(path, value), undefined);
    },
    insertRow(index, row) {
      const change = form.insertRow(index, row);
      remap((i) => (i >= index ? i + 1 : i));
      recordRow(index, row);
      return finish(change, undefined);
    },
    removeRow(index) {
      const change = form.removeRow(index);
      remap((i) => (i === index ? -1 : i > index ? i - 1 : i));
      return finish(change, undefined);
    },
    moveRow(from, to) {
      const change = form.moveRow(from, to);
      remap((i) => (i === from ? to : from < to && i > from && i <= to ? i - 1 : to < from && i >= to && i < from ? i + 1 : i));
      return finish(change, undefined);
    },
    applyFix(id, model) {
      const d = byId.get(id);
      if (!d || !d.fix) {
        const e = new Error(`jixiao/async-validator: no current finding with a fix has id “${id}”`);
        e.code = "no-such-fix";
        throw e;
      }
      const fix = d.fix;
      const change = form.applyFix(id);
      if (fix.value == null) {
        const index = Number(fix.path.split(".")[1]);
        remap((i) => (i === index ? -1 : i > index ? i - 1 : i));
        if (model && Array.isArray(model.indicators)) model.indicators.splice(index, 1);
      } else {
        // The fix's cell, and the other cells the same click writes (`also`).
        for (const { path, value } of [{ path: fix.path, value: fix.value }, ...(fix.also || [])]) {
          sent.set(path, value);
          if (!model) continue;
          const keys = path.split(".");
          let o = model;
          for (const k of keys.slice(0, -1)) o = o == null ? o : o[k];
          if (o != null) o[keys[keys.length - 1]] = value;
        }
      }
      return finish(change, undefined);
    },
    setForm(next) {
      const table = form.table();
      form = next;
      record(table);
      const affected = new Set(atPath.keys());
      byId.clear();
      atPath.clear();
      const all = next.load(table);
      // The new form's findings are all of them: start from those.
      const change = { added: next.diagnostics(), removed: [], counts: all.counts };
      return finish(change, undefined, affected);
    },
  };
  // The findings of an empty form (what `new Form()` starts with).
  take({ added: form.diagnostics(), removed: [], counts });
  return api;
}
