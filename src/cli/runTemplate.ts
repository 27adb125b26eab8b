import { access, rename, unlink, writeFile } from "fs/promises";
import { basename, dirname, join, resolve } from "path";
import { randomBytes } from "crypto";
import { AssessError } from "../engine";
import { reasonOf } from "../xlsx/reasonOf";
import { templateWorkbook } from "../xlsx/templateWorkbook";
import { CliIo, ExitCode, exitCodes } from "./cliIo";
import { cliMessage } from "./cliText";
import { TemplateOptions } from "./parseArguments";

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * 生成空白模板 (run `assess template`): writes the blank ledger workbook (see `templateWorkbook`).
 * An existing file is never overwritten without `--force` (it may be a clerk's filled-in ledger):
 * returns 1 then, as for a file that cannot be written; 0 on success.
 */
export async function runTemplate(options: TemplateOptions, io: CliIo): Promise<ExitCode> {
  const output = resolve(options.out);
  if (!options.force && (await exists(output))) {
    io.stderr.write(`${cliMessage("zh-CN", "fileExists", { file: output })}\n`);
    return exitCodes.inputError;
  }
  const temporary = join(
    dirname(output),
    `.${basename(output)}.${randomBytes(6).toString("hex")}.tmp`
  );
  try {
    const buffer = await templateWorkbook().xlsx.writeBuffer();
    await writeFile(temporary, Buffer.from(buffer as ArrayBuffer));
    await rename(temporary, output);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    const failure = new AssessError("value", "workbookUnwritable", {
      file: output,
      reason: reasonOf(error),
    });
    io.stderr.write(`${cliMessage("zh-CN", "stopped", { reason: failure.message })}\n`);
    return exitCodes.inputError;
  }
  io.stdout.write(`${cliMessage("zh-CN", "templateWritten", { file: output })}\n`);
  return exitCodes.ok;
}
