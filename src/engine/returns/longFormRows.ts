import { cellAddress } from "../kernel/cellAddress";
import { CellValue } from "../kernel/grid";
import { isBlankCell } from "../table/isBlankCell";
import { isPercentUnit } from "../table/isPercentUnit";
import { IndicatorRecord, TableModel } from "../table/tableModel";
import { PlannedCell } from "./collectPlan";
import { LongFormSheet } from "./longFormSheet";
import { LedgerCell } from "./monthCells";

/** The value cell of a new long-form row, with the row's other cells to write. */
export type NewRowCell = LedgerCell & { readonly rowCells: readonly PlannedCell[] };

/** Plans new rows of a long-form sheet, one per indicator (see {@link longFormRows}). */
export interface LongFormRows {
  /** The new row's value cell of the record (the same row when asked again); null when none. */
  cellOf(record: IndicatorRecord): NewRowCell | null;
}

/** "2016年7月" (a year and a month). */
const YEAR_MONTH = /^\d{4}\s*年\s*\d{1,2}\s*月份?$/;
/** "1-7月" (a cumulative period). */
const CUMULATIVE = /^1\s*[-－—~～至]\s*\d{1,2}\s*月份?$/;

/** The 月份 of the new rows, in the style of the sheet's last month cell (a number, 2016年8月 …). */
function monthValue(long: LongFormSheet, month: number, year: number | null): number | string {
  let last: CellValue = null;
  for (let row = long.header.dataStart; row < long.sheet.values.length; row++) {
    const value = long.sheet.values[row]?.[long.month] ?? null;
    if (!isBlankCell(value)) {
      last = value;
    }
  }
  const text = typeof last === "string" ? last.trim() : "";
  if (typeof last === "number") {
    return month;
  }
  if (YEAR_MONTH.test(text) && year !== null) {
    return `${year}年${month}月`;
  }
  return CUMULATIVE.test(text) ? `1-${month}月` : `${month}月`;
}

/** The first row below everything the sheet holds: its last non-blank row and merged area. */
function firstFreeRow(long: LongFormSheet): number {
  let last = long.header.dataStart - 1;
  long.sheet.values.forEach((cells, row) => {
    if (cells.some((value) => !isBlankCell(value ?? null))) {
      last = Math.max(last, row);
    }
  });
  for (const merge of long.sheet.merges) {
    last = Math.max(last, merge.bottom);
  }
  return last + 1;
}

/**
 * 长表新增行: where the cumulative actual of `month` goes for an indicator without its row in a
 * long-form 月度完成 sheet — a new row below the sheet's last used row (merged areas included),
 * one per indicator in the order asked, holding the name as the table holds it (`record.name`),
 * the 口径 when the sheet has that column, the 月份 in the style of the sheet's month cells (a
 * number when they are numbers, 2016年8月 or 1-8月 when they read so, else "8月"), the 计量单位 when
 * the sheet has a unit column, and the figure in 累计完成; other columns stay blank. An indicator
 * the reader could not take back from such a row gets none (null): without a 口径 column, a
 * growth rate needs a "%" unit column, and an absolute figure one without "%" unless it is its
 * name's only record.
 */
export function longFormRows(
  long: LongFormSheet,
  table: TableModel,
  month: number,
  year: number | null
): LongFormRows {
  const sheet = long.sheet.name;
  const written = monthValue(long, month, year);
  const planned = new Map<string, NewRowCell>();
  let next = firstFreeRow(long);

  const readsBack = (record: IndicatorRecord): boolean => {
    if (long.measure !== null) {
      return true;
    }
    if (long.unit !== null && isPercentUnit(record.unit)) {
      return record.measure === "growth";
    }
    const namesakes = table.indicators.filter((other) => other.name === record.name);
    return record.measure === "absolute" || namesakes.length === 1;
  };

  return {
    cellOf(record: IndicatorRecord): NewRowCell | null {
      const known = planned.get(record.key);
      if (known !== undefined || !readsBack(record)) {
        return known ?? null;
      }
      const row = next++;
      const cell = (column: number, value: number | string): PlannedCell => ({
        sheet,
        row,
        column,
        cell: cellAddress(row, column),
        value,
        previous: null,
      });
      const rowCells: PlannedCell[] = [cell(long.indicator, record.name)];
      if (long.measure !== null) {
        rowCells.push(cell(long.measure, record.measureLabel));
      }
      rowCells.push(cell(long.month, written));
      if (long.unit !== null && record.unit.trim() !== "") {
        rowCells.push(cell(long.unit, record.unit));
      }
      const found: NewRowCell = {
        sheet,
        row,
        column: long.actual,
        cell: cellAddress(row, long.actual),
        existing: null,
        rowCells: rowCells.sort((a, b) => a.column - b.column),
      };
      planned.set(record.key, found);
      return found;
    },
  };
}
