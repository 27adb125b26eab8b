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
import { fingerprintPrefix, sheetFingerprint } from "./sheetFingerprint";
import { writeSheetSpec } from "./writeSheetSpec";

/** What {@link addSummarySheets} did to the workbook. */
export interface AddedSheets {
  /** The summary sheets' names, in the order of the specs. */
  readonly written: readonly string[];
  /** Summary sheets that could not take their wanted name because a clerk's sheet has it. */
  readonly renamed: readonly { readonly wanted: string; readonly used: string }[];
  /** Sheets this tool had made earlier for the same run, now removed and replaced. */
  readonly replaced: readonly string[];
  /** With `keepEdited`: earlier sheets of the run kept as the clerk's, and why. */
  readonly kept?: readonly KeptSheet[];
}

/** An earlier summary sheet kept because it is the clerk's now. */
export interface KeptSheet {
  /** Its name as it stands. */
  readonly sheet: string;
  /** Its name is no longer the one this tool gave it ("7月进度通报（定稿）"). */
  readonly renamed: boolean;
  /** Its values or merged areas differ from what this tool wrote (its fingerprint). */
  readonly edited: boolean;
  /** It carries no fingerprint (an older version made it), so an edit cannot be ruled out. */
  readonly unverifiable: boolean;
}

/** How {@link addSummarySheets} treats the sheets an earlier run made. */
export interface AddSummaryOptions {
  /**
   * Keep an earlier sheet of the run that the clerk renamed or edited, or whose edits cannot be
   * checked, instead of replacing it; and write each new sheet's fingerprint (a defined name
   * "assess.fp.…" on its A1) so the next run can tell. The CLI sets it; the preview does not.
   */
  readonly keepEdited?: boolean;
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
 *   workbook-scoped, merged over sheets (Excel re-creates them from the sheets' filters);
 * - with `keepEdited`, an earlier sheet the clerk renamed or edited is kept (see
 *   {@link AddSummaryOptions}) and reported in `kept`.
 */
export function addSummarySheets(
  workbook: Workbook,
  run: string,
  sheets: readonly SheetSpec[],
  options: AddSummaryOptions = {}
): AddedSheets {
  const keepEdited = options.keepEdited === true;
  const fingerprints = new Map<string, Set<string>>(); // sheet name key → fingerprints on it
  for (const definedName of workbook.definedNames.model) {
    if (definedName.name.toLowerCase().startsWith(fingerprintPrefix)) {
      for (const range of definedName.ranges) {
        const sheet = sheetOfReference(range);
        if (sheet !== null) {
          const key = sheetNameKey(sheet);
          fingerprints.set(
            key,
            (fingerprints.get(key) ?? new Set<string>()).add(
              definedName.name.slice(fingerprintPrefix.length).toLowerCase()
            )
          );
        }
      }
    }
  }
  // Remove the sheets an earlier call made for this run, remembering their places.
  const previous = ownedWorksheets(workbook).filter((owned) => markerOfRun(owned, run));
  const freedPlaces = new Map<SheetKind, number[]>();
  const replaced: string[] = [];
  const kept: KeptSheet[] = [];
  for (const owned of previous) {
    const worksheet = workbook.getWorksheet(owned.sheet);
    if (worksheet === undefined) {
      continue;
    }
    if (keepEdited) {
      const spec = sheets.find((candidate) => candidate.kind === owned.kind);
      const base = spec === undefined ? null : sheetNameKey(spec.name);
      const key = sheetNameKey(worksheet.name);
      const renamed =
        base !== null && key !== base && !(key.startsWith(`${base}(`) && /\(\d+\)$/.test(key));
      const marks = fingerprints.get(key);
      const unverifiable = marks === undefined;
      const edited = marks !== undefined && !marks.has(sheetFingerprint(worksheet));
      if (renamed || edited || unverifiable) {
        kept.push({ sheet: worksheet.name, renamed, edited, unverifiable });
        continue;
      }
    }
    freedPlaces.set(owned.kind, [
      ...(freedPlaces.get(owned.kind) ?? []),
      tabOrder(worksheet).orderNo,
    ]);
    replaced.push(worksheet.name);
    workbook.removeWorksheet(worksheet.id);
  }
  // Keep the clerk's defined names (minus ranges on removed sheets) and the markers of other runs;
  // kept sheets lose their markers and fingerprints (they are the clerk's now).
  const removed = new Set(replaced.map(sheetNameKey));
  const previousMarkers = new Set(previous.map((owned) => owned.marker));
  const previousSheets = new Set(previous.map((owned) => sheetNameKey(owned.sheet)));
  const existing = new Set(workbook.worksheets.map((worksheet) => sheetNameKey(worksheet.name)));
  workbook.definedNames.model = workbook.definedNames.model
    .filter((definedName) => !/^_xlnm\./i.test(definedName.name))
    .filter((definedName) => !previousMarkers.has(definedName.name))
    .map((definedName) => {
      const fingerprint = definedName.name.toLowerCase().startsWith(fingerprintPrefix);
      return {
        name: definedName.name,
        ranges: definedName.ranges.filter((range) => {
          const name = sheetOfReference(range);
          if (name === null) {
            return !/#REF!/i.test(range); // a range whose sheet was deleted earlier goes too
          }
          const key = sheetNameKey(name);
          return (
            !removed.has(key) && existing.has(key) && !(fingerprint && previousSheets.has(key))
          );
        }),
      };
    })
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
    if (keepEdited) {
      workbook.definedNames.add(
        markerRange(name),
        `${fingerprintPrefix}${sheetFingerprint(worksheet)}`
      );
    }
  });
  return keepEdited ? { written, renamed, replaced, kept } : { written, renamed, replaced };
}
