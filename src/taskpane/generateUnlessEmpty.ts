import { SummarySettings, readTable } from "../engine";
import { WorkbookPort } from "../excel/port";
import { EmptyMonth, emptyMonthOf } from "./emptyMonth";
import { SummaryOptions, SummaryOutcome, readSummary, writeSummaryOf } from "./useCases";

/** What {@link generateUnlessEmpty} did: wrote the summary, or stopped at an empty month. */
export type GenerateResult =
  | { readonly kind: "written"; readonly outcome: SummaryOutcome }
  | { readonly kind: "empty"; readonly empty: EmptyMonth };

/**
 * 生成月度通报（先查空月份）: reads the workbook and builds the monthly summary as `generateSummary`
 * does, but when no indicator has an actual for the month (see `emptyMonthOf`) it writes nothing
 * and says so, with the latest month that has actuals, for the clerk to confirm or cancel; else
 * it writes the summary's sheets. One read, and one write or none.
 *
 * @throws PaneError `summaryEmpty` as `readSummary`; the port's failures are passed on.
 */
export async function generateUnlessEmpty(
  port: WorkbookPort,
  settings: SummarySettings,
  options: SummaryOptions = {}
): Promise<GenerateResult> {
  const made = await readSummary(port, settings, options);
  const empty = emptyMonthOf(made.summary, () => {
    const { periods, sheet, columns } = made.settings;
    return readTable(made.read.grids, {
      ...(periods === undefined ? {} : { periods }),
      ...(sheet === undefined ? {} : { sheet }),
      ...(columns === undefined ? {} : { columns }),
    }).table;
  });
  if (empty !== null) {
    return { kind: "empty", empty };
  }
  return { kind: "written", outcome: await writeSummaryOf(port, made, options) };
}
