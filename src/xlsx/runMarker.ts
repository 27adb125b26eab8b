import type { Workbook } from "exceljs";
import { SheetKind } from "../engine/sheetSpec";

/** The prefix of the workbook-level defined names that mark the sheets this tool made. */
export const runMarkerPrefix = "assess.run.";

/** A summary sheet this tool made, as recorded in the workbook. */
export interface OwnedSheet {
  /** The sheet's name now (the name follows the sheet when the clerk renames it in Excel). */
  readonly sheet: string;
  /** The run that made it: "2016-07", or "07" when the year was unknown. */
  readonly run: string;
  readonly kind: SheetKind;
  /** The defined name that carries the mark. */
  readonly marker: string;
}

const kinds: readonly SheetKind[] = ["bulletin", "ranking", "adjustments", "warnings", "late"];

/** A run ("2016-07") as it stands inside a defined name ("2016_07"). */
function runKeyOf(run: string): string {
  const key = run.replace(/[^A-Za-z0-9]/g, "_");
  return key === "" ? "_" : key;
}

/**
 * 运行标记 (run marker): the defined name that marks a summary sheet as made by this tool for one
 * run, e.g. `assess.run.2016_07.bulletin` → `'7月进度通报'!$A$1`. A workbook-level defined name is
 * the one mark exceljs reads and writes reliably (it has no custom document properties), Excel and
 * Office.js see it too (`workbook.names`), and it follows the sheet when the clerk renames it.
 * `index` tells apart two sheets of one kind in one run.
 */
export function runMarkerName(run: string, kind: SheetKind, index = 0): string {
  return `${runMarkerPrefix}${runKeyOf(run)}.${kind}${index > 0 ? `.${index}` : ""}`;
}

/** The run key of a marker and its sheet kind, or null when the name is not a marker. */
function parseMarker(name: string): { runKey: string; kind: SheetKind } | null {
  const match = /^assess\.run\.([A-Za-z0-9_]+)\.([a-z]+)(?:\.\d+)?$/i.exec(name);
  if (match === null) {
    return null;
  }
  const kind = kinds.find((candidate) => candidate === match[2].toLowerCase());
  return kind === undefined ? null : { runKey: match[1], kind };
}

/** The sheet a defined name's range points to: "'7月进度通报'!$A$1" → "7月进度通报"; null when none. */
export function sheetOfRange(range: string): string | null {
  const match = /^(?:'((?:[^']|'')*)'|([^'!]+))!/.exec(range);
  if (match === null) {
    return null;
  }
  return match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
}

/**
 * 本工具生成的工作表 (owned sheets): the sheets of a workbook that carry this tool's run marker and
 * still exist. `run` is given back as its key ("2016_07"): compare with {@link runMatches}.
 */
export function ownedSheets(workbook: Workbook): OwnedSheet[] {
  const existing = new Set(workbook.worksheets.map((worksheet) => worksheet.name));
  const owned: OwnedSheet[] = [];
  for (const definedName of workbook.definedNames.model) {
    const parsed = parseMarker(definedName.name);
    if (parsed === null) {
      continue;
    }
    const sheet = definedName.ranges
      .map(sheetOfRange)
      .find((name): name is string => name !== null);
    if (sheet !== undefined && existing.has(sheet)) {
      owned.push({ sheet, run: parsed.runKey, kind: parsed.kind, marker: definedName.name });
    }
  }
  return owned;
}

/** Whether an owned sheet was made by the given run ("2016-07"). */
export function runMatches(owned: OwnedSheet, run: string): boolean {
  return owned.run.toLowerCase() === runKeyOf(run).toLowerCase();
}

/** Whether a defined name is one of this tool's markers. */
export function isRunMarker(name: string): boolean {
  return parseMarker(name) !== null;
}

/** The range a marker points to: cell A1 of the sheet. */
export function markerRange(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!$A$1`;
}
