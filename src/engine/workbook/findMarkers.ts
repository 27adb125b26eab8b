import { parseRunMarker, RunMarker, runKeyOf, sheetOfReference } from "./runMarker";
import { sheetNameKey } from "./sheetNameKey";

/** A defined name as an adapter reads it from the workbook. */
export interface NameRead {
  readonly name: string;
  /** What it refers to: "='7月进度通报'!$A$1" (Office.js) or "'7月进度通报'!$A$1" (exceljs). */
  readonly formula: unknown;
  /** Its comment; Office.js writes the run there, the .xlsx writer writes none. */
  readonly comment?: unknown;
}

/** A run marker found in the workbook and the sheet it points to (null: the sheet is gone). */
export interface FoundMarker extends RunMarker {
  readonly marker: string;
  /** The run as written ("2016-07") when the comment carries it, else the run key ("2016_07"). */
  readonly run: string;
  /** The sheet's name as the workbook spells it now, or null when that sheet was deleted. */
  readonly sheet: string | null;
}

/**
 * 查找运行标记 (find the run markers): the run markers among a workbook's defined names, in their
 * order, each with the existing sheet it points to — matched as Excel matches sheet names, without
 * case ({@link sheetNameKey}), and given as the workbook spells it — or null when that sheet was
 * deleted. Names that are not markers are left out.
 */
export function findMarkers(names: readonly NameRead[], sheets: readonly string[]): FoundMarker[] {
  const byKey = new Map(sheets.map((sheet) => [sheetNameKey(sheet), sheet] as const));
  const found: FoundMarker[] = [];
  for (const item of names) {
    const parsed = parseRunMarker(item.name);
    if (parsed === null) {
      continue;
    }
    const target = sheetOfReference(item.formula);
    const sheet = target === null ? null : (byKey.get(sheetNameKey(target)) ?? null);
    const comment = typeof item.comment === "string" ? item.comment : "";
    const run =
      comment !== "" && runKeyOf(comment).toLowerCase() === parsed.runKey.toLowerCase()
        ? comment
        : parsed.runKey;
    found.push({ ...parsed, marker: item.name, run, sheet });
  }
  return found;
}
