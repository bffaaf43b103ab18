// The monitoring page (监控表): the central 项目支出绩效目标执行监控表 checked live by
// `jixiao/lifecycle` through the plain-forms adapter `jixiao/form`, with the light jixiao
// computes (`computed`: the execution rate against the time progress, each row's actual against
// its target's share of the year) shown beside each typed light and recomputed as the month's
// figures are typed. Every text the page writes goes through textContent.
import { $, el, start, targetText, text } from "./later-form.js";

/** The columns a unit fills in on each row, with their headers (for the accessible names). */
const INPUTS = [
  ["actual", "实际完成值"],
  ["projected", "全年预计完成值"],
  ["light", "亮灯"],
  ["deviationCauses", "偏差原因"],
  ["deviationReason", "原因说明"],
  ["likelihood", "完成目标可能性"],
  ["measures", "纠偏措施"],
  ["remark", "备注"],
];
const TEXTAREAS = new Set(["deviationReason", "measures", "remark"]);
const EXECUTION = ["initialBudget", "annualBudget", "executed", "rate", "projectedExecuted", "light", "reason", "measures"];
const HEADER = ["year", "month", "projectName", "department", "implementingUnit", "overallGoal", "goalProgress", "measures"];
const LIGHTS = { blue: "蓝灯", green: "绿灯", yellow: "黄灯", red: "红灯" };

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
    const numeric = col === "actual" || col === "projected";
    const control = TEXTAREAS.has(col) ? el("textarea", { rows: "1" }) : el("input", numeric ? { inputmode: "decimal" } : {});
    control.setAttribute("data-path", `${base}.${col}`);
    control.setAttribute("aria-label", `${row} ${label}`);
    control.value = text(ind[col]);
    const td = el("td", {}, control);
    if (col === "light") {
      // The light the row earns at the form's month, named by the input (aria-describedby).
      const id = `mo-light-${i}`;
      control.classList.add("mo-light-input");
      control.setAttribute("aria-describedby", id);
      td.append(el("span", { id, class: "mo-light", "data-computed": `${base}.light` }));
    }
    tr.append(td);
  }
  const msgs = el("td", { colspan: "12" }, el("div", { "data-jixiao-messages": base }));
  for (const [col] of INPUTS) msgs.append(el("div", { "data-jixiao-messages": `${base}.${col}` }));
  return [tr, el("tr", { class: "msg-row" }, msgs)];
}

/** Writes `t` into the controls. */
function draw(t) {
  for (const f of HEADER) $(`[data-path="${f}"]`).value = text(t[f]);
  const e = t.execution || {};
  for (const f of EXECUTION) $(`[data-path="execution.${f}"]`).value = text(e[f]);
  $("#mo-rows").replaceChildren(...(t.indicators || []).flatMap(makeRow));
}

/** A computed light into its note: the colour as a class (for the dot) and its name as text. */
function showLight(path, light) {
  const n = $(`[data-computed="${path}"]`);
  if (!n) return;
  n.dataset.light = light ?? "";
  n.textContent = light ? `计算：${LIGHTS[light]}` : "";
}

/** What jixiao computes from the form as it stands: the lights, the rate, the time progress. */
function showComputed(c) {
  const months = c.month == null ? "1-X月" : `1-${c.month}月`;
  for (const s of document.querySelectorAll(".mo-months")) s.textContent = months;
  const progress = c.timeProgress == null ? null : `${(Number(c.timeProgress) * 100).toFixed(2)}%`;
  $('[data-computed="month"]').textContent = progress == null ? "" : `序时进度 ${progress}`;
  const rate = c.execution?.rate;
  $('[data-computed="execution.rate"]').textContent = rate == null ? "" : `计算 ${(Number(rate) * 100).toFixed(2)}%`;
  showLight("execution.light", c.execution?.light);
  c.indicators.forEach((r, i) => showLight(`indicators.${i}.light`, r.light));
  const counted = c.indicators.filter((r) => r.light);
  const tally = ["red", "yellow", "green", "blue"]
    .map((l) => [LIGHTS[l], counted.filter((r) => r.light === l).length])
    .filter(([, n]) => n)
    .map(([name, n]) => `${name} ${n} 项`)
    .join("，");
  $("#computed").textContent = c.execution?.light
    ? `预算执行：${LIGHTS[c.execution.light]}${tally ? `；指标：${tally}` : ""}`
    : tally && `指标：${tally}`;
}

start({
  form: "#mo-form",
  example: "examples/monitoring.json",
  draw,
  showComputed,
  loaded: (t) => `${t.projectName}（1-${t.month}月）`,
});
