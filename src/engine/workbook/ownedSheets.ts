import { findMarkers, FoundMarker, NameRead } from "./findMarkers";

/** A summary sheet the add-in made, as its run marker records it. */
export interface OwnedSheet extends FoundMarker {
  /** The sheet's name now (the marker follows the sheet when the clerk renames it in Excel). */
  readonly sheet: string;
}

/**
 * 本加载项的工作表 (owned sheets): the sheets that carry a run marker and still exist, one entry
 * per marker, in the order of the defined names; sheet names match without case, as in Excel (see
 * {@link findMarkers}). Compare an owned sheet's run with `markerOfRun`.
 */
export function ownedSheets(names: readonly NameRead[], sheets: readonly string[]): OwnedSheet[] {
  return findMarkers(names, sheets).filter((marker): marker is OwnedSheet => marker.sheet !== null);
}
