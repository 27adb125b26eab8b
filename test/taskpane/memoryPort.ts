import { AssessError } from "../../src/engine/kernel/errors";
import { CellValue, GridSheet } from "../../src/engine/kernel/grid";
import { sheetReference } from "../../src/engine/kernel/sheetReference";
import { cellHolds } from "../../src/engine/returns/cellHolds";
import { monthlySettingCells } from "../../src/engine/settings/monthlySettingCells";
import { planSettingsSheet } from "../../src/engine/workbook/planSettingsSheet";
import { SheetSpec } from "../../src/engine/workbook/sheetSpec";
import {
  CellWriteReport,
  CellWrites,
  FileDelivery,
  monthlySettingsKey,
  OutgoingFile,
  ReadWorkbookOptions,
  SettingsSave,
  SettingsSaveReport,
  SheetInfo,
  StatusMark,
  WorkbookPort,
  WorkbookRead,
  WriteReport,
} from "../../src/excel/port";
import { settingsSaveReport } from "../../src/excel/settingsSaveReport";

/** A pending call that the test releases or fails by hand, to see the pane while it waits. */
export interface Held {
  release(): void;
  fail(error: unknown): void;
}

type Method =
  | "readWorkbook"
  | "writeSummary"
  | "markStatuses"
  | "clearMarks"
  | "selectCell"
  | "saveSetting"
  | "recalculate"
  | "saveSettings"
  | "writeCells"
  | "deliverFile";

/**
 * An in-memory {@link WorkbookPort} for the task pane's tests: GridSheets for the clerk's sheets,
 * summary sheets written by run, the marks in force, the settings, the selection, the number of
 * recalculations, the cell writes asked for, the files delivered and every call made (`calls`:
 * reads, writes, in order) — all readable afterwards.
 * Any method can be made to fail (`failNext`) or to wait until the test releases it (`hold`).
 */
export class MemoryPort implements WorkbookPort {
  sheets: GridSheet[];
  /** Summary sheets the port wrote, by name, with the run that owns them. */
  readonly written = new Map<string, { run: string; spec: SheetSpec }>();
  /** The marks in force, by sheet. */
  marks = new Map<string, readonly StatusMark[]>();
  readonly settings = new Map<string, string>();
  selection: { sheet: string; address: string } | null = null;
  recalculations = 0;
  /** The port's methods called, in order ("readWorkbook", "writeSummary" …). */
  readonly calls: string[] = [];
  private readonly failures = new Map<Method, unknown>();
  private readonly holds = new Map<Method, Promise<void>>();

  constructor(sheets: GridSheet[]) {
    this.sheets = sheets;
  }

  /** The next call of `method` rejects with `error`. */
  failNext(method: Method, error: unknown): void {
    this.failures.set(method, error);
  }

  /** Calls of `method` wait until the returned handle is released (or failed). */
  hold(method: Method): Held {
    let release: () => void = () => undefined;
    let fail: (error: unknown) => void = () => undefined;
    const promise = new Promise<void>((resolve, reject) => {
      release = resolve;
      fail = reject;
    });
    this.holds.set(method, promise);
    return {
      release: () => {
        this.holds.delete(method);
        release();
      },
      fail: (error) => {
        this.holds.delete(method);
        fail(error);
      },
    };
  }

  private async gate(method: Method): Promise<void> {
    this.calls.push(method);
    const held = this.holds.get(method);
    if (held !== undefined) {
      await held;
    }
    if (this.failures.has(method)) {
      const error = this.failures.get(method);
      this.failures.delete(method);
      throw error;
    }
  }

  async readWorkbook(options: ReadWorkbookOptions = {}): Promise<WorkbookRead> {
    await this.gate("readWorkbook");
    const sheets: SheetInfo[] = [
      ...this.sheets.map((sheet) => ({ name: sheet.name, ownedRun: null })),
      ...[...this.written.entries()].map(([name, { run }]) => ({ name, ownedRun: run })),
    ];
    const settings = Object.fromEntries(
      [...this.settings.entries()].map(([key, text]) => [key, JSON.parse(text) as unknown])
    );
    this.lastReadMarks = options.marks === true;
    return { sheets, grids: this.sheets, settings };
  }

  /** Whether the last read was asked for the marks. */
  lastReadMarks = false;
  /** The read each write was given to build on (null: none), in order. */
  readonly bases: (WorkbookRead | null)[] = [];

  async writeSummary(
    run: string,
    sheets: readonly SheetSpec[],
    basis?: WorkbookRead
  ): Promise<WriteReport> {
    this.bases.push(basis ?? null);
    await this.gate("writeSummary");
    const replaced: string[] = [];
    for (const [name, owned] of [...this.written.entries()]) {
      if (owned.run === run) {
        this.written.delete(name);
        replaced.push(name);
      }
    }
    const taken = new Set([...this.sheets.map((sheet) => sheet.name), ...this.written.keys()]);
    const written: string[] = [];
    const renamed: { wanted: string; used: string }[] = [];
    for (const spec of sheets) {
      let name = spec.name;
      for (let n = 2; taken.has(name); n++) {
        name = `${spec.name} (${n})`;
      }
      if (name !== spec.name) {
        renamed.push({ wanted: spec.name, used: name });
      }
      taken.add(name);
      this.written.set(name, { run, spec });
      written.push(name);
    }
    return { written, renamed, replaced };
  }

  async markStatuses(
    sheet: string,
    marks: readonly StatusMark[],
    basis?: WorkbookRead
  ): Promise<void> {
    this.bases.push(basis ?? null);
    await this.gate("markStatuses");
    if (!this.sheets.some((item) => item.name === sheet)) {
      throw new Error(`no sheet ${sheet}`);
    }
    this.marks = new Map([[sheet, [...marks]]]);
  }

  async clearMarks(): Promise<void> {
    await this.gate("clearMarks");
    this.marks = new Map();
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    await this.gate("selectCell");
    this.selection = { sheet, address };
  }

  async loadSetting<T>(key: string): Promise<T | null> {
    const text = this.settings.get(key);
    return text === undefined ? null : (JSON.parse(text) as T);
  }

  async saveSetting<T>(key: string, value: T): Promise<void> {
    await this.gate("saveSetting");
    this.settings.set(key, JSON.stringify(value));
  }

  async recalculate(): Promise<void> {
    await this.gate("recalculate");
    this.recalculations++;
  }

  /** The saves asked for, in order. */
  readonly saves: SettingsSave[] = [];

  async saveSettings(request: SettingsSave): Promise<SettingsSaveReport> {
    this.saves.push(request);
    await this.gate("saveSettings");
    const plan = planSettingsSheet(
      this.sheets,
      request.values,
      request.changed,
      request.createSheet
    );
    if (plan !== null && plan.writes.length > 0) {
      const found = this.sheets.find((sheet) => sheet.name === plan.sheet);
      const values = (found?.values ?? []).map((row) => [...row]);
      for (const write of plan.writes) {
        while (values.length <= write.row) values.push([]);
        const line: CellValue[] = values[write.row];
        while (line.length < write.column) line.push(null);
        line.splice(write.column, write.values.length, ...write.values);
      }
      const grid: GridSheet = { name: plan.sheet, values, merges: found?.merges ?? [] };
      this.sheets =
        found === undefined
          ? [...this.sheets, grid]
          : this.sheets.map((sheet) => (sheet === found ? grid : sheet));
    }
    this.settings.set(monthlySettingsKey, JSON.stringify(monthlySettingCells(request.values)));
    if (request.recalculate) {
      this.recalculations++;
    }
    return settingsSaveReport(plan);
  }

  /** The cell writes asked for, in order (refused ones too). */
  readonly cellWrites: CellWrites[] = [];

  /**
   * As every port: each cell not on `newSheet` must hold its `previous` value (`cellHolds`; a
   * missing sheet holds nothing) or nothing is written (`returnLedgerChanged`); a `newSheet`
   * that exists is refused (`returnSheetAppeared`). Then the sheet is added at the end and the
   * values written into the grids — dates as their ISO text, as the readers give them.
   */
  async writeCells(request: CellWrites): Promise<CellWriteReport> {
    this.cellWrites.push(request);
    await this.gate("writeCells");
    const { cells, newSheet } = request;
    const taken = [...this.sheets.map((sheet) => sheet.name), ...this.written.keys()];
    if (newSheet !== null && taken.includes(newSheet)) {
      throw new AssessError("value", "returnSheetAppeared", { sheet: newSheet });
    }
    for (const cell of cells.filter((item) => item.sheet !== newSheet)) {
      const sheet = this.sheets.find((item) => item.name === cell.sheet);
      const now = sheet?.values[cell.row]?.[cell.column] ?? null;
      if (sheet === undefined || !cellHolds(now, cell.previous)) {
        throw new AssessError("value", "returnLedgerChanged", {
          ref: sheetReference(cell.sheet, cell.cell),
          now: now === null ? "" : String(now),
          planned: cell.previous === null ? "" : String(cell.previous),
        });
      }
    }
    const grids: GridSheet[] = [
      ...this.sheets,
      ...(newSheet === null ? [] : [{ name: newSheet, values: [], merges: [] }]),
    ];
    this.sheets = grids.map((sheet) => {
      const mine = cells.filter((cell) => cell.sheet === sheet.name);
      if (mine.length === 0) {
        return sheet;
      }
      const values = sheet.values.map((row) => [...row]);
      for (const cell of mine) {
        while (values.length <= cell.row) values.push([]);
        const line: CellValue[] = values[cell.row];
        while (line.length <= cell.column) line.push(null);
        line[cell.column] = cell.value;
      }
      return { ...sheet, values };
    });
    return { written: cells.length, created: newSheet };
  }

  /** The files handed to the clerk, in order. */
  readonly delivered: OutgoingFile[] = [];
  /** What `deliverFile` says it did. */
  delivery: FileDelivery = "downloaded";

  async deliverFile(file: OutgoingFile): Promise<FileDelivery> {
    await this.gate("deliverFile");
    this.delivered.push(file);
    return this.delivery;
  }
}
