import { ExcelRun } from "./runBatch";
import { splitSheetAddress } from "./splitSheetAddress";
import { toWorkbookError } from "./workbookError";

/** Which cells of each address are empty, row by row; null for an address that was not read. */
export type EmptyCellsRead = (boolean[][] | null)[];

/**
 * 读取空白单元格: for each address a custom function was given ("Sheet1!B2", "'7月 数据'!B2:B4"),
 * which of its cells are empty, row by row: `Range.valueTypes` "Empty" (a cell holding 0 is
 * "Double", one whose formula gives "" is "String"). An address that is not a block of a sheet of
 * this workbook (see splitSheetAddress) gives null and is not read.
 *
 * One `Excel.run`: every range's valueTypes is queued before its one `context.sync()`; no run at
 * all when no address can be read. Whatever Excel throws becomes a WorkbookError (workbookError.ts), whose
 * `messageIn` says why in the clerk's language.
 */
export async function readEmptyCells(
  addresses: readonly string[],
  run: ExcelRun
): Promise<EmptyCellsRead> {
  const targets = addresses.map(splitSheetAddress);
  if (targets.every((target) => target === null)) {
    return targets.map(() => null);
  }
  try {
    return await run(async (context) => {
      const ranges = targets.map((target) =>
        target === null
          ? null
          : context.workbook.worksheets
              .getItem(target.sheet)
              .getRange(target.range)
              .load("valueTypes")
      );
      await context.sync();
      return ranges.map((range) =>
        range === null ? null : range.valueTypes.map((row) => row.map((type) => type === "Empty"))
      );
    });
  } catch (error) {
    throw toWorkbookError(error);
  }
}

/**
 * The reader on the Office host this code runs in (`Excel.run`); null where office.js is not
 * loaded, so that outside Excel nothing is read and a 0 stays 0.
 */
export function officeEmptyCellsReader():
  ((addresses: readonly string[]) => Promise<EmptyCellsRead>) | null {
  if (typeof Excel === "undefined") {
    return null;
  }
  return (addresses) => readEmptyCells(addresses, (batch) => Excel.run(batch));
}
