import { AssessError, formatMessage, Locale } from "../engine";
import { FileProblem } from "../xlsx/fileProblem";
import { CliIo, ExitCode, exitCodes } from "./cliIo";
import { cliMessage } from "./cliText";
import { problemMessage } from "./problemText";
import { returnsMessage } from "./returnsText";

/**
 * What `assess forms` and `assess collect` say when they stop, as `assess summary` does: a
 * {@link FileProblem} in the catalogue's words (`problemMessage`) — or, where `ownWords` gives
 * them, in the command's own (a line of its own) — an {@link AssessError} in the clerk's words,
 * anything else as an internal error with its stack (a bug, never hidden). Returns 1.
 */
export function reportFailure(
  error: unknown,
  io: CliIo,
  locale: Locale,
  ownWords: (problem: FileProblem) => string | undefined = () => undefined
): ExitCode {
  let text: string;
  if (error instanceof FileProblem) {
    text =
      ownWords(error) ??
      returnsMessage(locale, "stopped", {
        reason: problemMessage(locale, error.code, error.params),
      });
  } else if (error instanceof AssessError) {
    text = returnsMessage(locale, "stopped", {
      reason: formatMessage(locale, error.key, error.params),
    });
  } else {
    text = cliMessage(locale, "internalError", {
      reason: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
  io.stderr.write(`${text}\n`);
  return exitCodes.inputError;
}
