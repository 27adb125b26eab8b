import { resolve } from "path";
import { checkOutput } from "../xlsx/checkOutput";
import { FileProblem } from "../xlsx/fileProblem";
import { repackZip } from "../xlsx/repackZip";
import { templateWorkbook } from "../xlsx/templateWorkbook";
import { writeFileAtomically } from "../xlsx/writeFileAtomically";
import { outputCompressionLevel } from "../xlsx/zipPackage";
import { CliIo, ExitCode, exitCodes } from "./cliIo";
import { cliMessage, Locale } from "./cliText";
import type { TemplateOptions } from "./parseArguments";
import { problemMessage } from "./problemText";

/**
 * 生成空白模板 (run `assess template`): writes the blank ledger workbook (see `templateWorkbook`),
 * atomically. An existing file is never overwritten without `--force` (it may be a clerk's
 * filled-in ledger); the output is checked before anything is made. Returns 1 then, as for a file
 * that cannot be written (with a message naming it and what to do); 0 on success.
 */
export async function runTemplate(
  options: TemplateOptions,
  io: CliIo,
  locale: Locale = "zh-CN"
): Promise<ExitCode> {
  const output = resolve(options.out);
  try {
    await checkOutput(output, { force: options.force });
    const stored = await templateWorkbook().xlsx.writeBuffer({
      zip: { compression: "STORE" },
    });
    const bytes = repackZip(Buffer.from(stored), outputCompressionLevel);
    await writeFileAtomically(output, bytes, { overwrite: options.force });
  } catch (error) {
    if (!(error instanceof FileProblem)) {
      throw error;
    }
    io.stderr.write(
      `${cliMessage(locale, "templateStopped", {
        reason: problemMessage(locale, error.code, error.params),
      })}\n`
    );
    return exitCodes.inputError;
  }
  io.stdout.write(`${cliMessage(locale, "templateWritten", { file: output })}\n`);
  return exitCodes.ok;
}
