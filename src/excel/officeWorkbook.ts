import { clearMarks } from "./clearMarks";
import { listSheets } from "./listSheets";
import { loadSetting } from "./loadSetting";
import { markStatuses } from "./markStatuses";
import { WorkbookPort } from "./port";
import { readSheets } from "./readSheets";
import { recalculate } from "./recalculate";
import {
  IsSetSupported,
  officeIsSetSupported,
  requirements,
  RequirementStatus,
} from "./requirements";
import { ExcelRun } from "./runBatch";
import { saveSetting } from "./saveSetting";
import { selectCell } from "./selectCell";
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
}

/** The Office.js workbook: the {@link WorkbookPort} plus what the host supports. */
export interface OfficeWorkbook extends WorkbookPort {
  /** Which requirement sets this Excel supports, per feature, for the pane to explain. */
  requirements(): readonly RequirementStatus[];
}

/** Default request budget: 4 MB of estimated payload, under Excel on the web's 5 MB limit. */
export const defaultPayloadBudget = 4 * 1024 * 1024;

/**
 * 工作簿接口 (Office.js): the task pane's {@link WorkbookPort} on the open Excel workbook, each use
 * case a function of its own given `Excel.run` and the options. Each use case is one `Excel.run`;
 * every load of a step is queued before its one `context.sync()`:
 *
 * - readSheets: 1 sync with the names given (2 without: the sheet list first).
 * - writeSummary: 3 syncs — look (sheets, names), write (new sheets, markers, everything),
 *   swap (delete the run's old sheets, rename) — plus one more per extra 4 MB of data.
 * - markStatuses and clearMarks: 2 syncs each; listSheets, selectCell, recalculate, settings: 1.
 *
 * Sheets the add-in made carry a marker: a hidden workbook-level defined name
 * (`assess.run.2016_07.bulletin`, comment = the run) referring to the sheet's A1, so it is saved
 * with the file and follows renames and moves; the .xlsx writer uses the same scheme. The original
 * fills of marked cells are kept in a workbook setting (`assess.marks`), saved in the file too.
 * Errors are turned into `WorkbookError`s with the clerk's message, never swallowed.
 */
export function createOfficeWorkbook(
  run: ExcelRun = (batch) => Excel.run(batch),
  options: OfficeWorkbookOptions = {}
): OfficeWorkbook {
  const isSetSupported = options.isSetSupported ?? officeIsSetSupported;
  const payloadBudget = options.payloadBudget ?? defaultPayloadBudget;
  return {
    listSheets: () => listSheets(run),
    readSheets: (names) => readSheets(run, isSetSupported, names),
    writeSummary: (runName, specs) =>
      writeSummary(run, { isSetSupported, payloadBudget }, runName, specs),
    markStatuses: (sheet, marks) => markStatuses(run, isSetSupported, sheet, marks),
    clearMarks: () => clearMarks(run, isSetSupported),
    selectCell: (sheet, address) => selectCell(run, sheet, address),
    loadSetting: (key) => loadSetting(run, key),
    saveSetting: (key, value) => saveSetting(run, key, value),
    recalculate: () => recalculate(run),
    requirements: () => requirements(isSetSupported),
  };
}
