import type { GridSheet } from "../engine";
import { openPackage } from "./openPackage";
import { ReadLimits, readLimits } from "./readLimits";
import { readPackage } from "./readPackage";

/**
 * 读取工作簿 (read a workbook) from an .xlsx held in memory: every worksheet as a sparse
 * {@link GridSheet} (see `readSheetPart`), within the {@link ReadLimits}. Throws a `FileProblem`
 * naming `name` when the bytes are not a workbook it can read.
 */
export async function readWorkbookBuffer(
  buffer: ArrayBuffer | Uint8Array,
  name = "工作簿",
  limits: ReadLimits = readLimits
): Promise<GridSheet[]> {
  const bytes = buffer instanceof ArrayBuffer ? new Uint8Array(buffer) : buffer;
  const read = await readPackage(openPackage(bytes, name, limits), limits);
  return [...read.sheets];
}
