import { readFile, realpath, stat } from "fs/promises";
import { basename, dirname, join, resolve } from "path";
import {
  AssessError,
  ReturnedFile,
  collectChanges,
  collectReturns,
  formatDiagnostic,
  readReturn,
} from "../engine";
import { readWorkbookBuffer } from "../xlsx/readWorkbook";
import { reasonOf } from "../xlsx/reasonOf";
import { writeCollectedLedger } from "../xlsx/writeCollectedLedger";
import { notKeptLabels } from "../xlsx/writeSummaryWorkbook";
import { CliIo, ExitCode, exitCodes } from "./cliIo";
import { fileExists } from "./fileExists";
import { reportFailure } from "./reportFailure";
import { returnsMessage } from "./returnsText";
import { writeFileAtomically } from "./writeFileAtomically";

/** Options of `assess collect LEDGER.xlsx RETURN... --month 7 [--dry-run] [--force] [--out FILE]`. */
export interface CollectCliOptions {
  /** The ledger workbook (never written). */
  readonly input: string;
  /** The returned forms. */
  readonly returns: readonly string[];
  readonly month: number;
  /** Print what would change; write nothing. */
  readonly dryRun: boolean;
  /** Replace ledger figures that differ from the returned ones. */
  readonly force: boolean;
  /** The output workbook; default "<ledger>.08月汇总.xlsx" beside the ledger. */
  readonly out?: string;
  /** The year; default: from the ledger's title. */
  readonly year?: number;
}

/** "<ledger without .xlsx>.08月汇总.xlsx" beside the ledger. */
export function defaultCollectPath(input: string, month: number): string {
  const stem = basename(input).replace(/\.xls[xm]?$/i, "");
  return join(dirname(input), `${stem}.${String(month).padStart(2, "0")}月汇总.xlsx`);
}

/** The local calendar day of a time, as ISO: the clerk's day the file was last saved. */
function localDay(time: Date): string {
  const pad = (value: number): string => String(value).padStart(2, "0");
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
}

async function samePath(a: string, b: string): Promise<boolean> {
  const real = async (path: string): Promise<string> => realpath(path).catch(() => resolve(path));
  return (await real(a)) === (await real(b));
}

/**
 * 汇总报送表 (run `assess collect`): reads the ledger and every returned form, plans the collection
 * (see `collectReturns`: figures into the month's column, arrivals into 报送登记 — the form's
 * 填报日期, else the file's modified day), prints every finding ("文件：sheet!cell：…") and then
 * either the changes (`dryRun`, nothing written) or writes a copy of the ledger with only the
 * planned cells changed (`writeCollectedLedger`) to `out`. The ledger itself is never written, and
 * an existing output is never replaced. A return that cannot be read is reported and skipped.
 * Returns 0 when done (findings allowed), 1 when the ledger or the output stopped it.
 */
export async function runCollect(options: CollectCliOptions, io: CliIo): Promise<ExitCode> {
  const line = (stream: CliIo["stdout"], text: string): void => {
    stream.write(`${text}\n`);
  };
  try {
    const output = resolve(options.out ?? defaultCollectPath(options.input, options.month));
    if (!options.dryRun) {
      if (await samePath(options.input, output)) {
        line(io.stderr, returnsMessage("zh-CN", "outputIsInput", { file: output }));
        return exitCodes.inputError;
      }
      if (await fileExists(output)) {
        line(io.stderr, returnsMessage("zh-CN", "outputExists", { file: output }));
        return exitCodes.inputError;
      }
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(options.input);
    } catch (error) {
      throw new AssessError("value", "workbookUnreadable", {
        file: options.input,
        reason: reasonOf(error),
      });
    }
    const sheets = await readWorkbookBuffer(bytes, options.input);

    const returned: ReturnedFile[] = [];
    for (const path of options.returns) {
      try {
        const [formBytes, info] = await Promise.all([readFile(path), stat(path)]);
        const read = readReturn(await readWorkbookBuffer(formBytes, path));
        returned.push({ read, source: basename(path), modifiedOn: localDay(info.mtime) });
      } catch (error) {
        const reason = error instanceof AssessError ? error.message : reasonOf(error);
        line(io.stderr, returnsMessage("zh-CN", "returnUnreadable", { file: path, reason }));
      }
    }

    const plan = collectReturns(sheets, returned, {
      month: options.month,
      force: options.force,
      ...(options.year === undefined ? {} : { year: options.year }),
    });
    for (const found of plan.diagnostics) {
      const text = formatDiagnostic(found, "zh-CN");
      line(io.stderr, found.source === "" ? text : `${found.source}：${text}`);
    }
    const errors = plan.diagnostics.filter((found) => found.severity === "error").length;
    if (plan.diagnostics.length > 0) {
      line(
        io.stderr,
        returnsMessage("zh-CN", "diagnosticsCount", {
          errors,
          warnings: plan.diagnostics.length - errors,
        })
      );
    }
    if (plan.register.sheet === "" && plan.figures.length === 0) {
      // No table: the findings above say why.
      line(io.stderr, returnsMessage("zh-CN", "noTable"));
      return exitCodes.inputError;
    }

    if (options.dryRun) {
      line(io.stdout, returnsMessage("zh-CN", "dryRun", { ledger: options.input }));
      for (const change of collectChanges(plan, "zh-CN")) {
        line(io.stdout, `  ${change}`);
      }
      return exitCodes.ok;
    }

    if (plan.figures.length === 0 && plan.register.entries.length === 0) {
      line(io.stdout, returnsMessage("zh-CN", "nothingToWrite"));
      return exitCodes.ok;
    }
    const collected = await writeCollectedLedger(bytes, plan, options.input);
    await writeFileAtomically(output, collected.buffer);
    for (const change of collectChanges(plan, "zh-CN")) {
      line(io.stdout, `  ${change}`);
    }
    line(
      io.stdout,
      returnsMessage("zh-CN", "collected", {
        returns: returned.length,
        figures: plan.figures.length,
        registered: plan.register.entries.length,
        conflicts: plan.diagnostics.filter(
          (found) => found.code === "return_conflict" && found.severity === "error"
        ).length,
        file: output,
      })
    );
    if (collected.notKept.length > 0) {
      const parts = collected.notKept.map((part) => notKeptLabels[part]["zh-CN"]).join("、");
      line(io.stderr, returnsMessage("zh-CN", "notKept", { parts }));
    }
    return exitCodes.ok;
  } catch (error) {
    return reportFailure(error, io);
  }
}
