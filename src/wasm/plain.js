// Copies the plain data out of what a page hands over (objects, arrays, strings, numbers,
// booleans, null), so that serde-wasm-bindgen then reads a value no page code can run under:
// getters, Proxy traps and revoked Proxies run here, inside the caller's try (the import is
// `catch` on the Rust side), never while the wasm is in the middle of reading. A function, a
// Symbol, a BigInt beyond a safe integer or a throwing getter makes the whole value unreadable
// (it throws); nesting deeper than a table ever goes, and so every cycle, is cut off.
//
// `maxItems`: the most elements of an array that are copied (rows past the limit are only
// counted by the reader: one more than the limit is enough to report them).

const DEPTH = 8;

export function plain(value, maxItems) {
  return copy(value, maxItems, 0);
}

function copy(v, maxItems, depth) {
  switch (typeof v) {
    case "string":
    case "number":
    case "boolean":
    case "undefined":
      return v;
    case "bigint":
      if (v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)) {
        return Number(v);
      }
      throw new TypeError("a BigInt beyond a safe integer");
    case "object":
      break;
    default:
      throw new TypeError(`a ${typeof v}`);
  }
  if (v === null) return null;
  if (depth >= DEPTH) return null;
  if (Array.isArray(v)) {
    const n = Math.min(v.length, maxItems);
    const out = new Array(n);
    for (let i = 0; i < n; i++) out[i] = copy(v[i], maxItems, depth + 1);
    return out;
  }
  const out = {};
  for (const key of Object.keys(v)) out[key] = copy(v[key], maxItems, depth + 1);
  return out;
}

// Whether `value` is an array, for a cell's value (`form.set`): false for what cannot even say
// (a revoked Proxy throws in Array.isArray), so that no page value throws while a Form is
// borrowed by the wasm.
export function isArray(value) {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}
