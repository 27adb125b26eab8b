/**
 * The host: the workbook state (sheets, defined names, settings, active sheet and selection), the
 * ExcelApi version it supports, Excel.run, `Excel.createWorkbook` and
 * `Office.context.requirements.isSetSupported` for it, the record of every sync, and test helpers
 * to set a workbook up and look at it directly.
 * https://learn.microsoft.com/en-us/office/dev/add-ins/develop/application-specific-api-model#run-function
 */
import { defaultCell, type FakeValue } from "./fakeCell";
import type { FakeNamedItem } from "./fakeNamedItem";
import { FakeNewWorkbooks } from "./fakeNewWorkbooks";
import { FakeRequestContext, type FakeAction, type FakeRun } from "./fakeRequestContext";
import { FakeSheet, sheetNameProblem } from "./fakeSheet";
import { executeRequest, type SyncRecord } from "./executeRequest";
import { realHost, type HostLimits } from "./hostLimits";
import { FailureInjector, type InjectedFailure } from "./injectedFailure";
import { parseAddress } from "./parseAddress";
import { REQUEST_PAYLOAD_LIMIT } from "./requestBytes";
import { compareVersions } from "./requireApi";

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly names: FakeNamedItem[] = [];
  /** Settings as their JSON text, as the document stores them. */
  readonly settings = new Map<string, string>();
  activeSheet: FakeSheet | null = null;
  selection: string | null = null;
  /** Highest ExcelApi version this "host" supports. */
  apiVersion = "1.13";
  payloadLimit = REQUEST_PAYLOAD_LIMIT;
  /** The real host's limits and quirks this fake models (hostLimits.ts); the strict set unless told. */
  limits: HostLimits;
  /** The round trips made, in order (empty syncs are none when `limits.freeEmptySyncs`). */
  readonly syncs: SyncRecord[] = [];
  runs = 0;
  /** The calculations asked for, in order. */
  readonly calculations: string[] = [];
  /** The workbooks `createWorkbook` opened (fakeNewWorkbooks.ts). */
  readonly newWorkbooks = new FakeNewWorkbooks();
  private readonly failures = new FailureInjector();

  constructor(
    options: {
      apiVersion?: string;
      sheets?: readonly string[];
      limits?: Partial<HostLimits>;
    } = {}
  ) {
    this.limits = { ...realHost, ...options.limits };
    if (options.apiVersion !== undefined) {
      this.apiVersion = options.apiVersion;
    }
    for (const name of options.sheets ?? ["Sheet1"]) {
      this.addSheet(name);
    }
    this.activeSheet = this.sheets[0] ?? null;
  }

  /** `Office.context.requirements.isSetSupported` of this host. */
  readonly isSetSupported = (name: string, version: string): boolean =>
    name === "ExcelApi" && compareVersions(version, this.apiVersion) <= 0;

  /** `Excel.createWorkbook` of this host (ExcelApi 1.8; absent below: throws ApiNotFound). */
  readonly createWorkbook = (base64?: string): Promise<void> =>
    this.newWorkbooks.create(base64, this.apiVersion);

  readonly run: FakeRun = async <T>(
    batch: (context: FakeRequestContext) => Promise<T>
  ): Promise<T> => {
    this.runs++;
    const context = new FakeRequestContext(this);
    const result = await batch(context);
    // Excel.run ends with a sync, which is a round trip only when commands are still queued
    // (hostLimits.ts, freeEmptySyncs); the fake skips it otherwise, whatever its limits.
    if (context.pending > 0) {
      await context.sync();
    }
    return result;
  };

  /** Makes the Nth sync from now fail (before any action, or after some). */
  failOnSync(failure: InjectedFailure): void {
    this.failures.arm(failure, this.syncs.length);
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  /** Test setup: a sheet with values from A1 (or `at`), written directly. */
  addSheet(
    name: string,
    values: readonly (readonly (FakeValue | null)[])[] = [],
    at = "A1"
  ): FakeSheet {
    const problem = sheetNameProblem(name);
    if (
      problem !== null ||
      this.sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase())
    ) {
      throw new Error(`fake setup: bad sheet name ${name}`);
    }
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    const origin = parseAddress(at);
    if (origin === null) {
      throw new Error(`fake setup: bad address ${at}`);
    }
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) {
          sheet.ensureCell(origin.top + r, origin.left + c).value = value;
        }
      })
    );
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const sheet = this.sheets.find((candidate) => candidate.name === name);
    if (sheet === undefined) {
      throw new Error(`fake: no sheet ${name}`);
    }
    return sheet;
  }

  /** Test helper: the values of a block as Excel returns them. */
  valuesOf(name: string, address: string): FakeValue[][] {
    const rect = parseAddress(address);
    if (rect === null) {
      throw new Error(`fake: bad address ${address}`);
    }
    const rows: FakeValue[][] = [];
    this.sheet(name).forEach(rect, (cell, row) => (rows[row - rect.top] ??= []).push(cell.value));
    return rows;
  }

  /** Everything observable, as plain data, to compare a workbook before and after. */
  snapshot(): unknown {
    return JSON.parse(
      JSON.stringify({
        sheets: this.sheets.map((sheet) => ({
          id: sheet.id,
          name: sheet.name,
          visibility: sheet.visibility,
          cells: [...sheet.cells.entries()]
            .filter(([, cell]) => JSON.stringify(cell) !== JSON.stringify(defaultCell()))
            .sort((a, b) => a[0] - b[0]),
          columnWidths: [...sheet.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
          rowHeights: [...sheet.rowHeights.entries()].sort((a, b) => a[0] - b[0]),
          hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b),
          merges: sheet.merges,
          freeze: sheet.freeze,
          pageLayout: sheet.pageLayout,
          rowPageBreaks: [...sheet.rowPageBreaks].sort((a, b) => a - b),
          charts: sheet.charts,
          borders: sheet.borders,
          conditionalFormats: sheet.conditionalFormats.map(({ id: _id, ...format }) => format),
        })),
        names: this.names.map((item) => ({
          name: item.name,
          comment: item.comment,
          visible: item.visible,
          formula: item.formula,
        })),
        settings: [...this.settings.entries()].sort((a, b) => a[0].localeCompare(b[0])),
      })
    );
  }

  /** Applies one request: counts it, checks its size and the API versions, runs its actions in order. */
  execute(context: FakeRequestContext, actions: readonly FakeAction[]): void {
    executeRequest(this, context, actions, this.failures.take(this.syncs.length + 1));
  }
}
