/** Where the CLI writes: process.stdout and process.stderr, or string collectors in tests. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

/**
 * Exit codes: 0 success (warnings allowed); 1 the input or the output stopped the command and
 * nothing was written (also errors with `--strict`); 2 bad usage.
 */
export const exitCodes = { ok: 0, inputError: 1, usage: 2 } as const;

/** One of {@link exitCodes}. */
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];
