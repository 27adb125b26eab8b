import { AssessError, buildYearEnd, sheetReference, YearEndSummary } from "../engine";
import { WorkbookPort, WorkbookRead, WriteReport } from "../excel/port";

/**
 * The year-end job (年度考核) as plain async functions over a {@link WorkbookPort}: no React, no
 * Office. The pane's year-end card calls these; tests call them with an in-memory port and with the
 * Office.js adapter on the Excel fake. Failures of the port are never caught here.
 */

/** The steps of the year-end job, shown while it runs. */
export type YearEndStep = "read" | "compute" | "write";

/** What {@link generateYearEnd} produced: the assessment and what the write did. */
export interface YearEndOutcome {
  readonly summary: YearEndSummary;
  readonly report: WriteReport;
}

/**
 * 计算年度考核: reads the clerk's sheets (every sheet the add-in did not make) and builds the
 * year-end assessment (`buildYearEnd`), writing nothing.
 *
 * @throws AssessError with the engine's reason when no year-end sheet can be made (no 年度评分
 *   sheet, or no header in it).
 */
export async function computeYearEnd(
  port: WorkbookPort,
  onStep?: (step: YearEndStep) => void
): Promise<YearEndSummary> {
  return (await readYearEnd(port, onStep)).summary;
}

/** The year-end assessment and the read it was made from, for a write that builds on it. */
async function readYearEnd(
  port: WorkbookPort,
  onStep?: (step: YearEndStep) => void
): Promise<{ readonly summary: YearEndSummary; readonly read: WorkbookRead }> {
  onStep?.("read");
  const read = await port.readWorkbook();
  onStep?.("compute");
  const summary = buildYearEnd(read.grids);
  if (summary.sheets.length === 0) {
    const reason = summary.diagnostics.find((found) => found.severity === "error");
    throw reason === undefined
      ? new AssessError("notAvailable", "yearEndNoSheet")
      : new AssessError("notAvailable", reason.key, {
          ...reason.params,
          ref: reason.sheet === "" ? "" : sheetReference(reason.sheet, reason.cell),
        });
  }
  return { summary, read };
}

/**
 * 生成年度考核汇总 (one click): builds the year-end assessment and writes its 年度考核汇总 sheet for
 * the year's own run ("2018-yearend"), so a re-run replaces exactly that sheet — never a month's
 * summary, never a clerk's sheet.
 */
export async function generateYearEnd(
  port: WorkbookPort,
  onStep?: (step: YearEndStep) => void
): Promise<YearEndOutcome> {
  const { summary, read } = await readYearEnd(port, onStep);
  onStep?.("write");
  const report = await port.writeSummary(summary.run, summary.sheets, read);
  return { summary, report };
}
