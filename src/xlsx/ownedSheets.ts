import type { Workbook } from "exceljs";
import { parseRunMarker, RunMarker, sheetOfReference } from "../engine";

/** A summary sheet this tool made, as recorded in the workbook by its run marker. */
export interface OwnedSheet extends RunMarker {
  /** The sheet's name now (the name follows the sheet when the clerk renames it in Excel). */
  readonly sheet: string;
  /** The defined name that carries the mark. */
  readonly marker: string;
}

/**
 * 本工具生成的工作表 (owned sheets): the sheets of an exceljs workbook that carry a run marker
 * (`src/engine/runMarker.ts`) and still exist. A workbook-level defined name is the one mark exceljs
 * reads and writes reliably (it has no custom document properties); Excel and Office.js see it too.
 * Compare a sheet's run with `markerOfRun`.
 */
export function ownedSheets(workbook: Workbook): OwnedSheet[] {
  const existing = new Set(workbook.worksheets.map((worksheet) => worksheet.name));
  const owned: OwnedSheet[] = [];
  for (const definedName of workbook.definedNames.model) {
    const parsed = parseRunMarker(definedName.name);
    if (parsed === null) {
      continue;
    }
    const sheet = definedName.ranges
      .map(sheetOfReference)
      .find((name): name is string => name !== null);
    if (sheet !== undefined && existing.has(sheet)) {
      owned.push({ ...parsed, sheet, marker: definedName.name });
    }
  }
  return owned;
}
