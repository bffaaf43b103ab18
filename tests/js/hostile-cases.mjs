// Hostile input at the JS boundary, shared by the Node test (tests/js/hostile.test.mjs) and the
// Chromium test (tests/browser/hostile.test.mjs), so it imports nothing and uses only what both
// have. For every case, `validate`, `validateField`, `applyFixes`, `normalize` and a `Form`'s
// `load`, `set` and `insertRow` must return their result or throw a JS `Error` — never trap
// (`WebAssembly.RuntimeError`: "unreachable", "memory access out of bounds"), never throw
// something that is not an `Error` — the input must come back untouched, and the same `Form`
// must still review a good table (no findings) and a known defect afterwards.
//
//   hostileCases()                     [{ name, make, validateOnly?, repeat? }], inputs built lazily
//   checkHostile(pkg, goodTable)       runs them all on one Form; one outcome per case
//   checkCase(pkg, form, goodTable, c) one case; its outcome lists its failures (none: it passed)
//
// Cases that hurt everything after them when they fail (a trap can leave the instance broken)
// come last.

const MB = 1 << 20;
const ROWS = 10_000;
const DEPTH = 10_000;

/** A small table with no findings, the base of the cases that put junk in one place. */
const base = () => ({
  year: 2024,
  projectName: "社区老年人健康体检",
  department: "铁西区卫生健康局",
  implementingUnit: "铁西区社区卫生服务中心",
  budget: 120.5,
  overallGoal: "2024年为辖区65岁以上老年人提供一次免费健康体检，建立健康档案，提高老年人健康管理水平。",
  indicators: [
    { level1: "产出指标", level2: "数量指标", name: "老年人健康体检人数", operator: "≥", value: "12000", unit: "人", deadline: "2024年12月" },
    { level1: "产出指标", level2: "质量指标", name: "体检报告合格率", operator: "≥", value: "98", unit: "%", deadline: "2024年12月" },
    { level1: "效益指标", level2: "社会效益指标", name: "慢性病早期发现人数", operator: "≥", value: "600", unit: "人", deadline: "2024年12月" },
    { level1: "满意度指标", level2: "服务对象满意度指标", name: "体检老年人满意度", operator: "≥", value: "90", unit: "%", deadline: "2024年12月" },
  ],
});

const row = (i = 0) => ({ ...base().indicators[i % 4] });
/** `base()` with `patch` merged in. */
const withTable = (patch) => ({ ...base(), ...patch });
/** `base()` whose row 0 is `r`. */
const withRow = (r) => {
  const t = base();
  t.indicators[0] = r;
  return t;
};
/** `base()` whose row 0 has `cells` merged in. */
const withCells = (cells) => withRow({ ...row(0), ...cells });

const thrower = (what = "hostile") => () => {
  throw new Error(what);
};
/** An object whose every own property is a getter that throws. */
const throwingGetters = (keys) => {
  const o = {};
  for (const k of keys) Object.defineProperty(o, k, { get: thrower(`getter ${k}`), enumerable: true });
  return o;
};
const TABLE_KEYS = ["year", "projectName", "department", "implementingUnit", "budget", "overallGoal", "indicators"];
const ROW_KEYS = ["level1", "level2", "name", "operator", "value", "unit", "deadline"];

/** A Proxy of `target` whose every trap throws `value` (an Error unless told). */
const throwingProxy = (target, value = new Error("proxy trap")) => {
  const trap = () => {
    throw value;
  };
  const traps = {};
  for (const t of ["get", "set", "has", "ownKeys", "getOwnPropertyDescriptor", "defineProperty",
    "deleteProperty", "getPrototypeOf", "setPrototypeOf", "isExtensible", "preventExtensions", "apply", "construct"]) {
    traps[t] = trap;
  }
  return new Proxy(target, traps);
};
const revoked = (target) => {
  const r = Proxy.revocable(target, {});
  r.revoke();
  return r.proxy;
};

const nestArrays = (depth, inner = "x") => {
  let a = inner;
  for (let i = 0; i < depth; i++) a = [a];
  return a;
};
const nestObjects = (depth, key = "value", inner = "x") => {
  let o = inner;
  for (let i = 0; i < depth; i++) o = { [key]: o };
  return o;
};
const bigString = (unit = "目") => unit.repeat(Math.ceil(MB / unit.length));
/** A 1 MB string of lone surrogates (high and low ones, never paired). */
const surrogates = () => "\uDC00\uD800".repeat(MB / 2);
const junk = (i) => [null, 3, "x", [], {}, true, NaN, -0, 10n, Symbol("s"), () => 1, { name: {} }, [[[]]], undefined][i % 14];

export function hostileCases() {
  return [
    // Not a table at all.
    { name: "undefined", make: () => undefined },
    { name: "null", make: () => null },
    { name: "true", make: () => true },
    { name: "0", make: () => 0 },
    { name: "-0", make: () => -0 },
    { name: "NaN", make: () => NaN },
    { name: "Infinity", make: () => Infinity },
    { name: "-Infinity", make: () => -Infinity },
    { name: "1.5", make: () => 1.5 },
    { name: "Number.MAX_VALUE", make: () => Number.MAX_VALUE },
    { name: "BigInt 10n", make: () => 10n },
    { name: "BigInt -(2^63)", make: () => -(2n ** 63n) },
    { name: "BigInt 2^64", make: () => 2n ** 64n },
    { name: "BigInt 2^1000", make: () => 2n ** 1000n },
    { name: "empty string", make: () => "" },
    { name: "string", make: () => "项目(政策)名称\t巡察经费" },
    { name: "1 MB string", make: () => bigString() },
    { name: "lone surrogate string", make: () => "\uD800" },
    { name: "1 MB of lone surrogates", make: () => surrogates() },
    { name: "Symbol", make: () => Symbol("table") },
    { name: "function", make: () => function table() {} },
    { name: "arrow function with table properties", make: () => Object.assign(() => 1, base()) },
    { name: "class", make: () => class Table {} },
    { name: "boxed string", make: () => new String("巡察经费") },
    { name: "boxed BigInt", make: () => Object(10n) },
    { name: "boxed Symbol", make: () => Object(Symbol("s")) },
    { name: "empty array", make: () => [] },
    { name: "array holding a table", make: () => [base()] },
    { name: "array of 10 000 tables", make: () => Array.from({ length: ROWS }, base) },
    { name: "array 10 000 deep", make: () => nestArrays(DEPTH) },
    { name: "Date", make: () => new Date(NaN) },
    { name: "RegExp", make: () => /巡察/gu },
    { name: "Map with table keys", make: () => new Map(Object.entries(base())) },
    { name: "Set", make: () => new Set([1, 2]) },
    { name: "Promise", make: () => Promise.resolve(base()) },
    { name: "Error", make: () => Object.assign(new Error("x"), base()) },
    { name: "Uint8Array (64 KB)", make: () => new Uint8Array(1 << 16).fill(0xff) },
    { name: "ArrayBuffer", make: () => new ArrayBuffer(16) },

    // Objects that fight back.
    { name: "every table getter throws", make: () => throwingGetters(TABLE_KEYS) },
    { name: "getter that throws a string", make: () => Object.defineProperty(base(), "projectName", { get() { throw "nope"; }, enumerable: true }) },
    { name: "indicators getter throws", make: () => Object.defineProperty(base(), "indicators", { get: thrower(), enumerable: true }) },
    { name: "row that is a getter-throwing object", make: () => withRow(throwingGetters(ROW_KEYS)) },
    { name: "cell getter throws", make: () => withRow(Object.defineProperty(row(0), "value", { get: thrower(), enumerable: true })) },
    { name: "non-enumerable getter that throws", make: () => Object.defineProperty(base(), "budget", { get: thrower(), enumerable: false }) },
    { name: "getter that answers differently each time", make: () => {
      let n = 0;
      return Object.defineProperty(base(), "projectName", { get: () => (n++ % 2 ? "甲" : ["乙"]), enumerable: true });
    } },
    { name: "Proxy whose traps throw", make: () => throwingProxy(base()) },
    { name: "Proxy whose traps throw a string", make: () => throwingProxy(base(), "a string") },
    { name: "Proxy whose ownKeys trap throws", make: () => new Proxy(base(), { ownKeys: thrower("ownKeys") }) },
    { name: "Proxy whose get trap throws", make: () => new Proxy(base(), { get: thrower("get") }) },
    { name: "Proxy row whose traps throw", make: () => withRow(throwingProxy(row(0))) },
    { name: "Proxy cell whose traps throw", make: () => withCells({ value: throwingProxy({}) }) },
    { name: "Proxy indicators array whose get trap throws", make: () => withTable({ indicators: new Proxy([row(0)], { get: thrower("get") }) }) },
    { name: "Proxy indicators array whose get trap throws a string", make: () => withTable({ indicators: new Proxy([row(0)], { get() { throw "a string"; } }) }) },
    { name: "Proxy indicators array whose length throws in valueOf", make: () => withTable({
      indicators: new Proxy([row(0)], { get: (t, k) => (k === "length" ? { valueOf: thrower("valueOf") } : t[k]) }),
    }) },
    { name: "revoked Proxy", make: () => revoked({}) },
    { name: "revoked Proxy as indicators", make: () => withTable({ indicators: revoked([]) }) },
    { name: "revoked Proxy as a row", make: () => withRow(revoked({})) },
    { name: "revoked Proxy as a cell", make: () => withCells({ name: revoked([]) }) },
    { name: "toJSON that throws", make: () => ({ ...base(), toJSON: thrower("toJSON") }) },
    { name: "row with a toJSON that throws", make: () => withRow({ ...row(0), toJSON: thrower("toJSON") }) },
    { name: "cell with toString, valueOf and toPrimitive that throw", make: () => withCells({
      value: { toString: thrower("toString"), valueOf: thrower("valueOf"), [Symbol.toPrimitive]: thrower("toPrimitive") },
    }) },
    { name: "frozen table", make: () => {
      const t = base();
      t.indicators.forEach(Object.freeze);
      Object.freeze(t.indicators);
      return Object.freeze(t);
    } },
    { name: "table inherited through the prototype only", make: () => Object.create(base()) },
    { name: "null-prototype table", make: () => Object.assign(Object.create(null), base()) },

    // Prototype-pollution shaped keys.
    { name: "__proto__ key (JSON.parse)", make: () => JSON.parse('{"__proto__":{"projectName":"x","polluted":1},"projectName":"甲","indicators":[]}') },
    { name: "__proto__ row key", make: () => withRow(JSON.parse('{"__proto__":{"polluted":1},"name":"合格率","value":"100"}')) },
    { name: "__proto__ as indicators", make: () => JSON.parse('{"indicators":{"__proto__":[{"polluted":1}]}}') },
    { name: "constructor.prototype keys", make: () => ({ ...base(), constructor: { prototype: { polluted: 1 } }, prototype: { polluted: 1 } }) },
    { name: "row with constructor and __proto__ cells", make: () => withRow(JSON.parse('{"constructor":{"prototype":{"polluted":1}},"__proto__":null,"name":"x"}')) },
    { name: "Object.prototype method names as keys", make: () => ({ ...base(), hasOwnProperty: 1, toString: 2, valueOf: null, __defineGetter__: "x", isPrototypeOf: [] }) },

    // Numbers and other primitives where text belongs.
    { name: "NaN, Infinity, -0 in year and budget", make: () => withTable({ year: NaN, budget: Infinity }) },
    { name: "-0 year, -Infinity budget", make: () => withTable({ year: -0, budget: -Infinity }) },
    { name: "BigInt year and budget", make: () => withTable({ year: 2024n, budget: 120n }) },
    { name: "BigInt 2^64 budget", make: () => withTable({ budget: 2n ** 64n }) },
    { name: "NaN, Infinity, -0 cells", make: () => withCells({ value: NaN, unit: Infinity, deadline: -0, name: -Infinity }) },
    { name: "BigInt cell", make: () => withCells({ value: 100n }) },
    { name: "BigInt 2^100 cell", make: () => withCells({ value: 2n ** 100n }) },
    { name: "extreme numbers in cells", make: () => withCells({ value: 5e-324, unit: Number.MAX_VALUE, deadline: 2 ** 53 + 2, name: 1e21 }) },
    { name: "Symbol cell", make: () => withCells({ value: Symbol("v") }) },
    { name: "Symbol keys", make: () => ({ ...base(), [Symbol("projectName")]: "x", [Symbol.iterator]: thrower() }) },
    { name: "Symbol as a row", make: () => withRow(Symbol("row")) },
    { name: "function cell", make: () => withCells({ name: () => "合格率" }) },
    { name: "function as a row", make: () => withRow(function row() {}) },
    { name: "function as indicators", make: () => withTable({ indicators: () => [] }) },

    // Big.
    { name: "1 MB overallGoal", make: () => withTable({ overallGoal: bigString() }) },
    { name: "1 MB cell", make: () => withCells({ name: bigString("合格率") }) },
    { name: "1 MB key", make: () => ({ ...base(), [bigString("k")]: "x" }) },
    { name: "1 MB of lone surrogates in projectName", make: () => withTable({ projectName: surrogates() }) },
    { name: "10 000 rows", make: () => withTable({ indicators: Array.from({ length: ROWS }, (_, i) => row(i)) }) },
    { name: "10 000 junk rows", make: () => withTable({ indicators: Array.from({ length: ROWS }, (_, i) => junk(i)) }) },
    { name: "10 000 rows of junk cells", make: () => withTable({
      indicators: Array.from({ length: ROWS }, (_, i) => ({ level1: junk(i), name: junk(i + 1), value: junk(i + 2), unit: junk(i + 3) })),
    }) },
    { name: "10 000 holes in indicators", make: () => withTable({ indicators: new Array(ROWS) }) },
    { name: "10 000 keys on a row", make: () => withRow(Object.fromEntries(Array.from({ length: ROWS }, (_, i) => [`k${i}`, i]))) },
    { name: "10 000 rows with lone-surrogate names", make: () => withTable({
      indicators: Array.from({ length: ROWS }, (_, i) => ({ ...row(i), name: `合格率\uD800${i}` })),
    }) },

    // Deep and cyclic.
    { name: "cell nested 10 000 deep (arrays)", make: () => withCells({ value: nestArrays(DEPTH) }) },
    { name: "cell nested 10 000 deep (objects)", make: () => withCells({ name: nestObjects(DEPTH) }) },
    { name: "row nested 10 000 deep", make: () => withRow(nestObjects(DEPTH, "name")) },
    { name: "indicators nested 10 000 deep", make: () => withTable({ indicators: nestArrays(DEPTH, row(0)) }) },
    { name: "tables nested 10 000 deep through indicators", make: () => {
      let t = base();
      for (let i = 0; i < DEPTH; i++) t = withTable({ indicators: [t] });
      return t;
    } },
    { name: "cyclic table", make: () => {
      const t = base();
      t.self = t;
      t.indicators.push(t);
      t.indicators[0].value = t.indicators;
      return t;
    } },

    // Lone surrogates.
    { name: "lone surrogate in projectName", make: () => withTable({ projectName: "\uD800" }) },
    { name: "lone surrogates in a row's names", make: () => withCells({ level1: "产出指标\uDFFF", level2: "\uD800", name: "合格率\uD800", operator: "\uDC00≥", unit: "%\uD800" }) },
    { name: "lone surrogate in a key", make: () => ({ ...base(), ["projectName\uD800"]: "x", ["\uDC00"]: "y" }) },
    { name: "NUL and BOM characters", make: () => withCells({ name: "\u0000合格率\uFEFF", value: "1\u000000" }) },

    // Last: cases that leave the instance broken if they fail.
    { name: "indicators: sparse array of length 2^32 - 1", validateOnly: true, make: () => withTable({ indicators: new Array(2 ** 32 - 1) }) },
    { name: "Proxy indicators array whose get trap throws, 1000 times", validateOnly: true, repeat: 1000, make: () => withTable({ indicators: new Proxy([row(0)], { get: thrower("get") }) }) },
  ];
}

// ---------------------------------------------------------------------------------------------
// Checking.

const now = () => (globalThis.performance ? performance.now() : Date.now());

/** A table with one known defect: a 合格率 whose target is “>= 100 %”. */
export function defectTable(goodTable) {
  const t = structuredClone(goodTable);
  Object.assign(t.indicators[1], { name: "体检报告合格率", operator: ">=", value: "100", unit: "%" });
  return t;
}

const isTrap = (e) => typeof WebAssembly !== "undefined" && e instanceof WebAssembly.RuntimeError;

function describeThrown(e) {
  if (e instanceof Error) return `${e.name}: ${String(e.message).slice(0, 200)}`;
  try {
    return `a thrown ${typeof e}: ${String(e).slice(0, 200)}`;
  } catch {
    return `a thrown ${typeof e}`;
  }
}

/** Calls `fn`; the outcome is ok (with the value) or the thrown value, and what is wrong with it. */
function attempt(what, fn, isResult, failures) {
  let value;
  try {
    value = fn();
  } catch (e) {
    if (isTrap(e)) failures.push(`${what}: wasm trap (${describeThrown(e)})`);
    else if (!(e instanceof Error)) failures.push(`${what}: threw something that is not an Error (${describeThrown(e)})`);
    else if (e instanceof RangeError && /call stack/i.test(e.message)) failures.push(`${what}: stack overflow (${describeThrown(e)})`);
    return { threw: true, error: e };
  }
  const bad = isResult(value);
  if (bad) failures.push(`${what}: ${bad}`);
  return { threw: false, value };
}

/** Why `r` is not a ValidationResult, or "". */
function notAResult(r) {
  if (r === null || typeof r !== "object") return `returned ${typeof r}`;
  if (!Array.isArray(r.diagnostics)) return "diagnostics is not an array";
  if (r.counts === null || typeof r.counts !== "object") return "counts is not an object";
  for (const s of ["error", "warning", "info"]) {
    if (typeof r.counts[s] !== "number") return `counts.${s} is not a number`;
    if (r.counts[s] !== r.diagnostics.filter((d) => d.severity === s).length) return `counts.${s} does not match`;
  }
  return notDiagnostics(r.diagnostics);
}
function notDiagnostics(ds) {
  if (!Array.isArray(ds)) return `returned ${typeof ds}, not an array`;
  for (const d of ds) {
    if (d === null || typeof d !== "object" || typeof d.rule !== "string" || typeof d.path !== "string" ||
      !["error", "warning", "info"].includes(d.severity) || typeof d.message !== "string") {
      return `not a diagnostic: ${JSON.stringify(d)}`;
    }
  }
  return "";
}
const notAnObject = (t) => (t !== null && typeof t === "object" ? "" : `returned ${typeof t}, not a table`);
/** Why `c` is not a Change, or "". */
function notAChange(c) {
  if (c === null || typeof c !== "object") return `returned ${typeof c}`;
  if (!Array.isArray(c.removed) || c.removed.some((id) => typeof id !== "string")) return "removed is not an array of ids";
  if (c.counts === null || typeof c.counts !== "object") return "counts is not an object";
  return notDiagnostics(c.added);
}

/**
 * Everything observable about `root` without running its code: own keys and data values
 * (getters and Proxy traps are recorded, not called; a trap that throws is recorded as such),
 * walked without recursion so 10 000 levels fit. Entries are [parent, key, kind, value].
 */
function fingerprint(root) {
  const out = [];
  const ids = new Map();
  const todo = [[-1, "", root]];
  const tryOr = (f, fallback) => {
    try {
      return f();
    } catch {
      return fallback;
    }
  };
  while (todo.length) {
    const [parent, key, v] = todo.pop();
    const at = out.length;
    if (v === null || (typeof v !== "object" && typeof v !== "function")) {
      out.push([parent, key, typeof v, v]);
      continue;
    }
    if (ids.has(v)) {
      out.push([parent, key, "seen", ids.get(v)]);
      continue;
    }
    ids.set(v, at);
    const proto = tryOr(() => {
      const p = Object.getPrototypeOf(v);
      return p === null ? "null" : p === Object.prototype ? "Object" : p === Array.prototype ? "Array" : "other";
    }, "unreadable");
    const state = tryOr(() => `${Object.isExtensible(v)}/${Object.isFrozen(v)}`, "unreadable");
    out.push([parent, key, `${typeof v}:${proto}:${state}`, typeof v === "function" ? v : null]);
    const keys = tryOr(() => Reflect.ownKeys(v), null);
    if (!keys) {
      out.push([at, "", "ownKeys throws", null]);
      continue;
    }
    for (let i = keys.length - 1; i >= 0; i--) {
      const k = keys[i];
      const d = tryOr(() => Object.getOwnPropertyDescriptor(v, k), "throws");
      if (d === "throws" || d === undefined) {
        out.push([at, k, `descriptor ${d}`, null]);
      } else if ("value" in d) {
        todo.push([at, k, d.value]);
      } else {
        out.push([at, k, `accessor ${d.enumerable}`, d.get]);
        out.push([at, k, "setter", d.set]);
      }
    }
  }
  return out;
}

/** The first difference between two fingerprints, or "". */
function difference(a, b) {
  if (a.length !== b.length) return `${a.length} entries before, ${b.length} after`;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < 4; j++) {
      if (!Object.is(a[i][j], b[i][j])) {
        const show = (x) => (typeof x === "string" ? JSON.stringify(x.slice(0, 40)) : String(typeof x === "symbol" ? x.toString() : x));
        return `entry ${i} (key ${show(a[i][1])}): ${show(a[i][j])} became ${show(b[i][j])}`;
      }
    }
  }
  return "";
}

const protoKeys = () => [Object.prototype, Array.prototype, Function.prototype].map((p) => Reflect.ownKeys(p).length).join("/");

/**
 * Checks one case with `pkg`'s functions and on `form`; `baseline` is what `validate` said about
 * `goodTable` before any case. Returns { name, outcome: "diagnostics" | "error", ms, detail,
 * failures }.
 */
export function checkCase(pkg, form, goodTable, c, baseline = JSON.stringify(pkg.validate(goodTable))) {
  const failures = [];
  let input;
  try {
    input = c.make();
  } catch (e) {
    return { name: c.name, outcome: "error", ms: 0, detail: "make() threw", failures: [`building the input: ${describeThrown(e)}`] };
  }
  const before = fingerprint(input);
  let clone;
  let cloned = false;
  try {
    clone = structuredClone(input);
    // Only a faithful copy is a snapshot (an Error's or a class's own extras are not cloned).
    cloned = !difference(before, fingerprint(clone));
  } catch {
    // Functions, Symbols, Proxies, getters that throw: the fingerprint still covers them.
  }
  const protos = protoKeys();

  const repeat = c.repeat || 1;
  let r;
  const t0 = now();
  for (let i = 0; i < repeat; i++) {
    const f = [];
    r = attempt(repeat > 1 ? `validate (call ${i + 1} of ${repeat})` : "validate", () => pkg.validate(input), notAResult, f);
    if (f.length) {
      failures.push(...f);
      break;
    }
  }
  const ms = now() - t0;

  if (!c.validateOnly) {
    attempt("validateField(projectName)", () => pkg.validateField(input, "projectName"), notDiagnostics, failures);
    attempt("validateField(indicators.0.value)", () => pkg.validateField(input, "indicators.0.value"), notDiagnostics, failures);
    attempt("applyFixes", () => pkg.applyFixes(input), notAnObject, failures);
    if (!r.threw) attempt("applyFixes(diagnostics)", () => pkg.applyFixes(input, r.value.diagnostics), notAnObject, failures);
    attempt("normalize", () => pkg.normalize(input), notAnObject, failures);
    // The live document: the input as a whole table, as a row, and as what was typed in a cell.
    const loaded = attempt("Form#load", () => form.load(input), notAChange, failures);
    // (Only for plain data: a getter may answer differently to each read.)
    if (cloned && !loaded.threw && !r.threw && JSON.stringify(form.diagnostics()) !== JSON.stringify(r.value.diagnostics)) {
      failures.push("Form#load: its findings are not validate's");
    }
    attempt("Form#load(good table)", () => form.load(goodTable), notAChange, failures);
    attempt("Form#insertRow(0, input)", () => form.insertRow(0, input), notAChange, failures);
    attempt("Form#removeRow(0)", () => form.removeRow(0), notAChange, failures);
    attempt("Form#set(projectName, input)", () => form.set("projectName", input), notAChange, failures);
    attempt("Form#set(indicators.0.value, input)", () => form.set("indicators.0.value", input), notAChange, failures);
    attempt("Form#set(year, input)", () => form.set("year", input), notAChange, failures);
  } else {
    attempt("Form#load", () => form.load(input), notAChange, failures);
  }

  const changed = difference(before, fingerprint(input));
  if (changed) failures.push(`the input was mutated: ${changed}`);
  if (cloned) {
    const fromClone = difference(fingerprint(clone), fingerprint(input));
    if (fromClone) failures.push(`the input differs from its structuredClone snapshot: ${fromClone}`);
  }
  if (protoKeys() !== protos || ({}).polluted !== undefined) failures.push("a built-in prototype was changed");

  // The module and the same Form still work.
  const good = attempt("validate(good table) afterwards", () => pkg.validate(goodTable), notAResult, failures);
  if (!good.threw && JSON.stringify(good.value) !== baseline) {
    failures.push(`validate(good table) afterwards: ${JSON.stringify(good.value).slice(0, 300)}, not ${baseline}`);
  }
  const reloaded = attempt("Form#load(good table) afterwards", () => form.load(goodTable), notAChange, failures);
  if (!reloaded.threw && form.diagnostics().length) {
    failures.push(`Form#load(good table) afterwards: ${JSON.stringify(form.diagnostics()).slice(0, 300)}`);
  }
  const defect = attempt("Form#set afterwards", () => form.set("indicators.1.value", "100") && form.set("indicators.1.operator", ">=") && form.set("indicators.1.unit", "%") && form.set("indicators.1.name", "体检报告合格率"), notAChange, failures);
  if (!defect.threw && !form.diagnostics().some((d) => d.rule === "rate-at-least-100" && d.path === "indicators.1.operator")) {
    failures.push(`Form#set afterwards misses rate-at-least-100: ${JSON.stringify(form.diagnostics()).slice(0, 300)}`);
  }

  const detail = r.threw
    ? describeThrown(r.error)
    : [...new Set((r.value?.diagnostics || []).map((d) => d.rule))].slice(0, 4).join(" ");
  return { name: c.name, outcome: r.threw ? "error" : "diagnostics", ms: Math.round(ms * 10) / 10, detail, failures };
}

/**
 * Every case with `pkg` and one `new pkg.Form()`. `goodTable` is tests/data/good.json (no
 * findings). Throws only when the good table itself is not clean; case failures are in the
 * outcomes.
 */
export function checkHostile(pkg, goodTable, { only } = {}) {
  const form = new pkg.Form();
  const first = pkg.validate(goodTable);
  if (first.diagnostics.length) throw new Error(`the good table has findings: ${JSON.stringify(first.diagnostics)}`);
  const baseline = JSON.stringify(first);
  const outcomes = [];
  for (const c of hostileCases()) {
    if (only && !only(c)) continue;
    outcomes.push(checkCase(pkg, form, goodTable, c, baseline));
  }
  return outcomes;
}
