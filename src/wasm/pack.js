// The fast paths across the JS/wasm boundary (see src/wasm.rs): a table in, diagnostics out,
// each as one string instead of one crossing per field.
//
// In: reading a table field by field costs about ten crossings of the boundary per field, a
// third of a `validate` call. When the table is plain data — plain objects, every field text,
// or an integer where the contract allows a number — `packTable` packs it into one string.
// Anything else gives `undefined`, and the careful reader in wasm.rs reads the table instead
// and reports what is wrong with it: the packer never decides what a value means, it only
// declines what it would have to. The string: the 6 header fields, then 9 cells per row,
// each ended by "\0".
//
// Out: `unpackDiagnostics` builds the diagnostic objects from one string, in place of
// serde_json writing JSON and `JSON.parse` reading it (about half the cost of the results).

const HEADER = ["year", "projectName", "department", "implementingUnit", "budget", "overallGoal"];
const CELLS = ["level1", "level2", "name", "operator", "value", "unit", "deadline", "weight", "direction"];
/** Fields where the contract allows a number as well as text. */
const NUMERIC = ["year", "budget", "value", "weight"];

/** Returned by `fields` for what is not plain data. */
const NOT_PLAIN = Symbol("not plain");

/**
 * Appends the texts of `object`'s `names` to `out`. Returns the value of its own `indicators`
 * key (undefined without one), or NOT_PLAIN.
 */
function fields(object, names, out) {
  if (typeof object !== "object" || object === null) return NOT_PLAIN;
  const proto = Object.getPrototypeOf(object);
  if (proto !== Object.prototype && proto !== null) return NOT_PLAIN;
  const texts = names.map(() => "");
  let rows;
  // Own enumerable keys only, as the careful reader reads them.
  for (const [key, value] of Object.entries(object)) {
    const i = names.indexOf(key);
    if (i < 0) {
      if (key === "indicators") rows = value;
    } else if (typeof value === "string") {
      if (value.includes("\0")) return NOT_PLAIN;
      texts[i] = value;
    } else if (typeof value === "number" && Number.isSafeInteger(value) && NUMERIC.includes(key)) {
      texts[i] = String(value);
    } else if (value !== undefined && value !== null) {
      return NOT_PLAIN;
    }
  }
  for (const text of texts) out.push(text, "\0");
  return rows;
}

/** `table` packed, or `undefined` when it is not plain data; reads at most `maxRows` rows. */
export function packTable(table, maxRows) {
  try {
    const out = [];
    const rows = fields(table, HEADER, out);
    if (rows === NOT_PLAIN) return undefined;
    if (rows !== undefined && rows !== null) {
      if (!Array.isArray(rows) || Object.getPrototypeOf(rows) !== Array.prototype) return undefined;
      const n = Math.min(rows.length, maxRows);
      for (let i = 0; i < n; i++) {
        if (fields(rows[i], CELLS, out) === NOT_PLAIN) return undefined;
      }
    }
    return out.join("");
  } catch {
    // A throwing getter or Proxy trap: the careful reader meets it again and reports it.
    return undefined;
  }
}

/**
 * Diagnostics from their packed form (`pack_diagnostics` in wasm.rs): rule, severity, path,
 * message and the fix's kind ("" for none, "text", "remove"), then for a fix its path, value
 * and label; each ended by "\0".
 */
export function unpackDiagnostics(packed) {
  const t = packed.split("\0");
  const out = [];
  // The split leaves one empty string after the last "\0".
  for (let i = 0; i + 5 < t.length; ) {
    const d = { rule: t[i], severity: t[i + 1], path: t[i + 2], message: t[i + 3] };
    const fix = t[i + 4];
    i += 5;
    if (fix) {
      d.fix = { path: t[i], value: fix === "remove" ? null : t[i + 1], label: t[i + 2] };
      i += 3;
    }
    out.push(d);
  }
  return out;
}

/** A `validate` result: the packed diagnostics and their counts. */
export function validationResult(packed, error, warning, info) {
  return { diagnostics: unpackDiagnostics(packed), counts: { error, warning, info } };
}
