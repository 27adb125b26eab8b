import { AssessError } from "../engine";
import { CliIo, ExitCode, exitCodes } from "./cliIo";
import { returnsMessage } from "./returnsText";

/**
 * What `assess forms` and `assess collect` say when they stop: an {@link AssessError} in the
 * clerk's words, anything else as an internal error with its stack (a bug, never hidden). Returns 1.
 */
export function reportFailure(error: unknown, io: CliIo): ExitCode {
  const text =
    error instanceof AssessError
      ? returnsMessage("zh-CN", "stopped", { reason: error.message })
      : returnsMessage("zh-CN", "internalError", {
          reason: error instanceof Error ? (error.stack ?? error.message) : String(error),
        });
  io.stderr.write(`${text}\n`);
  return exitCodes.inputError;
}
