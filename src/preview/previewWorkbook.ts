import ExcelJS from "exceljs";
import type { Fill, Style, Worksheet } from "exceljs";
import * as engine from "../engine";
import { AssessError, GridSheet, sameSheetName, SheetSpec, STATUS_FILLS } from "../engine";
import * as port from "../excel/port";
import { SheetInfo, StatusMark, WorkbookPort, WorkbookRead, WriteReport } from "../excel/port";
import { settingsSaveReport } from "../excel/settingsSaveReport";
import { addSummarySheets } from "../xlsx/addSummarySheets";
import { gridOf } from "../xlsx/gridOf";
import { ownedWorksheets } from "../xlsx/ownedWorksheets";
import { writeSettingsPlan } from "../xlsx/writeSettingsPlan";
import { solidFill } from "../xlsx/writeSheetSpec";
import { downloadBlob } from "./downloadBlob";
import { keepSettingsSheetLast } from "./keepSettingsSheetLast";
import { marksKey, settingsSheetName, xlsxMimeType } from "./previewKeys";
import { parseCellAddress } from "./parseCellAddress";
import { readPreviewWorkbook } from "./readPreviewWorkbook";
import type { WorkbookChange } from "./workbookChange";
import { writePreviewCells } from "./writePreviewCells";

export { settingsSheetName } from "./previewKeys";

export type { WorkbookChange } from "./workbookChange";

/** The original fill of a marked cell: the style object it had, and its fill as data for a reload. */
interface MarkedCell {
  readonly style: Partial<Style> | null;
  readonly fill: Fill | null;
}

/** The longest text one settings cell holds (Excel's limit is 32,767 characters). */
const settingChunkLength = 32000;

/** A setting's JSON text: the text cells of its row from column B on, joined. */
function settingText(row: ExcelJS.Row): string {
  let text = "";
  for (let column = 2; ; column++) {
    const value = row.getCell(column).value;
    if (typeof value !== "string") {
      return text;
    }
    text += value;
  }
}

/** A deep copy of plain data (fills, settings), so nothing is shared with the caller. */
function copyOf<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/**
 * 预览工作簿 (the preview's workbook): the {@link WorkbookPort} of the browser preview, an .xlsx
 * held in memory by exceljs. It follows the same rules as the CLI's file writer:
 * - the summary sheets of a run are added by `addSummarySheets`, as the CLI adds them: marked
 *   with the run's defined names (`runMarkerName`); a clerk's sheet is never overwritten
 *   (another name is used), and only this tool's sheets of the same run are replaced, in their
 *   places;
 * - status marks paint the fills the Excel pane paints (`STATUS_FILLS`); each marked cell gets
 *   a style object of its own (exceljs shares style objects between cells, so a fill is never set
 *   in place) and `clearMarks` puts the very style objects back; the original fills are also kept
 *   in the settings, so a downloaded workbook opened again can still be restored;
 * - settings live in a very hidden sheet, {@link settingsSheetName}, so they are saved with the
 *   download (exceljs cannot write Office's document settings);
 * - `writeCells` checks every planned cell, then writes them (`writePreviewCells`): the grid is
 *   told of the sheet created and of every sheet written; `deliverFile` downloads the file;
 * - `selectCell` makes the sheet the active tab and the cell the active cell, and tells the grid;
 * - `recalculate` does nothing: no ASSESS formulas are evaluated in the browser (exceljs keeps the
 *   cached results of formulas and has no calculation engine).
 */
export class PreviewWorkbook implements WorkbookPort {
  /** The exceljs workbook, for the grid and the download. */
  readonly workbook: ExcelJS.Workbook;
  /** The file name shown and used for the download. */
  readonly fileName: string;
  private readonly listeners = new Set<(change: WorkbookChange) => void>();
  /** Marked cells by sheet and address, with the style they had. */
  private marks = new Map<string, Map<string, MarkedCell>>();

  private constructor(workbook: ExcelJS.Workbook, fileName: string) {
    this.workbook = workbook;
    this.fileName = fileName;
    this.marks = this.storedMarks();
  }

  /**
   * Opens an .xlsx held in memory. Throws an {@link AssessError} `workbookUnreadable` when the
   * bytes are not an .xlsx workbook.
   */
  static async open(bytes: ArrayBuffer | Uint8Array, fileName: string): Promise<PreviewWorkbook> {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(bytes as ArrayBuffer);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new AssessError("value", "workbookUnreadable", {
        file: fileName,
        reason: /zip|central directory|signature/i.test(reason)
          ? "不是 .xlsx 工作簿（.xls 请先另存为 .xlsx）"
          : reason,
      });
    }
    return new PreviewWorkbook(workbook, fileName);
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (change: WorkbookChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The worksheets the clerk sees as tabs: every visible sheet, in tab order. */
  visibleWorksheets(): Worksheet[] {
    return this.workbook.worksheets.filter(
      (worksheet) => worksheet.state === "visible" && worksheet.name !== settingsSheetName
    );
  }

  /** The workbook as .xlsx bytes, for the download. */
  async toBytes(): Promise<ArrayBuffer> {
    return (await this.workbook.xlsx.writeBuffer()) as ArrayBuffer;
  }

  async listSheets(): Promise<readonly SheetInfo[]> {
    const owned = ownedWorksheets(this.workbook);
    return this.userWorksheets().map((worksheet) => {
      const mark = owned.find((item) => sameSheetName(item.sheet, worksheet.name));
      return {
        name: worksheet.name,
        ownedRun: mark === undefined ? null : mark.runKey.replace(/_/g, "-"),
      };
    });
  }

  /** The sheets, the clerk's grids and the settings (in memory: no round trip). */
  async readWorkbook(): Promise<WorkbookRead> {
    return readPreviewWorkbook(this);
  }

  async readSheets(names?: readonly string[]): Promise<readonly GridSheet[]> {
    if (names === undefined) {
      return this.userWorksheets().map(gridOf);
    }
    return names.map((name) => gridOf(this.worksheet(name)));
  }

  async writeSummary(run: string, sheets: readonly SheetSpec[]): Promise<WriteReport> {
    const report = addSummarySheets(this.workbook, run, sheets);
    // Marks recorded on a replaced sheet went with it.
    for (const name of report.replaced) {
      this.marks.delete(name);
    }
    keepSettingsSheetLast(this.workbook);
    this.saveMarks();
    this.emit({ kind: "sheets", written: report.written });
    return report;
  }

  async markStatuses(sheet: string, marks: readonly StatusMark[]): Promise<void> {
    const worksheet = this.worksheet(sheet);
    // A new set of marks replaces the previous one: restore first (see WorkbookPort.markStatuses),
    // so the originals stay the clerk's and no colour of the previous marks is left.
    const restored = this.restoreMarks();
    const marked = new Map<string, MarkedCell>();
    for (const mark of marks) {
      const fill = solidFill(STATUS_FILLS[mark.status]);
      for (let column = mark.firstColumn; column <= mark.lastColumn; column++) {
        const cell = worksheet.getCell(mark.row, column);
        if (!marked.has(cell.address)) {
          marked.set(cell.address, {
            style: cell.style ?? null,
            fill: copyOf(cell.style?.fill ?? null),
          });
        }
        cell.style = { ...(cell.style ?? {}), fill: copyOf(fill) };
      }
    }
    this.marks = marked.size === 0 ? new Map() : new Map([[worksheet.name, marked]]);
    this.saveMarks();
    for (const name of new Set([...restored, worksheet.name])) {
      this.emit({ kind: "cells", sheet: name });
    }
  }

  async clearMarks(): Promise<void> {
    const sheets = this.restoreMarks();
    this.saveMarks();
    for (const sheet of sheets) {
      this.emit({ kind: "cells", sheet });
    }
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    const worksheet = this.worksheet(sheet);
    const position = parseCellAddress(address);
    if (position === null) {
      throw new AssessError("value", "invalidCellPosition", { row: address, column: "" });
    }
    const view = (worksheet.views ?? [])[0] ?? {};
    worksheet.views = [{ ...view, activeCell: address.replace(/\$/g, "").toUpperCase() }];
    const tab = this.workbook.worksheets.indexOf(worksheet);
    const workbookView = (this.workbook.views ?? [])[0];
    this.workbook.views = [
      workbookView === undefined
        ? {
            x: 0,
            y: 0,
            width: 10000,
            height: 20000,
            firstSheet: 0,
            activeTab: tab,
            visibility: "visible",
          }
        : { ...workbookView, activeTab: tab },
    ];
    this.emit({
      kind: "select",
      sheet: worksheet.name,
      address: address.replace(/\$/g, "").toUpperCase(),
    });
  }

  async loadSetting<T>(key: string): Promise<T | null> {
    const row = this.settingRow(key);
    if (row === null) {
      return null;
    }
    try {
      return JSON.parse(settingText(row)) as T;
    } catch {
      return null;
    }
  }

  async saveSetting<T>(key: string, value: T): Promise<void> {
    this.writeSetting(key, value);
  }

  /**
   * Does nothing: the preview evaluates no formulas (exceljs keeps formulas with their cached
   * results and has no calculation engine), so there are no ASSESS formulas to recalculate.
   */
  async recalculate(): Promise<void> {
    return;
  }

  /** The 设置 sheet as planned from its cells now, and the document setting (no recalculation). */
  async saveSettings(request: port.SettingsSave): Promise<port.SettingsSaveReport> {
    const { values, changed } = request;
    const grids = this.userWorksheets().map(gridOf);
    const plan = engine.planSettingsSheet(grids, values, changed, request.createSheet);
    if (plan !== null && plan.writes.length > 0) {
      writeSettingsPlan(this.workbook, plan);
      const created = { kind: "sheets", written: [plan.sheet] } as const;
      this.emit(plan.create ? created : { kind: "cells", sheet: plan.sheet });
    }
    this.writeSetting(port.monthlySettingsKey, engine.monthlySettingCells(values));
    return settingsSaveReport(plan);
  }

  /** The plan's cells, checked first, then written (`writePreviewCells`); the grid is told. */
  async writeCells(request: port.CellWrites): Promise<port.CellWriteReport> {
    const { report, changes } = writePreviewCells(this.workbook, request);
    changes.forEach((change) => this.emit(change));
    return report;
  }

  /** Downloads the file in the preview's own page (also when the pane's window asks). */
  async deliverFile(file: port.OutgoingFile): Promise<port.FileDelivery> {
    // Copied into this window's realm: the bytes may come from the pane's iframe.
    downloadBlob(new Blob([new Uint8Array(file.bytes)], { type: xlsxMimeType }), file.name);
    return "downloaded";
  }

  /** The worksheets the add-in may see: all but the settings sheet. */
  private userWorksheets(): Worksheet[] {
    return this.workbook.worksheets.filter((worksheet) => worksheet.name !== settingsSheetName);
  }

  /** The named worksheet; throws `tableSheetNotFound` when there is none. */
  private worksheet(name: string): Worksheet {
    const worksheet = name === settingsSheetName ? undefined : this.workbook.getWorksheet(name);
    if (worksheet === undefined) {
      throw new AssessError("value", "tableSheetNotFound", { sheet: name });
    }
    return worksheet;
  }

  /** Puts every marked cell's original style back; returns the sheets touched. */
  private restoreMarks(): string[] {
    const sheets: string[] = [];
    for (const [sheet, cells] of this.marks) {
      const worksheet = this.workbook.getWorksheet(sheet);
      if (worksheet === undefined) {
        continue;
      }
      for (const [address, original] of cells) {
        const cell = worksheet.getCell(address);
        if (original.style !== null) {
          cell.style = original.style;
        } else {
          // Reopened from a download: the style objects are gone, the fills are known.
          const style: Partial<Style> = { ...(cell.style ?? {}) };
          if (original.fill === null) {
            delete style.fill;
          } else {
            style.fill = copyOf(original.fill);
          }
          cell.style = style;
        }
      }
      sheets.push(sheet);
    }
    this.marks = new Map();
    return sheets;
  }

  /** The marks kept in the settings sheet (a downloaded workbook opened again). */
  private storedMarks(): Map<string, Map<string, MarkedCell>> {
    const row = this.settingRow(marksKey);
    const stored = new Map<string, Map<string, MarkedCell>>();
    if (row === null) {
      return stored;
    }
    try {
      const data = JSON.parse(settingText(row)) as Record<
        string,
        Record<string, Fill | null>
      > | null;
      for (const [sheet, cells] of Object.entries(data ?? {})) {
        stored.set(
          sheet,
          new Map(Object.entries(cells).map(([address, fill]) => [address, { style: null, fill }]))
        );
      }
    } catch {
      // An unreadable record restores nothing; the fills stay as they are.
    }
    return stored;
  }

  private saveMarks(): void {
    if (this.marks.size === 0) {
      if (this.settingRow(marksKey) !== null) {
        this.writeSetting(marksKey, null);
      }
      return;
    }
    const data: Record<string, Record<string, Fill | null>> = {};
    for (const [sheet, cells] of this.marks) {
      data[sheet] = Object.fromEntries([...cells].map(([address, cell]) => [address, cell.fill]));
    }
    this.writeSetting(marksKey, data);
  }

  /** The settings sheet's row for a key, or null. */
  private settingRow(key: string): ExcelJS.Row | null {
    const sheet = this.workbook.getWorksheet(settingsSheetName);
    if (sheet === undefined) {
      return null;
    }
    for (let number = 1; number <= sheet.rowCount; number++) {
      const row = sheet.getRow(number);
      if (row.getCell(1).value === key) {
        return row;
      }
    }
    return null;
  }

  private writeSetting(key: string, value: unknown): void {
    let sheet = this.workbook.getWorksheet(settingsSheetName);
    if (sheet === undefined) {
      sheet = this.workbook.addWorksheet(settingsSheetName, { state: "veryHidden" });
    }
    const row = this.settingRow(key) ?? sheet.getRow(sheet.rowCount + 1);
    row.getCell(1).value = key;
    // JSON as text cells from column B on, each under Excel's limit of 32,767 characters.
    const text = JSON.stringify(value === undefined ? null : value);
    const chunks = Math.max(1, Math.ceil(text.length / settingChunkLength));
    for (let index = 0; index < chunks; index++) {
      row.getCell(2 + index).value = text.slice(
        index * settingChunkLength,
        (index + 1) * settingChunkLength
      );
    }
    for (let column = 2 + chunks; column <= row.cellCount; column++) {
      row.getCell(column).value = null;
    }
    row.commit();
  }

  private emit(change: WorkbookChange): void {
    for (const listener of this.listeners) {
      listener(change);
    }
  }
}
