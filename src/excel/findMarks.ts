import { PlacedMarks } from "./port";
import { queueMarkScan } from "./queueMarkScan";
import { forget, WorkbookMemory } from "./workbookMemory";

/** The sheets and the add-in's marks on them, as {@link findMarks} found them. */
export interface FoundMarks {
  readonly sheets: readonly { readonly id: string; readonly name: string }[];
  /** Sheets with at least one mark. */
  readonly marks: readonly PlacedMarks[];
}

/**
 * 查找全部标记: the add-in's marks on every sheet (see `queueMarkScan`). The sheets the memory
 * knows are looked at in the same request as the list of sheets: 1 sync; sheets it does not know
 * take one more; a remembered sheet that is gone makes it start afresh. Updates the memory's
 * sheets (a new sheet counts as the clerk's until a read says otherwise).
 */
export async function findMarks(
  context: Excel.RequestContext,
  memory: WorkbookMemory
): Promise<FoundMarks> {
  const known = memory.sheets ?? [];
  const worksheets = context.workbook.worksheets.load("items/name,items/id");
  const scans = new Map(
    known.map((sheet) => [sheet.id, queueMarkScan(context.workbook.worksheets.getItem(sheet.id))])
  );
  try {
    await context.sync();
  } catch (error) {
    if ((error as { code?: unknown }).code !== "ItemNotFound" || known.length === 0) {
      throw error;
    }
    forget(memory);
    return findMarks(context, memory);
  }
  const sheets = worksheets.items.map((sheet) => ({ id: sheet.id, name: sheet.name }));
  const unknown = sheets.filter((sheet) => !scans.has(sheet.id));
  if (unknown.length > 0) {
    for (const sheet of unknown) {
      scans.set(sheet.id, queueMarkScan(context.workbook.worksheets.getItem(sheet.id)));
    }
    await context.sync();
  }
  const clerk = new Map(known.map((sheet) => [sheet.id, sheet.clerk]));
  memory.sheets = sheets.map((sheet) => ({ ...sheet, clerk: clerk.get(sheet.id) ?? true }));
  const marks = sheets.flatMap((sheet) => {
    const ids = scans.get(sheet.id)?.() ?? [];
    return ids.length === 0 ? [] : [{ sheetId: sheet.id, sheet: sheet.name, ids }];
  });
  return { sheets, marks };
}
