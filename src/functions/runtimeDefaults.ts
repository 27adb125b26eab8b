/**
 * The defaults the custom functions use when an optional argument is left out. In the shared
 * runtime the task pane changes them (its settings), so they live on the one global object that
 * the pane's and the functions' bundles share.
 */
export interface FunctionDefaults {
  /** Months in the year (期数). */
  readonly periods: number;
  /** Warning band as a fraction (预警幅度). */
  readonly band: number;
}

const key = Symbol.for("assess.functionDefaults");
const failureKey = Symbol.for("assess.functionDefaults.restoreFailure");

/** The built-in defaults: 12 periods, a 5-point band (the engine's). */
export const builtInDefaults: FunctionDefaults = { periods: 12, band: 0.05 };
const initial = builtInDefaults;

type Holder = { [key]?: FunctionDefaults; [failureKey]?: unknown };

/** The defaults in force. */
export function getFunctionDefaults(): FunctionDefaults {
  return (globalThis as Holder)[key] ?? initial;
}

/** Replaces the defaults (the task pane calls this when its settings change). */
export function setFunctionDefaults(defaults: FunctionDefaults): void {
  (globalThis as Holder)[key] = { ...defaults };
}

/** Keeps why restoring the saved defaults at open failed, for the pane to show (null: it did not). */
export function setRestoreFailure(error: unknown): void {
  (globalThis as Holder)[failureKey] = error;
}

/** Why restoring the saved defaults at open failed, or null. */
export function restoreFailure(): unknown {
  return (globalThis as Holder)[failureKey] ?? null;
}
