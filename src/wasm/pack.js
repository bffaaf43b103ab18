// The JS half of the wasm boundary (the Rust half is pack.rs beside it): tables go in and results
// come out as one string each, instead of one crossing of the boundary per field (about ten
// for each field read through js-sys, a third of a `validate` call) or serde_json's JSON
// (13 KB gzip of wasm). This file only moves values: what a value means is decided in Rust.
//
// The string is a list of tokens, each ended by "\0". Inside a token "\0" is written
// "\u0001" "0" and "\u0001" is written "\u0001" "1", so any text crosses as it is. A validator's
// diagnostics that did not change since its last result cross as "=k", the k-th of the JS
// objects kept from that result (`validatorDiagnostics`).

const HEADER = ["year", "projectName", "department", "implementingUnit", "budget", "overallGoal"];
const CELLS = ["level1", "level2", "name", "operator", "value", "unit", "deadline", "weight", "direction"];

const escape = (text) =>
  text.includes("\0") || text.includes("\u0001")
    ? text.replace(/[\0\u0001]/g, (c) => (c === "\0" ? "\u00010" : "\u00011"))
    : text;
const unescape = (text) =>
  text.includes("\u0001") ? text.replace(/\u0001([01])/g, (_, c) => (c === "0" ? "\0" : "\u0001")) : text;

// ---- in: a table ----

/**
 * What the pack functions give instead of throwing when what they read throws (or cannot be
 * read): U+0002 and the message. An exception thrown into wasm would need a `catch` shim for
 * every import; Rust reads this instead (`caught` in pack.rs).
 */
function thrown(e) {
  let message = "a getter or Proxy trap threw";
  try {
    if (e instanceof Error) message = String(e.message);
  } catch {
    // A Proxy's trap or a message getter that throws too: the general word.
  }
  return "\u0002" + message;
}

/** The bits of a number that is not a safe integer, as 16 hex digits: wasm reads the exact f64. */
const bits = new DataView(new ArrayBuffer(8));
function numberBits(n) {
  bits.setFloat64(0, n);
  return bits.getBigUint64(0).toString(16).padStart(16, "0");
}

/**
 * The token for a field's value: its kind and its text — "s" text, "n" a safe integer, "f" any
 * other number as its bits, "b" true/false, "u" null or undefined, "a" an array, "o" an object
 * (whose content is not read). A function or Symbol throws: such input cannot be read.
 */
function value(v, where, key = "") {
  switch (typeof v) {
    case "string":
      return "s" + escape(v);
    case "number":
      return Number.isSafeInteger(v) ? "n" + String(v) : "f" + numberBits(v);
    case "boolean":
      return "b" + v;
    case "undefined":
      return "u";
    case "bigint":
      if (v >= -(2n ** 63n) && v < 2n ** 63n) return "n" + v.toString();
      throw new RangeError(`${where}${key}: a BigInt beyond 64 bits`);
    case "object":
      return v === null ? "u" : Array.isArray(v) ? "a" : "o";
    default:
      throw new TypeError(`${where}${key}: a ${typeof v}`);
  }
}

/**
 * Pushes the values of `object`'s fields `names` (own enumerable keys only) to `values`: a text
 * as it is (empty once `budget` is spent), anything else as its token `{ t }`. Returns its
 * `indicators`. Texts are counted against `budget`.
 */
function fields(values, object, names, where, budget) {
  const found = new Array(names.length);
  let rows;
  for (const key of Object.keys(object)) {
    const i = names.indexOf(key);
    if (i >= 0) found[i] = object[key];
    else if (key === "indicators") rows = object[key];
  }
  for (let i = 0; i < names.length; i++) {
    const v = found[i];
    if (typeof v === "string") {
      values.push(budget.spent ? "" : v);
      budget.left -= Math.min(Math.ceil(v.length / 2), budget.maxText);
    } else {
      values.push({ t: value(v, where, names[i]) });
    }
  }
  return rows;
}

/**
 * A table read: `shape`, the tokens of its structure (the root's kind; for an object, the kind
 * of `indicators`, and for an array its length and the kind of each of its first `maxRows`
 * rows), and `values`, its 6 header fields and each object row's 9 cells as `fields` gives
 * them. Throws what a getter or Proxy trap throws, and for a function, Symbol or a BigInt
 * beyond 64 bits.
 *
 * The rows past `maxInput` characters of text (each text counted up to `maxText`) are never
 * checked: `Table::parse` stops at the row that crosses it. Their texts are sent empty, so a
 * huge paste does not cross the boundary whole; their kinds are still sent, for the
 * `invalid-input` issues. Counted low — half a string's UTF-16 length, at most `maxText`, where
 * Rust counts characters — so a row is emptied only after one that Rust will not check either.
 */
function read(table, maxRows, maxText, maxInput) {
  const budget = { left: maxInput, maxText, spent: false };
  const shape = [value(table, "the table")];
  const values = [];
  if (shape[0] === "o") {
    const rows = fields(values, table, HEADER, "", budget);
    const list = value(rows, "indicators");
    shape.push(list);
    if (list === "a") {
      const n = rows.length;
      shape.push(String(n));
      for (let i = 0; i < Math.min(n, maxRows); i++) {
        const row = rows[i];
        const kind = value(row, "indicators.", i);
        shape.push(kind);
        if (kind === "o") fields(values, row, CELLS, `indicators.${i}.`, budget);
        if (budget.left < 0) budget.spent = true;
      }
    }
  }
  return { shape, values };
}

const token = (v) => (typeof v === "string" ? "s" + escape(v) : v.t);

/** A table read by `read`, as tokens: its shape with each object's field values in place. */
function tokens({ shape, values }) {
  const out = [shape[0]];
  let s = 1;
  let v = 0;
  if (shape[0] === "o") {
    for (let i = 0; i < HEADER.length; i++) out.push(token(values[v++]));
    out.push(shape[s]);
    if (shape[s++] === "a") {
      out.push(shape[s++]);
      while (s < shape.length) {
        out.push(shape[s]);
        if (shape[s++] === "o") for (let i = 0; i < CELLS.length; i++) out.push(token(values[v++]));
      }
    }
  }
  return out.join("\0") + "\0";
}

/**
 * A table as tokens (see `read`): the root's kind; for an object, its 6 header fields, the kind
 * of `indicators`, and for an array its length and its first `maxRows` rows, each a kind and,
 * for an object, its 9 cells. (Infinite limits send everything, for `applyFixes` and
 * `normalize`.)
 *
 * For a validator, whose JS side is `kept` and whose Rust side holds its last table when
 * `held`: "D", then for each field whose text changed since that table its index in `values`
 * and its text (so "D" alone: the same table); or, when more than texts changed, "F" and the
 * table's tokens. A keystroke so sends one cell, not the table.
 *
 * What cannot be read (see `read`) gives `thrown`'s string instead.
 */
export function packTable(table, maxRows, maxText = Infinity, maxInput = Infinity, kept = undefined, held = false) {
  try {
    return changes(table, maxRows, maxText, maxInput, kept, held);
  } catch (e) {
    return thrown(e);
  }
}

function changes(table, maxRows, maxText, maxInput, kept, held) {
  if (!kept) return tokens(read(table, maxRows, maxText, maxInput));
  const last = kept.last;
  kept.last = undefined; // until it is read: what throws is not held on either side
  const now = read(table, maxRows, maxText, maxInput);
  kept.last = now;
  // Indices in `values` are fields only while every row is an object.
  const { shape } = now;
  if (!held || !last || last.shape.length !== shape.length || shape.some((t, i) => t !== last.shape[i] || (i > 2 && t !== "o"))) {
    return "F\0" + tokens(now);
  }
  const out = ["D"];
  for (let i = 0; i < now.values.length; i++) {
    const a = last.values[i];
    const b = now.values[i];
    if (a === b || (typeof a === "object" && typeof b === "object" && a.t === b.t)) continue;
    // The year is read as a number: only texts are changed in place.
    if (i === 0 || typeof a !== "string" || typeof b !== "string") return "F\0" + tokens(now);
    out.push(String(i), escape(b));
  }
  return out.join("\0") + "\0";
}

// ---- in: the fixes given back to applyFixes ----

/**
 * The fixes of `diagnostics`: for each diagnostic with a `fix` (not null or undefined), its
 * index, then the tokens of the fix's `path`, `value` and `label` as a table's fields are
 * written. What is not an array, or cannot be read like `packTable`'s, gives `thrown`'s string.
 */
export function packFixes(diagnostics) {
  try {
    return fixes(diagnostics);
  } catch (e) {
    return thrown(e);
  }
}

function fixes(diagnostics) {
  if (!Array.isArray(diagnostics)) throw new TypeError("diagnostics must be an array");
  const out = [];
  for (let i = 0; i < diagnostics.length; i++) {
    const d = diagnostics[i];
    const fix = d !== null && typeof d === "object" ? d.fix : undefined;
    if (fix === undefined || fix === null) continue;
    const where = `diagnostics[${i}].fix.`;
    out.push(String(i));
    for (const key of ["path", "value", "label"]) {
      out.push(value(typeof fix === "object" ? fix[key] : undefined, where, key));
    }
  }
  return out.map((t) => t + "\0").join("");
}

// ---- in: options ----

/**
 * Options as tokens: each value as a table's fields are, an array followed by its length and
 * its elements, an object by its number of keys and each key and value. What cannot be read like
 * `packTable`'s, arrays of more than 10 000 elements and nesting deeper than 8 give `thrown`'s
 * string.
 */
export function packOptions(options) {
  try {
    const out = [];
    option(out, options, "options", 0);
    return out.join("\0") + "\0";
  } catch (e) {
    return thrown(e);
  }
}

function option(out, v, where, depth) {
  const kind = value(v, where);
  if ((kind === "a" || kind === "o") && depth > 8) throw new RangeError(`${where}: nested too deep`);
  out.push(kind);
  if (kind === "a") {
    const n = v.length >>> 0;
    if (n > 10_000) throw new RangeError(`${where}: an array of ${n} elements`);
    out.push(String(n));
    for (let i = 0; i < n; i++) option(out, v[i], `${where}.${i}`, depth + 1);
  } else if (kind === "o") {
    const keys = Object.keys(v);
    out.push(String(keys.length));
    for (const key of keys) {
      out.push(escape(key));
      option(out, v[key], `${where}.${key}`, depth + 1);
    }
  }
}

// ---- out: results ----

/** Reads the tokens of a packed string in order. */
class Tokens {
  constructor(packed) {
    this.t = packed.split("\0");
    this.i = 0;
  }
  text() {
    return unescape(this.t[this.i++]);
  }
  count() {
    return Number(this.t[this.i++]);
  }
}

/** Reads into `d`: rule, severity, path, message, fix kind ("" none, "text", "remove") [, fix path, value, label]. */
function diagnostic(t, d) {
  d.rule = t.text();
  d.severity = t.text();
  d.path = t.text();
  d.message = t.text();
  const fix = t.text();
  if (fix) {
    const path = t.text();
    const text = t.text();
    d.fix = { path, value: fix === "remove" ? null : text, label: t.text() };
  }
  return d;
}

/** An import's diagnostics: count, then per diagnostic its table's index and its fields. */
function importDiagnostics(t) {
  const out = [];
  for (let n = t.count(); n > 0; n--) out.push(diagnostic(t, { table: t.count() }));
  return out;
}

/** count, then per table: year ("" for none), 5 header texts, row count, 9 cells per row. */
function tables(t) {
  const out = [];
  for (let n = t.count(); n > 0; n--) {
    const year = t.text();
    const table = year ? { year: Number(year) } : {};
    for (const key of HEADER.slice(1)) table[key] = t.text();
    table.indicators = [];
    for (let r = t.count(); r > 0; r--) {
      const row = {};
      for (const key of CELLS) {
        const text = t.text();
        // weight and direction are optional columns, left out when empty.
        if (text || (key !== "weight" && key !== "direction")) row[key] = text;
      }
      table.indicators.push(row);
    }
    out.push(table);
  }
  return out;
}

/**
 * A validator's result: a count, then per diagnostic either a reference "=k", the k-th of
 * `kept.list` (the objects of the validator's last result, kept so that what did not change
 * is not decoded again), or its fields as `diagnostic` reads them. "=k:n" is n references, to
 * k and the n - 1 after it. Its objects become `kept.list`. Returns `{ diagnostics, counts }`
 * (`validate`), or for `validateField`, given the field's `path` as Rust writes it, the
 * diagnostics at that path or inside it (`indicators.3.value` is inside `indicators.3` and
 * `indicators`; everything is inside "").
 */
export function unpackValidation(packed, kept, path) {
  const t = new Tokens(packed);
  const diagnostics = [];
  const objects = [];
  const counts = { error: 0, warning: 0, info: 0 };
  const push = (d) => {
    objects.push(d);
    counts[d.severity]++;
    if (path === undefined || path === "" || d.path === path || d.path.startsWith(path + ".")) {
      // A copy: callers may change what they are given; the kept objects stay as sent.
      const copy = { ...d };
      if (d.fix) copy.fix = { ...d.fix };
      diagnostics.push(copy);
    }
  };
  for (let n = t.count(); objects.length < n;) {
    const ref = t.t[t.i];
    if (ref.charCodeAt(0) === 61 /* = */) {
      t.i++;
      const colon = ref.indexOf(":");
      const k = Number(colon < 0 ? ref.slice(1) : ref.slice(1, colon));
      const run = colon < 0 ? 1 : Number(ref.slice(colon + 1));
      for (let r = 0; r < run; r++) push(kept.list[k + r]);
    } else {
      push(diagnostic(t, {}));
    }
  }
  kept.list = objects;
  return path === undefined ? { diagnostics, counts } : diagnostics;
}

/** One `RawTable`. */
export function unpackTable(packed) {
  return tables(new Tokens(packed))[0];
}

/** `{ tables, diagnostics }` of an import. */
export function unpackImport(packed) {
  const t = new Tokens(packed);
  return { tables: tables(t), diagnostics: importDiagnostics(t) };
}

/** `RuleMeta[]`: count, then id, level, configured level, title, description. */
export function unpackRules(packed) {
  const t = new Tokens(packed);
  const out = [];
  for (let n = t.count(); n > 0; n--) {
    out.push({ id: t.text(), level: t.text(), configuredLevel: t.text(), title: t.text(), description: t.text() });
  }
  return out;
}
