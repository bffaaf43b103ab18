// The demo page: a budget portal's 绩效目标表 form, checked live by jixiao through jixiao/form.
// Plain ES module, no build step. Every text the page writes goes through textContent.
import init, { Validator } from "./pkg/web/jixiao.js";
import { bindForm, bySeverity, SEVERITIES } from "./pkg/adapters/form.js";
import { LABELS } from "./i18n.js";
import { level1s, level2s, templateRows, OPERATORS } from "./taxonomy.js";

const COLUMNS = ["level1", "level2", "name", "operator", "value", "unit", "deadline", "weight", "direction"];
const HEADER_FIELDS = ["projectName", "department", "implementingUnit", "budget", "overallGoal"];

const state = {
  framework: "2020",
  year: 2024,
  locale: "zh-CN",
  validator: null,
  binding: null,
  /** The table before the last load/paste, for 撤销. */
  undo: null,
  /** Tables offered in the 示例 menu: { label, table } by option value. */
  menu: new Map(),
};

/** A module of the package other than the page's own, fetched and initialised on first use. */
const loading = new Map();
function loadModule(url) {
  if (!loading.has(url)) {
    loading.set(
      url,
      import(url).then(async (m) => {
        await m.default();
        return m;
      }),
    );
  }
  return loading.get(url);
}

/** The importer (jixiao/import): a form that is only typed into never downloads it. */
const importer = () => loadModule("./pkg/web/jixiao_import.js");

const $ = (sel, root = document) => root.querySelector(sel);
const el = (tag, props = {}, ...children) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v == null || v === false) continue;
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else if (k in e && typeof v !== "string") e[k] = v;
    else e.setAttribute(k, v === true ? "" : v);
  }
  e.append(...children);
  return e;
};
const L = () => LABELS[state.locale];

// ---------------------------------------------------------------- latency instrumentation
// Time from a key event to the message DOM update (bindForm's onDiagnostics runs right after
// it), read by tests/browser/latency.mjs.
const latency = { lastKey: 0, samples: [], frames: [] };
window.__jixiaoLatency = latency;
document.addEventListener(
  "keydown",
  () => {
    latency.lastKey = performance.now();
  },
  true,
);

// ---------------------------------------------------------------- options of the profile
function validatorOptions() {
  return { framework: state.framework, year: state.year, locale: state.locale };
}

// ---------------------------------------------------------------- grid: rows and selects
function fillSelect(select, names, value) {
  const l = L();
  const opts = [el("option", { value: "", text: l.choose })];
  for (const n of names) opts.push(el("option", { value: n, text: n }));
  if (value && !names.includes(value)) {
    // A value typed or imported outside the framework stays, visibly marked.
    opts.push(el("option", { value, text: value + l.nonstandard, class: "nonstandard" }));
  }
  select.replaceChildren(...opts);
  select.value = value || "";
  select.classList.toggle("is-nonstandard", !!value && !names.includes(value));
}

function refreshRowSelects(tr) {
  const l1 = tr.querySelector('[data-col="level1"]');
  const l2 = tr.querySelector('[data-col="level2"]');
  fillSelect(l1, level1s(state.framework), l1.value);
  fillSelect(l2, level2s(state.framework, l1.value), l2.value);
}

function cellControl(col, value) {
  let c;
  if (col === "level1" || col === "level2") {
    c = el("select", { class: "cell" });
  } else if (col === "operator") {
    c = el("input", { class: "cell", list: "operators", autocomplete: "off" });
  } else {
    c = el("input", { class: "cell", autocomplete: "off" });
  }
  c.setAttribute("data-col", col);
  if (c.tagName === "INPUT") c.value = value || "";
  else c.dataset.initial = value || "";
  return c;
}

function makeRow(ind) {
  const l = L();
  const tr = el("tr", { class: "ind-row" });
  tr.append(el("td", { class: "no" }));
  for (const col of COLUMNS) {
    const td = el("td", { class: `col-${col}` });
    const c = cellControl(col, ind[col]);
    td.append(c);
    tr.append(td);
  }
  const tools = el("td", { class: "tools" });
  const btn = (action, key, glyph) =>
    el("button", { type: "button", class: `tool tool-${action}`, "data-action": action, "data-i18n-title": key, title: l[key], "aria-label": l[key], text: glyph });
  tools.append(btn("up", "moveUp", "↑"), btn("down", "moveDown", "↓"), btn("insert", "insertBelow", "＋"), btn("remove", "removeRow", "✕"));
  tr.append(tools);
  // Selects get their options once the row knows its level 1.
  const l1 = tr.querySelector('[data-col="level1"]');
  const l2 = tr.querySelector('[data-col="level2"]');
  fillSelect(l1, level1s(state.framework), l1.dataset.initial);
  fillSelect(l2, level2s(state.framework, l1.value), l2.dataset.initial);
  const msgRow = el("tr", { class: "msg-row" });
  const msgCell = el("td", { colspan: String(visibleColumns()) });
  msgCell.append(el("div", { class: "row-msgs" }));
  for (const col of COLUMNS) msgCell.append(el("div", { class: "cell-msgs", "data-col-msgs": col }));
  msgRow.append(msgCell);
  return [tr, msgRow];
}

/** Gives every row its index: `data-path`s, message targets and the 序号 cell. */
function renumber() {
  const rows = [...document.querySelectorAll("#grid-body tr.ind-row")];
  rows.forEach((tr, i) => {
    const base = `indicators.${i}`;
    tr.setAttribute("data-path", base);
    tr.querySelector("td.no").textContent = String(i + 1);
    for (const c of tr.querySelectorAll("[data-col]")) c.setAttribute("data-path", `${base}.${c.dataset.col}`);
    const msgRow = tr.nextElementSibling;
    msgRow.querySelector(".row-msgs").setAttribute("data-jixiao-messages", base);
    for (const m of msgRow.querySelectorAll("[data-col-msgs]")) m.setAttribute("data-jixiao-messages", `${base}.${m.dataset.colMsgs}`);
    tr.querySelector(".tool-up").disabled = i === 0;
    tr.querySelector(".tool-down").disabled = i === rows.length - 1;
  });
}

function renderRows(indicators) {
  const body = $("#grid-body");
  const nodes = [];
  for (const ind of indicators) nodes.push(...makeRow(ind));
  body.replaceChildren(...nodes);
  renumber();
}

// ---------------------------------------------------------------- reading and writing the table
function readYear() {
  const v = $('[data-path="year"]').value.trim();
  if (v === "") return undefined;
  return /^\d+$/.test(v) ? Number(v) : v;
}

/** The table exactly as typed (the form is the only copy of it). */
function getTable() {
  const t = { projectName: "", department: "", implementingUnit: "", budget: "", overallGoal: "", indicators: [] };
  const year = readYear();
  if (year !== undefined) t.year = year;
  for (const f of HEADER_FIELDS) t[f] = $(`[data-path="${f}"]`).value;
  for (const tr of document.querySelectorAll("#grid-body tr.ind-row")) {
    const ind = {};
    for (const c of tr.querySelectorAll("[data-col]")) {
      const v = c.value;
      if ((c.dataset.col === "weight" || c.dataset.col === "direction") && v === "") continue;
      ind[c.dataset.col] = v;
    }
    t.indicators.push(ind);
  }
  return t;
}

/** Writes a whole table into the form (on load, paste, fix, undo: always a user's click). */
function setTable(t) {
  $('[data-path="year"]').value = t.year == null ? "" : String(t.year);
  for (const f of HEADER_FIELDS) $(`[data-path="${f}"]`).value = t[f] == null ? "" : String(t[f]);
  const rows = Array.isArray(t.indicators) ? t.indicators : [];
  renderRows(rows);
  if (rows.some((r) => r.weight || r.direction)) setWeights(true);
  autosize($('[data-path="overallGoal"]'));
}

/** A fix changes one cell (or removes a row): write just that, keep everything else as typed. */
function applyFixedTable(fixed, d) {
  const l = L();
  const p = d.fix.path;
  const m = /^indicators\.(\d+)(?:\.(\w+))?$/.exec(p);
  if (m && d.fix.value === null && m[2] === undefined) {
    const tr = document.querySelectorAll("#grid-body tr.ind-row")[Number(m[1])];
    if (tr) {
      tr.nextElementSibling.remove();
      tr.remove();
      renumber();
    }
  } else if (m && m[2]) {
    const c = $(`[data-path="${p}"]`);
    const v = fixed.indicators[Number(m[1])][m[2]] ?? "";
    if (c && c.tagName === "SELECT") {
      c.dataset.initial = v;
      const tr = c.closest("tr");
      const l1 = m[2] === "level1" ? v : tr.querySelector('[data-col="level1"]').value;
      fillSelect(c, m[2] === "level1" ? level1s(state.framework) : level2s(state.framework, l1), v);
      if (m[2] === "level1") refreshRowSelects(tr);
    } else if (c) {
      c.value = v;
    }
  } else if (p === "year" || HEADER_FIELDS.includes(p)) {
    $(`[data-path="${p}"]`).value = fixed[p] == null ? "" : String(fixed[p]);
  } else {
    setTable(fixed);
  }
  status(l.fixApplied(d.fix.label));
}

// ---------------------------------------------------------------- summary and status
function locationOf(path) {
  const l = L();
  if (path === "") return l.table;
  if (path === "indicators") return l.indicators;
  const m = /^indicators\.(\d+)(?:\.(\w+))?$/.exec(path);
  if (m) return m[2] ? `${l.row(Number(m[1]) + 1)} · ${l[m[2]] || m[2]}` : l.row(Number(m[1]) + 1);
  if (path === "year") return l.yearField;
  return l[path] || path;
}

let summarySignature = "";

function renderSummary(res) {
  const l = L();
  // Rebuilt only when its content changes: a click on an item must find the item it pressed.
  const sig = state.locale + JSON.stringify(res.diagnostics);
  if (sig === summarySignature) return;
  summarySignature = sig;
  const groups = bySeverity(res.diagnostics);
  const box = $("#summary-list");
  const sections = [];
  for (const sev of SEVERITIES) {
    const ds = groups[sev];
    if (!ds.length) continue;
    const list = el("ul", { class: "sum-items" });
    for (const d of ds) {
      const go = el("button", { type: "button", class: "sum-go", "data-path-target": d.path });
      go.append(el("span", { class: "sum-where", text: locationOf(d.path) }), el("span", { class: "sum-text", text: d.message }));
      go.addEventListener("click", () => state.binding.focus(d.path));
      const li = el("li", { class: `sum-item sum-${sev}`, "data-rule": d.rule }, go);
      if (d.fix) {
        const fix = el("button", { type: "button", class: "jixiao-fix sum-fix", text: d.fix.label });
        fix.addEventListener("click", () => state.binding.applyFix(d));
        li.append(fix);
      }
      list.append(li);
    }
    sections.push(
      el("section", { class: `sum-group sum-group-${sev}`, "data-severity": sev },
        el("h3", {}, el("span", { class: `badge badge-${sev}`, text: `${l.groups[sev]} ${ds.length}` }), el("span", { class: "sum-hint", text: l[`${sev}Hint`] })),
        list),
    );
  }
  if (!sections.length) sections.push(el("p", { class: "sum-empty", text: l.noFindings }));
  box.replaceChildren(...sections);
  $("#counts").textContent = l.countsLine(res.counts);
  const verdict = $("#verdict");
  verdict.textContent = res.counts.error ? l.cannotSubmit(res.counts.error) : l.canSubmit;
  verdict.className = res.counts.error ? "verdict verdict-bad" : "verdict verdict-ok";
}

function onDiagnostics(res) {
  if (latency.lastKey) {
    const now = performance.now();
    latency.samples.push(now - latency.lastKey);
    const t0 = latency.lastKey;
    requestAnimationFrame(() => latency.frames.push(performance.now() - t0));
    latency.lastKey = 0;
  }
  renderSummary(res);
}

function status(text) {
  $("#status").textContent = text;
}

// ---------------------------------------------------------------- labels and profile
function applyLabels() {
  const l = L();
  document.documentElement.lang = state.locale;
  for (const e of document.querySelectorAll("[data-i18n]")) e.textContent = l[e.dataset.i18n];
  for (const e of document.querySelectorAll("[data-i18n-title]")) {
    e.title = l[e.dataset.i18nTitle];
    e.setAttribute("aria-label", l[e.dataset.i18nTitle]);
  }
  for (const e of document.querySelectorAll("[data-i18n-aria]")) e.setAttribute("aria-label", l[e.dataset.i18nAria]);
  document.title = `${l.pageTitle} · jixiao`;
  for (const tr of document.querySelectorAll("#grid-body tr.ind-row")) refreshRowSelects(tr);
  state.binding?.setSeverityLabels({ error: l.error, warning: l.warning, info: l.info });
}

/**
 * The validator module of a language: `jixiao` (zh-CN) comes with the page; `jixiao/en` is
 * fetched when English is first chosen.
 */
const validatorModule = async (locale) => (locale === "en" ? loadModule("./pkg/web/jixiao_en.js") : { Validator });

/** A validator for the current settings, in the current language's module. */
async function rebuildValidator() {
  const locale = state.locale;
  const { Validator } = await validatorModule(locale);
  if (locale !== state.locale) return; // switched again while it loaded
  state.validator = new Validator(validatorOptions());
  if (state.binding) state.binding.setValidator(state.validator);
}

/** Columns the grid shows: 序号, the cells (权重 and 指标方向 only when switched on), 操作. */
function visibleColumns() {
  return COLUMNS.length + 2 - ($("#jx-form").classList.contains("show-weights") ? 0 : 2);
}

function setWeights(on) {
  $("#show-weights").checked = on;
  $("#jx-form").classList.toggle("show-weights", on);
  for (const td of document.querySelectorAll("#grid-body tr.msg-row > td")) td.colSpan = visibleColumns();
}

// ---------------------------------------------------------------- loading tables
function load(table, message, { undoable = true } = {}) {
  if (undoable) {
    state.undo = getTable();
    $("#undo").hidden = false;
  }
  setTable(table);
  state.binding.revealAll();
  state.binding.validate();
  status(message);
}

function addMenuGroup(key, tables) {
  const select = $("#examples");
  for (const g of select.querySelectorAll(`optgroup[data-group="${key}"]`)) g.remove();
  if (!tables.length) return;
  const group = el("optgroup", { "data-group": key, label: L()[key] });
  group.dataset.i18nLabel = key;
  tables.forEach((t, i) => {
    const id = `${key}:${i}`;
    state.menu.set(id, t);
    group.append(el("option", { value: id, text: t.projectName || `#${i + 1}` }));
  });
  select.append(group);
}

async function loadExamples() {
  try {
    const res = await fetch("examples/seed.txt");
    const text = await res.text();
    const { importText } = await importer();
    const { tables } = importText(text, validatorOptions());
    addMenuGroup("examplesSeed", tables);
  } catch (e) {
    console.warn("examples not loaded", e);
  }
}

// ---------------------------------------------------------------- paste from Excel / WPS
/** A clipboard HTML table → rows of cell texts, merged cells expanded (blank = same as above). */
export function gridFromHtml(html) {
  // Only cell texts are read, and DOMParser's document never runs anything; still, the page's CSP
  // reports every inline handler it parses, so handler attributes are renamed inside tags first
  // (escaped text such as “&lt;img onerror=…&gt;” is not a tag and stays as typed).
  const inert = html.replace(/<[a-zA-Z][^>]*>/g, (tag) => tag.replace(/(\s)on([a-z]+)(\s*=)/gi, "$1data-off-$2$3"));
  const doc = new DOMParser().parseFromString(inert, "text/html");
  const table = doc.querySelector("table");
  if (!table) return null;
  const grid = [];
  const rows = [...table.rows];
  rows.forEach((tr, r) => {
    grid[r] = grid[r] || [];
    let c = 0;
    for (const cell of tr.cells) {
      while (grid[r][c] !== undefined) c++;
      for (const br of cell.querySelectorAll("br")) br.replaceWith("\n");
      const text = (cell.textContent || "").replace(/\u00a0/g, " ").trim();
      const cs = Math.max(1, cell.colSpan || 1);
      const rs = Math.max(1, cell.rowSpan || 1);
      for (let dr = 0; dr < rs && r + dr < rows.length; dr++) {
        grid[r + dr] = grid[r + dr] || [];
        for (let dc = 0; dc < cs; dc++) grid[r + dr][c + dc] = dr === 0 && dc === 0 ? text : "";
      }
      c += cs;
    }
  });
  return grid.map((row) => Array.from(row, (v) => v ?? ""));
}

function hasHeader(t) {
  return HEADER_FIELDS.some((f) => t[f] && String(t[f]).trim() !== "");
}

async function onPaste(e) {
  const data = e.clipboardData;
  if (!data) return;
  const html = data.getData("text/html");
  const text = data.getData("text/plain");
  const grid = html && /<table/i.test(html) ? gridFromHtml(html) : null;
  const inGrid = !!(e.target.closest && e.target.closest("#grid-body"));
  // Cells from a spreadsheet: a table of more than one cell, tab-separated text, or (in the grid)
  // several lines. Anything else, e.g. a paragraph pasted into 总体目标, is pasted as usual.
  const multi = grid
    ? grid.length > 1 || (grid[0] && grid[0].length > 1)
    : /\t/.test(text.trim()) || (inGrid && /\n/.test(text.trim()));
  if (!multi) return;
  e.preventDefault();
  const l = L();
  const opts = validatorOptions();
  let res = null;
  try {
    const { importText, importGrid } = await importer();
    res = grid ? importGrid(grid, opts) : null;
    if ((!res || !res.tables.length) && text) res = importText(text, opts);
  } catch (err) {
    console.warn("import failed; pasting cells as they are", err);
    res = null;
  }
  const tables = res ? res.tables : [];
  const notes = res ? res.diagnostics.filter((d) => d.table === 0) : [];
  if (tables.length && hasHeader(tables[0])) {
    addMenuGroup("examplesPasted", tables.length > 1 ? tables : []);
    load(tables[0], l.pasted(tables.length, tables[0].projectName) + (notes.length ? `（${l.importNotes(notes.length)}）` : ""));
    return;
  }
  // Only indicator rows: fill them in from the row (and column) the paste landed on.
  const rows = tables.length
    ? tables[0].indicators.map((ind) => COLUMNS.map((c) => ind[c] || ""))
    : (grid || text.replace(/\r/g, "").replace(/\n$/, "").split("\n").map((line) => line.split("\t")));
  const target = e.target.closest ? e.target.closest("[data-col]") : null;
  const startCol = !tables.length && target ? COLUMNS.indexOf(target.dataset.col) : 0;
  pasteRows(rows, target ? target.closest("tr.ind-row") : null, Math.max(0, startCol));
}

function pasteRows(rows, startTr, startCol) {
  const l = L();
  state.undo = getTable();
  $("#undo").hidden = false;
  const t = getTable();
  let at = startTr ? [...document.querySelectorAll("#grid-body tr.ind-row")].indexOf(startTr) : t.indicators.length;
  if (!startTr) {
    // Appending: reuse the blank rows at the end.
    while (at > 0 && COLUMNS.slice(2).every((c) => !t.indicators[at - 1][c])) at--;
  }
  for (const cells of rows) {
    const ind = t.indicators[at] || { level1: "", level2: "", name: "", operator: "", value: "", unit: "", deadline: "" };
    cells.forEach((v, i) => {
      const col = COLUMNS[startCol + i];
      if (col) ind[col] = v;
    });
    t.indicators[at++] = ind;
  }
  setTable(t);
  state.binding.revealAll();
  state.binding.validate();
  status(l.pastedRows(rows.length));
}

// ---------------------------------------------------------------- events
function onGridClick(e) {
  const b = e.target.closest("button[data-action]");
  if (!b) return;
  const tr = b.closest("tr.ind-row");
  const msgRow = tr.nextElementSibling;
  const action = b.dataset.action;
  if (action === "remove") {
    const next = msgRow.nextElementSibling || tr.previousElementSibling?.previousElementSibling;
    msgRow.remove();
    tr.remove();
    (next?.querySelector(".tool-remove") || $("#add-row")).focus();
  } else if (action === "up" && tr.previousElementSibling) {
    const prev = tr.previousElementSibling.previousElementSibling;
    prev.before(tr, msgRow);
  } else if (action === "down" && msgRow.nextElementSibling) {
    const nextMsg = msgRow.nextElementSibling.nextElementSibling;
    nextMsg.after(tr, msgRow);
  } else if (action === "insert") {
    const [row, msg] = makeRow({ level1: tr.querySelector('[data-col="level1"]').value, level2: "" });
    msgRow.after(row, msg);
    renumber();
    row.querySelector('[data-col="name"]').focus();
  }
  renumber();
  if (action === "up" || action === "down") b.focus();
  state.binding.validate();
}

function onGridChange(e) {
  const c = e.target;
  if (c.dataset && c.dataset.col === "level1") {
    // Level 2 offers the names under the new level 1; its value stays as it was.
    const l2 = c.closest("tr").querySelector('[data-col="level2"]');
    fillSelect(l2, level2s(state.framework, c.value), l2.value);
  }
  if (c.tagName === "SELECT") c.classList.toggle("is-nonstandard", !!c.selectedOptions[0]?.classList.contains("nonstandard"));
}

function autosize(ta) {
  ta.style.height = "auto";
  ta.style.height = `${Math.max(ta.scrollHeight + 2, 56)}px`;
}

function newTable() {
  state.undo = getTable();
  $("#undo").hidden = false;
  setTable({ year: state.year, projectName: "", department: "", implementingUnit: "", budget: "", overallGoal: "", indicators: templateRows(state.framework) });
  state.binding.revealTouched();
  state.binding.validate();
}

function wire() {
  const form = $("#jx-form");
  form.addEventListener("paste", onPaste);
  $("#grid-body").addEventListener("click", onGridClick);
  form.addEventListener("change", onGridChange, true);
  $('[data-path="overallGoal"]').addEventListener("input", (e) => autosize(e.target));
  $("#add-row").addEventListener("click", () => {
    const [row, msg] = makeRow({});
    $("#grid-body").append(row, msg);
    renumber();
    row.querySelector('[data-col="level1"]').focus();
    state.binding.validate();
  });
  $("#examples").addEventListener("change", (e) => {
    const t = state.menu.get(e.target.value);
    e.target.value = "";
    if (t) load(t, L().loaded(t.projectName));
  });
  $("#framework").addEventListener("change", async (e) => {
    state.framework = e.target.value;
    for (const tr of document.querySelectorAll("#grid-body tr.ind-row")) refreshRowSelects(tr);
    await rebuildValidator();
  });
  $("#year").addEventListener("change", async (e) => {
    state.year = Number(e.target.value);
    $('[data-path="year"]').placeholder = String(state.year);
    await rebuildValidator();
  });
  $("#locale").addEventListener("change", async (e) => {
    state.locale = e.target.value;
    await rebuildValidator();
    applyLabels();
    for (const g of document.querySelectorAll("#examples optgroup")) g.label = L()[g.dataset.i18nLabel];
    state.binding.validate();
  });
  $("#show-weights").addEventListener("change", (e) => setWeights(e.target.checked));
  $("#new-table").addEventListener("click", newTable);
  $("#undo").addEventListener("click", () => {
    if (!state.undo) return;
    const t = state.undo;
    state.undo = null;
    $("#undo").hidden = true;
    setTable(t);
    state.binding.validate();
    status(L().undone);
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault(); // the browser has already refused a form with errors (setCustomValidity)
    state.binding.revealAll();
    const res = state.binding.validate();
    status(res.counts.error ? L().cannotSubmit(res.counts.error) : L().submitted);
  });
  form.addEventListener("invalid", () => state.binding.revealAll(), true);
}

// ---------------------------------------------------------------- start
async function main() {
  const params = new URLSearchParams(location.search);
  if (params.get("lang") === "en") state.locale = "en";
  $("#locale").value = state.locale;
  const dl = $("#operators");
  dl.replaceChildren(...OPERATORS.map((o) => el("option", { value: o })));
  for (let y = 2020; y <= 2030; y++) $("#year").append(el("option", { value: String(y), text: String(y) }));
  $("#year").value = String(state.year);
  status(L().loading);
  try {
    await init();
  } catch (e) {
    status(L().loadFailed + (e && e.message ? e.message : String(e)));
    throw e;
  }
  await rebuildValidator();
  setTable({ year: state.year, projectName: "", department: "", implementingUnit: "", budget: "", overallGoal: "", indicators: templateRows(state.framework) });
  state.binding = bindForm($("#jx-form"), state.validator, {
    getTable,
    setTable: applyFixedTable,
    onDiagnostics,
    reveal: "touched",
    severityLabels: { error: L().error, warning: L().warning, info: L().info },
  });
  wire();
  applyLabels();
  state.binding.validate();
  status("");
  await loadExamples();
  document.body.dataset.ready = "true";
  const ex = params.get("example");
  if (ex) {
    const t = [...state.menu.values()].find((t) => t.projectName.includes(ex));
    if (t) load(t, L().loaded(t.projectName), { undoable: false });
  }
}

main();
