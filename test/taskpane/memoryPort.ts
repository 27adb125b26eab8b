import { GridSheet } from "../../src/engine/kernel/grid";
import { SheetSpec } from "../../src/engine/workbook/sheetSpec";
import { SheetInfo, StatusMark, WorkbookPort, WriteReport } from "../../src/excel/port";

/** A pending call that the test releases or fails by hand, to see the pane while it waits. */
export interface Held {
  release(): void;
  fail(error: unknown): void;
}

type Method =
  | "listSheets"
  | "readSheets"
  | "writeSummary"
  | "markStatuses"
  | "clearMarks"
  | "selectCell"
  | "saveSetting"
  | "recalculate";

/**
 * An in-memory {@link WorkbookPort} for the task pane's tests: GridSheets for the clerk's sheets,
 * summary sheets written by run, the marks in force, the settings, the selection and the number of
 * recalculations — all readable afterwards. Any method can be made to fail (`failNext`) or to wait
 * until the test releases it (`hold`).
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

  async listSheets(): Promise<readonly SheetInfo[]> {
    await this.gate("listSheets");
    return [
      ...this.sheets.map((sheet) => ({ name: sheet.name, ownedRun: null })),
      ...[...this.written.entries()].map(([name, { run }]) => ({ name, ownedRun: run })),
    ];
  }

  async readSheets(names?: readonly string[]): Promise<readonly GridSheet[]> {
    await this.gate("readSheets");
    const all = this.sheets;
    if (names === undefined) {
      return all;
    }
    return names.map((name) => {
      const sheet = all.find((item) => item.name === name);
      if (sheet === undefined) {
        throw new Error(`no sheet ${name}`);
      }
      return sheet;
    });
  }

  async writeSummary(run: string, sheets: readonly SheetSpec[]): Promise<WriteReport> {
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

  async markStatuses(sheet: string, marks: readonly StatusMark[]): Promise<void> {
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
}
