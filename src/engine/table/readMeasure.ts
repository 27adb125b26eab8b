import { cellText } from "../kernel/cellText";
import { Measure } from "../kernel/types";
import { isPercentUnit } from "./isPercentUnit";
import { MEASURE_LABELS } from "./measureLabels";
import { readCell } from "./readCell";
import { TableContext } from "./tableContext";
import { TableSink } from "./tableSink";

/** Names that say the indicator is a growth rate. */
const GROWTH_NAME = /增幅|增速|增长率/;

/**
 * 口径读取: the measure of a row — its measure cell (绝对量, 增幅 …, see `parseMeasure`), else
 * inferred: a growth rate when the row's unit is a percent or the indicator's name says 增幅, 增速
 * or 增长率, else an absolute value. A measure word that is neither is reported once per merged cell
 * (`unknown_measure`, naming the measure inferred); a blank cell or a table without a measure
 * column is not.
 */
export function readMeasure(
  context: TableContext,
  sink: TableSink,
  row: number,
  nameKey: string,
  unitText: string
): Measure {
  const measureColumn = context.column.measure;
  const measureValue = readCell(context.index, row, measureColumn);
  const measure = context.measureOf(measureValue);
  if (measure !== "unknown" && measure !== null) {
    return measure;
  }
  const inferred: Measure =
    isPercentUnit(unitText) || GROWTH_NAME.test(nameKey) ? "growth" : "absolute";
  if (measure === "unknown" && measureColumn !== undefined) {
    sink.reportOnce(row, measureColumn, "unknown_measure", "warning", "tableUnknownMeasure", {
      text: cellText(measureValue),
      measure: MEASURE_LABELS[inferred].zh,
      measureEn: MEASURE_LABELS[inferred].en,
    });
  }
  return inferred;
}
