import { basename, dirname, join, resolve } from "path";
import {
  buildMonthlySummary,
  CountyFigures,
  formatDiagnostic,
  GridSheet,
  rankCounties,
  readCountyGroups,
} from "../engine";
import { checkOutput } from "../xlsx/checkOutput";
import { cityRankWorkbook } from "../xlsx/cityRankWorkbook";
import { FileProblem } from "../xlsx/fileProblem";
import { openPackage } from "../xlsx/openPackage";
import { readInputFile } from "../xlsx/readInputFile";
import { readLimits } from "../xlsx/readLimits";
import { readPackage } from "../xlsx/readPackage";
import { writeFileAtomically } from "../xlsx/writeFileAtomically";
import { batchMessage, BatchMessageKey } from "./batchText";
import { CliIo, ExitCode, exitCodes } from "./cliIo";
import { cliMessage, Locale } from "./cliText";
import type { CityOptions } from "./parseCity";
import { problemMessage } from "./problemText";
import { reportFailure } from "./reportFailure";
import { returnsMessage } from "./returnsText";
import { batchWorkbooks } from "./runBatch";
import { freeOutputPath } from "./runSummary";

/** The sheets of a workbook, read as `assess summary` reads its input. */
async function sheetsOf(file: string): Promise<readonly GridSheet[]> {
  const bytes = await readInputFile(file, readLimits);
  return (await readPackage(openPackage(bytes, file, readLimits), readLimits)).sheets;
}

/** The groups of a groups workbook: the first sheet with 县区 and 分组 columns, else null. */
async function groupsOf(file: string): Promise<ReadonlyMap<string, string> | null> {
  for (const sheet of await sheetsOf(file)) {
    const read = readCountyGroups(sheet);
    if (read.diagnostics.length === 0) {
      return read.groups;
    }
  }
  return null;
}

/**
 * 全市排名 (`assess city`): the city office's view of its counties' workbooks (files, or folders
 * of them as `assess summary` takes them). Each is summarised for the month (`buildMonthlySummary`,
 * its own rules and settings), in one process with a progress line each on stderr; one that cannot
 * be read is said and left out. The counties — named by their table's title, else the file name —
 * are ranked per indicator (`rankCounties`: same name and 口径; by pace gap, or completion with
 * `--by`; competition ties unless `--ties dense`), in groups from `--groups` (a workbook with a
 * 县区 | 分组 sheet). What is missing or unreported in some county is said on stderr. Written: a
 * workbook with one 全市排名 sheet — every county's rows with a 县区 column first, or with
 * `--for 县` that county's rows alone, the sheet it pastes into its own workbook as it is, so its
 * next `assess summary` reads them as its city ranks. Default output 全市排名-07月.xlsx (or
 * 全市排名-<县>-07月.xlsx) beside the first input, a free name; `--out` needs `--force` to
 * overwrite. Returns 1 when any workbook failed or nothing could be written, else 0.
 */
export async function runCity(
  options: CityOptions,
  io: CliIo,
  locale: Locale = "zh-CN"
): Promise<ExitCode> {
  const say = (key: BatchMessageKey, params: Readonly<Record<string, string | number>> = {}) =>
    batchMessage(locale, key, params);
  const line = (text: string): void => void io.stderr.write(`${text}\n`);
  const reason = (error: unknown): string => {
    if (error instanceof FileProblem) {
      return problemMessage(locale, error.code, error.params);
    }
    throw error;
  };
  try {
    const { files } = await batchWorkbooks(options.inputs);
    let groups: ReadonlyMap<string, string> = new Map();
    if (options.groups !== undefined) {
      const read = await groupsOf(options.groups).catch((error: unknown) => {
        line(returnsMessage(locale, "stopped", { reason: reason(error) }));
        return undefined;
      });
      if (read === undefined) {
        return exitCodes.inputError;
      }
      if (read === null) {
        line(say("cityGroupsStopped", { file: options.groups }));
        return exitCodes.inputError;
      }
      groups = read;
    }
    const counties: CountyFigures[] = [];
    const failed: string[] = [];
    /** The file each county of `counties` came from. */
    const ranked: string[] = [];
    for (const [index, file] of files.entries()) {
      const place = { number: index + 1, total: files.length, file: basename(file) };
      line(say("progress", place));
      const summary = await sheetsOf(file).then(
        (sheets) => buildMonthlySummary(sheets, { month: options.month, periods: options.periods }),
        (error: unknown) => {
          line(returnsMessage(locale, "stopped", { reason: reason(error) }));
          return null;
        }
      );
      if (summary !== null && summary.indicators.length === 0) {
        line(returnsMessage(locale, "stopped", { reason: cliMessage(locale, "noTable") }));
      }
      if (summary === null || summary.indicators.length === 0) {
        failed.push(basename(file));
        line(say("fileFailed", place));
        continue;
      }
      const county = summary.county ?? basename(file).replace(/\.xlsx$/i, "");
      const first = counties.findIndex((found) => found.county === county);
      if (first >= 0) {
        line(say("cityDuplicate", { file: basename(file), county, first: ranked[first] }));
        failed.push(basename(file));
        line(say("fileFailed", place));
        continue;
      }
      ranked.push(basename(file));
      counties.push({ county, group: groups.get(county) ?? null, indicators: summary.indicators });
      line(say("fileDone", place));
    }
    if (counties.length === 0) {
      line(say("cityNoCounty"));
      return exitCodes.inputError;
    }
    const ungrouped = counties.filter((county) => county.group === null);
    if (groups.size > 0 && ungrouped.length > 0) {
      line(say("cityUngrouped", { counties: ungrouped.map((county) => county.county).join("、") }));
    }
    const ranking = rankCounties(counties, {
      month: options.month,
      by: options.by,
      ties: options.ties,
    });
    for (const found of ranking.diagnostics) {
      line(
        cliMessage(locale, "diagnosticLine", {
          severity: cliMessage(locale, "severityWarning"),
          text: formatDiagnostic(found, locale),
        })
      );
    }
    const names = counties.map((county) => county.county);
    if (options.for !== undefined && !names.includes(options.for)) {
      line(say("cityUnknownCounty", { county: options.for, counties: names.join("、") }));
      return exitCodes.inputError;
    }
    const rows = ranking.rows.filter(
      (row) => options.for === undefined || row.county === options.for
    );
    const month = String(options.month).padStart(2, "0");
    const stem = options.for === undefined ? "全市排名" : `全市排名-${options.for}`;
    const output =
      options.out !== undefined
        ? resolve(options.out)
        : await freeOutputPath(join(dirname(resolve(files[0])), `${stem}-${month}月.xlsx`));
    await checkOutput(output, { input: files[0], force: options.force });
    const bytes = await cityRankWorkbook(rows, options.for === undefined);
    await writeFileAtomically(output, bytes, { overwrite: options.force });
    io.stdout.write(
      `${say("cityWritten", {
        file: output,
        counties: counties.length,
        indicators: new Set(rows.map((row) => `${row.indicator}|${row.measure}`)).size,
        rows: rows.length,
      })}\n`
    );
    if (failed.length > 0) {
      const list = failed.join(locale === "zh-CN" ? "、" : ", ");
      line(say("batchFailed", { total: files.length, failed: failed.length, files: list }));
      return exitCodes.inputError;
    }
    return exitCodes.ok;
  } catch (error) {
    return reportFailure(error, io, locale);
  }
}
