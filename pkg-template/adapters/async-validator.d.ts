// jixiao/async-validator — a jixiao `Form` behind async-validator rules (Element Plus, Ant Design
// Vue, React antd). See async-validator.js for the behaviour in full. These declarations need
// neither the DOM lib nor a framework's types.
import type { Change, Counts, Diagnostic, IndicatorInput, Path, RawTable, TableInput } from "../types.js";

export type { Change, Counts, Diagnostic, IndicatorInput, Path, RawTable, TableInput };

/** What the rules use of a jixiao `Form` (`new Form(options)` from "jixiao" has it). */
export interface FormLike {
  load(table: TableInput): Change;
  set(path: Path, value: string | number | null): Change;
  insertRow(index: number, row?: IndicatorInput): Change;
  removeRow(index: number): Change;
  moveRow(from: number, to: number): Change;
  applyFix(id: string): Change;
  diagnostics(path?: Path | null): Diagnostic[];
  counts(): Counts;
  table(): RawTable;
}

/** The `Error` a rule's promise rejects with: the messages, and the findings they come from. */
export interface RuleError extends Error {
  diagnostics: Diagnostic[];
}

/**
 * An async-validator rule object, as Element Plus (`FormItemRule`), Ant Design Vue and React
 * antd (`Rule`) take it. Its `asyncValidator` reads the item's path from `rule.field`, which
 * each of those libraries sets to the item's `prop`/`name` joined with dots; it returns a
 * promise (no `callback`), rejected with a {@link RuleError}.
 */
export interface JixiaoRule {
  /** When Element Plus and Ant Design Vue run the rule (default `["change", "blur"]`). */
  trigger: ("change" | "blur")[];
  /** Set on `warningRule`: Ant Design Vue and React antd show its failures as warnings. */
  warningOnly?: boolean;
  asyncValidator(rule: unknown, value: unknown): Promise<void>;
}

export interface CreateRulesOptions {
  /**
   * Re-runs the items at `paths` (header fields and cells) whose findings an edit changed, once
   * per tick: `(paths) => formRef.value?.validateField(paths)` (Element Plus),
   * `(paths) => form.validateFields(paths.map(namePath)).catch(() => {})` (antd).
   */
  revalidate?(paths: Path[]): void;
  /**
   * An object the findings at each path are written into (`notes[path]`: every severity, in
   * form order; the key is deleted when there are none), only for the paths that changed. A Vue
   * `reactive({})` makes a template that reads `notes[prop]` update just those items.
   */
  notes?: Record<Path, Diagnostic[]>;
  /** After every edit, with what changed and the paths whose findings changed. */
  onChange?(change: Change, paths: Path[]): void;
  /** `trigger` of the rules (default `["change", "blur"]`). */
  trigger?: ("change" | "blur")[];
  /** `warningRule` reports info findings too (default: warnings only). */
  info?: boolean;
  /** How several messages of one item are joined (default a newline). */
  join?: string;
}

export interface JixiaoRules {
  /** The rule for every item: fails with the errors at the item's path. */
  readonly rule: JixiaoRule;
  /** A `warningOnly` rule (antd): fails with the warnings at the item's path, never blocks. */
  readonly warningRule: JixiaoRule;
  readonly form: FormLike;
  /** Counts after the last edit. */
  counts(): Counts;
  /** The current findings at exactly `path`. */
  at(path: Path): Diagnostic[];
  /** The current findings, all or at and inside `path` (from the form). */
  diagnostics(path?: Path): Diagnostic[];
  /** The model was filled as a whole (on load or paste): checks `table` and re-runs the items whose findings changed. */
  load(table: TableInput): Change;
  /** Sets one field or cell from code (the rules do this for what the user types). */
  set(path: Path, value: string | number | null): Change;
  /** A row was inserted into the model at `index`. */
  insertRow(index: number, row?: IndicatorInput): Change;
  /** Row `index` was removed from the model. */
  removeRow(index: number): Change;
  /** Row `from` was moved to `to` in the model. */
  moveRow(from: number, to: number): Change;
  /**
   * Applies the fix of the current finding `id`; with `model`, also writes it there (the values
   * at the fix's path and its `also` paths, or the row removed from `model.indicators`).
   */
  applyFix(id: string, model?: { indicators?: unknown[] | null }): Change;
  /** Replaces the form (other options: framework, year, locale), loading the table into it. */
  setForm(form: FormLike): Change;
}

/** Rules for every item of a form, backed by `form` (a jixiao `Form`, one per form). */
export function createRules(form: FormLike, options?: CreateRulesOptions): JixiaoRules;

/** True for a header field or a cell. */
export function isSettable(path: Path): boolean;

/** `"indicators.3.value"` → `["indicators", 3, "value"]`, an antd name path. */
export function namePath(path: Path): (string | number)[];

/** The findings that do not block (warnings and info), e.g. `advisory(notes[prop])`. */
export function advisory(diagnostics: readonly Diagnostic[] | null | undefined): Diagnostic[];
