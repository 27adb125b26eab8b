import type { GridSheet } from "../engine";
import { openPackage } from "./openPackage";
import { readInputFile } from "./readInputFile";
import { ReadLimits, readLimits } from "./readLimits";
import { readPackage } from "./readPackage";

/**
 * 读取工作簿 (read a workbook) from an .xlsx file: every worksheet as a sparse {@link GridSheet} —
 * values (see `readSheetPart`), merged areas 0-based, hidden rows — read once, within the
 * {@link ReadLimits}. Throws a `FileProblem` naming the file when it cannot be read or is not a
 * workbook it can read.
 */
export async function readWorkbook(
  path: string,
  limits: ReadLimits = readLimits
): Promise<GridSheet[]> {
  const bytes = await readInputFile(path, limits);
  const read = await readPackage(openPackage(bytes, path, limits), limits);
  return [...read.sheets];
}

// For Node callers that read files and bytes alike; the browser imports the modules themselves.
export { readWorkbookBuffer } from "./readWorkbookBuffer";
export { cellValueOf, gridOf } from "./gridOf";
export { isoDateOf } from "./isoDateOf";
