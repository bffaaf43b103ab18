// jixiao/form — binds a plain <form> to a jixiao Validator through `data-path` attributes and the
// constraint validation API. See form.js for the behaviour in full.
import type { Diagnostic, RawTable, TableInput, ValidationResult } from "../web/jixiao.js";

export type { Diagnostic, RawTable, TableInput, ValidationResult };

/** What bindForm needs of a validator: `Validator` from "jixiao" has it. */
export interface ValidatorLike {
  validate(table: TableInput): ValidationResult;
  applyFixes(table: TableInput, diagnostics?: Diagnostic[]): RawTable;
}

export interface BindFormOptions {
  /** The table as the form holds it now, read from the controls (called on every event). */
  getTable(): TableInput;
  /**
   * Writes a fixed table back into the form. When given, each diagnostic with a fix gets a button
   * (its `fix.label`) that applies that one fix with `applyFixes(getTable(), [diagnostic])`.
   */
  setTable?(table: RawTable, diagnostic: Diagnostic): void;
  /** Called after every update of the DOM, with all findings (e.g. to render a summary). */
  onDiagnostics?(result: ValidationResult, binding: FormBinding): void;
  /** Events that trigger validation (default `["input", "change"]`). */
  events?: string[];
  /** Set `setCustomValidity` on controls with errors (default true). */
  customValidity?: boolean;
  /** Text shown before each message, e.g. `{ error: "错误", warning: "警告", info: "提示" }`. */
  severityLabels?: Partial<Record<"error" | "warning" | "info", string>>;
  /** Class and attribute prefix (default `jixiao`): `.jixiao-msg-error`, `.jixiao-fix`. */
  classPrefix?: string;
  /**
   * `"all"` (default): every finding shows at once. `"touched"`: a finding shows once the user has
   * typed in or left its control (or, for a row or the list, any control inside it), so a blank
   * new form is not all red; `revealAll()` (e.g. on submit) shows the rest.
   */
  reveal?: "all" | "touched";
}

export interface FormBinding {
  /** Validates the table now and updates the DOM; returns the result. */
  validate(): ValidationResult;
  /** Shows `result` (from any validator call) in the DOM. */
  update(result: ValidationResult): ValidationResult;
  /** Focuses the control of `path`, or of its nearest enclosing path; false if there is none. */
  focus(path: string): boolean;
  /** Applies one diagnostic's fix through `setTable`, then validates. */
  applyFix(diagnostic: Diagnostic): void;
  /** Replaces the validator (another framework, year or locale) and validates. */
  setValidator(validator: ValidatorLike): ValidationResult;
  /** Replaces the severity labels (after a language switch) and rewrites the messages. */
  setSeverityLabels(labels: BindFormOptions["severityLabels"] | null): ValidationResult | null;
  /** Shows every finding from now on. */
  revealAll(): ValidationResult | null;
  /** Back to showing findings of touched controls only, none touched yet (a new table). */
  revealTouched(): ValidationResult | null;
  readonly reveal: "all" | "touched";
  /** The message element of `path`, if one exists. */
  messageElement(path: string): HTMLElement | null;
  /** The last result shown. */
  readonly result: ValidationResult | null;
  readonly validator: ValidatorLike;
  /** Removes listeners, created message elements and the attributes set. */
  destroy(): void;
}

/**
 * Binds `form` (any element containing the controls) to `validator`. Controls and other
 * elements name the diagnostic path they own with `data-path`; an element
 * `[data-jixiao-messages="<path>"]` placed by the page receives that path's messages, otherwise
 * one is created after the control. Errors: `aria-invalid="true"` + `setCustomValidity`;
 * warnings: `aria-invalid="true"` only; info: message only. Every element with findings gets
 * `data-jixiao-severity` (its worst severity). Values are never written except by a fix click.
 */
export function bindForm(
  form: HTMLElement,
  validator: ValidatorLike,
  options: BindFormOptions,
): FormBinding;

/** `indicators.3.value` → `indicators.3` → `indicators` → `""`. */
export function parentPath(path: string): string;

/** Groups diagnostics by severity. */
export function bySeverity(
  diagnostics: Diagnostic[],
): Record<"error" | "warning" | "info", Diagnostic[]>;

export const SEVERITIES: readonly ("error" | "warning" | "info")[];
