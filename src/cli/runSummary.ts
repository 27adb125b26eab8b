import { stat } from "fs/promises";
import { basename, dirname, join, resolve } from "path";
import {
  buildMonthlySummary,
  Dec,
  formatDiagnostic,
  MonthlySummary,
  Status,
  statusLabel,
} from "../engine";
import { summaryDocxPaths, writeSummaryDocx } from "../docx/writeSummaryDocx";
import { checkOutput } from "../xlsx/checkOutput";
import { copyLosses } from "../xlsx/copyLosses";
import { FileProblem } from "../xlsx/fileProblem";
import { openPackage } from "../xlsx/openPackage";
import { readInputFile } from "../xlsx/readInputFile";
import { readLimits } from "../xlsx/readLimits";
import { readPackage } from "../xlsx/readPackage";
import { summaryPackage } from "../xlsx/summaryPackage";
import { writeFileAtomically } from "../xlsx/writeFileAtomically";
import { outputCompressionLevel } from "../xlsx/zipPackage";
import { CliIo, ExitCode, exitCodes } from "./cliIo";
import { CliMessageKey, cliMessage, Locale } from "./cliText";
import type { SummaryOptions } from "./parseArguments";
import { lossMessage, problemMessage } from "./problemText";

/** The summary model as printed by `--json`: the {@link MonthlySummary} without its sheets. */
export type SummaryJson = Omit<MonthlySummary, "sheets">;

/**
 * 默认输出文件 (default output): "<input without .xlsx>.07月通报.xlsx" beside the input — the bulletin —
 * or, for the marked copy, "<input>.带07月通报.xlsx"; the month zero-padded so the files sort.
 */
export function defaultOutputPath(input: string, month: number, copy = false): string {
  const stem = basename(input).replace(/\.xls[xm]?$/i, "");
  const monthText = `${String(month).padStart(2, "0")}月通报`;
  return join(dirname(input), `${stem}.${copy ? `带${monthText}` : monthText}.xlsx`);
}

/**
 * The first free name of "…07月通报.xlsx", "…07月通报(2).xlsx", "…07月通报(3).xlsx" …, so a re-run
 * never overwrites the bulletin the clerk may have edited or sent.
 */
export async function freeOutputPath(path: string): Promise<string> {
  const stem = path.replace(/\.xlsx$/i, "");
  for (let number = 1; ; number++) {
    const candidate = number === 1 ? path : `${stem}(${number}).xlsx`;
    const taken = await stat(candidate).then(
      () => true,
      () => false
    );
    if (!taken || number >= 999) {
      return candidate;
    }
  }
}

/** Plain JSON data: Decimals (should any reach here) as JSON numbers. */
function plain(value: unknown): unknown {
  if (value instanceof Dec) {
    return value.toNumber();
  }
  if (Array.isArray(value)) {
    return value.map(plain);
  }
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, plain(entry)]));
  }
  return value;
}

/** The `--json` text: the summary without its sheets, numbers as JSON numbers. */
export function summaryJson(summary: MonthlySummary): string {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { sheets: _sheets, ...model } = summary;
  return `${JSON.stringify(plain(model), null, 2)}\n`;
}

/** Whether the summary could not be made: no indicator read, and an error says why. */
function stopped(summary: MonthlySummary): boolean {
  return (
    summary.indicators.length === 0 &&
    summary.diagnostics.some((diagnostic) => diagnostic.severity === "error")
  );
}

function line(stream: CliIo["stdout"], text: string): void {
  stream.write(`${text}\n`);
}

/**
 * 生成月度通报 (run `assess summary`). In order, so that nothing is done that would be lost:
 * 1. the output is settled and checked (`checkOutput`): by default a bulletin workbook beside the
 *    input whose name is free (`freeOutputPath`); an existing `--out` needs `--force`; the input
 *    itself is never an output;
 * 2. the input is read once, sparsely and within the read limits (`readPackage`);
 * 3. the summary is built; its diagnostics go to stderr, one a line with its severity in the task
 *    pane's words (错误 / 提示) and its sheet and cell;
 * 4. with `--strict`, errors stop the run here;
 * 5. by default the bulletin workbook (the summary sheets only, `summaryPackage`) is written; with
 *    `--copy`, what the copy cannot keep is listed first (`copyLosses`), then the input with the
 *    summary sheets (`copyWorkbook`) — earlier summary sheets the clerk renamed or edited are kept;
 * 6. the file is written atomically (`writeFileAtomically`) and, with `--json`, the model printed.
 * Returns 0 on success (warnings allowed) and 1 when the input, the output or `--strict` stopped
 * it — with a message naming the file and what to do. Never calls process.exit. `built` hears
 * of the summary as soon as it is made (before the checks that may still stop the run).
 */
export async function runSummary(
  options: SummaryOptions,
  io: CliIo,
  locale: Locale = "zh-CN",
  /** Told of the summary once built (`assess summary` over many workbooks counts with it). */
  built?: (summary: MonthlySummary) => void
): Promise<ExitCode> {
  // With --json, stdout carries the JSON only; the report goes to stderr.
  const report = options.json ? io.stderr : io.stdout;
  const say = (
    key: CliMessageKey,
    params: Readonly<Record<string, string | number>> = {}
  ): string => cliMessage(locale, key, params);
  try {
    const month = options.settings.month;
    const output =
      options.out !== undefined
        ? resolve(options.out)
        : await freeOutputPath(resolve(defaultOutputPath(options.input, month, options.copy)));
    await checkOutput(output, { input: options.input, force: options.force });
    if (options.docx === true) {
      for (const file of Object.values(summaryDocxPaths(output))) {
        await checkOutput(file, { input: options.input, force: options.force });
      }
    }
    const bytes = await readInputFile(options.input, readLimits);
    const pkg = openPackage(bytes, options.input, readLimits);
    const read = await readPackage(pkg, readLimits);
    const summary = buildMonthlySummary(read.sheets, options.settings);
    built?.(summary);
    let errors = 0;
    for (const diagnostic of summary.diagnostics) {
      errors += diagnostic.severity === "error" ? 1 : 0;
      line(
        io.stderr,
        say("diagnosticLine", {
          severity: say(diagnostic.severity === "error" ? "severityError" : "severityWarning"),
          text: formatDiagnostic(diagnostic, locale),
        })
      );
    }
    if (stopped(summary)) {
      line(io.stderr, say("stopped", { reason: say("noTable") }));
      return exitCodes.inputError;
    }
    const statuses = summary.indicators.map((indicator) => indicator.status);
    const count = (status: Status): number =>
      statuses.filter((candidate) => candidate === status).length;
    line(
      report,
      say("counts", {
        month: summary.month,
        total: summary.indicators.length,
        onPace: count("on_pace"),
        lagging: count("lagging"),
        serious: count("serious"),
        notReported: count("not_reported"),
        unjudged: (["actual_unreadable", "target_missing"] as const)
          .filter((status) => count(status) > 0)
          .map((status) => `、${statusLabel(status, "zh-CN")}${count(status)}项`)
          .join(""),
        unjudgedEn: (["actual_unreadable", "target_missing"] as const)
          .filter((status) => count(status) > 0)
          .map((status) => `, ${count(status)} ${statusLabel(status, "en-US").toLowerCase()}`)
          .join(""),
        // Documents, one per lead unit, not warning rows.
        notices: summary.notices.filter((notice) => notice.kind === "notice").length,
        orders: summary.notices.filter((notice) => notice.kind === "supervision").length,
        late: summary.late.length,
      })
    );
    if (summary.diagnostics.length > 0) {
      line(
        io.stderr,
        say("diagnosticsCount", { errors, warnings: summary.diagnostics.length - errors })
      );
    }
    if (options.strict && errors > 0) {
      line(io.stderr, say("strictStopped", { errors }));
      return exitCodes.inputError;
    }
    const run = summary.run.key;
    const separator = say("listSeparator");
    if (options.copy) {
      const losses = await copyLosses(pkg, read);
      if (losses.length > 0) {
        line(io.stderr, say("lossesHeading"));
        for (const loss of losses) {
          line(io.stderr, lossMessage(locale, loss));
        }
      }
      // exceljs (a second or more to load) only for the copy.
      const { copyWorkbook } = await import("../xlsx/copyWorkbook");
      const copy = await copyWorkbook(
        bytes,
        options.input,
        run,
        summary.sheets,
        outputCompressionLevel
      );
      await writeFileAtomically(output, copy.bytes, { overwrite: options.force });
      line(report, say("copyWritten", { file: output }));
      line(report, say("sheetsWritten", { sheets: copy.written.join(separator) }));
      for (const { wanted, used } of copy.renamed) {
        line(report, say("renamed", { wanted, used }));
      }
      if (copy.replaced.length > 0) {
        line(report, say("replaced", { sheets: copy.replaced.join(separator) }));
      }
      for (const kept of copy.kept) {
        const key = kept.unverifiable
          ? "keptUnverifiable"
          : kept.renamed
            ? "keptRenamed"
            : "keptEdited";
        line(report, say(key, { sheet: kept.sheet }));
      }
    } else {
      const bulletin = summaryPackage(run, summary.sheets, outputCompressionLevel);
      await writeFileAtomically(output, bulletin.bytes, { overwrite: options.force });
      line(report, say("written", { file: output }));
      line(report, say("sheetsWritten", { sheets: bulletin.written.join(separator) }));
    }
    if (options.docx === true) {
      const write = (file: string, bytes: Uint8Array): Promise<void> =>
        writeFileAtomically(file, bytes, { overwrite: options.force });
      for (const file of await writeSummaryDocx(summary, output, write)) {
        line(report, say("docxWritten", { file }));
      }
    }
    if (options.json) {
      io.stdout.write(summaryJson(summary));
    }
    return exitCodes.ok;
  } catch (error) {
    if (error instanceof FileProblem) {
      line(io.stderr, say("stopped", { reason: problemMessage(locale, error.code, error.params) }));
      return exitCodes.inputError;
    }
    const reason = error instanceof Error ? (error.stack ?? error.message) : String(error);
    line(io.stderr, say("internalError", { reason }));
    return exitCodes.inputError;
  }
}
