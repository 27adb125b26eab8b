import { RecordDraft } from "./blockDraft";
import { isMisplacedPercent } from "./isMisplacedPercent";
import { noteUnit } from "./noteUnit";
import { FigureReading } from "./readFigure";
import { reportFigure } from "./reportFigure";
import { TableSink } from "./tableSink";

/**
 * 目标登记: adds a target read from `cell` to its record as a candidate for `month`. A cell that
 * holds no figure (see `reportFigure`), or a percentage where an amount belongs (`not_a_number`),
 * is reported and marks the record's target as reported; a figure converted from another unit is
 * reported and added; a unit the cell writes when the row has none becomes the record's (see
 * `noteUnit`); a ceiling (≤72) marks the record as lower-is-better (see `inferDirection`). A blank
 * reading adds nothing.
 */
export function addTarget(
  sink: TableSink,
  record: RecordDraft,
  reading: FigureReading,
  target: { readonly month: number; readonly label: string; readonly priority: number },
  cell: string
): void {
  if (reading.kind === "blank") {
    return;
  }
  if (reading.kind === "number" && isMisplacedPercent(reading, record.measure, record.unit)) {
    record.targetIssue = true;
    sink.report("not_a_number", "error", cell, "tableNotANumber", { text: "" });
    return;
  }
  if (!reportFigure(sink.report, cell, reading, "target") || reading.kind !== "number") {
    record.targetIssue = true;
    return;
  }
  noteUnit(record, reading);
  if (reading.bound === "ceiling") {
    record.ceiling = true;
  }
  record.candidates.push({
    month: target.month,
    target: reading.value,
    label: target.label,
    cell,
    priority: target.priority,
  });
}
