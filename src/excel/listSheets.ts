import { ownedSheets } from "../engine";
import { SheetInfo } from "./port";
import { ExcelRun, runBatch } from "./runBatch";

/**
 * 工作表列表: the workbook's sheets in tab order, each with the run that made it when the add-in
 * owns it (its run marker, see `ownedSheets`; the first marker on a sheet wins), else null. One
 * `Excel.run`, 1 sync: sheets and defined names loaded together.
 */
export function listSheets(run: ExcelRun): Promise<readonly SheetInfo[]> {
  return runBatch(run, async (context) => {
    const worksheets = context.workbook.worksheets.load("items/name");
    const names = context.workbook.names.load("items/name,items/formula,items/comment");
    await context.sync();
    const sheetNames = worksheets.items.map((sheet) => sheet.name);
    const owners = new Map<string, string>();
    for (const owned of ownedSheets(names.items, sheetNames)) {
      if (!owners.has(owned.sheet)) {
        owners.set(owned.sheet, owned.run);
      }
    }
    return sheetNames.map((name) => ({ name, ownedRun: owners.get(name) ?? null }));
  });
}
