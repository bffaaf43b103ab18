// The demo page: a budget portal's 绩效目标表 form, checked live by jixiao through jixiao/form.
// Plain ES module, no build step. One `Form` holds the table; each input event sends its own
// field (`form.set(path, value)`), and only the fields named by the findings that changed are
// touched, in the form and in the review panel. Every text the page writes goes through
// textContent.
import init, { Form } from "./pkg/web/index.js";
import { bindForm } from "./pkg/adapters/form.js";
import { LABELS } from "./i18n.js";
import { level1s, level2s, templateRows, OPERATORS } from "./taxonomy.js";

const COLUMNS = ["level1", "level2", "name", "operator", "value", "unit", "deadline", "weight", "direction"];
const HEADER_FIELDS = ["projectName", "department", "implementingUnit", "budget", "overallGoal"];
const SEVERITIES = ["error", "warning", "info"];

const state = {
  framework: "2020",
  year: 2024,
  locale: "zh-CN",
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
/**
 * The workbook reader (jixiao/xlsx: calamine, the importer, the rules and reviewOpinion):
 * downloaded only when a file is opened or the 审核意见 is drafted.
 */
const workbookReader = () => loadModule("./pkg/web/jixiao_xlsx.js");

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

// ---------------------------------------------------------------- options of the profile
function formOptions() {
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
  if (c.tagName === "INPUT") c.value = value == null ? "" : String(value);
  else c.dataset.initial = value == null ? "" : String(value);
  return c;
}

function makeRow(ind) {
  const l = L();
  const tr = el("tr", { class: "ind-row" });
  tr.append(el("td", { class: "no" }));
  for (const col of COLUMNS) {
    const td = el("td", { class: `col-${col}` });
    td.append(cellControl(col, ind[col]));
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
  // A table of its own (see index.html): the row and, under it, its messages.
  return el("table", { class: "sheet grid", role: "presentation" }, el("tbody", {}, tr, msgRow));
}

const gridRows = () => [...document.querySelectorAll("#grid-body tr.ind-row")];

/** Rows are tables (see makeRow) in chunks of about CHUNK (see index.html). */
const CHUNK = 20;
const chunk = () => el("div", { class: "grid-chunk" });

/** Appends row tables at the end of the grid, starting a new chunk when the last is full. */
function appendRows(tables) {
  const body = $("#grid-body");
  let last = body.lastElementChild;
  for (const t of tables) {
    if (!last || last.childElementCount >= CHUNK) body.append((last = chunk()));
    last.append(t);
  }
}

/** Removes a chunk left without rows. */
function tidy(c) {
  if (c && c.classList.contains("grid-chunk") && c.childElementCount === 0) c.remove();
}

/**
 * Gives rows from `from` on their index: `data-path`s, message targets, the 序号 cell and each
 * control's accessible name (“第3行 指标值”).
 */
function renumber(from = 0) {
  const l = L();
  const rows = gridRows();
  for (let i = from; i < rows.length; i++) {
    const tr = rows[i];
    const base = `indicators.${i}`;
    tr.setAttribute("data-path", base);
    tr.querySelector("td.no").textContent = String(i + 1);
    for (const c of tr.querySelectorAll("[data-col]")) {
      c.setAttribute("data-path", `${base}.${c.dataset.col}`);
      c.setAttribute("aria-label", `${l.row(i + 1)} ${l[c.dataset.col]}`);
    }
    const msgRow = tr.nextElementSibling;
    msgRow.querySelector(".row-msgs").setAttribute("data-jixiao-messages", base);
    for (const m of msgRow.querySelectorAll("[data-col-msgs]")) m.setAttribute("data-jixiao-messages", `${base}.${m.dataset.colMsgs}`);
    tr.querySelector(".tool-up").disabled = i === 0;
    tr.querySelector(".tool-down").disabled = i === rows.length - 1;
  }
  if (from > 0 && rows[from - 1]) rows[from - 1].querySelector(".tool-down").disabled = from - 1 === rows.length - 1;
}

function renderRows(indicators) {
  const body = $("#grid-body");
  body.replaceChildren();
  appendRows(indicators.map((ind) => makeRow(ind || {})));
  renumber();
}

// ---------------------------------------------------------------- the table in the form
/** Writes a whole table into the controls (on load, paste, undo: always a user's action). */
function renderTable(t) {
  $('[data-path="year"]').value = t.year == null ? "" : String(t.year);
  for (const f of HEADER_FIELDS) $(`[data-path="${f}"]`).value = t[f] == null ? "" : String(t[f]);
  const rows = Array.isArray(t.indicators) ? t.indicators : [];
  renderRows(rows);
  if (rows.some((r) => r && (r.weight || r.direction))) setWeights(true);
  autosize($('[data-path="overallGoal"]'));
}

/** Shows `t` in the form and checks it whole. */
function showTable(t) {
  renderTable(t);
  return state.binding.load(t);
}

/** Writes a fix's value into its control; a select first offers the value. */
function writeValue(c, value) {
  if (c.tagName === "SELECT") {
    const tr = c.closest("tr");
    const isL1 = c.dataset.col === "level1";
    const l1 = isL1 ? value : tr.querySelector('[data-col="level1"]').value;
    fillSelect(c, isL1 ? level1s(state.framework) : level2s(state.framework, l1), value);
    if (isL1) refreshRowSelects(tr);
  } else {
    c.value = value;
  }
}

/** A fix that removes a row: its elements go, the rows after it are renumbered. */
function removeRowElements(index) {
  const tr = gridRows()[index];
  if (!tr) return;
  const table = tr.closest("table");
  const c = table.parentElement;
  table.remove();
  tidy(c);
  renumber(index);
}

// ---------------------------------------------------------------- the review panel
function locationOf(path) {
  const l = L();
  if (path === "") return l.table;
  if (path === "indicators") return l.indicators;
  const m = /^indicators\.(\d+)(?:\.(\w+))?$/.exec(path);
  if (m) return m[2] ? `${l.row(Number(m[1]) + 1)} · ${l[m[2]] || m[2]}` : l.row(Number(m[1]) + 1);
  if (path === "year") return l.yearField;
  return l[path] || path;
}

const ORDER = ["", "year", ...HEADER_FIELDS, "indicators"];
/** Where a path comes in form order: the header, the list, then rows and their cells. */
function orderKey(path) {
  const m = /^indicators\.(\d+)(?:\.(\w+))?$/.exec(path);
  if (!m) return [ORDER.indexOf(path), 0, 0];
  return [ORDER.length, Number(m[1]), m[2] ? COLUMNS.indexOf(m[2]) + 1 : 0];
}
const before = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/**
 * The review panel: one list item per finding, kept by id. An edit adds and removes only the
 * items its change names (and rewrites the counts), so a keystroke never rebuilds the list.
 */
const summary = {
  items: new Map(),
  groups: null,
  build() {
    const l = L();
    this.flush();
    this.items.clear();
    this.groups = {};
    const sections = SEVERITIES.map((sev) => {
      const badge = el("span", { class: `badge badge-${sev}` });
      const list = el("ul", { class: "sum-items" });
      const section = el("section", { class: `sum-group sum-group-${sev}`, "data-severity": sev, hidden: true },
        el("h3", {}, badge, el("span", { class: "sum-hint", text: l[`${sev}Hint`] })), list);
      this.groups[sev] = { section, badge, list, n: 0 };
      return section;
    });
    this.empty = el("p", { class: "sum-empty", text: l.noFindings });
    $("#summary-list").replaceChildren(...sections, this.empty);
  },
  item(d) {
    const go = el("button", { type: "button", class: "sum-go", "data-path-target": d.path });
    go.append(el("span", { class: "sum-where", text: locationOf(d.path) }), el("span", { class: "sum-text", text: d.message }));
    go.addEventListener("click", () => state.binding.focus(d.path));
    const li = el("li", { class: `sum-item sum-${d.severity}`, "data-rule": d.rule, "data-id": d.id }, go);
    li.key = orderKey(d.path);
    if (d.fix) {
      const fix = el("button", { type: "button", class: "jixiao-fix sum-fix", text: d.fix.label });
      fix.addEventListener("click", () => applyFix(d.id));
      li.append(fix);
    }
    return li;
  },
  queue: [],
  /**
   * Takes in an edit's change. The panel follows in the next animation frame (edits of one frame
   * together): what the user looks at while typing is the field, which the binding has already
   * updated.
   */
  update(change) {
    if (this.queue.push(change) === 1) requestAnimationFrame(() => this.flush());
  },
  flush() {
    const queue = this.queue;
    this.queue = [];
    for (const change of queue) this.apply(change);
    if (queue.length) opinion.render();
  },
  apply(change) {
    const l = L();
    const touched = new Set();
    for (const id of change.removed) {
      const li = this.items.get(id);
      if (!li) continue;
      this.items.delete(id);
      const g = this.groups[li.dataset.severity];
      g.n--;
      touched.add(g);
      li.remove();
    }
    for (const d of change.added) {
      const g = this.groups[d.severity];
      const li = this.item(d);
      li.dataset.severity = d.severity;
      this.items.set(d.id, li);
      // In form order: before the first item that comes after it.
      let next = null;
      for (let c = g.list.lastElementChild; c && before(li.key, c.key) < 0; c = c.previousElementSibling) next = c;
      g.list.insertBefore(li, next);
      g.n++;
      touched.add(g);
    }
    for (const sev of SEVERITIES) {
      const g = this.groups[sev];
      if (!touched.has(g)) continue;
      g.badge.textContent = `${l.groups[sev]} ${g.n}`;
      g.section.hidden = g.n === 0;
    }
    this.empty.hidden = this.items.size > 0;
    const c = change.counts;
    $("#counts").textContent = l.countsLine(c);
    const verdict = $("#verdict");
    verdict.textContent = c.error ? l.cannotSubmit(c.error) : l.canSubmit;
    verdict.className = c.error ? "verdict verdict-bad" : "verdict verdict-ok";
  },
};

/**
 * The drafted 审核意见 (reviewOpinion of jixiao/xlsx) under the findings: one line per section
 * of the 审核表. Drafted on request, or once a workbook has been opened (the module is then
 * there); from then on redrawn with the panel, once per frame of edits.
 */
const opinion = {
  text: "",
  module: null,
  async draft() {
    this.module = await workbookReader();
    $("#opinion-draft").hidden = true;
    $("#opinion-copy").hidden = false;
    this.render();
  },
  render() {
    if (!this.module || !state.binding) return;
    const text = this.module.reviewOpinion(state.binding.form.table(), formOptions());
    if (text === this.text) return;
    this.text = text;
    // One line per section: “产出指标：…”, the section's name in bold.
    $("#opinion").replaceChildren(
      ...text.split("\n").map((line) => {
        const at = line.search(/：|: /);
        const cut = at < 0 ? 0 : at + (line[at] === "：" ? 1 : 2);
        const clean = /(无问题|No issues\.)$/.test(line);
        return el("p", { class: `opinion-section${clean ? " opinion-clean" : ""}` },
          el("strong", { text: line.slice(0, cut) }), line.slice(cut));
      }),
    );
  },
};

function status(text) {
  $("#status").textContent = text;
}

function applyFix(id) {
  const d = state.binding.diagnostics().find((x) => x.id === id);
  state.binding.applyFix(id);
  if (d && d.fix) status(L().fixApplied(d.fix.label));
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
  for (const e of document.querySelectorAll("[data-i18n-title-only]")) e.title = l[e.dataset.i18nTitleOnly];
  document.title = `${l.pageTitle} · jixiao`;
  for (const tr of gridRows()) refreshRowSelects(tr);
  renumber();
  state.binding?.setSeverityLabels({ error: l.error, warning: l.warning, info: l.info });
}

/**
 * The validator module of a language: `jixiao` (zh-CN) comes with the page; `jixiao/en` is
 * fetched when English is first chosen.
 */
const formModule = async (locale) => (locale === "en" ? loadModule("./pkg/web/en.js") : { Form });

/** A form for the current settings, in the current language's module, holding the table. */
async function rebuildForm() {
  const locale = state.locale;
  const { Form: LocaleForm } = await formModule(locale);
  if (locale !== state.locale) return; // switched again while it loaded
  const form = new LocaleForm(formOptions());
  const old = state.binding.form;
  summary.build(); // its labels may be another language's
  state.binding.setForm(form);
  old.free();
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
function remember() {
  state.undo = state.binding.form.table();
  $("#undo").hidden = false;
}

function load(table, message, { undoable = true } = {}) {
  if (undoable) remember();
  state.binding.revealAll();
  showTable(table);
  status(message);
}

// ---------------------------------------------------------------- open a workbook
/** Reads a chosen or dropped workbook with jixiao/xlsx and lists the tables found in it. */
async function openFile(file) {
  const l = L();
  status(l.fileReading(file.name));
  let result;
  try {
    const [reader, bytes] = await Promise.all([workbookReader(), file.arrayBuffer()]);
    result = reader.readWorkbook(new Uint8Array(bytes), formOptions());
    if (!opinion.module) opinion.draft();
  } catch (e) {
    status(l.fileUnreadable(file.name, e && e.message ? e.message : String(e)));
    return;
  }
  showWorkbook(file.name, result.tables);
}

/** The tables of a workbook, each with its sheet, project name and counts, to load one. */
function showWorkbook(name, tables) {
  const l = L();
  const box = $("#workbook");
  if (!tables.length) {
    box.hidden = true;
    status(l.fileNoTables(name));
    return;
  }
  $("#workbook-title").textContent = l.workbookTitle(name);
  $("#workbook-list").replaceChildren(
    ...tables.map((t) => {
      const { counts } = t;
      const button = el("button", { type: "button", class: "workbook-load", text: l.workbookLoad,
        "aria-label": `${l.workbookLoad} ${t.sheet} ${t.table.projectName || ""}`.trim() });
      button.addEventListener("click", () => {
        load(t.table, l.fileLoaded(t.sheet, t.table.projectName));
        for (const li of $("#workbook-list").children) li.classList.toggle("is-loaded", li === item);
      });
      const item = el("li", { class: "workbook-table", "data-sheet": t.sheet },
        el("span", { class: "workbook-sheet", text: t.cell ? `${t.sheet}!${t.cell}` : t.sheet }),
        el("span", { class: "workbook-name", text: t.table.projectName || "—" }),
        el("span", { class: `workbook-counts${counts.error ? " has-errors" : ""}`, text: l.workbookCounts(counts) }),
        button);
      return item;
    }),
  );
  box.hidden = false;
  if (tables.length === 1) {
    $("#workbook-list .workbook-load").click();
  } else {
    status(l.fileFound(name, tables.length));
    $("#workbook-list .workbook-load").focus();
  }
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
    const { tables } = importText(text, formOptions());
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
  const opts = formOptions();
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
  remember();
  const t = state.binding.form.table();
  t.indicators = t.indicators || [];
  let at = startTr ? gridRows().indexOf(startTr) : t.indicators.length;
  if (!startTr) {
    // Appending: reuse the blank rows at the end.
    while (at > 0 && COLUMNS.slice(2).every((c) => !t.indicators[at - 1][c])) at--;
  }
  for (const cells of rows) {
    const ind = t.indicators[at] || {};
    cells.forEach((v, i) => {
      const col = COLUMNS[startCol + i];
      if (col) ind[col] = v;
    });
    t.indicators[at++] = ind;
  }
  state.binding.revealAll();
  showTable(t);
  status(l.pastedRows(rows.length));
}

// ---------------------------------------------------------------- rows: add, insert, move, remove
function onGridClick(e) {
  const b = e.target.closest("button[data-action]");
  if (!b) return;
  const tr = b.closest("tr.ind-row");
  const table = tr.closest("table");
  const c = table.parentElement;
  const rows = gridRows();
  const i = rows.indexOf(tr);
  const tableOf = (k) => rows[k] && rows[k].closest("table");
  const action = b.dataset.action;
  if (action === "remove") {
    const next = tableOf(i + 1) || tableOf(i - 1);
    table.remove();
    tidy(c);
    renumber(i);
    state.binding.removeRow(i);
    (next?.querySelector(".tool-remove") || $("#add-row")).focus();
  } else if (action === "up" && i > 0) {
    tableOf(i - 1).before(table);
    tidy(c);
    renumber(i - 1);
    state.binding.moveRow(i, i - 1);
    b.focus();
  } else if (action === "down" && i < rows.length - 1) {
    tableOf(i + 1).after(table);
    tidy(c);
    renumber(i);
    state.binding.moveRow(i, i + 1);
    b.focus();
  } else if (action === "insert") {
    const ind = { level1: tr.querySelector('[data-col="level1"]').value };
    const row = makeRow(ind);
    table.after(row);
    renumber(i + 1);
    state.binding.insertRow(i + 1, ind);
    row.querySelector('[data-col="name"]').focus();
  }
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

function blankTable() {
  return { year: state.year, projectName: "", department: "", implementingUnit: "", budget: "", overallGoal: "", indicators: templateRows(state.framework) };
}

function newTable() {
  remember();
  state.binding.revealTouched();
  showTable(blankTable());
}

function wire() {
  const form = $("#jx-form");
  form.addEventListener("paste", onPaste);
  $("#grid-body").addEventListener("click", onGridClick);
  form.addEventListener("change", onGridChange, true);
  $('[data-path="overallGoal"]').addEventListener("input", (e) => autosize(e.target));
  $("#add-row").addEventListener("click", () => {
    const row = makeRow({});
    appendRows([row]);
    const n = gridRows().length - 1;
    renumber(Math.max(0, n - 1));
    state.binding.insertRow(n);
    row.querySelector('[data-col="level1"]').focus();
  });
  $("#examples").addEventListener("change", (e) => {
    const t = state.menu.get(e.target.value);
    e.target.value = "";
    if (t) load(t, L().loaded(t.projectName));
  });
  $("#framework").addEventListener("change", async (e) => {
    state.framework = e.target.value;
    for (const tr of gridRows()) refreshRowSelects(tr);
    await rebuildForm();
  });
  $("#year").addEventListener("change", async (e) => {
    state.year = Number(e.target.value);
    $('[data-path="year"]').placeholder = String(state.year);
    await rebuildForm();
  });
  $("#locale").addEventListener("change", async (e) => {
    state.locale = e.target.value;
    applyLabels();
    for (const g of document.querySelectorAll("#examples optgroup")) g.label = L()[g.dataset.i18nLabel];
    await rebuildForm();
  });
  $("#show-weights").addEventListener("change", (e) => setWeights(e.target.checked));
  $("#new-table").addEventListener("click", newTable);
  $("#open-file").addEventListener("change", (e) => {
    const [file] = e.target.files;
    e.target.value = "";
    if (file) openFile(file);
  });
  $("#workbook-close").addEventListener("click", () => { $("#workbook").hidden = true; });
  // A workbook dropped anywhere on the page is opened; other drops (text) are left alone.
  const hasFile = (e) => [...(e.dataTransfer?.types || [])].includes("Files");
  document.addEventListener("dragover", (e) => {
    if (hasFile(e)) e.preventDefault();
  });
  document.addEventListener("drop", (e) => {
    if (!hasFile(e)) return;
    e.preventDefault();
    const [file] = e.dataTransfer.files;
    if (file) openFile(file);
  });
  $("#opinion-draft").addEventListener("click", () => opinion.draft());
  $("#opinion-copy").addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(opinion.text);
      status(L().opinionCopied);
    } catch (e) {
      console.warn("copy failed", e);
    }
  });
  $("#undo").addEventListener("click", () => {
    if (!state.undo) return;
    const t = state.undo;
    state.undo = null;
    $("#undo").hidden = true;
    showTable(t);
    status(L().undone);
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault(); // the browser has already refused a form with errors (setCustomValidity)
    state.binding.revealAll();
    const c = state.binding.counts;
    status(c.error ? L().cannotSubmit(c.error) : L().submitted);
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
  const { Form: LocaleForm } = await formModule(state.locale);
  const l = L();
  state.binding = bindForm($("#jx-form"), new LocaleForm(formOptions()), {
    reveal: "touched",
    severityLabels: { error: l.error, warning: l.warning, info: l.info },
    writeValue,
    removeRow: removeRowElements,
    onChange: (change) => summary.update(change),
  });
  wire();
  applyLabels();
  summary.build();
  showTable(blankTable());
  status("");
  await loadExamples();
  // The 自评表 page starts from this form's table, as the targets it reports on (approved).
  $('a[href="self-evaluation.html"]')?.addEventListener("click", () => {
    sessionStorage.setItem("jixiao.approved", JSON.stringify(state.binding.form.table()));
  });
  document.body.dataset.ready = "true";
  const ex = params.get("example");
  if (ex) {
    const t = [...state.menu.values()].find((t) => t.projectName.includes(ex));
    if (t) load(t, L().loaded(t.projectName), { undoable: false });
  }
}

main();
