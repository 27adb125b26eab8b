import {
  collectReturns,
  localIsoDay,
  plannedWrites,
  CollectResult,
  LedgerOptions,
  readLedger,
  readReturn,
  ReturnedFile,
  returnFormFileName,
  returnForms,
  returnFormSheet,
  ReturnFormSheet,
  SummarySettings,
} from "../engine";
import { CellWriteReport, FileDelivery, WorkbookPort } from "../excel/port";
import { PaneError } from "./paneError";
import type { formBytes, readReturnGrids } from "./returnFiles";
import { SavedTable, tableSettingsOf } from "./useCases";

/**
 * The collection chore (报送表) as plain async functions over a {@link WorkbookPort}: make each lead
 * unit's return form for the month and hand it to the clerk, read the returned forms the clerk
 * picks, plan what they change in the ledger, and write it after the clerk confirms. No React, no
 * Office; the pane's returns card calls these, tests call them with an in-memory port.
 */

/** The .xlsx side (exceljs), loaded on first use: see `returnFiles.ts`. */
export interface ReturnFileCodec {
  readonly readReturnGrids: typeof readReturnGrids;
  readonly formBytes: typeof formBytes;
}

/** The codec of the pane: `returnFiles.ts` in a chunk of its own, loaded when first needed. */
export const lazyCodec = (): Promise<ReturnFileCodec> =>
  import(/* webpackChunkName: "returns" */ "./returnFiles");

/** One unit's form, ready to hand out. */
export interface PreparedForm {
  readonly unit: string;
  /** How many indicators the form lists. */
  readonly count: number;
  /** "报送表-县财政局-8月.xlsx". */
  readonly fileName: string;
  readonly sheet: ReturnFormSheet;
}

/** The month's forms: one per lead unit, with the due date (ISO). */
export interface PreparedForms {
  readonly month: number;
  readonly dueDate: string;
  readonly forms: readonly PreparedForm[];
}

/** How the ledger is read for these settings: as the summary reads the table. */
function ledgerOptionsOf(used: SummarySettings): LedgerOptions {
  return {
    periods: used.periods ?? 12,
    ...(used.sheet === undefined ? {} : { sheet: used.sheet }),
    ...(used.columns === undefined ? {} : { columns: used.columns }),
    ...(used.year === undefined ? {} : { year: used.year }),
  };
}

/**
 * 准备报送表: reads the workbook once and makes the month's return forms (`returnForms`,
 * `returnFormSheet`): one per lead unit, with the settings' due day (报送截止日) and the ledger's
 * county and year, the table found as the summary finds it.
 *
 * @throws PaneError `formsNoTable` without a table, `formsNone` when no indicator has a lead unit.
 */
export async function prepareForms(
  port: WorkbookPort,
  settings: SummarySettings,
  saved?: SavedTable | null
): Promise<PreparedForms> {
  const read = await port.readWorkbook();
  const used = tableSettingsOf(read, settings, saved);
  const ledger = readLedger(read.grids, ledgerOptionsOf(used));
  if (ledger.table === null) {
    throw new PaneError("formsNoTable");
  }
  const forms = returnForms(ledger.table, used.month, {
    year: ledger.year,
    ...(used.dueDay === undefined ? {} : { dueDay: used.dueDay }),
  });
  if (forms.length === 0) {
    throw new PaneError("formsNone");
  }
  return {
    month: used.month,
    dueDate: forms[0].dueDate,
    forms: forms.map((form) => ({
      unit: form.unit,
      count: form.indicators.length,
      fileName: returnFormFileName(form.unit, form.month),
      sheet: returnFormSheet(form, ledger.county),
    })),
  };
}

/**
 * 交付报送表: one unit's form as an .xlsx, handed to the clerk by the host (`deliverFile`: Excel
 * opens it as a new workbook, the preview downloads it).
 */
export async function deliverForm(
  port: WorkbookPort,
  form: PreparedForm,
  codec: () => Promise<ReturnFileCodec> = lazyCodec
): Promise<FileDelivery> {
  const bytes = await (await codec()).formBytes(form.sheet);
  return port.deliverFile({ name: form.fileName, bytes });
}

/** A returned form the clerk picked: its name, bytes and the file's modified time. */
export interface PickedReturn {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** `File.lastModified`, milliseconds since 1970; null when unknown. */
  readonly lastModified: number | null;
}

/** A return larger than this is no return form (a form is a few KB): refused before it is read. */
export const returnFileLimit = 10 * 1024 * 1024;

/**
 * A picked file that could not be read: `tooLarge` (over {@link returnFileLimit}; `megabytes`),
 * `notXlsx` (no .xlsx package: an .xls, a PDF …) or `other` with the reader's own words.
 */
export interface UnreadableReturn {
  readonly name: string;
  readonly reason: "tooLarge" | "notXlsx" | "other";
  readonly megabytes?: number;
  readonly detail?: string;
}

/** Why exceljs could not read a file: no zip package is `notXlsx`; anything else in its words. */
function unreadableOf(name: string, error: unknown): UnreadableReturn {
  const detail = error instanceof Error ? error.message || error.name : String(error);
  return /zip|central directory|signature|corrupted/i.test(detail)
    ? { name, reason: "notXlsx" }
    : { name, reason: "other", detail };
}

/** What collecting would do: the plan with its findings, and the files that could not be read. */
export interface CollectPreview {
  readonly result: CollectResult;
  readonly unreadable: readonly UnreadableReturn[];
  /** The workbook's sheet names when planned (a finding on one of them is a link). */
  readonly sheets: readonly string[];
  /** Whether the plan replaces differing figures (the clerk asked for it). */
  readonly force: boolean;
}

/**
 * 汇总预览 (dry run): reads the workbook once and the picked returns (in the browser, exceljs) and
 * plans the collection as `assess collect` does (`collectReturns`: figures into the month's column,
 * arrivals into 报送登记 — the form's 填报日期, else the file's modified day), writing nothing. With
 * `force` a figure that differs from the ledger's is planned to replace it. A file that cannot be
 * read is listed with its reason; the others are collected.
 */
export async function previewCollect(
  port: WorkbookPort,
  picked: readonly PickedReturn[],
  settings: SummarySettings,
  options: {
    readonly force?: boolean;
    readonly saved?: SavedTable | null;
    readonly codec?: () => Promise<ReturnFileCodec>;
  } = {}
): Promise<CollectPreview> {
  const read = await port.readWorkbook();
  const used = tableSettingsOf(read, settings, options.saved);
  const codec = await (options.codec ?? lazyCodec)();
  const returned: ReturnedFile[] = [];
  const unreadable: UnreadableReturn[] = [];
  for (const file of picked) {
    if (file.bytes.byteLength > returnFileLimit) {
      const megabytes = Math.round((file.bytes.byteLength / 1024 / 1024) * 10) / 10;
      unreadable.push({ name: file.name, reason: "tooLarge", megabytes });
      continue;
    }
    try {
      returned.push({
        read: readReturn(await codec.readReturnGrids(file.bytes)),
        source: file.name,
        modifiedOn: file.lastModified === null ? null : localIsoDay(file.lastModified),
      });
    } catch (error) {
      unreadable.push(unreadableOf(file.name, error));
    }
  }
  const force = options.force === true;
  const result = collectReturns(read.grids, returned, {
    ...ledgerOptionsOf(used),
    month: used.month,
    force,
  });
  return { result, unreadable, sheets: read.sheets.map((sheet) => sheet.name), force };
}

/** Whether a plan changes anything (a figure to write or an arrival to register). */
export function collectWrites(preview: CollectPreview): number {
  const { figures, register } = preview.result;
  return figures.length + register.entries.length;
}

/**
 * 写入台账 (after the clerk confirmed): carries the plan out through `writeCells` — the cells of
 * `plannedWrites` (figures, new long-form rows, the 报送登记 sheet when the plan makes it, its
 * rows) — each cell checked first to hold what the plan saw (a cell typed into meanwhile stops the write, with
 * nothing written). A plan that changes nothing writes nothing and does not touch the workbook.
 */
export async function applyCollect(
  port: WorkbookPort,
  preview: CollectPreview
): Promise<CellWriteReport> {
  if (collectWrites(preview) === 0) {
    return { written: 0, created: null }; // nothing to do: no round trip
  }
  return port.writeCells(plannedWrites(preview.result));
}
