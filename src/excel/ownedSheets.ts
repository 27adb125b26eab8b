import { parseRunMarker, RunMarker, runKeyOf, sheetOfReference } from "../engine";

/** A defined name as read from the workbook. */
export interface NameRead {
  readonly name: string;
  readonly formula: unknown;
  readonly comment?: unknown;
}

/** A run marker found in the workbook and the sheet it points to (null: the sheet is gone). */
export interface FoundMarker extends RunMarker {
  readonly marker: string;
  /** The run as written ("2016-07") when the comment carries it, else the run key ("2016_07"). */
  readonly run: string;
  readonly sheet: string | null;
}

/**
 * 本加载项的工作表: the run markers among the workbook's defined names, each with the existing sheet
 * it points to (matched without case, as Excel matches sheet names) or null when that sheet was
 * deleted.
 */
export function findMarkers(names: readonly NameRead[], sheets: readonly string[]): FoundMarker[] {
  const byLower = new Map(sheets.map((sheet) => [sheet.toLowerCase(), sheet] as const));
  const found: FoundMarker[] = [];
  for (const item of names) {
    const parsed = parseRunMarker(item.name);
    if (parsed === null) {
      continue;
    }
    const target = sheetOfReference(item.formula);
    const sheet = target === null ? null : (byLower.get(target.toLowerCase()) ?? null);
    const comment = typeof item.comment === "string" ? item.comment : "";
    const run =
      comment !== "" && runKeyOf(comment).toLowerCase() === parsed.runKey.toLowerCase()
        ? comment
        : parsed.runKey;
    found.push({ ...parsed, marker: item.name, run, sheet });
  }
  return found;
}
