import type { Workbook } from "exceljs";
import { OwnedSheet, ownedSheets, sheetOfReference } from "../engine";

/**
 * 本工具生成的工作表 (owned worksheets): the sheets of an exceljs workbook that carry a run marker
 * (`runMarkerName`) and still exist, found by the engine's `ownedSheets` — the rule the Office.js
 * adapter follows too, sheet names matched without case as Excel matches them. A workbook-level
 * defined name is the one mark exceljs reads and writes reliably (it has no custom document
 * properties); Excel and Office.js see it too. A defined name's first range on a sheet is the one
 * that counts. Compare a sheet's run with `markerOfRun`.
 */
export function ownedWorksheets(workbook: Workbook): OwnedSheet[] {
  const names = workbook.definedNames.model.map((definedName) => ({
    name: definedName.name,
    formula: definedName.ranges.find((range) => sheetOfReference(range) !== null) ?? null,
  }));
  return ownedSheets(
    names,
    workbook.worksheets.map((worksheet) => worksheet.name)
  );
}
