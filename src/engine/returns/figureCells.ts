import { FigureWrite, PlannedCell } from "./collectPlan";

/**
 * 报送数单元格: every cell the figures of a collect plan write, in order — for a figure in a new
 * long-form row the row's other cells (`rowCells`) first, then the figure itself. Every adapter
 * that carries a plan out writes these, not the figures alone.
 */
export function figureCells(figures: readonly FigureWrite[]): PlannedCell[] {
  return figures.flatMap((figure): PlannedCell[] => [...(figure.rowCells ?? []), figure]);
}
