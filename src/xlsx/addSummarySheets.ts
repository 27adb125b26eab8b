import type { Workbook, Worksheet } from "exceljs";
import {
  markerOfRun,
  markerRange,
  newSheetNames,
  runMarkerName,
  sheetNameKey,
  sheetOfReference,
  SheetKind,
  SheetSpec,
} from "../engine";
import { ownedWorksheets } from "./ownedWorksheets";
import { writeSheetSpec } from "./writeSheetSpec";

/** What {@link addSummarySheets} did to the workbook. */
export interface AddedSheets {
  /** The summary sheets' names, in the order of the specs. */
  readonly written: readonly string[];
  /** Summary sheets that could not take their wanted name because a clerk's sheet has it. */
  readonly renamed: readonly { readonly wanted: string; readonly used: string }[];
  /** Sheets this tool had made earlier for the same run, now removed and replaced. */
  readonly replaced: readonly string[];
}

/** exceljs orders the tabs by each worksheet's `orderNo`, which its typings leave out. */
function tabOrder(worksheet: Worksheet): { orderNo: number } {
  return worksheet as unknown as { orderNo: number };
}

/**
 * 添加通报工作表 (add the summary sheets) to an exceljs workbook held in memory, with no file
 * involved — the one way the CLI's file writer and the browser preview add a run's sheets:
 * - the sheets this tool made earlier for the same run (found by their run markers, see
 *   `ownedWorksheets`) are removed and the new ones take their places in the tab order; sheets of
 *   other runs stay;
 * - a clerk's sheet is never replaced: when one has a summary sheet's name, the summary goes to
 *   "7月进度通报(2)" (then "(3)" …; see `newSheetNames`) and `renamed` says so;
 * - sheet names compare as Excel compares them, without case (`sheetNameKey`), here as in the
 *   Office.js adapter;
 * - each sheet is written by `writeSheetSpec` and marked with its run marker (`runMarkerName`);
 * - the clerk's defined names are kept, minus ranges on the removed sheets; Excel's sheet-scoped
 *   built-in names (`_xlnm._FilterDatabase` …) are dropped, as exceljs would write them back
 *   workbook-scoped, merged over sheets (Excel re-creates them from the sheets' filters).
 */
export function addSummarySheets(
  workbook: Workbook,
  run: string,
  sheets: readonly SheetSpec[]
): AddedSheets {
  // Remove the sheets an earlier call made for this run, remembering their places.
  const previous = ownedWorksheets(workbook).filter((owned) => markerOfRun(owned, run));
  const freedPlaces = new Map<SheetKind, number[]>();
  const replaced: string[] = [];
  for (const owned of previous) {
    const worksheet = workbook.getWorksheet(owned.sheet);
    if (worksheet === undefined) {
      continue;
    }
    freedPlaces.set(owned.kind, [
      ...(freedPlaces.get(owned.kind) ?? []),
      tabOrder(worksheet).orderNo,
    ]);
    replaced.push(worksheet.name);
    workbook.removeWorksheet(worksheet.id);
  }

  // Keep the clerk's defined names (minus ranges on removed sheets) and the markers of other runs.
  const removed = new Set(replaced.map(sheetNameKey));
  const previousMarkers = new Set(previous.map((owned) => owned.marker));
  const existing = new Set(workbook.worksheets.map((worksheet) => sheetNameKey(worksheet.name)));
  workbook.definedNames.model = workbook.definedNames.model
    .filter((definedName) => !/^_xlnm\./i.test(definedName.name))
    .filter((definedName) => !previousMarkers.has(definedName.name))
    .map((definedName) => ({
      name: definedName.name,
      ranges: definedName.ranges.filter((range) => {
        const name = sheetOfReference(range);
        return name === null
          ? !/#REF!/i.test(range) // a range whose sheet was deleted earlier goes too
          : !removed.has(sheetNameKey(name)) && existing.has(sheetNameKey(name));
      }),
    }))
    .filter((definedName) => definedName.ranges.length > 0);

  const { names: written, renamed } = newSheetNames(
    sheets.map((spec) => spec.name),
    workbook.worksheets.map((worksheet) => worksheet.name)
  );
  const kindCounts = new Map<SheetKind, number>();
  sheets.forEach((spec, position) => {
    const name = written[position];
    const worksheet = workbook.addWorksheet(name);
    const place = freedPlaces.get(spec.kind)?.shift();
    if (place !== undefined) {
      tabOrder(worksheet).orderNo = place;
    }
    writeSheetSpec(worksheet, spec);

    const index = kindCounts.get(spec.kind) ?? 0;
    kindCounts.set(spec.kind, index + 1);
    workbook.definedNames.add(markerRange(name), runMarkerName(run, spec.kind, index));
  });
  return { written, renamed, replaced };
}
