// The monitoring page (监控表): the central 项目支出绩效目标执行监控表 checked live by
// `jixiao/lifecycle` through the plain-forms adapter `jixiao/form`, with the light jixiao
// computes (`computed`: the execution rate against the time progress, each row's actual against
// its target's share of the year) shown beside each typed light and recomputed as the month's
// figures are typed. Every text the page writes goes through textContent.
import { $, el, rowMaker, start } from "./later-form.js";

/** The columns a unit fills in on each row, with their headers (for the accessible names). */
const INPUTS = [
  ["actual", "实际完成值", "number"],
  ["projected", "全年预计完成值", "number"],
  ["light", "亮灯"],
  ["deviationCauses", "偏差原因"],
  ["deviationReason", "原因说明", "text"],
  ["likelihood", "完成目标可能性"],
  ["measures", "纠偏措施", "text"],
  ["remark", "备注", "text"],
];
const EXECUTION = ["initialBudget", "annualBudget", "executed", "rate", "projectedExecuted", "light", "reason", "measures"];
const HEADER = ["year", "month", "projectName", "department", "implementingUnit", "overallGoal", "goalProgress", "measures"];
const LIGHTS = { blue: "蓝灯", green: "绿灯", yellow: "黄灯", red: "红灯" };

/** Beside each typed light, the light the row earns at the form's month, named by the input
 * (aria-describedby). */
const makeRow = rowMaker(INPUTS, (col, control, td, i) => {
  if (col !== "light") return;
  const id = `mo-light-${i}`;
  control.classList.add("mo-light-input");
  control.setAttribute("aria-describedby", id);
  td.append(el("span", { id, class: "mo-light", "data-computed": `indicators.${i}.light` }));
});

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
  header: HEADER,
  execution: EXECUTION,
  rows: "#mo-rows",
  makeRow,
  showComputed,
  loaded: (t) => `${t.projectName}（1-${t.month}月）`,
});
