// What the later forms' demo pages (自评表 self-evaluation.js, 监控表 monitoring.js) share: the
// lifecycle module loaded, one `Form` bound to the page's <form> by the plain-forms adapter
// `jixiao/form`, the example loaded, the counts and verdict, and what jixiao computes shown after
// each change. Each page draws its own grid. Every text written goes through textContent.
import init, { Form, computed } from "./pkg/web/lifecycle.js";
import { bindForm } from "./pkg/adapters/form.js";

export const $ = (sel, root = document) => root.querySelector(sel);

export const el = (tag, props = {}, ...children) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v == null) continue;
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else e.setAttribute(k, v);
  }
  e.append(...children);
  return e;
};

/** A cell as text; a list (偏差原因's ticked causes) joined as the form prints it. */
export const text = (v) => (v == null ? "" : Array.isArray(v) ? v.join("、") : String(v));

/** 年度指标值 as the approved target table states it: operator, value and unit. */
export function targetText(ind) {
  const op = { ">=": "≥", "<=": "≤", ">": "＞", "<": "＜", "=": "" }[ind.operator] ?? text(ind.operator);
  return `${op}${text(ind.value)}${text(ind.unit)}`;
}

/**
 * Draws the grid's rows: row `i` with the approved cells as text, then one control per
 * `inputs` entry (`[column, header, kind]`: kind `"text"` a textarea, `"number"` a decimal input,
 * none a plain input; the header names it for assistive technology), then the row's messages.
 * `note(column, control, td, i)` adds what the page shows beside a control.
 */
export function rowMaker(inputs, note = () => {}) {
  return (ind, i) => {
    const base = `indicators.${i}`;
    const row = `第${i + 1}行`;
    const tr = el("tr", { class: "se-row", "data-path": base });
    tr.append(
      el("td", { text: text(ind.level1) }),
      el("td", { text: text(ind.level2) }),
      el("td", { text: text(ind.name) }),
      el("td", { class: "se-target", text: targetText(ind) }),
    );
    for (const [col, label, kind] of inputs) {
      const control =
        kind === "text" ? el("textarea", { rows: "1" }) : el("input", kind === "number" ? { inputmode: "decimal" } : {});
      control.setAttribute("data-path", `${base}.${col}`);
      control.setAttribute("aria-label", `${row} ${label}`);
      control.value = text(ind[col]);
      const td = el("td", {}, control);
      note(col, control, td, i);
      tr.append(td);
    }
    const msgs = el("td", { colspan: String(4 + inputs.length) }, el("div", { "data-jixiao-messages": base }));
    for (const [col] of inputs) msgs.append(el("div", { "data-jixiao-messages": `${base}.${col}` }));
    return [tr, el("tr", { class: "msg-row" }, msgs)];
  };
}

/**
 * Starts a page: `form` is its <form>'s selector, `example` the example's URL; a table is
 * written into the `header` fields, the `execution` block's fields and the rows (`makeRow`)
 * under `rows`; `showComputed(computed)` shows what jixiao computes,
 * `loaded(table)` says which example is loaded. `begin()` may give another table to start from
 * and the options of its `Form` (`{ table, options, status }`), or nothing.
 */
export function start({ form: selector, example: url, header, execution, rows, makeRow, showComputed, loaded, begin }) {
  let form = null;
  let binding = null;
  let example = null;

  const update = (change) => {
    showComputed(computed(form.table()));
    const c = change.counts;
    $("#counts").textContent = `错误 ${c.error} 项，警告 ${c.warning} 项，提示 ${c.info} 项`;
    const verdict = $("#verdict");
    verdict.textContent = c.error ? `有 ${c.error} 项错误，修改后方可提交` : "无错误，可以提交";
    verdict.className = c.error ? "verdict verdict-bad" : "verdict verdict-ok";
  };
  const show = (t) => {
    for (const f of header) $(`[data-path="${f}"]`).value = text(t[f]);
    const e = t.execution || {};
    for (const f of execution) $(`[data-path="execution.${f}"]`).value = text(e[f]);
    $(rows).replaceChildren(...(t.indicators || []).flatMap(makeRow));
    return binding.load(t);
  };

  async function main() {
    const status = $("#status");
    status.textContent = "正在加载校验模块…";
    await init();
    const begun = begin?.();
    form = new Form(begun?.options);
    binding = bindForm($(selector), form, {
      severityLabels: { error: "错误", warning: "警告", info: "提示" },
      onChange: update,
    });
    example = begun?.table ?? (await (await fetch(url)).json());
    update(show(example));
    status.textContent = begun?.status ?? `已载入示例：${loaded(example)}`;
    // A demo: nothing is sent anywhere (Enter in a field would reload the page).
    $(selector).addEventListener("submit", (e) => e.preventDefault());
    $("#reload").addEventListener("click", () => {
      update(show(example));
      status.textContent = `已重新载入示例：${loaded(example)}`;
    });
    document.body.dataset.ready = "true";
  }

  main().catch((e) => {
    $("#status").textContent = `加载失败：${e && e.message ? e.message : String(e)}`;
    throw e;
  });
}
