// jixiao/form — binds a plain HTML form to a jixiao `Form` (the live document), framework-free.
//
// Every control that owns a diagnostic path carries `data-path` (`projectName`,
// `indicators.3.value`); any other element may carry one too (a row `<tr data-path="indicators.3">`)
// to receive the findings about it. On an `input` or `change` event, the event's own control goes
// in — `form.set(path, control.value)` — and jixiao answers with the findings that changed
// (`{ added, removed, counts }`). Only the elements of the paths those name are touched: the
// binding keeps every current finding by id and by the path it is shown at, so nothing is read
// back from the DOM and no other field is visited. A finding that appears in another row (a
// duplicate) updates that row's field, and only it.
//
// - A control gets `aria-invalid="true"` for errors and warnings, `data-jixiao-severity` with the
//   worst severity (error, warning, info) for styling, and `setCustomValidity(message)` for
//   errors only, so the browser blocks submission on errors (强制性审核) but not on warnings
//   (提示性审核) — errors not shown yet (`reveal: "touched"`) included.
// - Messages go, as text, into a message element linked by `aria-describedby`: the element
//   `[data-jixiao-messages="<path>"]` if the page placed one, else one created right after the
//   control.
// - A finding whose path has no element goes to the nearest enclosing path that has one
//   (`indicators.3.weight` → `indicators.3` → `indicators` → `""`).
//
// The page renders the controls and tells the binding about whole-table and structural edits
// (`load`, `insertRow`, `removeRow`, `moveRow`, after renumbering its `data-path`s). Values are
// never written, except by a fix the user applies. Messages are inserted with textContent.

import { isSettable } from "./paths.js";

export const SEVERITIES = ["error", "warning", "info"];
const RANK = { error: 3, warning: 2, info: 1 };
const ROW = /^indicators\.(\d+)(?:\.|$)/;
let formCounter = 0;

/** The enclosing path of `path`: `indicators.3.value` → `indicators.3` → `indicators` → `""`. */
export function parentPath(path) {
  const i = path.lastIndexOf(".");
  return i < 0 ? "" : path.slice(0, i);
}

export { isSettable };

/** Groups diagnostics by severity: `{ error: [...], warning: [...], info: [...] }`. */
export function bySeverity(diagnostics) {
  const out = { error: [], warning: [], info: [] };
  for (const d of diagnostics) (out[d.severity] || (out[d.severity] = [])).push(d);
  return out;
}

function isControl(el) {
  const tag = el && el.tagName;
  return tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA";
}

/** Row index of a path inside the table, or -1. */
function rowOf(path) {
  const m = ROW.exec(path);
  return m ? Number(m[1]) : -1;
}

/**
 * Binds the controls inside `root` to `form` (a jixiao `Form`). See form.d.ts for the options.
 * @param {HTMLElement} root
 * @param {import("./form").FormLike} form
 * @param {import("./form").BindFormOptions} [options]
 * @returns {import("./form").FormBinding}
 */
export function bindForm(root, form, options = {}) {
  if (!form || typeof form.set !== "function") {
    throw new TypeError("bindForm(root, form): form must be a jixiao Form (new Form(options))");
  }
  const prefix = options.classPrefix || "jixiao";
  const events = options.events || ["input", "change"];
  const doc = root.ownerDocument;
  let labels = options.severityLabels || null;
  const idBase = `${prefix}-${root.id || `form${++formCounter}`}-msg-`;
  let idCounter = 0;

  /** Every current finding by id, and the path it is shown at. */
  const byId = new Map();
  const ownerOf = new Map();
  /** Shown-at path → ids shown there. */
  const atOwner = new Map();
  /** `data-path` → elements, `data-jixiao-messages` → message element (see `scan`). */
  let elements = new Map();
  let containers = new Map();
  /** What each message element shows (ids and labels), so that it is rewritten only on change. */
  const shown = new WeakMap();
  /** Control → the custom validity message set on it. */
  const validity = new WeakMap();
  /** The value last sent for a path, so that a `change` after `input` sends nothing again. */
  const sent = new Map();
  /** `"touched"`: findings show once the user has typed in or left a control inside their path. */
  let reveal = options.reveal || "all";
  const touched = new Set();
  /** Path → how many touched controls are at or inside it. */
  const touchedUnder = new Map();
  let counts = { error: 0, warning: 0, info: 0 };
  let destroyed = false;

  /** Reads the page's `data-path` and message elements (on bind and after structural edits). */
  function scan() {
    elements = new Map();
    containers = new Map();
    for (const el of root.querySelectorAll("[data-path]")) {
      const p = el.getAttribute("data-path");
      const list = elements.get(p);
      if (list) list.push(el);
      else elements.set(p, [el]);
    }
    for (const el of root.querySelectorAll("[data-jixiao-messages]")) {
      const p = el.getAttribute("data-jixiao-messages");
      if (!containers.has(p)) containers.set(p, el);
    }
    // Touched controls keep their mark under their new path; removed ones lose it.
    touchedUnder.clear();
    for (const el of [...touched]) {
      if (!root.contains(el)) touched.delete(el);
      else countTouched(el.getAttribute("data-path") || "", 1);
    }
  }

  function countTouched(path, by) {
    for (let p = path; ; p = parentPath(p)) {
      touchedUnder.set(p, (touchedUnder.get(p) || 0) + by);
      if (p === "") break;
    }
  }

  /** The path a finding at `path` is shown at: the nearest one with an element. */
  function route(path) {
    let p = path || "";
    while (p !== "" && !elements.has(p) && !containers.has(p)) p = parentPath(p);
    return p;
  }

  function visible(d) {
    return reveal === "all" || d.path === "" || (touchedUnder.get(d.path) || 0) > 0;
  }

  function add(d, dirty) {
    const owner = route(d.path);
    byId.set(d.id, d);
    ownerOf.set(d.id, owner);
    let ids = atOwner.get(owner);
    if (!ids) atOwner.set(owner, (ids = new Set()));
    ids.add(d.id);
    dirty.add(owner);
  }

  function remove(id, dirty) {
    const owner = ownerOf.get(id);
    if (owner === undefined) return;
    byId.delete(id);
    ownerOf.delete(id);
    const ids = atOwner.get(owner);
    if (ids) {
      ids.delete(id);
      if (!ids.size) atOwner.delete(owner);
    }
    dirty.add(owner);
  }

  /** Takes in what an edit changed and updates the elements of the paths it names. */
  function apply(change, dirty = new Set()) {
    for (const id of change.removed) remove(id, dirty);
    for (const d of change.added) add(d, dirty);
    counts = change.counts;
    for (const p of dirty) render(p);
    if (typeof options.onChange === "function") options.onChange(change, binding);
    return change;
  }

  /**
   * Starts again from the form's current findings and shows them everywhere. What it returns is
   * a change from what was shown before: every finding shown before removed, every one now added.
   */
  function renderAll() {
    const removed = [...byId.keys()];
    byId.clear();
    ownerOf.clear();
    atOwner.clear();
    const dirty = new Set([...elements.keys(), ...containers.keys()]);
    const all = form.diagnostics();
    for (const d of all) add(d, dirty);
    counts = form.counts();
    for (const p of dirty) render(p);
    const change = { added: all, removed, counts };
    if (typeof options.onChange === "function") options.onChange(change, binding);
    return change;
  }

  /** The message element of `path`, created after `control` if the page placed none. */
  function containerFor(path, control) {
    let c = containers.get(path);
    if (!c && control) {
      c = doc.createElement("div");
      c.setAttribute("data-jixiao-messages", path);
      c.setAttribute("data-jixiao-created", "");
      control.insertAdjacentElement("afterend", c);
      containers.set(path, c);
    }
    if (c && !c.id) {
      c.id = idBase + ++idCounter;
      c.classList.add(`${prefix}-messages`);
      if (!c.hasAttribute("aria-live")) c.setAttribute("aria-live", "polite");
    }
    return c || null;
  }

  function renderMessages(container, ds) {
    const sig = ds.map((d) => d.id).join("\n") + (labels ? `\n${labels.error}${labels.warning}${labels.info}` : "");
    if (shown.get(container) === sig) return;
    shown.set(container, sig);
    const items = ds.map((d) => {
      const item = doc.createElement("div");
      item.className = `${prefix}-msg ${prefix}-msg-${d.severity}`;
      item.setAttribute("data-rule", d.rule);
      item.setAttribute("data-severity", d.severity);
      if (labels && labels[d.severity]) {
        const sev = doc.createElement("span");
        sev.className = `${prefix}-sev`;
        sev.textContent = labels[d.severity];
        item.append(sev);
      }
      const text = doc.createElement("span");
      text.className = `${prefix}-msg-text`;
      text.textContent = d.message;
      item.append(text);
      if (d.fix && options.fixes !== false && (d.fix.value != null || typeof options.removeRow === "function")) {
        const b = doc.createElement("button");
        b.type = "button";
        b.className = `${prefix}-fix`;
        b.textContent = d.fix.label;
        b.addEventListener("click", () => applyFix(d.id));
        item.append(b);
      }
      return item;
    });
    container.replaceChildren(...items);
    container.hidden = items.length === 0;
  }

  function setAttr(el, name, value) {
    if (value == null) {
      if (el.hasAttribute(name)) el.removeAttribute(name);
    } else if (el.getAttribute(name) !== value) {
      el.setAttribute(name, value);
    }
  }

  function setDescribedBy(el, id, on) {
    const tokens = (el.getAttribute("aria-describedby") || "").split(/\s+/).filter(Boolean);
    const has = tokens.includes(id);
    if (on === has) return;
    if (on) tokens.push(id);
    else tokens.splice(tokens.indexOf(id), 1);
    if (tokens.length) el.setAttribute("aria-describedby", tokens.join(" "));
    else el.removeAttribute("aria-describedby");
  }

  /**
   * Shows the findings of one path at its elements. Errors block submission whether or not they
   * are shown yet (`reveal: "touched"`): the browser's `invalid` event on submit can reveal them.
   */
  function render(path) {
    if (destroyed) return;
    const ids = atOwner.get(path);
    const ds = [];
    const errors = [];
    if (ids) for (const id of ids) {
      const d = byId.get(id);
      if (visible(d)) ds.push(d);
      if (d.severity === "error") errors.push(d.message);
    }
    if (ds.length > 1) ds.sort((a, b) => RANK[b.severity] - RANK[a.severity]);
    const els = elements.get(path) || [];
    const control = els.find(isControl) || null;
    const container = ds.length || containers.has(path) ? containerFor(path, control) : null;
    if (container) renderMessages(container, ds);
    let worst = null;
    for (const d of ds) if (!worst || RANK[d.severity] > RANK[worst]) worst = d.severity;
    for (const el of els) {
      setAttr(el, "data-jixiao-severity", worst);
      if (!isControl(el)) continue;
      setAttr(el, "aria-invalid", worst === "error" || worst === "warning" ? "true" : null);
      if (container) setDescribedBy(el, container.id, ds.length > 0);
      if (options.customValidity !== false) {
        const msg = errors.join("\n");
        if ((validity.get(el) || "") !== msg) {
          el.setCustomValidity(msg);
          validity.set(el, msg);
        }
      }
    }
  }

  /** After rows were inserted, removed or moved: every path of those rows, and re-routing. */
  function structural(fromRow, run) {
    scan();
    sent.clear();
    const dirty = new Set();
    for (const p of elements.keys()) if (rowOf(p) >= fromRow) dirty.add(p);
    for (const p of containers.keys()) if (rowOf(p) >= fromRow) dirty.add(p);
    const change = run();
    const gone = new Set(change.removed);
    // What had no element of its own may have one now, or lose it.
    for (const [id, owner] of [...ownerOf]) {
      const d = byId.get(id);
      const now = route(d.path);
      if (now !== owner && !gone.has(id)) {
        remove(id, dirty);
        add(d, dirty);
      }
    }
    return apply(change, dirty);
  }

  function readValue(el, path) {
    if (typeof options.readValue === "function") return options.readValue(el, path);
    return el.value;
  }

  function set(path, value) {
    sent.set(path, value);
    return apply(form.set(path, value));
  }

  function markTouched(el) {
    if (reveal !== "touched" || touched.has(el)) return null;
    touched.add(el);
    const path = el.getAttribute("data-path") || "";
    countTouched(path, 1);
    // The path and its enclosing ones may now show findings that were hidden.
    const dirty = new Set();
    for (let p = path; ; p = parentPath(p)) {
      if (atOwner.has(p)) dirty.add(p);
      if (p === "") break;
    }
    // Findings inside the path shown at it (no element of their own) too.
    return dirty;
  }

  function onEvent(e) {
    if (destroyed) return;
    const el = e.target;
    if (!isControl(el) || !root.contains(el)) return;
    const path = el.getAttribute("data-path");
    if (!path || !isSettable(path)) return;
    const dirty = markTouched(el);
    const value = readValue(el, path);
    if (sent.has(path) && Object.is(sent.get(path), value)) {
      if (dirty) for (const p of dirty) render(p);
      return;
    }
    sent.set(path, value);
    apply(form.set(path, value), dirty || undefined);
  }

  function onFocusOut(e) {
    // Leaving a control shows its findings (a required field left blank) without sending anything.
    const el = e.target;
    if (!isControl(el) || !el.hasAttribute("data-path") || !root.contains(el)) return;
    const dirty = markTouched(el);
    if (dirty) for (const p of dirty) render(p);
  }

  function writeValue(el, value, path) {
    if (typeof options.writeValue === "function") options.writeValue(el, value, path);
    else el.value = value;
    sent.set(path, value);
    el.dispatchEvent(new Event("change", { bubbles: true }));
  }

  /** Applies the fix of the current finding `id`, writing its values into their controls. */
  function applyFix(id) {
    const d = byId.get(id);
    if (!d || !d.fix) {
      const e = new Error(`jixiao/form: no current finding with a fix has id “${id}”`);
      e.code = "no-such-fix";
      throw e;
    }
    const fix = d.fix;
    let change;
    if (fix.value == null) {
      // A fix that removes its row: the page removes the row's elements and renumbers first.
      if (typeof options.removeRow !== "function") {
        throw new TypeError("jixiao/form: a fix that removes a row needs options.removeRow(index)");
      }
      const index = rowOf(fix.path);
      options.removeRow(index);
      change = structural(index, () => form.applyFix(id));
    } else {
      change = apply(form.applyFix(id));
      // The fix's cell, and the other cells the same click writes (`also`: a merged cell's rows).
      for (const { path, value } of [{ path: fix.path, value: fix.value }, ...(fix.also || [])]) {
        const el = (elements.get(path) || []).find(isControl);
        if (el) writeValue(el, value, path);
      }
      focus(fix.path);
    }
    if (typeof options.onFix === "function") options.onFix(d, change, binding);
    return change;
  }

  function focus(path) {
    let p = path || "";
    while (p !== "" && !elements.has(p)) p = parentPath(p);
    const els = elements.get(p);
    if (!els) return false;
    let target = els.find(isControl) || els[0];
    if (!isControl(target)) {
      const inner = target.querySelector("input, select, textarea");
      if (inner) target = inner;
      else if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    }
    if (typeof target.scrollIntoView === "function") target.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
    return true;
  }

  for (const type of events) root.addEventListener(type, onEvent);
  root.addEventListener("focusout", onFocusOut);
  scan();

  const binding = {
    load(table) {
      scan();
      sent.clear();
      form.load(table);
      return renderAll();
    },
    set,
    insertRow(index, row) {
      return structural(index, () => form.insertRow(index, row));
    },
    removeRow(index) {
      return structural(index, () => form.removeRow(index));
    },
    moveRow(from, to) {
      return structural(Math.min(from, to), () => form.moveRow(from, to));
    },
    applyFix,
    refresh() {
      scan();
      return renderAll();
    },
    focus,
    setForm(next) {
      const table = form.table();
      form = next;
      sent.clear();
      form.load(table);
      return renderAll();
    },
    setSeverityLabels(l) {
      labels = l || null;
      for (const p of atOwner.keys()) render(p);
    },
    revealAll() {
      reveal = "all";
      for (const p of new Set([...atOwner.keys(), ...elements.keys()])) render(p);
    },
    revealTouched() {
      reveal = "touched";
      touched.clear();
      touchedUnder.clear();
      for (const p of new Set([...atOwner.keys(), ...elements.keys()])) render(p);
    },
    get reveal() {
      return reveal;
    },
    get form() {
      return form;
    },
    get counts() {
      return counts;
    },
    diagnostics(path) {
      return form.diagnostics(path);
    },
    messageElement(path) {
      return containers.get(path) || null;
    },
    destroy() {
      destroyed = true;
      for (const type of events) root.removeEventListener(type, onEvent);
      root.removeEventListener("focusout", onFocusOut);
      for (const el of root.querySelectorAll("[data-jixiao-created]")) el.remove();
      for (const el of root.querySelectorAll("[data-path]")) {
        el.removeAttribute("data-jixiao-severity");
        if (!isControl(el)) continue;
        el.removeAttribute("aria-invalid");
        el.setCustomValidity("");
        const tokens = (el.getAttribute("aria-describedby") || "")
          .split(/\s+/)
          .filter((t) => t && !t.startsWith(idBase));
        if (tokens.length) el.setAttribute("aria-describedby", tokens.join(" "));
        else el.removeAttribute("aria-describedby");
      }
    },
  };
  return binding;
}
