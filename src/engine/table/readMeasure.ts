import { cellText } from "../kernel/cellText";
import { BlockDraft } from "./blockDraft";
import { Measure } from "../kernel/types";
import { isPercentUnit } from "./isPercentUnit";
import { MEASURE_LABELS } from "./measureLabels";
import { readCell } from "./readCell";
import { readFigure } from "./readFigure";
import { TableContext } from "./tableContext";
import { TableSink } from "./tableSink";

/** Names that say the indicator is a growth rate. */
const GROWTH_NAME = /增幅|增速|增长率/;

/**
 * 口径读取: the measure of a row — its measure cell (绝对量, 增幅 …, see `parseMeasure`), else
 * inferred: a growth rate when the row's unit is a percent, the indicator's name says 增幅, 增速
 * or 增长率, or the row's unit cell is blank (a unit the name writes does not count) and its
 * figures are a growth rate (增长10%, or a percentage on a row under the indicator's amounts), else
 * an absolute value. A measure word that is neither is reported once per merged cell
 * (`unknown_measure`, naming the measure inferred); a blank cell or a table without a measure
 * column is not.
 */
export function readMeasure(
  context: TableContext,
  sink: TableSink,
  row: number,
  block: BlockDraft,
  unitText: string
): Measure {
  const measureColumn = context.column.measure;
  const measureValue = readCell(context.index, row, measureColumn);
  const measure = context.measureOf(measureValue);
  if (measure !== "unknown" && measure !== null) {
    return measure;
  }
  const inferred: Measure =
    isPercentUnit(unitText) ||
    GROWTH_NAME.test(block.nameKey) ||
    (cellText(readCell(context.index, row, context.column.unit)) === "" &&
      isGrowthRow(context, block, row))
      ? "growth"
      : "absolute";
  if (measure === "unknown" && measureColumn !== undefined) {
    sink.reportOnce(row, measureColumn, "unknown_measure", "warning", "tableUnknownMeasure", {
      text: cellText(measureValue),
      measure: MEASURE_LABELS[inferred].zh,
      measureEn: MEASURE_LABELS[inferred].en,
    });
  }
  return inferred;
}

/**
 * A row without a unit whose figures are a growth rate: worded so (增长10%), or a percentage under
 * an indicator whose amounts came first (地方财政收入 13600 万元, then 10% on the next row of its
 * merged name) — the second measure of the indicator, not a copy of the first.
 */
function isGrowthRow(context: TableContext, block: BlockDraft, row: number): boolean {
  const amountsFirst = block.records.some(
    (record) => record.measure === "absolute" && record.unit !== "" && !isPercentUnit(record.unit)
  );
  for (const column of context.figureColumns) {
    const own = context.index.own(row, column);
    if (typeof own !== "string") {
      continue;
    }
    const reading = readFigure(own);
    if (
      reading.kind === "number" &&
      (reading.growth === true || (reading.percent && amountsFirst))
    ) {
      return true;
    }
  }
  return false;
}
