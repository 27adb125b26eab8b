import { isValidMonth } from "../kernel/isValidMonth";
import { cellAddress } from "../kernel/cellAddress";
import { cellText } from "../kernel/cellText";
import { actualsColumns } from "./actualsColumns";
import { checkpointMonth } from "./checkpointMonth";
import { dec } from "../kernel/decimal";
import { findHeader } from "./findHeader";
import { CellValue, GridSheet } from "../kernel/grid";
import { isBlankCell } from "./isBlankCell";
import { isPercentUnit } from "./isPercentUnit";
import { isTotalRow } from "./isTotalRow";
import { isSuspectMagnitude } from "../status/isSuspectMagnitude";
import { MEASURE_LABELS } from "./measureLabels";
import { mergeIndex } from "./mergeIndex";
import { parseMeasure } from "./parseMeasure";
import { readCell } from "./readCell";
import { readFigure } from "./readFigure";
import { reportFigure } from "./reportFigure";
import { sheetReference } from "../kernel/sheetReference";
import { diagnostic } from "../kernel/diagnostic";
import { MessageKey } from "../kernel/messages";
import { ActualRecord, Diagnostic, IndicatorRecord, TableModel } from "./tableModel";
import { toSimplified } from "../kernel/toSimplified";
import { Measure } from "../kernel/types";

/** Options of {@link joinActuals}. */
export interface JoinActualsOptions {
  /** Months (periods) in the year, 12 by default. */
  readonly periods?: number;
}

const BRACKETED = /\([^()]*\)|\[[^\]]*\]|【[^】]*】/g;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[tT ][\d:.]+Z?)?$/;

/**
 * 完成数合并: joins the cumulative actuals (累计完成) of a separate sheet (月度完成) to a table read by
 * `readTable`. The sheet is keyed by indicator (+ 口径 when it has a measure column; without one a
 * "%" unit means the growth rate, else the indicator's only or absolute record) and holds either
 * month columns (1月 … 12月, 1-7月, 7月累计完成) or rows (指标, 口径, 月份, 累计完成). Names match in
 * simplified or traditional characters, and without their bracketed part when that is unambiguous
 * ("招商引资" ↔ "招商引资(引进市外资金)"). Rows matching nothing are reported (`unmatched_actual`),
 * and so are total rows (`total_row`, not joined); unreadable cells as `reportFigure` reports them;
 * an actual from this sheet replaces a different one read from the table (`actual_conflict`).
 * Never throws on any grid.
 */
export function joinActuals(
  table: TableModel,
  sheet: GridSheet,
  options: JoinActualsOptions = {}
): { table: TableModel; diagnostics: Diagnostic[] } {
  const periods = options.periods ?? 12;
  const diagnostics: Diagnostic[] = [];
  const sheetName = String(sheet.name ?? "");
  const report = (
    code: Diagnostic["code"],
    severity: Diagnostic["severity"],
    cell: string,
    key: MessageKey,
    params: Readonly<Record<string, string | number>>
  ): void => {
    diagnostics.push(diagnostic(code, severity, sheetName, cell, key, params));
  };

  const header = findHeader(sheet, { periods, periodColumns: "actual" });
  const { column, monthColumns, longForm } = actualsColumns(header);
  if (
    header === null ||
    column.indicator === undefined ||
    (monthColumns.length === 0 && longForm === null)
  ) {
    report("no_header", "error", "", "tableNoHeader", {});
    return { table, diagnostics };
  }
  const indicatorColumn = column.indicator;
  const index = mergeIndex(sheet);
  const value = (row: number, col: number | undefined): CellValue => readCell(index, row, col);
  /** Actual cells are read where they stand: a merged area's value belongs to its top-left row. */
  const own = (row: number, col: number): CellValue =>
    index.isCovered(row, col) ? null : index.own(row, col);

  const byName = new Map<string, IndicatorRecord[]>();
  const byBareName = new Map<string, IndicatorRecord[]>();
  for (const record of table.indicators) {
    push(byName, nameKey(record.name), record);
    push(byBareName, bareKey(record.name), record);
  }
  const joined = new Map<string, Map<number, ActualRecord>>();
  const unmatched = new Set<string>();
  const monthCache = new Map<CellValue, number | undefined>();
  const readMonth = (cell: CellValue): number | undefined => {
    if (!monthCache.has(cell)) {
      monthCache.set(cell, monthOf(cell, periods));
    }
    return monthCache.get(cell);
  };
  const mappedColumns = header.columns.map((mapping) => mapping.column);

  let lastName = "";
  for (let row = header.dataStart; row < index.rows; row++) {
    if (mappedColumns.every((col) => isBlankCell(index.own(row, col)))) {
      continue;
    }
    let name = cellText(value(row, indicatorColumn));
    if (name === "") {
      name = lastName;
    } else {
      lastName = name;
    }
    if (name === "") {
      continue;
    }
    if (isTotalRow(toSimplified(name).replace(/\s+/g, ""))) {
      const top = index.area(row, indicatorColumn)?.top ?? row;
      const id = `total|${top}`;
      if (!unmatched.has(id)) {
        unmatched.add(id);
        report("total_row", "warning", cellAddress(top, indicatorColumn), "tableTotalRow", {
          name,
          rows: `第${top + 1}行`,
          rowsEn: `row ${top + 1}`,
        });
      }
      continue;
    }
    const unitText = cellText(value(row, column.unit));
    const parsed = parseMeasure(value(row, column.measure));
    const measure: Measure | undefined =
      parsed === "absolute" || parsed === "growth"
        ? parsed
        : isPercentUnit(unitText)
          ? "growth"
          : undefined;
    const record = match(name, measure);
    if (record === undefined) {
      const id = `${nameKey(name)}|${measure ?? ""}`;
      if (!unmatched.has(id)) {
        unmatched.add(id);
        const label = measure === undefined ? name : `${name}（${MEASURE_LABELS[measure].zh}）`;
        report(
          "unmatched_actual",
          "warning",
          cellAddress(row, indicatorColumn),
          "tableUnmatchedActual",
          { name: label }
        );
      }
      continue;
    }
    let actuals = joined.get(record.key);
    if (actuals === undefined) {
      actuals = new Map(record.actuals.map((actual) => [actual.month, actual]));
      joined.set(record.key, actuals);
    }
    const take = (month: number, col: number): void => {
      const reading = readFigure(own(row, col), record.unit);
      if (reading.kind === "blank") {
        return;
      }
      const cell = cellAddress(row, col);
      const misplaced =
        reading.kind === "number" &&
        reading.percent &&
        record.measure === "absolute" &&
        !isPercentUnit(record.unit);
      if (misplaced) {
        report("unreadable_actual", "error", cell, "tableUnreadableActual", { text: "" });
      }
      const readable = !misplaced && reportFigure(report, cell, reading, "actual");
      const figure = readable && reading.kind === "number" ? reading.value : null;
      const previous = (actuals as Map<number, ActualRecord>).get(month);
      if (
        previous !== undefined &&
        previous.value !== null &&
        figure !== null &&
        !dec(previous.value).eq(dec(figure))
      ) {
        const previousRef = sheetReference(previous.sheet ?? table.sheet, previous.cell);
        const ref = sheetReference(sheetName, cell);
        report("actual_conflict", "warning", cell, "tableActualConflict", {
          name: record.name,
          measure: record.measureLabel,
          measureEn: MEASURE_LABELS[record.measure].en,
          month,
          value: figure,
          otherRef: previousRef,
          otherValue: previous.value,
          usedRef: ref,
        });
      }
      if (figure !== null || previous === undefined || previous.value === null) {
        (actuals as Map<number, ActualRecord>).set(month, {
          month,
          value: figure,
          cell,
          sheet: sheetName,
        });
      }
    };
    if (longForm !== null) {
      const monthColumn = longForm.month;
      const monthValue = value(row, monthColumn);
      if (isBlankCell(own(row, longForm.actual))) {
        continue;
      }
      const month = readMonth(monthValue);
      if (month === undefined) {
        report(
          "unknown_checkpoint",
          "error",
          cellAddress(row, monthColumn),
          "tableUnknownCheckpoint",
          {
            text: cellText(monthValue),
          }
        );
        continue;
      }
      take(month, longForm.actual);
    } else {
      for (const mapping of monthColumns) {
        if (mapping.month !== undefined) {
          take(mapping.month, mapping.column);
        }
      }
    }
  }

  const indicators = table.indicators.map((record) => {
    const actuals = joined.get(record.key);
    if (actuals === undefined) {
      return record;
    }
    const sorted = [...actuals.values()].sort((a, b) => a.month - b.month);
    for (const actual of sorted) {
      if (
        actual.sheet === sheetName &&
        isSuspectMagnitude(actual.value, record.annualTarget, record.measure)
      ) {
        report("suspect_magnitude", "warning", actual.cell, "tableSuspectMagnitude", {
          name: record.name,
          actual: String(actual.value),
          target: String(record.annualTarget),
        });
      }
    }
    return { ...record, actuals: sorted };
  });
  return { table: { ...table, indicators }, diagnostics };

  function match(name: string, measure: Measure | undefined): IndicatorRecord | undefined {
    let candidates = byName.get(nameKey(name));
    if (candidates === undefined) {
      const bare = byBareName.get(bareKey(name));
      const names = new Set((bare ?? []).map((record) => nameKey(record.name)));
      candidates = names.size === 1 ? bare : undefined;
    }
    if (candidates === undefined) {
      return undefined;
    }
    if (measure !== undefined) {
      return candidates.find((record) => record.measure === measure);
    }
    return candidates.length === 1
      ? candidates[0]
      : candidates.find((record) => record.measure === "absolute");
  }
}

/** The month a 月份 cell names: 7, "7月", "1-7月", "2016年7月", an ISO date; undefined otherwise. */
function monthOf(cell: CellValue, periods: number): number | undefined {
  if (typeof cell === "boolean" || cell === null) {
    return undefined;
  }
  const text = typeof cell === "number" ? "" : cellText(cell);
  const date = ISO_DATE.exec(text);
  if (date !== null) {
    const month = Number(date[2]);
    return periods === 12 && isValidMonth(month, 12) ? month : undefined;
  }
  return checkpointMonth(typeof cell === "number" ? cell : toSimplified(text), periods);
}

function push(map: Map<string, IndicatorRecord[]>, key: string, record: IndicatorRecord): void {
  const list = map.get(key);
  if (list === undefined) {
    map.set(key, [record]);
  } else {
    list.push(record);
  }
}

function nameKey(name: string): string {
  return toSimplified(cellText(name)).toLowerCase().replace(/\s+/g, "");
}

function bareKey(name: string): string {
  return nameKey(name).replace(BRACKETED, "");
}
