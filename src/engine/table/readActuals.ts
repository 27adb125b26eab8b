import { dec } from "../kernel/decimal";
import { sheetReference } from "../kernel/sheetReference";
import { RecordDraft } from "./blockDraft";
import { isMisplacedPercent } from "./isMisplacedPercent";
import { MEASURE_LABELS } from "./measureLabels";
import { noteUnit } from "./noteUnit";
import { readFigure } from "./readFigure";
import { reportFigure } from "./reportFigure";
import { TableContext } from "./tableContext";
import { TableSink } from "./tableSink";

/** Looked up once: global lookups are slow in some hosts (jest's sandbox) and this runs per cell. */
const isFiniteNumber = Number.isFinite;

/**
 * 完成数读取: reads the cumulative actuals (累计完成) of a row's month columns into its record, one
 * per month. An actual belongs to the row it stands on: a cell covered by a merge is not read.
 * Figures are read in the record's unit (else the target headers'); a cell that holds no figure
 * (see `reportFigure`: also a formula never calculated, a number too long to read exactly), or a
 * percentage where an amount belongs, is reported and kept as null (a figure the clerk must fix,
 * not a report missing). A second actual for a month replaces a null one; one that differs from the first is
 * reported (`actual_conflict`, naming both cells) and the first is kept.
 */
export function readActuals(
  context: TableContext,
  sink: TableSink,
  record: RecordDraft,
  row: number
): void {
  let rowText: string | undefined;
  for (const actual of context.actualColumns) {
    if (context.index.isCovered(row, actual.column)) {
      continue; // a merged actual belongs to the row it stands on
    }
    const own = context.index.own(row, actual.column);
    let value: number | null;
    let cell: string;
    if (typeof own === "number" && isFiniteNumber(own)) {
      value = own;
      rowText ??= `${row + 1}`;
      cell = actual.letters + rowText;
    } else {
      const reading = readFigure(own, record.unit !== "" ? record.unit : context.unitHint);
      if (reading.kind === "blank") {
        continue;
      }
      rowText ??= `${row + 1}`;
      cell = actual.letters + rowText;
      if (reading.kind === "number" && isMisplacedPercent(reading, record.measure, record.unit)) {
        value = null;
        sink.report("unreadable_actual", "error", cell, "tableUnreadableActual", { text: "" });
      } else if (reportFigure(sink.report, cell, reading, "actual") && reading.kind === "number") {
        noteUnit(record, reading);
        value = reading.value;
      } else {
        value = null;
      }
    }
    const actuals = record.actuals;
    const last = actuals[actuals.length - 1];
    const at =
      last === undefined || last.month < actual.month
        ? -1
        : actuals.findIndex((other) => other.month === actual.month);
    const existing = at < 0 ? undefined : actuals[at];
    if (existing === undefined) {
      if (last !== undefined && last.month > actual.month) {
        record.actualsSorted = false;
      }
      actuals.push({ month: actual.month, value, cell });
    } else if (existing.value === null) {
      actuals[at] = { month: actual.month, value, cell };
    } else if (value !== null && !dec(value).eq(dec(existing.value))) {
      sink.report("actual_conflict", "warning", cell, "tableActualConflict", {
        name: record.block.name,
        measure: MEASURE_LABELS[record.measure].zh,
        measureEn: MEASURE_LABELS[record.measure].en,
        month: actual.month,
        value,
        otherRef: sheetReference(context.sheetName, existing.cell),
        otherValue: existing.value,
        usedRef: sheetReference(context.sheetName, existing.cell),
      });
    }
  }
}
