/**
 * Exit codes: 0 success (warnings allowed); 1 the input or the output stopped the command and
 * nothing was written (also errors with `--strict`); 2 bad usage.
 */
export const exitCodes = { ok: 0, inputError: 1, usage: 2 };
