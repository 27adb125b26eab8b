import { stat } from "fs/promises";
import { basename, dirname, join, resolve } from "path";
import {
  AssessError,
  collectChanges,
  collectReturns,
  formatDiagnostic,
  formatMessage,
  localIsoDay,
  Locale,
  readReturn,
  ReturnedFile,
} from "../engine";
import { checkOutput } from "../xlsx/checkOutput";
import { copyLosses } from "../xlsx/copyLosses";
import { FileProblem } from "../xlsx/fileProblem";
import { openPackage } from "../xlsx/openPackage";
import { readInputFile } from "../xlsx/readInputFile";
import { readLimits } from "../xlsx/readLimits";
import { readPackage } from "../xlsx/readPackage";
import { readWorkbook } from "../xlsx/readWorkbook";
import { writeCollectedLedger } from "../xlsx/writeCollectedLedger";
import { writeFileAtomically } from "../xlsx/writeFileAtomically";
import { outputCompressionLevel } from "../xlsx/zipPackage";
import { CliIo, ExitCode, exitCodes } from "./cliIo";
import { cliMessage } from "./cliText";
import type { CollectOptions } from "./parseReturnCommands";
import { lossMessage, problemMessage } from "./problemText";
import { reportFailure } from "./reportFailure";
import { returnsMessage } from "./returnsText";

/** "<ledger without .xlsx>.08月汇总.xlsx" beside the ledger. */
export function defaultCollectPath(input: string, month: number): string {
  const stem = basename(input).replace(/\.xls[xm]?$/i, "");
  return join(dirname(input), `${stem}.${String(month).padStart(2, "0")}月汇总.xlsx`);
}

/**
 * The file problems `collect` words its own way: its `--force` replaces figures, never files, so
 * an existing output is met with "choose another --out"; the output is a copy of the ledger.
 */
function collectWords(locale: Locale, problem: FileProblem): string | undefined {
  switch (problem.code) {
    case "outputExists":
    case "outputIsInput":
    case "copyImpossible":
      return returnsMessage(locale, problem.code, problem.params);
    default:
      return undefined;
  }
}

/**
 * 汇总报送表 (run `assess collect`): checks the output first (`checkOutput`: never the ledger, never
 * an existing file — `--force` is about figures), reads the ledger once (`readPackage`) and every
 * returned form, plans the collection (see `collectReturns`: figures into the month's column,
 * arrivals into 报送登记 — the form's 填报日期, else the file's modified day), prints every finding
 * ("文件：sheet!cell：…") and then either the changes (`dryRun`, nothing written) or — after listing
 * what the copy cannot keep (`copyLosses`, in the words of `summary --copy`) — writes a copy of the
 * ledger with only the planned cells changed (`writeCollectedLedger`) to `out`, atomically. A
 * return that cannot be read is reported and skipped. Returns 0 when done (findings allowed), 1
 * when the ledger or the output stopped it, with the words of `assess summary` for file problems
 * but those `collect` words its own way (`collectWords`).
 */
export async function runCollect(
  options: CollectOptions,
  io: CliIo,
  locale: Locale = "zh-CN"
): Promise<ExitCode> {
  const line = (stream: CliIo["stdout"], text: string): void => {
    stream.write(`${text}\n`);
  };
  try {
    const output = resolve(options.out ?? defaultCollectPath(options.input, options.month));
    if (!options.dryRun) {
      // Never the ledger, never an existing file (whatever --force says: it is about figures).
      await checkOutput(output, { input: options.input, force: false });
    }
    const bytes = await readInputFile(options.input, readLimits);
    const pkg = openPackage(bytes, options.input, readLimits);
    const read = await readPackage(pkg, readLimits);
    const sheets = [...read.sheets];

    const returned: ReturnedFile[] = [];
    for (const path of options.returns) {
      try {
        const [form, info] = await Promise.all([readWorkbook(path), stat(path)]);
        returned.push({
          read: readReturn(form),
          source: basename(path),
          modifiedOn: localIsoDay(info.mtime),
        });
      } catch (error) {
        const reason =
          error instanceof FileProblem
            ? problemMessage(locale, error.code, error.params)
            : error instanceof AssessError
              ? formatMessage(locale, error.key, error.params)
              : error instanceof Error
                ? error.message
                : String(error);
        line(io.stderr, returnsMessage(locale, "returnUnreadable", { file: path, reason }));
      }
    }

    const plan = collectReturns(sheets, returned, {
      month: options.month,
      force: options.force,
      ...(options.year === undefined ? {} : { year: options.year }),
    });
    for (const found of plan.diagnostics) {
      const text = formatDiagnostic(found, locale);
      line(
        io.stderr,
        found.source === ""
          ? text
          : returnsMessage(locale, "fromFile", { file: found.source, text })
      );
    }
    const errors = plan.diagnostics.filter((found) => found.severity === "error").length;
    if (plan.diagnostics.length > 0) {
      line(
        io.stderr,
        cliMessage(locale, "diagnosticsCount", {
          errors,
          warnings: plan.diagnostics.length - errors,
        })
      );
    }
    if (plan.register.sheet === "" && plan.figures.length === 0) {
      // No table: the findings above say why.
      line(io.stderr, returnsMessage(locale, "noTable"));
      return exitCodes.inputError;
    }

    if (options.dryRun) {
      line(io.stdout, returnsMessage(locale, "dryRun", { ledger: options.input }));
      for (const change of collectChanges(plan, locale)) {
        line(io.stdout, `  ${change}`);
      }
      return exitCodes.ok;
    }

    if (plan.figures.length === 0 && plan.register.entries.length === 0) {
      line(io.stdout, returnsMessage(locale, "nothingToWrite"));
      return exitCodes.ok;
    }
    // What the copy cannot keep is said before it is written, in the words of `summary --copy`.
    const losses = await copyLosses(pkg, read);
    if (losses.length > 0) {
      line(io.stderr, returnsMessage(locale, "lossesHeading"));
      for (const loss of losses) {
        line(io.stderr, lossMessage(locale, loss));
      }
    }
    const collected = await writeCollectedLedger(
      bytes,
      plan,
      options.input,
      outputCompressionLevel
    );
    await writeFileAtomically(output, collected.buffer, { overwrite: false });
    for (const change of collectChanges(plan, locale)) {
      line(io.stdout, `  ${change}`);
    }
    line(
      io.stdout,
      returnsMessage(locale, "collected", {
        returns: returned.length,
        figures: plan.figures.length,
        registered: plan.register.entries.length,
        conflicts: plan.diagnostics.filter(
          (found) => found.code === "return_conflict" && found.severity === "error"
        ).length,
        file: output,
      })
    );
    return exitCodes.ok;
  } catch (error) {
    return reportFailure(error, io, locale, (problem) => collectWords(locale, problem));
  }
}
