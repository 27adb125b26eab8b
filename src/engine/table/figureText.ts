import { FigureReading } from "./readFigure";

/** 原文: the text of a cell that did not read as a figure ("约30", "#N/A"); "" for the others. */
export function figureText(reading: FigureReading): string {
  return reading.kind === "text" || reading.kind === "error" ? reading.text : "";
}
