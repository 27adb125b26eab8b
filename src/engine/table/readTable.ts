import { checkMonth } from "../kernel/checkMonth";
import { findHeader } from "./findHeader";
import { GridSheet } from "../kernel/grid";
import { isActualsSheet } from "./isActualsSheet";
import { joinActuals } from "./joinActuals";
import { overrideColumns } from "./overrideColumns";
import { readTableRows } from "./readTableRows";
import { diagnostic } from "../kernel/diagnostic";
import { ColumnOverride, Diagnostic, HeaderMatch, TableModel } from "./tableModel";
import { toSimplified } from "../kernel/toSimplified";

/** Options of {@link readTable}. */
export interface ReadTableOptions {
  /** The sheet holding the table; by default the first sheet whose header is found. */
  readonly sheet?: string;
  /** Months (periods) in the year, 12 by default. */
  readonly periods?: number;
  /**
   * The clerk's column roles (列角色更正), applied to the header found on the table's sheet: a
   * corrected column gets its role, `ignore` drops it, a role a table has once moves to the
   * corrected column (see `overrideColumns`). Corrections that cannot apply are reported.
   */
  readonly columns?: readonly ColumnOverride[];
}

/** What {@link readTable} returns: the table (null when none was found) and every finding. */
export interface ReadTableResult {
  readonly table: TableModel | null;
  readonly diagnostics: Diagnostic[];
}

/** The sheet picked for the table and its header. */
interface Chosen {
  readonly sheet: GridSheet;
  readonly header: HeaderMatch;
}

const TARGET_ROLES = new Set(["target", "checkpoint", "checkpointTarget"]);

/**
 * 分解表读取: reads a decomposition table (任务分解表) from a workbook's grids. Picks the sheet named in
 * the options, or the first whose header is found and names targets and that has rows under it (a
 * 月度完成 sheet is not taken for the table; an empty template only when nothing better is found);
 * reads its rows in seed or ledger layout (see `readTableRows`); then joins the actuals of a sheet
 * named 月度完成 / 月度完成情况 / 完成情况 (traditional too) when there is one.
 * Every problem becomes a diagnostic naming sheet and cell; the rows around it are still read.
 * Never throws on any grid.
 *
 * @throws AssessError `number` / `periodsInvalid` only when `options.periods` is not a positive whole number.
 */
export function readTable(
  sheets: readonly GridSheet[],
  options: ReadTableOptions = {}
): ReadTableResult {
  const periods = options.periods ?? 12;
  checkMonth(1, periods);
  const diagnostics: Diagnostic[] = [];
  const list = Array.isArray(sheets) ? sheets : [];
  let chosen: Chosen | null = null;

  if (options.sheet !== undefined) {
    const wanted = sheetKey(options.sheet);
    const sheet =
      list.find((candidate) => candidate.name === options.sheet) ??
      list.find((candidate) => sheetKey(candidate.name) === wanted);
    if (sheet === undefined) {
      diagnostics.push(
        diagnostic("sheet_not_found", "error", options.sheet, "", "tableSheetNotFound", {
          sheet: options.sheet,
        })
      );
      return { table: null, diagnostics };
    }
    const header = findHeader(sheet, { periods });
    if (header === null) {
      diagnostics.push(
        diagnostic("no_header", "error", String(sheet.name ?? ""), "", "tableNoHeader", {})
      );
      return { table: null, diagnostics };
    }
    chosen = { sheet, header };
  } else {
    let fallback: Chosen | null = null;
    for (const sheet of list) {
      if (isActualsSheet(sheet)) {
        continue;
      }
      const header = findHeader(sheet, { periods });
      if (header === null) {
        continue;
      }
      if (
        header.columns.some((mapping) => TARGET_ROLES.has(mapping.role)) &&
        hasRowsBelow(sheet, header)
      ) {
        chosen = { sheet, header };
        break;
      }
      fallback ??= { sheet, header }; // no targets, or an empty template: only if nothing better
    }
    chosen ??= fallback;
    if (chosen === null) {
      const first = list[0] === undefined ? "" : String(list[0].name ?? "");
      diagnostics.push(diagnostic("no_header", "error", first, "", "tableNoTable", {}));
      return { table: null, diagnostics };
    }
  }

  const header = overrideColumns(
    chosen.sheet,
    chosen.header,
    options.columns,
    periods,
    diagnostics
  );
  const table = readTableRows(chosen.sheet, header, periods, diagnostics);
  const tableSheet = chosen.sheet;
  const actualsSheet = list.find((sheet) => sheet !== tableSheet && isActualsSheet(sheet));
  if (actualsSheet === undefined) {
    return { table, diagnostics };
  }
  const joined = joinActuals(table, actualsSheet, { periods });
  diagnostics.push(...joined.diagnostics);
  return { table: joined.table, diagnostics };
}

/** Whether any mapped column holds a value below the header (an empty template holds none). */
function hasRowsBelow(sheet: GridSheet, header: HeaderMatch): boolean {
  const rows = Array.isArray(sheet.values) ? sheet.values : [];
  const columns = header.columns.map((mapping) => mapping.column);
  for (let row = header.dataStart; row < rows.length; row++) {
    const cells: unknown = rows[row];
    if (!Array.isArray(cells)) {
      continue;
    }
    for (const column of columns) {
      const value: unknown = cells[column];
      if (
        typeof value === "number" ||
        typeof value === "boolean" ||
        (typeof value === "string" && value.trim() !== "")
      ) {
        return true;
      }
    }
  }
  return false;
}

function sheetKey(name: unknown): string {
  return toSimplified(String(name ?? ""))
    .replace(/\s+/g, "")
    .toLowerCase();
}
