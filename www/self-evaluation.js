// The self-evaluation page (自评表): the central 项目支出绩效自评表 checked live by
// `jixiao/lifecycle` (the validator with the later forms' rules) through the plain-forms adapter
// `jixiao/form`. The target form's page (app.js) loads `jixiao`, which has none of these rules;
// only this page downloads the lifecycle module. Beside each typed 得分, 总分 and 评价等级 the page
// shows what jixiao computes from the cells (`computed`: the score each row earns by its
// actual, the sum and its grade), updated as the user types. Every text the page writes goes
// through textContent.
import { $, el, rowMaker, start, text } from "./later-form.js";

/** The columns a unit fills in on each row, with their headers (for the accessible names). */
const INPUTS = [
  ["actual", "实际完成值"],
  ["weight", "分值", "number"],
  ["score", "得分", "number"],
  ["deviationReason", "偏差原因分析及改进措施", "text"],
];
const EXECUTION = ["initialBudget", "annualBudget", "executed", "weight", "rate", "score"];
const HEADER = ["year", "projectName", "department", "implementingUnit", "overallGoal", "goalCompletion", "totalWeight", "totalScore", "grade"];

/** Beside each 得分, the score the row earns by its actual, named by the input (aria-describedby). */
const makeRow = rowMaker(INPUTS, (col, control, td, i) => {
  if (col !== "score") return;
  const id = `se-expected-${i}`;
  control.setAttribute("aria-describedby", id);
  td.append(el("span", { id, class: "se-computed", "data-computed": `indicators.${i}.score` }));
});

/** Writes `v` (or nothing) into the note `[data-computed=path]`, prefixed with `label`. */
function note(path, label, v) {
  const n = $(`[data-computed="${path}"]`);
  if (n) n.textContent = v == null ? "" : `${label} ${v}`;
}

/** 97.31 for "0.9731". */
const percent = (fraction) => (fraction == null ? null : `${(Number(fraction) * 100).toFixed(2)}%`);

/** What jixiao computes from the form as it stands, beside the typed cells. */
function showComputed(c) {
  // Decimals come at the scale the arithmetic gives ("5.00" for 10 × 1/2): shown without trailing zeros.
  const points = (v) => (v != null && v.includes(".") ? v.replace(/\.?0+$/, "") : v);
  c.indicators.forEach((r, i) => note(`indicators.${i}.score`, "应得", points(r.score)));
  note("execution.rate", "计算", percent(c.execution?.rate));
  note("execution.score", "应得", c.execution?.score);
  note("totalScore", "合计", c.totalScore);
  note("grade", "应为", c.grade);
  $("#computed").textContent =
    c.totalScore == null ? "" : `各项得分合计 ${c.totalScore} 分，对应等级“${c.grade}”`;
}

/**
 * The target form's table, when the user came from it (app.js leaves it in sessionStorage): the
 * self-evaluation starts from its indicators with the later cells blank, and the table is the
 * approved one `target-changed` compares with.
 */
function fromTarget() {
  const saved = sessionStorage.getItem("jixiao.approved");
  sessionStorage.removeItem("jixiao.approved");
  let approved;
  try {
    approved = JSON.parse(saved);
  } catch {
    return null;
  }
  if (!approved || !Array.isArray(approved.indicators)) return null;
  const blank = { actual: "", weight: "", score: "", deviationReason: "" };
  const table = {
    ...approved,
    stage: "selfEvaluation",
    indicators: approved.indicators.map((r) => ({ ...r, ...blank })),
    execution: { initialBudget: text(approved.budget), annualBudget: "", executed: "", weight: "10", rate: "", score: "" },
    goalCompletion: "",
    totalWeight: "",
    totalScore: "",
    grade: "",
  };
  return { table, options: { approved }, status: `已从绩效目标表转入：${text(approved.projectName)}` };
}

start({
  form: "#se-form",
  begin: fromTarget,
  example: "examples/self-evaluation.json",
  header: HEADER,
  execution: EXECUTION,
  rows: "#se-rows",
  makeRow,
  showComputed,
  loaded: (t) => t.projectName,
});
