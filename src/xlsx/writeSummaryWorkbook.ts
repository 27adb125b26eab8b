import { randomBytes } from "crypto";
import { readFile, realpath, rename, stat, unlink, writeFile } from "fs/promises";
import { basename, dirname, join, resolve } from "path";
import ExcelJS from "exceljs";
import { AssessError, SheetSpec } from "../engine";
import { addSummarySheets } from "./addSummarySheets";
import { compactDataValidations } from "./compactDataValidations";
import { XlsxBytes } from "./readWorkbookBuffer";
import { reasonOf } from "./reasonOf";
import { zipEntries } from "./zipEntries";

/**
 * Parts of an input workbook that exceljs 4 cannot carry into the copy. The copy keeps the clerk's
 * values, formulas, styles, merges, column widths, data validation, conditional formats, comments,
 * images and tables; these it drops.
 */
export type NotKeptPart =
  | "charts"
  | "pivotTables"
  | "slicers"
  | "externalLinks"
  | "macros"
  | "controls"
  | "threadedComments"
  | "customProperties"
  | "customXml";

/** The zip parts that reveal each {@link NotKeptPart}. */
const notKeptPatterns: readonly (readonly [NotKeptPart, RegExp])[] = [
  ["charts", /^xl\/(charts|chartsheets)\//i],
  ["pivotTables", /^xl\/(pivotTables|pivotCache)\//i],
  ["slicers", /^xl\/(slicers|slicerCaches|timelines|timelineCaches)\//i],
  ["externalLinks", /^xl\/externalLinks\//i],
  ["macros", /^xl\/vbaProject\.bin$/i],
  ["controls", /^xl\/(activeX|ctrlProps)\//i],
  ["threadedComments", /^xl\/threadedComments\//i],
  ["customProperties", /^docProps\/custom\.xml$/i],
  ["customXml", /^customXml\//i],
];

/** zh-CN / en-US names of the {@link NotKeptPart}s, for the clerk's warning. */
export const notKeptLabels: Readonly<
  Record<NotKeptPart, { readonly "zh-CN": string; readonly "en-US": string }>
> = {
  charts: { "zh-CN": "图表", "en-US": "charts" },
  pivotTables: { "zh-CN": "数据透视表", "en-US": "pivot tables" },
  slicers: { "zh-CN": "切片器和日程表", "en-US": "slicers and timelines" },
  externalLinks: { "zh-CN": "外部链接", "en-US": "external links" },
  macros: { "zh-CN": "宏", "en-US": "macros" },
  controls: { "zh-CN": "表单控件", "en-US": "form controls" },
  threadedComments: { "zh-CN": "会话式批注", "en-US": "threaded comments" },
  customProperties: { "zh-CN": "自定义文档属性", "en-US": "custom document properties" },
  customXml: { "zh-CN": "自定义 XML", "en-US": "custom XML" },
};

/** The parts of an .xlsx package that the copy will not keep. */
export function notKeptParts(bytes: Uint8Array): NotKeptPart[] {
  const entries = zipEntries(bytes);
  return notKeptPatterns
    .filter(([, pattern]) => entries.some((entry) => pattern.test(entry)))
    .map(([part]) => part);
}

/** What {@link writeSummaryWorkbook} did. */
export interface WriteResult {
  /** The file written, absolute. */
  readonly outputPath: string;
  /** The run the sheets were marked with ("2016-07"). */
  readonly run: string;
  /** The summary sheets' names in the copy, in the order of the specs. */
  readonly written: readonly string[];
  /** Summary sheets that could not take their wanted name because a clerk's sheet has it. */
  readonly renamed: readonly { readonly wanted: string; readonly used: string }[];
  /** Sheets this tool had made earlier for the same run, now replaced. */
  readonly replaced: readonly string[];
  /** Parts of the input that the copy does not keep (see {@link NotKeptPart}). */
  readonly notKept: readonly NotKeptPart[];
}

/** Options of {@link writeSummaryWorkbook}. */
export interface WriteOptions {
  /**
   * The run the sheets belong to, "2016-07" (year and month). Sheets an earlier call made for the
   * same run are replaced. Default: read from the first spec's title ("…2016年7月…") or name ("7月…").
   */
  readonly run?: string;
}

/** The run of a set of specs, from the first title "…2016年7月…" or the first name "7月…". */
export function runOfSpecs(sheets: readonly SheetSpec[]): string {
  for (const spec of sheets) {
    const dated = /(\d{4})\s*年\s*(\d{1,2})\s*月/.exec(spec.title);
    if (dated !== null) {
      return `${dated[1]}-${dated[2].padStart(2, "0")}`;
    }
  }
  for (const spec of sheets) {
    const monthly = /^(\d{1,2})\s*月/.exec(spec.name);
    if (monthly !== null) {
      return monthly[1].padStart(2, "0");
    }
  }
  return "summary";
}

/** Whether two paths name the same file: same resolved path, same real path, or same inode. */
async function sameFile(first: string, second: string): Promise<boolean> {
  const a = resolve(first);
  const b = resolve(second);
  if (a === b) {
    return true;
  }
  const real = async (path: string): Promise<string> => {
    try {
      return await realpath(path);
    } catch {
      try {
        return join(await realpath(dirname(path)), basename(path));
      } catch {
        return path;
      }
    }
  };
  if ((await real(a)) === (await real(b))) {
    return true;
  }
  try {
    const [statA, statB] = await Promise.all([stat(a), stat(b)]);
    return statA.dev === statB.dev && statA.ino === statB.ino;
  } catch {
    return false;
  }
}

/**
 * 生成通报工作簿 (write the summary workbook): a COPY of the input workbook with the summary sheets
 * added, written to `outputPath`. The input is never written: an output that resolves to the input
 * file (same path, symlink or hard link) is refused with `outputIsInput`.
 *
 * - The clerk's sheets are carried over as exceljs reads them (see {@link NotKeptPart} for what it
 *   cannot carry; `notKept` lists what the input had of it).
 * - The summary sheets are added by `addSummarySheets`: a clerk's sheet is never replaced (the
 *   summary goes to "7月进度通报(2)" and `renamed` says so); each sheet is marked with its run
 *   marker; sheets marked for the same run are replaced in their places; other runs' sheets stay.
 * - Charts in the specs are not drawn (see `writeSheetSpec`).
 *
 * The file is written next to the output under a temporary name and then renamed, so a failed
 * write never leaves half a workbook.
 */
export async function writeSummaryWorkbook(
  inputPath: string,
  outputPath: string,
  sheets: readonly SheetSpec[],
  options: WriteOptions = {}
): Promise<WriteResult> {
  if (await sameFile(inputPath, outputPath)) {
    throw new AssessError("value", "outputIsInput", { file: outputPath });
  }

  let bytes: Buffer;
  const workbook = new ExcelJS.Workbook();
  try {
    bytes = await readFile(inputPath);
    await workbook.xlsx.load(bytes as unknown as XlsxBytes);
  } catch (error) {
    throw new AssessError("value", "workbookUnreadable", {
      file: inputPath,
      reason: reasonOf(error),
    });
  }
  const notKept = notKeptParts(bytes);
  const run = options.run ?? runOfSpecs(sheets);

  const { written, renamed, replaced } = addSummarySheets(workbook, run, sheets);

  for (const worksheet of workbook.worksheets) {
    compactDataValidations(worksheet);
  }

  const output = resolve(outputPath);
  const temporary = join(
    dirname(output),
    `.${basename(output)}.${randomBytes(6).toString("hex")}.tmp`
  );
  try {
    const buffer = await workbook.xlsx.writeBuffer();
    await writeFile(temporary, Buffer.from(buffer as ArrayBuffer));
    await rename(temporary, output);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw new AssessError("value", "workbookUnwritable", {
      file: outputPath,
      reason: reasonOf(error),
    });
  }

  return { outputPath: output, run, written, renamed, replaced, notKept };
}
