// The paths a form item edits, shared by the adapters (jixiao/form, jixiao/async-validator): the
// target form's fields and cells, then the later forms' (`jixiao/lifecycle`: the self-evaluation
// and monitoring forms' header, cells and 预算执行 block). `form.set` takes exactly these.

export const HEADER = [
  "year", "projectName", "department", "implementingUnit", "budget", "overallGoal", "tasks", "period",
  "month", "goalProgress", "goalCompletion", "process", "totalWeight", "totalScore", "grade", "conclusion",
  "problems", "improvements", "otherNotes", "measures",
];
export const COLUMNS = [
  "level1", "level2", "name", "operator", "value", "unit", "deadline", "weight", "direction",
  "actual", "score", "deviationReason", "measures", "projected", "light", "deviationCauses", "likelihood",
  "remark", "initialValue", "completion",
];
export const EXECUTION = [
  "initialBudget", "annualBudget", "executed", "rate", "weight", "score", "reason", "projectedExecuted", "light",
  "measures",
];

const HEADERS = new Set(HEADER);
/** `indicators.3.value` → ["3", "value"]. */
export const CELL = new RegExp(`^indicators\\.(\\d+)\\.(${COLUMNS.join("|")})$`);
const EXECUTION_CELL = new RegExp(
  `^execution\\.(?:(?:${EXECUTION.join("|")})|sources\\.\\d+\\.(?:name|initialBudget|annualBudget|executed|rate))$`,
);

/** True when `path` is a header field, a cell or an execution cell: what `form.set` takes. */
export function isSettable(path) {
  return HEADERS.has(path) || CELL.test(path) || EXECUTION_CELL.test(path);
}
