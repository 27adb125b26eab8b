import { SheetKind } from "./sheetSpec";

/**
 * 运行标记 (run markers): the workbook-level defined names that mark the summary sheets the add-in
 * made, one scheme for every writer (Office.js, the .xlsx file, the browser preview), so a summary
 * written by the CLI is recognised in Excel and the other way round. A marker refers to cell A1 of
 * its sheet, so it follows the sheet through renames and moves, and it is saved in the file.
 */

/** The prefix of every run marker. */
export const runMarkerPrefix = "assess.run.";

const kinds: readonly SheetKind[] = [
  "bulletin",
  "ranking",
  "adjustments",
  "warnings",
  "notices",
  "late",
  "yearend",
];

/** A run ("2016-07") as it stands inside a defined name ("2016_07"). */
export function runKeyOf(run: string): string {
  const key = run.replace(/[^A-Za-z0-9]/g, "_");
  return key === "" ? "_" : key;
}

/**
 * 运行标记名: the defined name marking one summary sheet of one run, e.g.
 * `assess.run.2016_07.bulletin` (index 0) or `assess.run.2016_07.bulletin.1` (a second sheet of
 * one kind in one run).
 */
export function runMarkerName(run: string, kind: SheetKind, index = 0): string {
  return `${runMarkerPrefix}${runKeyOf(run)}.${kind}${index > 0 ? `.${index}` : ""}`;
}

/** A parsed run marker. */
export interface RunMarker {
  readonly runKey: string;
  readonly kind: SheetKind;
  readonly index: number;
}

/** The run key, kind and index of a marker name, or null when the name is not a marker. */
export function parseRunMarker(name: string): RunMarker | null {
  const match = /^assess\.run\.([A-Za-z0-9_]+)\.([a-z]+)(?:\.(\d+))?$/i.exec(name);
  if (match === null) {
    return null;
  }
  const kind = kinds.find((candidate) => candidate === match[2].toLowerCase());
  return kind === undefined
    ? null
    : { runKey: match[1], kind, index: match[3] === undefined ? 0 : Number(match[3]) };
}

/** Whether a defined name is a run marker. */
export function isRunMarker(name: string): boolean {
  return parseRunMarker(name) !== null;
}

/** Whether a marker belongs to a run ("2016-07"): run keys compare without case. */
export function markerOfRun(marker: RunMarker, run: string): boolean {
  return marker.runKey.toLowerCase() === runKeyOf(run).toLowerCase();
}

/**
 * The sheet a defined name refers to, from its formula or range: "='7月进度通报'!$A$1" →
 * "7月进度通报", "分解表!$A$1:$B$3" → "分解表", "'O''Brien'!$A:$A" → "O'Brien". Null for a name
 * whose sheet was deleted ("=#REF!$A$1") or that is not a plain reference ("=SUM(A1)").
 */
export function sheetOfReference(formula: unknown): string | null {
  if (typeof formula !== "string") {
    return null;
  }
  const match = /^=?(?:'((?:[^']|'')+)'|([^'!=#(][^'!(]*))!\$?[A-Z0-9][A-Z0-9$:]*$/i.exec(
    formula.trim()
  );
  if (match === null) {
    return null;
  }
  return match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
}

/** The range a marker refers to: cell A1 of the sheet, "'7月进度通报'!$A$1". */
export function markerRange(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!$A$1`;
}
