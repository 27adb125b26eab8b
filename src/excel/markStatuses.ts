import { sameSheetName, STATUS_FILLS as statusFill } from "../engine";
import { findMarks } from "./findMarks";
import { rangeAddress } from "./areaAddress";
import { markBlocks, MarkBlock } from "./markBlocks";
import { markFormula } from "./markFormula";
import { markGroups, MarkGroup } from "./markGroups";
import { packBatches } from "./packBatches";
import { PlacedMarks, StatusMark, WorkbookRead } from "./port";
import { queueMarkRemoval } from "./queueMarkRemoval";
import { IsSetSupported } from "./requirements";
import { ExcelRun, runBatch } from "./runBatch";
import { callOverheadBytes } from "./summaryOps";
import { WorkbookError } from "./workbookError";
import { WorkbookMemory } from "./workbookMemory";

/** What {@link markStatuses} needs besides `Excel.run`. */
export interface MarkOptions {
  /** The host's requirement-set check: one format for many blocks needs ExcelApi 1.9. */
  readonly isSetSupported: IsSetSupported;
  readonly memory: WorkbookMemory;
  /** Estimated bytes one request may carry before the marks go on in another sync. */
  readonly payloadBudget: number;
}

/** One queued step: delete the previous marks of a sheet, or add one mark over some blocks. */
type MarkItem =
  | { readonly kind: "remove"; readonly placed: PlacedMarks; readonly bytes: number }
  | { readonly kind: "add"; readonly group: MarkGroup; readonly bytes: number };

/**
 * 标记状态: colours rows of the source table by status with conditional formats — a custom rule
 * that is always true, tagged as the add-in's (see `markFormula`), with the status fill — one per
 * status over many blocks of rows (see `markBlocks`, `markGroups`; ExcelApi 1.9), or one per
 * block on an older host or when Excel refuses an address list; as `WorkbookPort.markStatuses`
 * states: the previous marks are taken away first, on whatever sheet they are, then the new ones
 * added.
 *
 * Why conditional formats, not fills: a conditional format lies over the cells without changing
 * them, so taking it away brings back exactly what the clerk had — fills, patterns, theme colours,
 * their own conditional formats. Restoring fills instead would need their originals read first,
 * and Excel does not report them faithfully: `format.fill.pattern` reads null for a solid fill and
 * for no fill alike, and the colour of no fill reads #FFFFFF (office-js #4900, #6218), so a restore
 * could wipe a white fill or paint an empty cell white. Conditional formats need ExcelApi 1.6, below
 * the manifest's 1.7 (`requirements.ts`), so marking needs no check at run time any more.
 *
 * One `Excel.run`: given the read it follows (with its marks, `readWorkbook({ marks: true })`),
 * 1 sync; else 1 read (2 for sheets the adapter has not seen) and the write; plus one per
 * further `payloadBudget` of marks. A sheet that does not exist fails before anything changes.
 *
 * @throws WorkbookError `invalidMark` for a mark outside the sheet; `sheetNotFound` naming the
 *   sheet; Excel's error converted.
 */
export async function markStatuses(
  run: ExcelRun,
  options: MarkOptions,
  sheetName: string,
  marks: readonly StatusMark[],
  basis?: WorkbookRead
): Promise<void> {
  const blocks = markBlocks(marks);
  if (!options.isSetSupported("ExcelApi", "1.9")) {
    return mark(run, options, sheetName, blocks.map(alone), false, basis);
  }
  try {
    return await mark(run, options, sheetName, markGroups(blocks), true, basis);
  } catch (error) {
    if (!(error instanceof WorkbookError) || error.code !== "InvalidArgument") {
      throw error;
    }
    // Excel refused an address list: mark afresh, a format a block (the look finds and takes
    // away whatever the failed request added).
    return mark(run, options, sheetName, blocks.map(alone), false);
  }
}

/** Queues one mark: a tagged custom conditional format with the status fill over the group. */
function queueMark(target: Excel.Worksheet, group: MarkGroup, areas: boolean): void {
  const [first] = group.blocks;
  const cells: Excel.Range | Excel.RangeAreas = areas
    ? target.getRanges(group.address)
    : target.getRangeByIndexes(first.top, first.left, first.rows, first.columns);
  const format = cells.conditionalFormats.add("Custom");
  format.custom.rule.formula = markFormula;
  format.custom.format.fill.color = statusFill[group.status];
}

/** A block as a group of its own. */
function alone(block: MarkBlock): MarkGroup {
  return {
    status: block.status,
    blocks: [block],
    address: rangeAddress(block.top, block.left, block.rows, block.columns),
  };
}

/** Takes the previous marks away and adds `groups`, through `getRanges` when `areas`. */
async function mark(
  run: ExcelRun,
  options: MarkOptions,
  sheetName: string,
  groups: readonly MarkGroup[],
  areas: boolean,
  basis?: WorkbookRead
): Promise<void> {
  const known = basis?.basis?.marks ?? null;
  const missing = (sheets: readonly { readonly name: string }[]): boolean =>
    !sheets.some((sheet) => sameSheetName(sheet.name, sheetName));
  if (basis !== undefined && known !== null && missing(basis.sheets)) {
    throw new WorkbookError("sheetNotFound", { sheet: sheetName });
  }
  await runBatch(
    run,
    async (context) => {
      let placed = known;
      if (placed === null) {
        const found = await findMarks(context, options.memory);
        if (missing(found.sheets)) {
          throw new WorkbookError("sheetNotFound", { sheet: sheetName });
        }
        placed = found.marks;
      }
      const items: MarkItem[] = [
        ...placed
          .filter((sheet) => sheet.ids.length > 0)
          .map((sheet): MarkItem => ({
            kind: "remove",
            placed: sheet,
            bytes: callOverheadBytes * (1 + sheet.ids.length),
          })),
        ...groups.map((group): MarkItem => ({
          kind: "add",
          group,
          bytes: callOverheadBytes * 4 + group.address.length,
        })),
      ];
      if (items.length === 0) {
        return;
      }
      // The target first: if it is gone, the request fails before anything is changed.
      context.workbook.worksheets.getItem(sheetName).load("id");
      for (const batch of packBatches(items, options.payloadBudget)) {
        for (const item of batch) {
          if (item.kind === "remove") {
            queueMarkRemoval(context, [item.placed]);
          } else {
            queueMark(context.workbook.worksheets.getItem(sheetName), item.group, areas);
          }
        }
        // One request per payload chunk; the marks of a table fit one.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      }
    },
    sheetName
  );
}
