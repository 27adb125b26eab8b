import { FigureReading } from "./readFigure";

/**
 * 原文: the text of a cell that did not read as a figure ("约30", "#N/A", "=SUM(B2:B5)", a
 * 309-digit number); "" for the others.
 */
export function figureText(reading: FigureReading): string {
  return reading.kind === "blank" || reading.kind === "number" ? "" : reading.text;
}
