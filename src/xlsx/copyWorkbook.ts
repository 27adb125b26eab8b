import ExcelJS from "exceljs";
import type { SheetSpec } from "../engine";
import { AddedSheets, addSummarySheets, KeptSheet } from "./addSummarySheets";
import { compactDataValidations } from "./compactDataValidations";
import { FileProblem } from "./fileProblem";
import { repackZip } from "./repackZip";

/** The marked copy made: what was added, what was kept, and the bytes to write. */
export interface CopiedWorkbook extends AddedSheets {
  readonly kept: readonly KeptSheet[];
  readonly bytes: Buffer;
}

/**
 * 带通报的副本 (the marked copy, `--copy`): the input workbook with the summary sheets added — loaded
 * by exceljs, the sheets added by `addSummarySheets` with `keepEdited` (a clerk's sheet is never
 * replaced; an earlier summary sheet of the same run is replaced only while its fingerprint shows
 * it untouched), data validation compacted (see `compactDataValidations`), written by exceljs
 * without compression and packed again by Node's zlib at `level` (exceljs's own deflate is
 * JavaScript, three times slower). What exceljs cannot carry over is listed by `copyLosses`
 * beforehand. Throws a {@link FileProblem} `copyImpossible` when exceljs cannot read or write a
 * workbook the sparse reader could (the bulletin, without --copy, can still be made).
 */
export async function copyWorkbook(
  input: Buffer,
  file: string,
  run: string,
  sheets: readonly SheetSpec[],
  level = 1
): Promise<CopiedWorkbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(input as unknown as ExcelJS.Buffer);
  } catch (error) {
    // exceljs's own words ("Cannot set properties of undefined …") help no clerk: kept as the cause.
    throw new FileProblem("copyImpossible", { file }, error);
  }
  const added = addSummarySheets(workbook, run, sheets, { keepEdited: true });
  for (const worksheet of workbook.worksheets) {
    compactDataValidations(worksheet);
  }
  let stored: ExcelJS.Buffer;
  try {
    stored = await workbook.xlsx.writeBuffer({
      zip: { compression: "STORE" },
    });
  } catch (error) {
    throw new FileProblem("copyImpossible", { file }, error);
  }
  return {
    ...added,
    kept: added.kept ?? [],
    bytes: repackZip(Buffer.from(stored), level),
  };
}
