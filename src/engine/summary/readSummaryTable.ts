import { Diagnostic, diagnostic } from "../kernel/diagnostic";
import { GridSheet } from "../kernel/grid";
import { readTable } from "../table/readTable";
import { TableModel } from "../table/tableModel";
import { ResolvedSettings } from "./resolveSettings";

/** What {@link readSummaryTable} finds: the table (null when none) and the reader's findings. */
export interface SummaryTable {
  readonly table: TableModel | null;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * 读取分解表: reads the decomposition table of the summary from `tableSheets` (the workbook without
 * its side and output sheets) with the settings' periods, sheet and column roles. Without a table
 * the findings always say why: the reader's `no_header` or `sheet_not_found`, else a `no_header`
 * for the workbook (its first sheet). `readTable` never throws on a grid: should it throw all the
 * same, that is a bug, and it is not passed off as "no table".
 */
export function readSummaryTable(
  sheets: readonly GridSheet[],
  tableSheets: readonly GridSheet[],
  settings: ResolvedSettings
): SummaryTable {
  const read = readTable(tableSheets, {
    periods: settings.periods,
    ...(settings.sheet === undefined ? {} : { sheet: settings.sheet }),
    ...(settings.columns === undefined ? {} : { columns: settings.columns }),
  });
  if (
    read.table !== null ||
    read.diagnostics.some((found) => found.code === "no_header" || found.code === "sheet_not_found")
  ) {
    return read;
  }
  const workbook = diagnostic(
    "no_header",
    "error",
    String(sheets[0]?.name ?? ""),
    "",
    "tableNoTable"
  );
  return { table: null, diagnostics: [...read.diagnostics, workbook] };
}
