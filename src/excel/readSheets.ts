import { GridSheet, sheetNameKey } from "../engine";
import { gridSheetOf } from "./gridSheetOf";
import { IsSetSupported } from "./requirements";
import { ExcelRun, runBatch } from "./runBatch";
import { toWorkbookError, WorkbookError } from "./workbookError";

/** After a failed read: names the sheet that is missing, when one is. */
async function explainMissingSheet(
  context: Excel.RequestContext,
  error: unknown,
  targets: readonly string[]
): Promise<WorkbookError> {
  const wrapped = toWorkbookError(error);
  if (wrapped.code !== "ItemNotFound") {
    return wrapped;
  }
  try {
    const worksheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const present = new Set(worksheets.items.map((sheet) => sheetNameKey(sheet.name)));
    const missing = targets.find((name) => !present.has(sheetNameKey(name)));
    return missing === undefined ? wrapped : toWorkbookError(error, missing);
  } catch {
    // The second look failed too: the first error is the one to report.
    return wrapped;
  }
}

/**
 * 读取工作表: the values, number formats (to tell dates), merged areas (ExcelApi 1.13) and hidden
 * rows (ExcelApi 1.9) of the named sheets' used ranges, as {@link GridSheet}s (see `gridSheetOf`);
 * every sheet when `wanted` is omitted. One `Excel.run`: 1 sync with the names given, 2 without
 * (the sheet list first); a read that fails on a missing sheet takes one more to name it.
 *
 * @throws WorkbookError `sheetNotFound` naming the missing sheet, or Excel's error converted.
 */
export function readSheets(
  run: ExcelRun,
  isSetSupported: IsSetSupported,
  wanted?: readonly string[]
): Promise<readonly GridSheet[]> {
  return runBatch(run, async (context) => {
    const worksheets = context.workbook.worksheets;
    let targets: readonly string[];
    if (wanted === undefined) {
      worksheets.load("items/name");
      await context.sync();
      targets = worksheets.items.map((sheet) => sheet.name);
    } else {
      targets = wanted;
    }
    const withMerges = isSetSupported("ExcelApi", "1.13");
    const withHiddenRows = isSetSupported("ExcelApi", "1.9");
    const reads = targets.map((name) => {
      const sheet = worksheets.getItem(name);
      const used = sheet.getUsedRange(true).load("rowIndex,columnIndex,values,numberFormat");
      const merged = withMerges
        ? sheet.getRange().getMergedAreasOrNullObject().load("address")
        : null;
      const rows = withHiddenRows
        ? used.getRowProperties({ rowIndex: true, rowHidden: true })
        : null;
      return { name, used, merged, rows };
    });
    try {
      await context.sync();
    } catch (error) {
      throw await explainMissingSheet(context, error, targets);
    }
    return reads.map(({ name, used, merged, rows }) =>
      gridSheetOf({
        name,
        rowIndex: used.rowIndex,
        columnIndex: used.columnIndex,
        values: used.values,
        numberFormats: used.numberFormat,
        mergedAddress: merged === null || merged.isNullObject ? null : merged.address,
        ...(rows === null
          ? {}
          : {
              hiddenRows: rows.value.flatMap((row, offset) =>
                row.rowHidden === true ? [row.rowIndex ?? used.rowIndex + offset] : []
              ),
            }),
      })
    );
  });
}
