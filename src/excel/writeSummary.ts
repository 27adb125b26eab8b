import { planSummaryWrite, SheetSpec, SummaryWritePlan } from "../engine";
import { packBatches } from "./packBatches";
import { WorkbookRead, WriteReport } from "./port";
import { queueSummaryOp } from "./queueSummaryOp";
import { removeHalfWritten } from "./removeHalfWritten";
import { IsSetSupported } from "./requirements";
import { ExcelRun } from "./runBatch";
import { callOverheadBytes, summaryOps, SummaryOp } from "./summaryOps";
import { toWorkbookError, WorkbookError } from "./workbookError";
import { WorkbookMemory } from "./workbookMemory";

/** What {@link writeSummary} needs besides `Excel.run`. */
export interface WriteSummaryOptions {
  /** The host's requirement-set check: print setup needs ExcelApi 1.9. */
  readonly isSetSupported: IsSetSupported;
  /** Estimated bytes one request may carry before the data rows go on in another sync. */
  readonly payloadBudget: number;
  /** What the adapter knows of the workbook's sheets; the write adds its own. */
  readonly memory: WorkbookMemory;
}

/** The sheets after a write: the replaced ones gone, the new ones the add-in's. */
function rememberWritten(
  memory: WorkbookMemory,
  plan: SummaryWritePlan,
  created: readonly Excel.Worksheet[]
): void {
  if (memory.sheets === null) {
    return;
  }
  const replaced = new Set(plan.replaced);
  memory.sheets = [
    ...memory.sheets.filter((sheet) => !replaced.has(sheet.name)),
    ...plan.sheets.map((sheet, index) => ({
      id: created[index].id,
      name: sheet.name,
      clerk: false,
    })),
  ];
}

/** One queued step of a summary write: create sheet `index` with its marker, or one op on it. */
type WriteItem =
  | { readonly kind: "create"; readonly index: number; readonly bytes: number }
  | { readonly kind: "op"; readonly index: number; readonly op: SummaryOp; readonly bytes: number };

/**
 * 写入汇总表: writes one run's summary sheets ("2016-07") as {@link planSummaryWrite} plans it from
 * the sheets and defined names the read it follows saw (`basis`; without one it looks first, one
 * more sync), in one `Excel.run` of 1 sync per `payloadBudget` of data: the new sheets with their
 * markers, then everything, calculation suspended; at the end of the last request the swap
 * (delete the run's old sheets and markers, rename, show the first sheet). So a summary that fits
 * one request is one round trip. No specs: nothing, no sync. Print setup is skipped without
 * ExcelApi 1.9, and the report says so.
 *
 * A failure before the swap removes what was half written (see `removeHalfWritten`), so the
 * workbook is as before; once the swap began, the new sheets are whole and stay, and the old
 * sheets that are left keep their markers (the next run replaces them).
 *
 * @throws WorkbookError Excel's error converted; `writeCleanupFailed` when the removal failed too.
 */
export async function writeSummary(
  run: ExcelRun,
  options: WriteSummaryOptions,
  runName: string,
  specs: readonly SheetSpec[],
  basis?: WorkbookRead
): Promise<WriteReport> {
  if (specs.length === 0) {
    return { written: [], renamed: [], replaced: [] };
  }
  const budget = options.payloadBudget;
  const printSetup = options.isSetSupported("ExcelApi", "1.9");
  // Planned before touching Excel: a spec that cannot be written fails here, with nothing changed.
  const opsPerSheet = specs.map((spec) =>
    summaryOps(spec, { printSetup, maxBlockBytes: budget / 8 })
  );
  const state: {
    phase: "look" | "write" | "swap";
    plan: SummaryWritePlan | null;
    before: readonly string[];
  } = {
    phase: "look",
    plan: null,
    before: [],
  };
  try {
    return await run(async (context) => {
      const workbook = context.workbook;
      let definedNames = basis?.basis?.names;
      if (basis !== undefined && definedNames !== undefined) {
        state.before = basis.sheets.map((sheet) => sheet.name);
      } else {
        const worksheets = workbook.worksheets.load("items/name");
        const names = workbook.names.load("items/name,items/formula,items/comment");
        await context.sync();
        state.before = worksheets.items.map((sheet) => sheet.name);
        definedNames = names.items;
      }
      const current = planSummaryWrite(runName, specs, state.before, definedNames);
      state.plan = current;

      state.phase = "write";
      const items: WriteItem[] = [
        ...current.sheets.map((sheet, index): WriteItem => ({
          kind: "create",
          index,
          bytes:
            callOverheadBytes * 4 +
            3 * (sheet.createAs.length + sheet.marker.length + runName.length),
        })),
        ...opsPerSheet.flatMap((ops, index) =>
          ops.map((sized): WriteItem => ({ kind: "op", index, ...sized }))
        ),
      ];
      const created: Excel.Worksheet[] = [];
      const batches = packBatches(items, budget);
      for (const [position, batch] of batches.entries()) {
        workbook.application.suspendApiCalculationUntilNextSync();
        for (const item of batch) {
          if (item.kind === "create") {
            const planned = current.sheets[item.index];
            const sheet = workbook.worksheets.add(planned.createAs);
            // Ownership is recorded with the sheet, before anything is written to it.
            const marker = workbook.names.add(planned.marker, sheet.getRange("A1"), runName);
            marker.visible = false;
            created[item.index] = sheet;
          } else {
            queueSummaryOp(created[item.index], item.op);
          }
        }
        if (position === batches.length - 1) {
          // The swap, after everything is written. Old sheets first, then their markers: if this
          // request stops half-way, a sheet that is still there keeps its marker, so the next
          // run still knows it as its own.
          for (const name of current.replaced) {
            workbook.worksheets.getItem(name).delete();
          }
          for (const marker of current.staleMarkers) {
            workbook.names.getItem(marker).delete();
          }
          current.sheets.forEach((sheet, index) => {
            if (sheet.createAs !== sheet.name) {
              created[index].name = sheet.name;
            }
          });
          created[0].activate();
          created.forEach((sheet) => sheet.load("id"));
          state.phase = "swap";
        }
        // One request per payload chunk (Excel on the web refuses requests above 5 MB); a summary
        // that fits the budget is a single request.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      }
      rememberWritten(options.memory, current, created);

      return {
        written: current.sheets.map((sheet) => sheet.name),
        renamed: current.renamed,
        replaced: current.replaced,
        ...(printSetup
          ? {}
          : { skipped: [{ feature: "printSetup" as const, api: "ExcelApi 1.9" }] }),
      };
    });
  } catch (error) {
    const wrapped = toWorkbookError(error);
    if (state.phase !== "look" && state.plan !== null) {
      try {
        await removeHalfWritten(run, state.plan, state.before, state.phase === "swap");
      } catch (cleanupError) {
        throw new WorkbookError(
          "writeCleanupFailed",
          { detail: wrapped.message, cleanup: toWorkbookError(cleanupError).message },
          { code: wrapped.code, cause: error }
        );
      }
    }
    throw wrapped;
  }
}
