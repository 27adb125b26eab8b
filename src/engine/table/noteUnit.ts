import { toSimplified } from "../kernel/toSimplified";
import { RecordDraft } from "./blockDraft";
import { FigureReading } from "./readFigure";

/**
 * 单位记录: when a figure wrote a unit of its own ("25亿元") and its record has none yet (no 单位
 * column, no unit in the name or the header), that unit becomes the record's: the figures that
 * follow are read in it.
 */
export function noteUnit(record: RecordDraft, reading: FigureReading): void {
  if (reading.kind === "number" && reading.unit !== undefined && record.unit === "") {
    record.unit = reading.unit;
    record.unitKey = toSimplified(reading.unit).toLowerCase();
  }
}
