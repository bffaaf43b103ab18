// jixiao/async-validator — jixiao findings as async-validator rules (Element Plus, Ant Design Vue).
import type { Diagnostic, TableInput, ValidationResult } from "../web/jixiao.js";

export type { Diagnostic, TableInput, ValidationResult };

/** What the adapter needs of a validator: `Validator` from "jixiao" has it. */
export interface ValidatorLike {
  validate(table: TableInput): ValidationResult;
}

/** The model, or a function returning it (e.g. `() => form` for a Vue `reactive` form). */
export type ModelSource = TableInput | (() => TableInput);

/** An Error carrying the findings it reports. */
export interface JixiaoError extends Error {
  diagnostics: Diagnostic[];
}

/** An async-validator rule object, as Element Plus and Ant Design Vue take it. */
export interface JixiaoRule {
  trigger: string | string[];
  /** Set on the rules of `makeWarningRule`: Ant Design Vue shows them as non-blocking warnings. */
  warningOnly?: boolean;
  validator(
    rule: unknown,
    value: unknown,
    callback: (error?: string | Error) => void,
    ...rest: unknown[]
  ): void;
}

export interface RuleOptions {
  /** When the form library runs the rule (default `["change", "blur"]`). */
  trigger?: string | string[];
  /** Also report the findings inside the path (`indicators.3` with its cells). */
  within?: boolean;
  /** How several messages are joined (default a newline). */
  join?: string;
  /** Called on every run with all findings at the path, warnings included. */
  onDiagnostics?(path: string, diagnostics: Diagnostic[]): void;
}

export interface WarningRuleOptions extends RuleOptions {
  /** Report info findings too (default: warnings only). */
  info?: boolean;
}

export interface RulesForOptions extends WarningRuleOptions {
  /** The props to make rules for (default `pathsOf(model)`). */
  paths?: string[];
  /** Add a `makeWarningRule` to each prop (for Ant Design Vue). */
  warnings?: boolean;
}

/**
 * One rule for the form item whose `prop` is `path`: errors at the path fail it with their
 * message; warnings and info pass (read them with `diagnosticsAt`/`warningsFor`).
 */
export function makeRule(
  validator: ValidatorLike,
  getModel: ModelSource,
  path: string,
  options?: RuleOptions,
): JixiaoRule;

/** A `warningOnly` rule (Ant Design Vue) reporting the warnings at `path`. */
export function makeWarningRule(
  validator: ValidatorLike,
  getModel: ModelSource,
  path: string,
  options?: WarningRuleOptions,
): JixiaoRule;

/** `{ [prop]: JixiaoRule[] }` for every path of the model: pass it to `<el-form :rules>`. */
export function rulesFor(
  validator: ValidatorLike,
  getModel: ModelSource,
  options?: RulesForOptions,
): Record<string, JixiaoRule[]>;

/** The findings at `path` (with `within`, also inside it). */
export function diagnosticsAt(
  validator: ValidatorLike,
  model: TableInput,
  path: string,
  options?: { within?: boolean },
): Diagnostic[];

/** The warnings and info of the model by path, to show under Element Plus items. */
export function warningsFor(validator: ValidatorLike, model: TableInput): Record<string, Diagnostic[]>;

/** `validator.validate(model)`, cached per validator and model content. */
export function validateCached(validator: ValidatorLike, model: TableInput): ValidationResult;

/** Drops the cached result of `validator`. */
export function clearCache(validator: ValidatorLike): void;

/** Header fields, `indicators`, and every row and cell path of `model`. */
export function pathsOf(model: TableInput): string[];
