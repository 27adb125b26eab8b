import { findMarkers, NameRead } from "./findMarkers";
import { newSheetNames } from "./newSheetNames";
import { markerOfRun, runMarkerName } from "./runMarker";
import { sheetNameKey } from "./sheetNameKey";
import { SheetKind } from "./sheetSpec";
import { uniqueSheetName } from "./uniqueSheetName";

/** One summary sheet to write: its final name, the name it is created under, its marker. */
export interface PlannedSheet {
  readonly wanted: string;
  readonly name: string;
  /** The final name, or a temporary one while an old sheet of the run still has the final name. */
  readonly createAs: string;
  readonly marker: string;
}

/** 写入计划: what a summary write creates, replaces and renames. */
export interface SummaryWritePlan {
  readonly sheets: readonly PlannedSheet[];
  /** The run's own old sheets, deleted once the new ones are written. */
  readonly replaced: readonly string[];
  /** The run's old markers (of replaced or already deleted sheets), deleted with them. */
  readonly staleMarkers: readonly string[];
  readonly renamed: readonly { readonly wanted: string; readonly used: string }[];
}

/**
 * 汇总表写入计划: decides, from the sheets and defined names the workbook has now, how one run's
 * summary is written without touching anything that is not the run's own — the plan the Office.js
 * adapter carries out, tested without Excel:
 * - the run's old sheets (those its markers point to, see {@link findMarkers}) are replaced, and
 *   only those;
 * - every other sheet, the clerk's or another run's, keeps its name: a wanted name that is taken
 *   becomes "名称(2)" (see {@link newSheetNames}) and is reported as renamed;
 * - a new sheet whose final name is still held by an old sheet of the run is created under a
 *   temporary name and renamed after the old one is deleted, so the old summary survives until
 *   the new one is fully written;
 * - each new sheet gets a fresh marker name (`assess.run.2016_07.bulletin`, `.1`, …) free now.
 *
 * Sheet names compare as Excel compares them, without case ({@link sheetNameKey}); so do the
 * defined names.
 */
export function planSummaryWrite(
  run: string,
  specs: readonly { readonly name: string; readonly kind: SheetKind }[],
  sheets: readonly string[],
  names: readonly NameRead[]
): SummaryWritePlan {
  const markers = findMarkers(names, sheets);
  const own = markers.filter((marker) => markerOfRun(marker, run));
  const replacedKeys = new Set(
    own.flatMap((marker) => (marker.sheet === null ? [] : [sheetNameKey(marker.sheet)]))
  );
  const replaced = sheets.filter((sheet) => replacedKeys.has(sheetNameKey(sheet)));
  const kept = sheets.filter((sheet) => !replacedKeys.has(sheetNameKey(sheet)));
  const takenNames = new Set(names.map((item) => item.name.toLowerCase()));

  const { names: chosen, renamed } = newSheetNames(
    specs.map((spec) => spec.name),
    kept
  );
  const temporary: string[] = [];
  const planned = specs.map((spec, position): PlannedSheet => {
    const name = chosen[position];
    let createAs = name;
    if (replacedKeys.has(sheetNameKey(name))) {
      createAs = uniqueSheetName(`~${name}`, [...sheets, ...chosen, ...temporary]);
      temporary.push(createAs);
    }
    let index = 0;
    while (takenNames.has(runMarkerName(run, spec.kind, index).toLowerCase())) {
      index++;
    }
    const marker = runMarkerName(run, spec.kind, index);
    takenNames.add(marker.toLowerCase());
    return { wanted: spec.name, name, createAs, marker };
  });
  return { sheets: planned, replaced, staleMarkers: own.map((marker) => marker.marker), renamed };
}
