import { mkdir } from "fs/promises";
import { basename, dirname, join, resolve } from "path";
import {
  dueDateText,
  formatDiagnostic,
  Locale,
  readLedger,
  returnFormFileName,
  returnForms,
  returnFormSheet,
} from "../engine";
import { checkOutput } from "../xlsx/checkOutput";
import { FileProblem } from "../xlsx/fileProblem";
import { readWorkbook } from "../xlsx/readWorkbook";
import { repackZip } from "../xlsx/repackZip";
import { returnFormWorkbook } from "../xlsx/returnFormWorkbook";
import { writeFileAtomically } from "../xlsx/writeFileAtomically";
import { writeProblemOf } from "../xlsx/writeProblemOf";
import { outputCompressionLevel } from "../xlsx/zipPackage";
import { CliIo, ExitCode, exitCodes } from "./cliIo";
import { cliMessage } from "./cliText";
import type { FormsOptions } from "./parseReturnCommands";
import { reportFailure } from "./reportFailure";
import { returnsMessage } from "./returnsText";

/**
 * 生成报送表 (run `assess forms`): reads the ledger, makes one return form per lead unit for the
 * month (see `returnForms`, `returnFormWorkbook`) and writes them as 报送表-<单位>-<月>月.xlsx into
 * `out` (default: the ledger's folder, made if missing), each atomically (`writeFileAtomically`).
 * Existing forms are never overwritten without `force`: when any exists, none is written and 1 is
 * returned; each output is checked first (`checkOutput`: never the ledger itself, a writable
 * folder). Returns 0 on success, 1 when the ledger or a file stopped it, with the same words for
 * file problems as `assess summary`. Never calls process.exit.
 */
export async function runForms(
  options: FormsOptions,
  io: CliIo,
  locale: Locale = "zh-CN"
): Promise<ExitCode> {
  const line = (stream: CliIo["stdout"], text: string): void => {
    stream.write(`${text}\n`);
  };
  try {
    const sheets = await readWorkbook(options.input);
    const ledger = readLedger(sheets, options.year === undefined ? {} : { year: options.year });
    if (ledger.table === null) {
      for (const found of ledger.diagnostics) {
        line(io.stderr, formatDiagnostic(found, locale));
      }
      line(io.stderr, returnsMessage(locale, "noTable"));
      return exitCodes.inputError;
    }
    const forms = returnForms(ledger.table, options.month, {
      year: ledger.year,
      ...(options.dueDay === undefined ? {} : { dueDay: options.dueDay }),
    });
    if (forms.length === 0) {
      line(io.stderr, returnsMessage(locale, "noForms"));
      return exitCodes.inputError;
    }
    const folder = resolve(options.out ?? dirname(options.input));
    const files = forms.map((form) => join(folder, returnFormFileName(form.unit, form.month)));
    try {
      await mkdir(folder, { recursive: true });
    } catch (error) {
      throw writeProblemOf(error, files[0]);
    }
    const present: string[] = [];
    for (const file of files) {
      try {
        await checkOutput(file, { input: options.input, force: options.force });
      } catch (error) {
        if (!(error instanceof FileProblem && error.code === "outputExists")) {
          throw error;
        }
        present.push(basename(file));
      }
    }
    if (present.length > 0) {
      const names = present.join(cliMessage(locale, "listSeparator"));
      line(io.stderr, returnsMessage(locale, "formsExist", { files: names }));
      return exitCodes.inputError;
    }
    for (const [position, form] of forms.entries()) {
      const workbook = await returnFormWorkbook(returnFormSheet(form, ledger.county));
      const stored = await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } });
      const bytes = repackZip(Buffer.from(stored), outputCompressionLevel);
      await writeFileAtomically(files[position], bytes, { overwrite: options.force });
    }
    line(
      io.stdout,
      returnsMessage(locale, "formsWritten", {
        count: forms.length,
        month: options.month,
        due: locale === "zh-CN" ? dueDateText(forms[0].dueDate) : forms[0].dueDate,
      })
    );
    forms.forEach((form, position) => {
      line(
        io.stdout,
        returnsMessage(locale, "formFile", {
          unit: form.unit,
          count: form.indicators.length,
          file: files[position],
        })
      );
    });
    return exitCodes.ok;
  } catch (error) {
    return reportFailure(error, io, locale);
  }
}
