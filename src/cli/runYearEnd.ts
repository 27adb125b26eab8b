import { basename, dirname, join, resolve } from "path";
import {
  buildYearEnd,
  fillTemplate,
  formatDiagnostic,
  Grade,
  Locale,
  gradeLabel,
  YearEndSummary,
} from "../engine";
import { readWorkbook } from "../xlsx/readWorkbook";
import { checkOutput } from "../xlsx/checkOutput";
import { summaryPackage } from "../xlsx/summaryPackage";
import { writeFileAtomically } from "../xlsx/writeFileAtomically";
import { outputCompressionLevel } from "../xlsx/zipPackage";
import { CliIo, ExitCode, exitCodes } from "./cliIo";
import { cliMessage } from "./cliText";
import type { YearEndCliOptions } from "./parseYearEnd";
import { reportFailure } from "./reportFailure";

/** The year-end command's own words (zh-CN first; `--lang en-US` prints the English). */
const text = {
  counts: {
    "zh-CN":
      "{year}年度考核：{total}个单位，优秀{excellent}个、良好{good}个、一般{fair}个、较差{poor}个；一票否决{vetoed}个；未计算总分{incomplete}个",
    "en-US":
      "Year-end {year}: {total} units, {excellent} excellent, {good} good, {fair} fair, {poor} poor; {vetoed} vetoed; {incomplete} without a total",
  },
  written: {
    "zh-CN": "已生成年度考核工作簿：{file}",
    "en-US": "Year-end workbook written: {file}",
  },
  noScores: {
    "zh-CN": "未能生成年度考核汇总：{reason}",
    "en-US": "No year-end summary made: {reason}",
  },
} as const;

/** The model as `--json` prints it: the {@link YearEndSummary} without its sheets. */
export type YearEndJson = Omit<YearEndSummary, "sheets">;

/** 默认输出文件: "<input without .xlsx>.年度考核.xlsx" beside the input. */
export function defaultYearEndOutput(input: string): string {
  const stem = basename(input).replace(/\.xls[xm]?$/i, "");
  return join(dirname(input), `${stem}.年度考核.xlsx`);
}

function line(stream: CliIo["stdout"], message: string): void {
  stream.write(`${message}\n`);
}

/**
 * 生成年度考核汇总 (run `assess year-end`): reads the workbook, builds the year-end assessment
 * (`buildYearEnd`: 年度评分, 设置, 加减分登记, 报送登记, the decomposition table), prints the
 * diagnostics to stderr with sheet and cell, writes a copy of the input with the 年度考核汇总 sheet
 * (its own run marker: a re-run replaces it, never a clerk's sheet) and, with `--json`, prints the
 * model. Returns 0 on success (warnings and units without a total allowed), 1 when there is no
 * scores sheet or the file cannot be read or written. Never calls process.exit.
 */
export async function runYearEnd(
  options: YearEndCliOptions,
  io: CliIo,
  locale: Locale = "zh-CN"
): Promise<ExitCode> {
  const report = options.json ? io.stderr : io.stdout;
  try {
    const sheets = await readWorkbook(options.input);
    const summary = buildYearEnd(sheets, {
      ...(options.year === undefined ? {} : { year: options.year }),
      ...(options.county === undefined ? {} : { county: options.county }),
    });
    for (const found of summary.diagnostics) {
      line(io.stderr, formatDiagnostic(found, locale));
    }
    if (summary.sheets.length === 0) {
      const reason = summary.diagnostics.find((found) => found.severity === "error");
      line(
        io.stderr,
        fillTemplate(text.noScores[locale], {
          reason: reason === undefined ? "" : formatDiagnostic(reason, locale),
        })
      );
      return exitCodes.inputError;
    }
    const count = (grade: Grade): number =>
      summary.units.filter((unit) => unit.grade === grade).length;
    line(
      report,
      fillTemplate(text.counts[locale], {
        year: summary.year ?? "",
        total: summary.units.length,
        excellent: count("excellent"),
        good: count("good"),
        fair: count("fair"),
        poor: count("poor"),
        vetoed: summary.units.filter((unit) => unit.veto).length,
        incomplete: summary.units.filter((unit) => !unit.complete).length,
      })
    );
    for (const unit of [...summary.units].sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9))) {
      const grade = unit.grade === null ? "—" : gradeLabel(unit.grade, locale);
      const total = unit.total === null ? "—" : unit.total.toFixed(2);
      line(
        report,
        `  ${unit.rank ?? "—"}\t${unit.unit}\t${total}\t${grade}${unit.reason === "" ? "" : `\t${unit.reason}`}`
      );
    }
    const errors = summary.diagnostics.filter((found) => found.severity === "error").length;
    if (summary.diagnostics.length > 0) {
      line(
        io.stderr,
        cliMessage(locale, "diagnosticsCount", {
          errors,
          warnings: summary.diagnostics.length - errors,
        })
      );
    }
    // Like the monthly summary: a workbook of the year-end sheet alone, never the clerk's workbook
    // rewritten, and an existing file overwritten only with --force.
    const output = resolve(options.out ?? defaultYearEndOutput(options.input));
    await checkOutput(output, { input: options.input, force: options.force });
    const workbook = summaryPackage(summary.run, summary.sheets, outputCompressionLevel);
    await writeFileAtomically(output, workbook.bytes, { overwrite: options.force });
    const separator = cliMessage(locale, "listSeparator");
    line(report, fillTemplate(text.written[locale], { file: output }));
    line(report, cliMessage(locale, "sheetsWritten", { sheets: workbook.written.join(separator) }));
    if (options.json) {
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      const { sheets: _sheets, ...model } = summary;
      io.stdout.write(`${JSON.stringify(model satisfies YearEndJson, null, 2)}\n`);
    }
    return exitCodes.ok;
  } catch (error) {
    return reportFailure(error, io, locale);
  }
}
