// jixiao/form — binds a plain HTML form to a jixiao `Form`. See form.js for the behaviour in full.
// The element types are structural (what the binding uses of them), so that these declarations
// compile without the DOM lib; an `HTMLElement` and an `HTMLInputElement` fit them.
import type { Change, Counts, Diagnostic, IndicatorInput, Path, RawTable, TableInput } from "../types.js";

export type { Change, Counts, Diagnostic, IndicatorInput, Path, RawTable, TableInput };

/** What the binding uses of a jixiao `Form` (`new Form(options)` from "jixiao" has it). */
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

/** An element of the page, as the binding uses it. */
export interface ElementLike {
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  focus(options?: { preventScroll?: boolean }): void;
}

/** An event, as the binding reads it. */
export interface EventLike {
  readonly target: unknown;
}

/** The element the form's controls are in: a `<form>`, or any element. */
export interface FormRoot extends ElementLike {
  addEventListener(type: string, listener: (event: EventLike) => void): void;
  removeEventListener(type: string, listener: (event: EventLike) => void): void;
  querySelectorAll(selectors: string): ArrayLike<unknown>;
  contains(other: never): boolean;
  readonly ownerDocument: unknown;
  readonly id: string;
}

/** An `<input>`, `<select>` or `<textarea>`. */
export interface ControlLike extends ElementLike {
  value: string;
}

export type SeverityLabels = Partial<Record<"error" | "warning" | "info", string>>;

export interface BindFormOptions {
  /**
   * `"all"` (default): every finding shows at once. `"touched"`: a finding shows once the user
   * has typed in or left a control at or inside its path, so a blank new form is not all red;
   * `revealAll()` (e.g. on submit) shows the rest.
   */
  reveal?: "all" | "touched";
  /** Events whose control's value is sent (default `["input", "change"]`). */
  events?: string[];
  /** Set `setCustomValidity` on controls with errors (default true). */
  customValidity?: boolean;
  /** Text shown before each message, e.g. `{ error: "错误", warning: "警告", info: "提示" }`. */
  severityLabels?: SeverityLabels;
  /** Class and attribute prefix (default `jixiao`): `.jixiao-msg-error`, `.jixiao-fix`. */
  classPrefix?: string;
  /** Show a button for each finding with a fix (default true). */
  fixes?: boolean;
  /** Reads what a control holds (default its `value`). */
  readValue?(control: ControlLike, path: Path): string | number | null;
  /** Writes a fix's value into a control (default: sets its `value`). */
  writeValue?(control: ControlLike, value: string, path: Path): void;
  /**
   * Removes row `index`'s elements and renumbers the `data-path`s after it, for a fix that
   * removes a row (a duplicate). Without it such fixes get no button.
   */
  removeRow?(index: number): void;
  /** After every update, with what changed (e.g. to update a summary list and the counts). */
  onChange?(change: Change, binding: FormBinding): void;
  /** After a fix was applied. */
  onFix?(diagnostic: Diagnostic, change: Change, binding: FormBinding): void;
}

export interface FormBinding {
  /** The page has rendered `table`'s controls: checks it whole and shows every finding. */
  load(table: TableInput): Change;
  /** Sets one field or cell from code (the control's value is the page's to set). */
  set(path: Path, value: string | number | null): Change;
  /** The page has inserted row `index`'s elements and renumbered the `data-path`s after it. */
  insertRow(index: number, row?: IndicatorInput): Change;
  /** The page has removed row `index`'s elements and renumbered the `data-path`s after it. */
  removeRow(index: number): Change;
  /** The page has moved row `from`'s elements to `to` and renumbered the `data-path`s. */
  moveRow(from: number, to: number): Change;
  /** Applies the fix of the current finding `id` and writes its values (`fix.value` at
   * `fix.path`, and each of `fix.also`) into their controls. */
  applyFix(id: string): Change;
  /** Re-reads the page's elements and shows every finding again (after re-rendering them). */
  refresh(): Change;
  /** Focuses the control of `path`, or of its nearest enclosing path; false if there is none. */
  focus(path: Path): boolean;
  /** Replaces the form (other options: framework, year, locale), loading the table into it. */
  setForm(form: FormLike): Change;
  /** Replaces the severity labels (after a language switch) and rewrites the messages. */
  setSeverityLabels(labels: SeverityLabels | null): void;
  /** Shows every finding from now on. */
  revealAll(): void;
  /** Back to showing findings of touched controls only, none touched yet (a new table). */
  revealTouched(): void;
  readonly reveal: "all" | "touched";
  readonly form: FormLike;
  /** Counts after the last update. */
  readonly counts: Counts;
  /** The current findings, all or at and inside `path`. */
  diagnostics(path?: Path): Diagnostic[];
  /** The message element of `path`, if one exists. */
  messageElement(path: Path): unknown;
  /** Removes listeners, created message elements and the attributes set. */
  destroy(): void;
}

/**
 * Binds the controls inside `root` to `form`. Controls and other elements name the diagnostic
 * path they own with `data-path`; an element `[data-jixiao-messages="<path>"]` placed by the
 * page receives that path's messages, otherwise one is created after the control. Errors:
 * `aria-invalid="true"` + `setCustomValidity`; warnings: `aria-invalid="true"` only; info:
 * message only. Every element with findings gets `data-jixiao-severity` (its worst severity).
 */
export function bindForm(root: FormRoot, form: FormLike, options?: BindFormOptions): FormBinding;

/** `indicators.3.value` → `indicators.3` → `indicators` → `""`. */
export function parentPath(path: Path): Path;

/** True for a header field, a cell or (later forms) an execution cell: the paths `form.set` takes. */
export function isSettable(path: Path): boolean;

/** Groups diagnostics by severity. */
export function bySeverity(
  diagnostics: readonly Diagnostic[],
): Record<"error" | "warning" | "info", Diagnostic[]>;

export const SEVERITIES: readonly ("error" | "warning" | "info")[];
