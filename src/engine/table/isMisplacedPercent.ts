import { Measure } from "../kernel/types";
import { isPercentUnit } from "./isPercentUnit";
import { FigureReading } from "./readFigure";

/**
 * 错位百分比: true for a percentage where an amount belongs — "12%" read for an absolute value
 * whose row gives a unit that is not a percent (万元). Without a unit the figure is taken as it is.
 */
export function isMisplacedPercent(
  reading: FigureReading,
  measure: Measure,
  unit: string
): boolean {
  return (
    reading.kind === "number" &&
    reading.percent &&
    measure === "absolute" &&
    unit !== "" &&
    !isPercentUnit(unit)
  );
}
