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
const initial: FunctionDefaults = { periods: 12, band: 0.05 };

type Holder = { [key]?: FunctionDefaults };

/** The defaults in force. */
export function getFunctionDefaults(): FunctionDefaults {
  return (globalThis as Holder)[key] ?? initial;
}

/** Replaces the defaults (the task pane calls this when its settings change). */
export function setFunctionDefaults(defaults: FunctionDefaults): void {
  (globalThis as Holder)[key] = { ...defaults };
}
