// jixiao/form — binds a plain <form> to a jixiao Validator, framework-free.
//
// Every control that owns a diagnostic path carries `data-path` (`projectName`,
// `indicators.3.value`); any other element may carry one too (a row `<tr data-path="indicators.3">`)
// to receive the findings about it. On every `input`/`change` event the whole table is validated
// (rules compare rows, so one keystroke can change another row's findings) and only the DOM that
// changed is touched:
//
// - the control gets `aria-invalid="true"` for errors and warnings, `data-jixiao-severity` with
//   the worst severity (error, warning, info) for styling, and `setCustomValidity(message)` for
//   errors only, so the browser blocks submission on errors (强制性审核) but not on warnings
//   (提示性审核);
// - the messages go, as text, into a message element linked by `aria-describedby`: the element
//   `[data-jixiao-messages="<path>"]` if the page placed one, else one created right after the
//   control;
// - a diagnostic whose path has no element goes to the nearest enclosing path that has one
//   (`indicators.3.weight` → `indicators.3` → `indicators` → `""`).
//
// Values are never written, except when the user clicks a fix button (and the page supplied
// `setTable`). Messages are inserted with textContent, never as HTML. Paths are read from the DOM
// on every update, so a page may move rows around and renumber their `data-path`s freely.

export const SEVERITIES = ["error", "warning", "info"];
const RANK = { error: 3, warning: 2, info: 1 };
let formCounter = 0;

/** The enclosing path of `path`: `indicators.3.value` → `indicators.3` → `indicators` → `""`. */
export function parentPath(path) {
  const i = path.lastIndexOf(".");
  return i < 0 ? "" : path.slice(0, i);
}

/** True when `inner` is `outer` or inside it (`indicators.3.value` is inside `indicators`). */
function isWithin(inner, outer) {
  return outer === "" || inner === outer || inner.startsWith(outer + ".");
}

function isControl(el) {
  return (
    el instanceof HTMLInputElement ||
    el instanceof HTMLSelectElement ||
    el instanceof HTMLTextAreaElement
  );
}

/** Groups diagnostics by severity: `{ error: [...], warning: [...], info: [...] }`. */
export function bySeverity(diagnostics) {
  const out = { error: [], warning: [], info: [] };
  for (const d of diagnostics) (out[d.severity] || (out[d.severity] = [])).push(d);
  return out;
}

/**
 * Binds `form` to `validator`. See form.d.ts for the options.
 * @param {HTMLElement} form
 * @param {import("./form").ValidatorLike} validator
 * @param {import("./form").BindFormOptions} options
 * @returns {import("./form").FormBinding}
 */
export function bindForm(form, validator, options) {
  if (!options || typeof options.getTable !== "function") {
    throw new TypeError("bindForm: options.getTable is required");
  }
  const prefix = options.classPrefix || "jixiao";
  const events = options.events || ["input", "change"];
  let labels = options.severityLabels || null;
  const idBase = `${prefix}-${form.id || `form${++formCounter}`}-msg-`;
  let idCounter = 0;
  /** Message element → signature of what it shows, so unchanged ones are not rewritten. */
  const shown = new WeakMap();
  /** Control → the custom validity message we set on it. */
  const validity = new WeakMap();
  /** `"touched"`: a control's findings show once the user has typed in it or left it. */
  let reveal = options.reveal || "all";
  let touched = new WeakSet();
  let result = null;
  let destroyed = false;

  function elementsByPath() {
    const map = new Map();
    for (const el of form.querySelectorAll("[data-path]")) {
      const p = el.getAttribute("data-path");
      if (!map.has(p)) map.set(p, []);
      map.get(p).push(el);
    }
    return map;
  }

  function containersByPath() {
    const map = new Map();
    for (const el of form.querySelectorAll("[data-jixiao-messages]")) {
      const p = el.getAttribute("data-jixiao-messages");
      if (!map.has(p)) map.set(p, el);
    }
    return map;
  }

  /** The message element of `path`, created after `owner` if the page placed none. */
  function containerFor(path, owner, containers) {
    let c = containers.get(path);
    if (!c && owner && isControl(owner)) {
      c = document.createElement("div");
      c.setAttribute("data-jixiao-messages", path);
      c.setAttribute("data-jixiao-created", "");
      owner.insertAdjacentElement("afterend", c);
      containers.set(path, c);
    }
    if (c) {
      if (!c.id) c.id = idBase + ++idCounter;
      if (!c.classList.contains(`${prefix}-messages`)) c.classList.add(`${prefix}-messages`);
      if (!c.hasAttribute("aria-live")) c.setAttribute("aria-live", "polite");
    }
    return c || null;
  }

  function renderMessages(container, diagnostics) {
    const sig = JSON.stringify(
      diagnostics.map((d) => [d.severity, d.rule, d.message, d.fix ? d.fix.label : null]),
    );
    if (shown.get(container) === sig) return;
    shown.set(container, sig);
    const items = diagnostics.map((d) => {
      const item = document.createElement("div");
      item.className = `${prefix}-msg ${prefix}-msg-${d.severity}`;
      item.setAttribute("data-rule", d.rule);
      item.setAttribute("data-severity", d.severity);
      if (labels && labels[d.severity]) {
        const sev = document.createElement("span");
        sev.className = `${prefix}-sev`;
        sev.textContent = labels[d.severity];
        item.append(sev);
      }
      const text = document.createElement("span");
      text.className = `${prefix}-msg-text`;
      text.textContent = d.message;
      item.append(text);
      if (d.fix && typeof options.setTable === "function") {
        const b = document.createElement("button");
        b.type = "button";
        b.className = `${prefix}-fix`;
        b.textContent = d.fix.label;
        b.addEventListener("click", () => applyFix(d));
        item.append(b);
      }
      return item;
    });
    container.replaceChildren(...items);
    container.hidden = items.length === 0;
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

  function setAttr(el, name, value) {
    if (value == null) {
      if (el.hasAttribute(name)) el.removeAttribute(name);
    } else if (el.getAttribute(name) !== value) {
      el.setAttribute(name, value);
    }
  }

  /** The paths of the controls the user has touched (in `reveal: "touched"` mode). */
  function touchedPaths(elements) {
    const out = [];
    for (const [p, els] of elements) if (els.some((el) => touched.has(el))) out.push(p);
    return out;
  }

  /** Writes `res` (a validation result) into the DOM. */
  function update(res) {
    result = res;
    const all = (res && res.diagnostics) || [];
    const elements = elementsByPath();
    const containers = containersByPath();
    let diagnostics = all;
    if (reveal === "touched") {
      const seen = touchedPaths(elements);
      diagnostics = all.filter((d) => d.path === "" || seen.some((p) => isWithin(p, d.path)));
    }
    // Route each diagnostic to the nearest path that has an element or a message element.
    const byOwner = new Map();
    for (const d of diagnostics) {
      let p = d.path || "";
      while (p !== "" && !elements.has(p) && !containers.has(p)) p = parentPath(p);
      if (!byOwner.has(p)) byOwner.set(p, []);
      byOwner.get(p).push(d);
    }
    const paths = new Set([...elements.keys(), ...containers.keys(), ...byOwner.keys()]);
    for (const path of paths) {
      const ds = byOwner.get(path) || [];
      const els = elements.get(path) || [];
      const owner = els.find(isControl) || els[0] || null;
      const container =
        ds.length || containers.has(path) ? containerFor(path, owner, containers) : null;
      if (container) renderMessages(container, ds);
      let worst = null;
      for (const d of ds) if (!worst || RANK[d.severity] > RANK[worst]) worst = d.severity;
      const errors = ds.filter((d) => d.severity === "error").map((d) => d.message);
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
    if (typeof options.onDiagnostics === "function") options.onDiagnostics(res, binding);
    return res;
  }

  function validate() {
    if (destroyed) return result;
    return update(validator.validate(options.getTable()));
  }

  function applyFix(d) {
    if (typeof options.setTable !== "function") return;
    const fixed = validator.applyFixes(options.getTable(), [d]);
    options.setTable(fixed, d);
    validate();
    if (d.fix) focus(d.fix.path);
  }

  function focus(path) {
    const elements = elementsByPath();
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

  function markTouched(target) {
    if (reveal !== "touched" || !target || !target.closest) return false;
    const el = target.closest("[data-path]");
    if (!el || !form.contains(el) || touched.has(el)) return false;
    touched.add(el);
    return true;
  }

  function onEvent(e) {
    markTouched(e.target);
    validate();
  }

  function onFocusOut(e) {
    // Leaving a control reveals its findings (a required field left blank) without re-validating.
    if (markTouched(e.target) && result) update(result);
  }

  for (const type of events) form.addEventListener(type, onEvent);
  form.addEventListener("focusout", onFocusOut);

  const binding = {
    validate,
    update,
    focus,
    applyFix,
    get result() {
      return result;
    },
    get validator() {
      return validator;
    },
    setValidator(v) {
      validator = v;
      return validate();
    },
    setSeverityLabels(l) {
      labels = l || null;
      // Rewrite every message element: the labels are part of what they show.
      for (const c of containersByPath().values()) shown.delete(c);
      return result ? update(result) : null;
    },
    revealAll() {
      reveal = "all";
      return result ? update(result) : null;
    },
    revealTouched() {
      reveal = "touched";
      touched = new WeakSet();
      return result ? update(result) : null;
    },
    get reveal() {
      return reveal;
    },
    messageElement(path) {
      return containersByPath().get(path) || null;
    },
    destroy() {
      destroyed = true;
      for (const type of events) form.removeEventListener(type, onEvent);
      form.removeEventListener("focusout", onFocusOut);
      for (const el of form.querySelectorAll("[data-jixiao-created]")) el.remove();
      for (const el of form.querySelectorAll("[data-path]")) {
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
