import { cellAddress } from "../kernel/cellAddress";
import { Diagnostic, diagnostic } from "../kernel/diagnostic";
import { GridSheet } from "../kernel/grid";
import { readReportLog } from "../reports/readReportLog";
import { REPORT_COLUMNS } from "../reports/reportColumns";
import { findSideHeader } from "../table/findSideHeader";
import { isBlankCell } from "../table/isBlankCell";
import { unitKey } from "../yearEnd/unitKey";
import { CollectPlan, PlannedCell, RegisterEntry, RegisteredBefore } from "./collectPlan";

/** An arrival to register. */
export interface Arrival {
  readonly unit: string;
  readonly arrivedOn: string;
  readonly arrivedFrom: RegisterEntry["arrivedFrom"];
  readonly source: string;
}

/** The name of the register sheet created when the ledger has none. */
const REGISTER_SHEET = "报送登记";

/**
 * 报送登记计划: the rows to append to the ledger's 报送登记 sheet (单位, 月份 as a number, 报送日期 as
 * a date) for the month's arrivals, below its last used row, in the columns its header names; when
 * the ledger has no such sheet, one is created (title, header 单位 / 月份 / 报送日期, the rows). A
 * unit the register already lists with a date for the month, or that arrives twice, is registered
 * once: the register's first date stands (the late list counts by the first report). A register
 * without a header gets nothing (a `return_not_registered` error says so).
 */
export function registerPlan(
  sheet: GridSheet | undefined,
  arrivals: readonly Arrival[],
  month: number,
  year: number | null
): { register: CollectPlan["register"]; diagnostics: Diagnostic[] } {
  const entries: RegisterEntry[] = [];
  const before: RegisteredBefore[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  /** Units the register lists for the month already, with their first date. */
  const known = new Map<string, RegisteredBefore>();
  let columns = { unit: 0, month: 1, date: 2 };
  let next = 2;
  const headerCells: PlannedCell[] = [];
  const name = sheet?.name ?? REGISTER_SHEET;
  const planned = (row: number, column: number, value: number | string): PlannedCell => ({
    sheet: name,
    row,
    column,
    cell: cellAddress(row, column),
    value,
    previous: null,
  });

  if (sheet === undefined) {
    headerCells.push(
      planned(0, 0, `${year === null ? "" : `${year}年`}市考指标数据报送登记`),
      planned(1, 0, "单位"),
      planned(1, 1, "月份"),
      planned(1, 2, "报送日期")
    );
  } else {
    const header = findSideHeader(sheet, REPORT_COLUMNS, ["unit", "month", "date"]);
    if (header === null) {
      if (arrivals.length > 0) {
        diagnostics.push(
          diagnostic("return_not_registered", "error", sheet.name, "", "returnRegisterNoHeader")
        );
      }
      return {
        register: { sheet: name, create: false, headerCells, entries, before },
        diagnostics,
      };
    }
    columns = {
      unit: header.columns.unit ?? 0,
      month: header.columns.month ?? 1,
      date: header.columns.date ?? 2,
    };
    next = header.row + 1;
    sheet.values.forEach((cells, row) => {
      if (cells.some((value) => !isBlankCell(value))) {
        next = Math.max(next, row + 1);
      }
    });
    for (const merge of sheet.merges) {
      next = Math.max(next, merge.bottom + 1);
    }
    for (const report of readReportLog(sheet).reports) {
      const sameYear = year === null || report.year === null || report.year === year;
      const key = unitKey(report.unit);
      if (report.month === month && sameYear && report.reportedOn !== null && !known.has(key)) {
        known.set(key, { unit: report.unit, month, reportedOn: report.reportedOn });
      }
    }
  }

  // The earliest arrival of a unit counts; rows go in order of arrival.
  const byDate = [...arrivals].sort((a, b) =>
    a.arrivedOn < b.arrivedOn ? -1 : a.arrivedOn > b.arrivedOn ? 1 : 0
  );
  for (const arrival of byDate) {
    const key = unitKey(arrival.unit);
    if (seen.has(key)) {
      continue;
    }
    seen.add(key);
    const listed = known.get(key);
    if (listed !== undefined) {
      before.push(listed);
      continue;
    }
    const row = next;
    next += 1;
    entries.push({
      unit: arrival.unit,
      month,
      year,
      arrivedOn: arrival.arrivedOn,
      arrivedFrom: arrival.arrivedFrom,
      source: arrival.source,
      cells: [
        planned(row, columns.unit, arrival.unit),
        planned(row, columns.month, month),
        { ...planned(row, columns.date, arrival.arrivedOn), date: true },
      ],
    });
  }
  return {
    register: { sheet: name, create: sheet === undefined, headerCells, entries, before },
    diagnostics,
  };
}
