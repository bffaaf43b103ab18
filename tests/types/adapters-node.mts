// The adapters in a Node + TypeScript project without the DOM lib (tsconfig.node-nodom.json):
// their declarations need neither DOM types nor a framework's.
import { Form } from "jixiao";
import { advisory, createRules, isSettable, namePath, type JixiaoRule, type JixiaoRules, type RuleError } from "jixiao/async-validator";
import type { BindFormOptions, FormBinding, FormLike } from "jixiao/form";
import type { Change, Diagnostic } from "jixiao/types";

/** No console without the DOM lib or @types/node: what would be logged is kept. */
const seen: unknown[] = [];
const log = (...what: unknown[]) => void seen.push(what);

const notes: Record<string, Diagnostic[]> = {};
const jx: JixiaoRules = createRules(new Form({ year: 2024 }), {
  notes,
  revalidate: (paths: string[]) => log(paths.map(namePath)),
  onChange: (change: Change, paths: string[]) => log(change.counts, paths),
  info: true,
});
const rule: JixiaoRule = jx.rule;
const warnings: JixiaoRule = jx.warningRule;
const done: Promise<void> = rule.asyncValidator({ field: "projectName" }, "巡察经费");
done.catch((e: RuleError) => log(e.diagnostics.map((d) => d.message)));
const shown: Diagnostic[] = advisory(notes.projectName);
const loaded: Change = jx.load({ projectName: "", indicators: [] });
jx.insertRow(0, { name: "x" });
jx.applyFix(loaded.added[0]?.id ?? "", { indicators: [] });
const settable: boolean = isSettable("indicators.0.value");
const form: FormLike = jx.form;
const options: BindFormOptions = { reveal: "touched", onChange: (c: Change, b: FormBinding) => log(c, b.counts) };
export { warnings, shown, settable, form, options, seen };
