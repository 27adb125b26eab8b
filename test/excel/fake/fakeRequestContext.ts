/**
 * Excel.RequestContext: the queue of pending commands that proxies add to (property writes, method
 * calls, loads); `sync()` sends them as one request and empties the queue whether it succeeds or
 * not; loaded values become readable only once the sync has succeeded; a sync with nothing queued
 * sends nothing on a real host (hostLimits.ts, freeEmptySyncs). What the loads of a request give
 * back is summed as its response's estimated size. `FakeRun` is Excel.run's shape.
 * https://learn.microsoft.com/en-us/office/dev/add-ins/develop/application-specific-api-model#request-context
 * https://learn.microsoft.com/en-us/office/dev/add-ins/develop/application-specific-api-model#sync
 */
import type { FakeExcel } from "./fakeExcel";
import { FakeWorkbook, type FakeApplication } from "./fakeWorkbook";

/** One queued command: its estimated size, the ExcelApi it needs, and what it does. */
export interface FakeAction {
  readonly bytes: number;
  readonly requires: string;
  readonly label: string;
  readonly write?: { sheet: () => string; address: () => string; property: string };
  apply(): void;
}

export class FakeRequestContext {
  readonly excel: FakeExcel;
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  calculationSuspended = false;
  private queue: FakeAction[] = [];
  private completions: (() => void)[] = [];
  private response = 0;

  constructor(excel: FakeExcel) {
    this.excel = excel;
    this.workbook = new FakeWorkbook(this);
    this.application = this.workbook.application;
  }

  enqueue(action: FakeAction): void {
    this.queue.push(action);
  }

  /** Runs after the current sync succeeds: loaded values become readable only then. */
  afterSync(complete: () => void): void {
    this.completions.push(complete);
  }

  /** Adds to the estimated size of the current request's response (what a load gives back). */
  respond(bytes: number): void {
    this.response += bytes;
  }

  /** The estimated size of the response of the request being executed. */
  get responseBytes(): number {
    return this.response;
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    this.completions = [];
    this.calculationSuspended = false;
    this.response = 0;
    await Promise.resolve();
    if (actions.length === 0 && this.excel.limits.freeEmptySyncs) {
      return;
    }
    this.excel.execute(this, actions);
    const completions = this.completions;
    this.completions = [];
    for (const complete of completions) {
      complete();
    }
  }
}

/** The Excel.run-like entry of the fake. */
export type FakeRun = <T>(batch: (context: FakeRequestContext) => Promise<T>) => Promise<T>;
