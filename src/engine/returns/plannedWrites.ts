import { CollectPlan, PlannedCell } from "./collectPlan";

/** What carrying out a plan writes: the cells in order, and the sheet to add first (or null). */
export interface PlannedWrites {
  readonly cells: readonly PlannedCell[];
  readonly newSheet: string | null;
}

/**
 * 汇总写入清单: every cell a collect plan writes, in order — each figure (for a figure in a new
 * long-form row, the row's other cells `rowCells` first), then, when the plan makes the 报送登记
 * sheet and registers someone on it, its title and header, then the register rows — and that sheet
 * as the one to add first. Every adapter carries a plan out by this list (the Office and preview
 * ports' `writeCells`, the CLI's ledger copy, the in-memory `applyCollectPlan`), so none misses a
 * cell.
 */
export function plannedWrites(plan: CollectPlan): PlannedWrites {
  const { figures, register } = plan;
  const newSheet = register.create && register.entries.length > 0 ? register.sheet : null;
  return {
    cells: [
      ...figures.flatMap((figure): PlannedCell[] => [...(figure.rowCells ?? []), figure]),
      ...(newSheet === null ? [] : register.headerCells),
      ...register.entries.flatMap((entry) => entry.cells),
    ],
    newSheet,
  };
}
