import { CellValue, GridSheet } from "../../../src/engine";
import { panshanYearEndSheets, SampleSheet } from "../../../scripts/panshan-year-end";

/** A sample sheet as the readers see it: title, note, header from row 3, data below. */
export function gridOf(sheet: SampleSheet): GridSheet {
  const width = sheet.columns.length;
  const padded = (text: string): CellValue[] => [
    text,
    ...new Array<CellValue>(width - 1).fill(null),
  ];
  return {
    name: sheet.name,
    values: [
      padded(sheet.title),
      padded(sheet.subtitle),
      sheet.columns.map((column) => column.header),
      ...sheet.rows.map((row) => [...row]),
    ],
    merges: [],
  };
}

/** The year-end sample (seed 003's method, made-up figures) as grids. */
export function panshanGrids(): GridSheet[] {
  return panshanYearEndSheets().map(gridOf);
}

/** The sample with one sheet's rows changed: `edit` gets a copy of the rows (header included). */
export function withSheet(
  name: string,
  edit: (values: CellValue[][]) => void,
  grids: GridSheet[] = panshanGrids()
): GridSheet[] {
  return grids.map((grid) => {
    if (grid.name !== name) {
      return grid;
    }
    const values = grid.values.map((row) => [...row]);
    edit(values);
    return { ...grid, values };
  });
}

/** The row (0-based in the grid) of a unit in the 年度评分 sheet. */
export function unitRow(values: readonly (readonly CellValue[])[], unit: string): number {
  const index = values.findIndex((row) => row[0] === unit);
  if (index < 0) {
    throw new Error(`no unit ${unit}`);
  }
  return index;
}
