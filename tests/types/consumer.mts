// A TypeScript consumer of "jixiao", "jixiao/en", "jixiao/lifecycle" and "jixiao/import": every
// export used with its declared types; rule ids are a string-literal union, checked in options and
// results.
import init, { Form, applyFixes, normalize, rules, validate, validateField } from "jixiao";
import initImporter, { importGrid, importText } from "jixiao/import";
import initXlsx, { readWorkbook, reviewOpinion } from "jixiao/xlsx";
import type { WorkbookResult } from "jixiao/xlsx";
import initEnglish, { Form as EnglishForm } from "jixiao/en";
import initLifecycle, { Form as LifecycleForm, applyFixes as applyLifecycleFixes, validate as validateLifecycle } from "jixiao/lifecycle";
import type {
  RawTable as LifecycleTable, RuleId as LifecycleRuleId, TableInput as LifecycleInput, ValidationResult as LifecycleResult,
} from "jixiao/lifecycle";
import type {
  Change, Counts, Diagnostic, Fix, ImportResult, JixiaoError, Level, Options, RawTable, RuleId, RuleMeta, Severity,
  TableInput, ValidationResult,
} from "jixiao";

await init();
await initImporter();
await initXlsx();
await initEnglish();
await initLifecycle();

const options: Options = { year: 2024, rules: { "rate-at-least-100": "error" }, limits: { maxRows: 50 } };
const input: TableInput = { projectName: "巡察经费", budget: 34.16, indicators: [{ name: "x", value: 100 }, { unit: null }] };

// The live document.
const form = new Form(options);
const loaded: Change = form.load(input);
const typed: Change = form.set("indicators.0.value", "95");
form.set("year", 2024);
form.set("indicators.1.unit", null);
const removed: string[] = typed.removed;
const first: Diagnostic | undefined = loaded.added[0];
const id: string | undefined = first?.id;
form.insertRow(0, { name: "培训人次", value: 20 });
form.insertRow(1);
form.moveRow(0, 1);
form.removeRow(1);
if (id) form.applyFix(id);
const inRow: Diagnostic[] = form.diagnostics("indicators.0");
const all: Diagnostic[] = form.diagnostics();
const counts: Counts = form.counts();
const table: RawTable = form.table();
form.free();
new EnglishForm({ locale: "en" }).free();

// The stateless calls.
const r: ValidationResult = validate(input, options);
const d: Diagnostic | undefined = r.diagnostics[0];
const fix: Fix | undefined = d?.fix;
const value: string | null | undefined = fix?.value;
const s: Severity | undefined = d?.severity;
const rule: RuleId | undefined = d?.rule;
const n: number = r.counts.error + r.counts.warning + r.counts.info;
const field: Diagnostic[] = validateField(input, "indicators.0.value");
const fixed: RawTable = applyFixes(input, field, options);
const name: string = fixed.indicators?.[0]?.name ?? "";
const metas: RuleMeta[] = rules();
const level: Level | undefined = metas[0]?.configuredLevel;
const canonical: RawTable = normalize(input, { amountUnit: "元" });
const i: ImportResult = importText("", options);
const g: ImportResult = importGrid([["a", 1, null]]);
const book: WorkbookResult = readWorkbook(new Uint8Array(0), options);
const sheetOf: string = book.tables[0].sheet;
const bookTable: TableInput = book.tables[0].table;
const bookCounts: Counts = book.tables[0].counts;
const opinionText: string = reviewOpinion(bookTable, options);
const at: number = i.diagnostics[0]?.table ?? 0;

// The later forms (jixiao/lifecycle): a self-evaluation table, its execution block and total.
const selfEvaluation: LifecycleInput = {
  stage: "selfEvaluation",
  execution: { annualBudget: "6.70", executed: 6.52, weight: 10, score: "9.73" },
  indicators: [{ name: "活跃度增长率", operator: ">=", value: 85, unit: "%", weight: 10, actual: "80%", score: 10, deviationReason: null }],
  totalScore: "19.73",
  grade: "差",
};
const lifecycleRule: LifecycleRuleId = "full-score-unmet";
const seResult: LifecycleResult = validateLifecycle(selfEvaluation, { rules: { "total-score-sum": "warning" } });
const seFixed: LifecycleTable = applyLifecycleFixes(selfEvaluation, seResult.diagnostics);
const seScore: string | undefined = seFixed.indicators?.[0]?.score;
const lifecycleForm = new LifecycleForm();
lifecycleForm.load(selfEvaluation);
lifecycleForm.set("execution.score", "9.73");
lifecycleForm.set("totalScore", 19.73);
lifecycleForm.free();
// @ts-expect-error: the target forms' module has no later-form rule ids
const targetOnly: RuleId = "full-score-unmet";

// Errors carry a code and what they name.
try {
  form.set("nope", "x");
} catch (e) {
  const err = e as JixiaoError;
  const code: "invalid-option" | "unknown-option" | "invalid-options" | "no-such-path" | "no-such-row" | "no-such-fix" | "unreadable" | "not-initialized" = err.code;
  const named: string | undefined = err.option ?? err.path;
  console.log(code, named);
}

// Rule ids are a union of string literals, not `string`.
type IsString<T> = string extends T ? true : false;
const literal: IsString<RuleId> = false;
const known: RuleId = "rate-at-least-100";
// @ts-expect-error: not a rule id
const unknown: RuleId = "no-such-rule";
// @ts-expect-error: rule ids are checked in options too
validate(input, { rules: { "no-such-rule": "off" } });
// @ts-expect-error: locale is one of the listed ones
new Form({ locale: "fr" });
// @ts-expect-error: the result is typed, not any
const wrong: string = validate(input);

export { book, sheetOf, bookCounts, opinionText };
export { removed, inRow, all, counts, table, value, s, rule, n, name, level, canonical, g, at, literal, known, unknown, wrong, lifecycleRule, seScore, targetOnly };
