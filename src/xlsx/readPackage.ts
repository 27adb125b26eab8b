import type { GridSheet } from "../engine";
import type { OpenedPackage } from "./openPackage";
import type { ReadLimits } from "./readLimits";
import { readSharedStrings } from "./readSharedStrings";
import { readSheetPart, SheetFeatures, SheetReadContext } from "./readSheetPart";
import { readStyles } from "./readStyles";
import { readWorkbookPart, WorkbookPart, WorkbookSheet } from "./readWorkbookPart";

/** A workbook package read once: its worksheets' grids, the workbook part, what each sheet holds. */
export interface PackageRead {
  /** The worksheets, in tab order. */
  readonly sheets: readonly GridSheet[];
  readonly workbook: WorkbookPart;
  /** Each worksheet's features, by its name. */
  readonly features: ReadonlyMap<string, SheetFeatures>;
  /** The tabs that are not worksheets (chart sheets, dialog and macro sheets). */
  readonly otherSheets: readonly WorkbookSheet[];
}

/**
 * 读取工作簿包 (read a workbook package): every worksheet of an opened package (see `openPackage`)
 * as a sparse grid (`readSheetPart`), with the shared strings, the date styles and the date system
 * read first, in one pass over each part and within the {@link ReadLimits} (one cell budget for
 * the whole workbook). Throws what its parts' readers throw (`FileProblem`).
 */
export async function readPackage(pkg: OpenedPackage, limits: ReadLimits): Promise<PackageRead> {
  const workbook = await readWorkbookPart(pkg);
  const target = (type: string): string | undefined =>
    workbook.relationships.find((relationship) => relationship.type === type)?.target;
  const sharedStringsName = target("sharedStrings");
  const stylesName = target("styles");
  const context: SheetReadContext = {
    sharedStrings: await readSharedStrings(
      pkg,
      sharedStringsName === undefined ? undefined : pkg.part(sharedStringsName)
    ),
    dateStyles: await readStyles(pkg, stylesName === undefined ? undefined : pkg.part(stylesName)),
    date1904: workbook.date1904,
    limits,
    cells: 0,
    gridCells: 0,
  };
  const sheets: GridSheet[] = [];
  const features = new Map<string, SheetFeatures>();
  const otherSheets: WorkbookSheet[] = [];
  for (const sheet of workbook.sheets) {
    if (sheet.kind !== "worksheet") {
      otherSheets.push(sheet);
      continue;
    }
    const entry = sheet.part === null ? undefined : pkg.part(sheet.part);
    if (entry === undefined) {
      // A tab without its part: Excel would repair the file by dropping it; so does the reader.
      continue;
    }
    const read = await readSheetPart(pkg, entry, sheet.name, context);
    sheets.push(read.grid);
    features.set(sheet.name, read.features);
  }
  return { sheets, workbook, features, otherSheets };
}
