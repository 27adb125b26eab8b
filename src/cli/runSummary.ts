import { basename, dirname, join } from "path";
import {
  buildMonthlySummary,
  Dec,
  AssessError,
  MonthlySummary,
  formatDiagnostic,
  statusLabel,
} from "../engine";
import { readWorkbook } from "../xlsx/readWorkbook";
import { notKeptLabels, writeSummaryWorkbook } from "../xlsx/writeSummaryWorkbook";
import { writeSummaryDocx } from "../docx/writeSummaryDocx";
import { CliIo, ExitCode, exitCodes } from "./cliIo";
import { cliMessage } from "./cliText";
import { SummaryOptions } from "./parseArguments";

/** The summary model as printed by `--json`: the {@link MonthlySummary} without its sheets. */
export type SummaryJson = Omit<MonthlySummary, "sheets">;

/**
 * 默认输出文件 (default output): "<input without .xlsx>.07月通报.xlsx" beside the input, the month
 * zero-padded so the files sort.
 */
export function defaultOutputPath(input: string, month: number): string {
  const stem = basename(input).replace(/\.xls[xm]?$/i, "");
  return join(dirname(input), `${stem}.${String(month).padStart(2, "0")}月通报.xlsx`);
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
 * 生成月度通报 (run `assess summary`): reads the workbook, builds the month's summary, prints the
 * diagnostics to stderr (zh-CN, one per line, "分解表!F12：…"), writes a copy of the workbook with the
 * summary sheets into a copy of the input and, with `--json`, also prints the model on stdout.
 * Returns 0 on success (warnings allowed) and 1 when the input stopped it (unreadable file, no
 * table, output refused). Never calls process.exit.
 */
export async function runSummary(options: SummaryOptions, io: CliIo): Promise<ExitCode> {
  // With --json, stdout carries the JSON only; the report goes to stderr.
  const report = options.json ? io.stderr : io.stdout;
  try {
    const sheets = await readWorkbook(options.input);
    const summary = buildMonthlySummary(sheets, options.settings);

    for (const diagnostic of summary.diagnostics) {
      line(io.stderr, formatDiagnostic(diagnostic, "zh-CN"));
    }
    if (stopped(summary)) {
      line(io.stderr, cliMessage("zh-CN", "stopped", { reason: cliMessage("zh-CN", "noTable") }));
      return exitCodes.inputError;
    }

    const statuses = summary.indicators.map((indicator) => indicator.status);
    const count = (status: string): number =>
      statuses.filter((candidate) => candidate === status).length;
    line(
      report,
      cliMessage("zh-CN", "counts", {
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
    const errors = summary.diagnostics.filter(
      (diagnostic) => diagnostic.severity === "error"
    ).length;
    if (summary.diagnostics.length > 0) {
      line(
        io.stderr,
        cliMessage("zh-CN", "diagnosticsCount", {
          errors,
          warnings: summary.diagnostics.length - errors,
        })
      );
    }

    const output = options.out ?? defaultOutputPath(options.input, summary.month);
    {
      const result = await writeSummaryWorkbook(options.input, output, summary.sheets, {
        run: summary.run.key,
      });
      const separator = cliMessage("zh-CN", "listSeparator");
      line(report, cliMessage("zh-CN", "written", { file: result.outputPath }));
      line(
        report,
        cliMessage("zh-CN", "sheetsWritten", { sheets: result.written.join(separator) })
      );
      for (const { wanted, used } of result.renamed) {
        line(report, cliMessage("zh-CN", "renamed", { wanted, used }));
      }
      if (result.replaced.length > 0) {
        line(report, cliMessage("zh-CN", "replaced", { sheets: result.replaced.join(separator) }));
      }
      if (result.notKept.length > 0) {
        const parts = result.notKept.map((part) => notKeptLabels[part]["zh-CN"]).join(separator);
        line(io.stderr, cliMessage("zh-CN", "notKept", { parts }));
      }
      if (options.docx === true) {
        for (const file of await writeSummaryDocx(summary, result.outputPath)) {
          line(report, cliMessage("zh-CN", "docxWritten", { file }));
        }
      }
    }

    if (options.json) {
      io.stdout.write(summaryJson(summary));
    }
    return exitCodes.ok;
  } catch (error) {
    if (error instanceof AssessError) {
      line(io.stderr, cliMessage("zh-CN", "stopped", { reason: error.message }));
      return exitCodes.inputError;
    }
    const reason = error instanceof Error ? (error.stack ?? error.message) : String(error);
    line(io.stderr, cliMessage("zh-CN", "internalError", { reason }));
    return exitCodes.inputError;
  }
}
