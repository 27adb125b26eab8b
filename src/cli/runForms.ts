import { mkdir } from "fs/promises";
import { basename, dirname, join, resolve } from "path";
import { formatDiagnostic, readLedger, returnForms, returnFormSheet } from "../engine";
import { readWorkbook } from "../xlsx/readWorkbook";
import { returnFormWorkbook } from "../xlsx/returnFormWorkbook";
import { CliIo, ExitCode, exitCodes } from "./cliIo";
import { fileExists } from "./fileExists";
import { reportFailure } from "./reportFailure";
import { returnsMessage } from "./returnsText";
import { writeFileAtomically } from "./writeFileAtomically";

/** Options of `assess forms LEDGER.xlsx --month 7 [--out DIR] [--force] [--year Y] [--due-day D]`. */
export interface FormsOptions {
  /** The ledger workbook. */
  readonly input: string;
  readonly month: number;
  /** The folder the forms go to; default: the ledger's folder. */
  readonly out?: string;
  /** Overwrite forms that exist already. */
  readonly force: boolean;
  /** The year; default: from the ledger's title. */
  readonly year?: number;
  /** Day of the next month the figures are due, 15 by default. */
  readonly dueDay?: number;
}

/** A unit's name as it can stand in a file name: characters Windows forbids become "_". */
function fileSafe(text: string): string {
  return text.replace(/[\\/:*?"<>|\s]+/g, "_");
}

/** "报送表-县财政局-8月.xlsx". */
export function formFileName(unit: string, month: number): string {
  return `报送表-${fileSafe(unit)}-${month}月.xlsx`;
}

/** "2016-09-15" → "2016年9月15日"; "--09-15" → "9月15日". */
function dueText(iso: string): string {
  const [year, month, day] = iso.replace(/^--/, "-").split("-");
  return `${year === "" ? "" : `${year}年`}${Number(month)}月${Number(day)}日`;
}

/**
 * 生成报送表 (run `assess forms`): reads the ledger, makes one return form per lead unit for the
 * month (see `returnForms`, `returnFormWorkbook`) and writes them as 报送表-<单位>-<月>月.xlsx into
 * `out` (default: the ledger's folder). Existing forms are never overwritten without `force`:
 * when any exists, none is written and 1 is returned. Returns 0 on success, 1 when the ledger or
 * a file stopped it. Never calls process.exit.
 */
export async function runForms(options: FormsOptions, io: CliIo): Promise<ExitCode> {
  const line = (stream: CliIo["stdout"], text: string): void => {
    stream.write(`${text}\n`);
  };
  try {
    const sheets = await readWorkbook(options.input);
    const ledger = readLedger(sheets, options.year === undefined ? {} : { year: options.year });
    if (ledger.table === null) {
      for (const found of ledger.diagnostics) {
        line(io.stderr, formatDiagnostic(found, "zh-CN"));
      }
      line(io.stderr, returnsMessage("zh-CN", "noTable"));
      return exitCodes.inputError;
    }
    const forms = returnForms(ledger.table, options.month, {
      year: ledger.year,
      ...(options.dueDay === undefined ? {} : { dueDay: options.dueDay }),
    });
    if (forms.length === 0) {
      line(io.stderr, returnsMessage("zh-CN", "noForms"));
      return exitCodes.inputError;
    }
    const folder = resolve(options.out ?? dirname(options.input));
    const files = forms.map((form) => join(folder, formFileName(form.unit, form.month)));
    if (!options.force) {
      const present: string[] = [];
      for (const file of files) {
        if (await fileExists(file)) {
          present.push(basename(file));
        }
      }
      if (present.length > 0) {
        line(io.stderr, returnsMessage("zh-CN", "formsExist", { files: present.join("、") }));
        return exitCodes.inputError;
      }
    }
    await mkdir(folder, { recursive: true });
    for (const [position, form] of forms.entries()) {
      const workbook = await returnFormWorkbook(returnFormSheet(form, ledger.county));
      await writeFileAtomically(files[position], Buffer.from(await workbook.xlsx.writeBuffer()));
    }
    line(
      io.stdout,
      returnsMessage("zh-CN", "formsWritten", {
        count: forms.length,
        month: options.month,
        due: dueText(forms[0].dueDate),
      })
    );
    forms.forEach((form, position) => {
      line(
        io.stdout,
        returnsMessage("zh-CN", "formFile", {
          unit: form.unit,
          count: form.indicators.length,
          file: files[position],
        })
      );
    });
    return exitCodes.ok;
  } catch (error) {
    return reportFailure(error, io);
  }
}
