import { mkdir, readdir, stat } from "fs/promises";
import { basename, join, resolve } from "path";
import type { MonthlySummary, Status } from "../engine";
import { batchMessage, BatchMessageKey } from "./batchText";
import { CliIo, ExitCode, exitCodes } from "./cliIo";
import { cliMessage, Locale } from "./cliText";
import type { SummaryOptions } from "./parseArguments";
import { defaultOutputPath, freeOutputPath, runSummary } from "./runSummary";

/**
 * The add-in's own outputs, never taken from a folder: bulletins (…07月通报.xlsx, …带07月通报(2).xlsx),
 * year-end sheets, collected ledgers, return forms, city rankings, and Excel's lock files (~$…).
 */
const ownOutput =
  /(\.带?\d{2}月通报(\(\d+\))?|\.年度考核(\(\d+\))?|\.\d{2}月汇总(\(\d+\))?)\.xlsx$|^报送表-|^全市排名|^~\$/i;

/** Whether a folder's file is a workbook to summarise: an .xlsx file that is not an own output. */
export function isBatchWorkbook(name: string): boolean {
  return /\.xlsx$/i.test(name) && !ownOutput.test(name);
}

/** The workbooks named: files as given, folders as their workbooks sorted by name. */
export async function batchWorkbooks(
  inputs: readonly string[]
): Promise<{ files: string[]; folders: number }> {
  const files: string[] = [];
  let folders = 0;
  for (const input of inputs) {
    const found = await stat(input).catch(() => null);
    if (found?.isDirectory() === true) {
      folders += 1;
      const names = (await readdir(input)).filter(isBatchWorkbook).sort();
      files.push(...names.map((name) => join(input, name)));
    } else {
      files.push(input);
    }
  }
  return { files, folders };
}

/** One line of the final table: a workbook's county and its status counts, or its failure. */
interface BatchRow {
  readonly county: string;
  readonly summary: MonthlySummary | null;
  readonly ok: boolean;
}

function tableRow(row: BatchRow, locale: Locale): string {
  const statuses = row.summary?.indicators.map((indicator) => indicator.status) ?? [];
  const count = (...wanted: Status[]): number | string =>
    row.summary === null ? "" : statuses.filter((status) => wanted.includes(status)).length;
  return batchMessage(locale, "tableRow", {
    county: row.county,
    total: row.summary === null ? "" : statuses.length,
    onPace: count("on_pace"),
    lagging: count("lagging"),
    serious: count("serious"),
    notReported: count("not_reported"),
    unjudged: count("actual_unreadable", "target_missing"),
    result: batchMessage(locale, row.ok ? "resultDone" : "resultFailed"),
  });
}

/**
 * 批量通报 (`assess summary` over many workbooks or a folder): every workbook named, and a folder's
 * workbooks (`isBatchWorkbook`), summarised one after another in this one process, each as
 * `runSummary` does it alone — a progress line before and after each on stderr; one that fails does
 * not stop the others. With `--out` the bulletins go into that folder (made if missing; a file is
 * refused), else beside each workbook. Last, on stdout, a table of every county's status counts —
 * the county from the table's title, else the file name — and a line saying which failed. Returns 1
 * when any failed or none was found, else 0. One file named alone is `runSummary` itself.
 */
export async function runBatch(
  options: SummaryOptions,
  io: CliIo,
  locale: Locale = "zh-CN"
): Promise<ExitCode> {
  const inputs = options.batch ?? [options.input];
  const say = (key: BatchMessageKey, params: Readonly<Record<string, string | number>> = {}) =>
    batchMessage(locale, key, params);
  const { files, folders } = await batchWorkbooks(inputs);
  if (files.length === 1 && folders === 0) {
    return runSummary({ ...options, input: files[0] }, io, locale);
  }
  if (options.json || options.settings.county !== undefined) {
    const key = options.json ? "batchJson" : "batchCounty";
    io.stderr.write(`${cliMessage(locale, "usageLine", { message: cliMessage(locale, key) })}\n`);
    return exitCodes.usage;
  }
  if (files.length === 0) {
    io.stderr.write(`${say("noWorkbooks", { inputs: inputs.join("、") })}\n`);
    return exitCodes.inputError;
  }
  const folder = options.out === undefined ? undefined : resolve(options.out);
  if (folder !== undefined) {
    const found = await stat(folder).catch(() => null);
    if (found !== null && !found.isDirectory()) {
      io.stderr.write(`${say("outNotFolder", { file: folder })}\n`);
      return exitCodes.inputError;
    }
    await mkdir(folder, { recursive: true });
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { batch: _batch, out: _out, ...single } = options;
  const rows: BatchRow[] = [];
  for (const [index, file] of files.entries()) {
    const place = { number: index + 1, total: files.length, file: basename(file) };
    io.stderr.write(`${say("progress", place)}\n`);
    let summary: MonthlySummary | null = null;
    const named = defaultOutputPath(file, options.settings.month, options.copy);
    const out =
      folder === undefined
        ? undefined
        : options.force
          ? join(folder, basename(named))
          : await freeOutputPath(join(folder, basename(named)));
    const code = await runSummary(
      { ...single, input: file, ...(out === undefined ? {} : { out }) },
      io,
      locale,
      (built) => (summary = built)
    );
    const made = summary as MonthlySummary | null;
    const county = made?.county ?? basename(file).replace(/\.xlsx$/i, "");
    rows.push({ county, summary: made, ok: code === exitCodes.ok });
    io.stderr.write(`${say(code === exitCodes.ok ? "fileDone" : "fileFailed", place)}\n`);
  }
  io.stdout.write(`${say("tableHeading")}\n`);
  for (const row of rows) {
    io.stdout.write(`${tableRow(row, locale)}\n`);
  }
  const failed = files.filter((_, index) => !rows[index].ok).map((file) => basename(file));
  if (failed.length > 0) {
    const files_ = failed.join(locale === "zh-CN" ? "、" : ", ");
    io.stderr.write(
      `${say("batchFailed", { total: files.length, failed: failed.length, files: files_ })}\n`
    );
    return exitCodes.inputError;
  }
  io.stdout.write(`${say("batchDone", { total: files.length })}\n`);
  return exitCodes.ok;
}
