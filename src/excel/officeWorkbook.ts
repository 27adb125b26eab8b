import { clearMarks } from "./clearMarks";
import { CreateWorkbook, deliverFile } from "./deliverFile";
import { loadAtOpen, StartupHost } from "./loadAtOpen";
import { loadSetting } from "./loadSetting";
import { markStatuses } from "./markStatuses";
import { WorkbookPort } from "./port";
import { readWorkbook } from "./readWorkbook";
import { recalculate } from "./recalculate";
import {
  IsSetSupported,
  officeIsSetSupported,
  requirements,
  RequirementStatus,
} from "./requirements";
import { ExcelRun } from "./runBatch";
import { saveMonthlySettings } from "./saveMonthlySettings";
import { saveSetting } from "./saveSetting";
import { selectCell } from "./selectCell";
import { emptyMemory } from "./workbookMemory";
import { writeCells } from "./writeCells";
import { writeSummary } from "./writeSummary";

export type { ExcelRun } from "./runBatch";

/** Options of {@link createOfficeWorkbook}; the defaults are Excel's own. */
export interface OfficeWorkbookOptions {
  /** The host's requirement-set check; default `Office.context.requirements.isSetSupported`. */
  readonly isSetSupported?: IsSetSupported;
  /**
   * Estimated bytes one request may carry before the data rows go on in another sync. Excel on
   * the web rejects requests above 5 MB; the default, 4 MB, keeps a margin for the estimate.
   */
  readonly payloadBudget?: number;
  /**
   * Estimated bytes one response may carry before a read goes on in another sync. Excel on the
   * web rejects responses above 5 MB too; the default is 4 MB.
   */
  readonly responseBudget?: number;
  /** Office's startup API (`Office.addin`); default the host's, null: none (tests, no shared runtime). */
  readonly startup?: StartupHost | null;
  /** Opens an .xlsx file (base64) as a new workbook; default `Excel.createWorkbook` (ExcelApi 1.8). */
  readonly createWorkbook?: CreateWorkbook;
}

/** The Office.js workbook: the {@link WorkbookPort} plus what the host supports. */
export interface OfficeWorkbook extends WorkbookPort {
  /** Which requirement sets this Excel supports, per feature, for the pane to explain. */
  requirements(): readonly RequirementStatus[];
}

/**
 * Default request and response budget: 4 MB of estimated payload, under Excel on the web's 5 MB
 * limit on each (RequestPayloadSizeLimitExceeded, ResponsePayloadSizeLimitExceeded).
 */
export const defaultPayloadBudget = 4 * 1024 * 1024;

/**
 * 工作簿接口 (Office.js): the task pane's {@link WorkbookPort} on the open Excel workbook, each use
 * case a function of its own given `Excel.run` and the options. Each use case is one `Excel.run`;
 * every load of a step is queued before its one `context.sync()`. Syncs are counted as Office.js
 * sends them: a sync with nothing queued, like the one `Excel.run` ends with, is no round trip.
 *
 * - readWorkbook: 1 sync, plus one per further 4 MB of response (2 the first time: the sheets'
 *   names come first); see `readWorkbook`.
 * - writeSummary after a read: 1 sync, plus one per further 4 MB of request (without the read,
 *   1 more to look).
 * - markStatuses after a read with its marks: 1 sync; clearMarks: 1 read and, when there are
 *   marks, 1 write; selectCell, recalculate, settings: 1; saveSettings after a read: 1 read and
 *   1 write (the 设置 sheet's cells, the document setting and the recalculation together), then
 *   the add-in is set to load with the workbook (`loadAtOpen`), which restores them at open.
 * - writeCells: 1 read (the sheets' names and the planned cells, checked) and 1 write (the sheet
 *   added and every cell); a missing sheet costs 1 more read, to name it; nothing to write, none.
 * - deliverFile: no sync of this workbook; `Excel.createWorkbook` opens the file as a new one.
 *
 * The adapter remembers what it saw of the workbook (a {@link WorkbookMemory}: the sheets by id,
 * the shapes of the clerk's), to plan the next use case in fewer round trips; it checks what it
 * remembers each time. Sheets the add-in made carry a marker: a hidden workbook-level defined
 * name (`assess.run.2016_07.bulletin`, comment = the run) referring to the sheet's A1, so it is
 * saved with the file and follows renames and moves; the .xlsx writer uses the same scheme. Marks
 * are the add-in's own conditional formats, saved with the file, found by their rule
 * (`markFormula`). Errors are turned into `WorkbookError`s with the clerk's message, never
 * swallowed.
 */
export function createOfficeWorkbook(
  run: ExcelRun = (batch) => Excel.run(batch),
  options: OfficeWorkbookOptions = {}
): OfficeWorkbook {
  const isSetSupported = options.isSetSupported ?? officeIsSetSupported;
  const payloadBudget = options.payloadBudget ?? defaultPayloadBudget;
  const responseBudget = options.responseBudget ?? defaultPayloadBudget;
  const memory = emptyMemory();
  const createWorkbook: CreateWorkbook =
    options.createWorkbook ?? ((base64) => Excel.createWorkbook(base64));
  return {
    readWorkbook: (wanted) => readWorkbook(run, { isSetSupported, responseBudget, memory }, wanted),
    writeSummary: (runName, specs, basis) =>
      writeSummary(run, { isSetSupported, payloadBudget, memory }, runName, specs, basis),
    markStatuses: (sheet, marks, basis) =>
      markStatuses(run, { isSetSupported, memory, payloadBudget }, sheet, marks, basis),
    clearMarks: () => clearMarks(run, memory),
    selectCell: (sheet, address) => selectCell(run, sheet, address),
    loadSetting: (key) => loadSetting(run, key),
    saveSetting: (key, value) => saveSetting(run, key, value),
    recalculate: () => recalculate(run),
    saveSettings: async (request) => {
      const report = await saveMonthlySettings(run, memory, request);
      // The workbook keeps settings now: load the runtime when it opens, to restore them.
      await loadAtOpen(options.startup);
      return report;
    },
    writeCells: (request) => writeCells(run, memory, request),
    deliverFile: (file) => deliverFile(createWorkbook, isSetSupported, file),
    requirements: () => requirements(isSetSupported),
  };
}
