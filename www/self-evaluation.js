// The self-evaluation page (自评表): the central 项目支出绩效自评表 checked live by
// `jixiao/lifecycle` (the validator with the later forms' rules) through the plain-forms adapter
// `jixiao/form`. The target form's page (app.js) loads `jixiao`, which has none of these rules;
// only this page downloads the lifecycle module. Every text the page writes goes through
// textContent.
import init, { Form } from "./pkg/web/lifecycle.js";
import { bindForm } from "./pkg/adapters/form.js";

const $ = (sel, root = document) => root.querySelector(sel);
const el = (tag, props = {}, ...children) => {
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

/** The columns a unit fills in on each row, with their headers (for the accessible names). */
const INPUTS = [
  ["actual", "实际完成值"],
  ["weight", "分值"],
  ["score", "得分"],
  ["deviationReason", "偏差原因分析及改进措施"],
];
const EXECUTION = ["initialBudget", "annualBudget", "executed", "weight", "rate", "score"];
const HEADER = ["year", "projectName", "department", "implementingUnit", "overallGoal", "goalCompletion", "totalWeight", "totalScore", "grade"];

let binding = null;
let example = null;

const text = (v) => (v == null ? "" : String(v));

/** 年度指标值 as the approved target table states it: operator, value and unit. */
function targetText(ind) {
  const op = { ">=": "≥", "<=": "≤", ">": "＞", "<": "＜", "=": "" }[ind.operator] ?? text(ind.operator);
  return `${op}${text(ind.value)}${text(ind.unit)}`;
}

/** Row `i`: the approved cells as text, the filled-in ones as inputs, then its messages. */
function makeRow(ind, i) {
  const base = `indicators.${i}`;
  const row = `第${i + 1}行`;
  const tr = el("tr", { class: "se-row", "data-path": base });
  tr.append(
    el("td", { text: text(ind.level1) }),
    el("td", { text: text(ind.level2) }),
    el("td", { text: text(ind.name) }),
    el("td", { class: "se-target", text: targetText(ind) }),
  );
  for (const [col, label] of INPUTS) {
    const control = col === "deviationReason" ? el("textarea", { rows: "1" }) : el("input", col === "actual" ? {} : { inputmode: "decimal" });
    control.setAttribute("data-path", `${base}.${col}`);
    control.setAttribute("aria-label", `${row} ${label}`);
    control.value = text(ind[col]);
    tr.append(el("td", {}, control));
  }
  const msgs = el("td", { colspan: "8" }, el("div", { "data-jixiao-messages": base }));
  for (const [col] of INPUTS) msgs.append(el("div", { "data-jixiao-messages": `${base}.${col}` }));
  return [tr, el("tr", { class: "msg-row" }, msgs)];
}

/** Writes `t` into the controls and checks it whole. */
function show(t) {
  for (const f of HEADER) $(`[data-path="${f}"]`).value = text(t[f]);
  const e = t.execution || {};
  for (const f of EXECUTION) $(`[data-path="execution.${f}"]`).value = text(e[f]);
  $("#se-rows").replaceChildren(...(t.indicators || []).flatMap(makeRow));
  return binding.load(t);
}

function update(change) {
  const c = change.counts;
  $("#counts").textContent = `错误 ${c.error} 项，警告 ${c.warning} 项，提示 ${c.info} 项`;
  const verdict = $("#verdict");
  verdict.textContent = c.error ? `有 ${c.error} 项错误，修改后方可提交` : "无错误，可以提交";
  verdict.className = c.error ? "verdict verdict-bad" : "verdict verdict-ok";
}

async function main() {
  const status = $("#status");
  status.textContent = "正在加载校验模块…";
  await init();
  binding = bindForm($("#se-form"), new Form(), {
    severityLabels: { error: "错误", warning: "警告", info: "提示" },
    onChange: update,
  });
  const res = await fetch("examples/self-evaluation.json");
  example = await res.json();
  update(show(example));
  status.textContent = `已载入示例：${example.projectName}`;
  // A demo: nothing is sent anywhere (Enter in a field would reload the page).
  $("#se-form").addEventListener("submit", (e) => e.preventDefault());
  $("#reload").addEventListener("click", () => {
    update(show(example));
    status.textContent = `已重新载入示例：${example.projectName}`;
  });
  document.body.dataset.ready = "true";
}

main().catch((e) => {
  $("#status").textContent = `加载失败：${e && e.message ? e.message : String(e)}`;
  throw e;
});
