import { GridSheet, SheetSpec, STATUS_FILLS as statusFill, sheetOfReference } from "../engine";
import { markBlocks } from "./markBlocks";
import {
  freshMarkRecord,
  MarkRecord,
  marksSettingKey,
  parseMarkRecord,
  recordedFillOf,
  restoreBlocks,
  settableFillOf,
} from "./markRecord";
import { formatWorkbookMessage } from "./messages";
import { findMarkers } from "./ownedSheets";
import { packBatches } from "./packBatches";
import { planSummaryWrite, SummaryWritePlan } from "./planSummaryWrite";
import { SheetInfo, StatusMark, WorkbookPort, WriteReport } from "./port";
import {
  IsSetSupported,
  officeIsSetSupported,
  requirements,
  RequirementStatus,
} from "./requirements";
import { callOverheadBytes, summaryOps, SummaryOp } from "./summaryOps";
import { gridSheetOf } from "./gridSheetOf";
import { toWorkbookError, WorkbookError } from "./workbookError";

/** `Excel.run` as the adapter calls it: one batch function, one request context. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Options of {@link createOfficeWorkbook}; the defaults are Excel's own. */
export interface OfficeWorkbookOptions {
  /** The host's requirement-set check; default `Office.context.requirements.isSetSupported`. */
  readonly isSetSupported?: IsSetSupported;
  /**
   * Estimated bytes one request may carry before the data rows go on in another sync. Excel on
   * the web rejects requests above 5 MB; the default, 4 MB, keeps a margin for the estimate.
   */
  readonly payloadBudget?: number;
}

/** The Office.js workbook: the {@link WorkbookPort} plus what the host supports. */
export interface OfficeWorkbook extends WorkbookPort {
  /** Which requirement sets this Excel supports, per feature, for the pane to explain. */
  requirements(): readonly RequirementStatus[];
}

/** Default request budget: 4 MB of estimated payload, under Excel on the web's 5 MB limit. */
export const defaultPayloadBudget = 4 * 1024 * 1024;

const fillProperties = {
  color: true,
  pattern: true,
  patternColor: true,
  tintAndShade: true,
  patternTintAndShade: true,
};

/** One queued step of a summary write: create sheet `index` with its marker, or one op on it. */
type WriteItem =
  | { readonly kind: "create"; readonly index: number; readonly bytes: number }
  | { readonly kind: "op"; readonly index: number; readonly op: SummaryOp; readonly bytes: number };

/** Queues one summary op on a worksheet (no sync). */
function queueOp(sheet: Excel.Worksheet, op: SummaryOp): void {
  const block = (top: number, left: number, rows: number, columns: number): Excel.Range =>
    sheet.getRangeByIndexes(top, left, rows, columns);
  switch (op.kind) {
    case "columnWidth":
      block(0, op.column, 1, op.count).format.columnWidth = op.points;
      return;
    case "cells": {
      const range = block(op.top, op.left, op.values.length, op.values[0]?.length ?? 1);
      if (op.numberFormat !== null) {
        range.numberFormat = op.numberFormat as string[][];
      }
      range.values = op.values as (string | number | boolean)[][];
      return;
    }
    case "format": {
      const range = block(op.block.top, op.block.left, op.block.rows, op.block.columns);
      if (op.fill !== undefined) {
        range.format.fill.color = op.fill;
      }
      if (op.bold !== undefined) {
        range.format.font.bold = op.bold;
      }
      if (op.fontColor !== undefined) {
        range.format.font.color = op.fontColor;
      }
      if (op.fontSize !== undefined) {
        range.format.font.size = op.fontSize;
      }
      if (op.wrapText !== undefined) {
        range.format.wrapText = op.wrapText;
      }
      if (op.horizontalAlignment !== undefined) {
        range.format.horizontalAlignment = op.horizontalAlignment;
      }
      if (op.rowHeight !== undefined) {
        range.format.rowHeight = op.rowHeight;
      }
      return;
    }
    case "merge":
      block(op.block.top, op.block.left, op.block.rows, op.block.columns).merge(false);
      return;
    case "borders": {
      const borders = block(op.block.top, op.block.left, op.block.rows, op.block.columns).format
        .borders;
      const edges = [
        "EdgeTop",
        "EdgeBottom",
        "EdgeLeft",
        "EdgeRight",
        "InsideHorizontal",
        "InsideVertical",
      ] as const;
      for (const edge of edges) {
        if (
          (edge === "InsideHorizontal" && op.block.rows < 2) ||
          (edge === "InsideVertical" && op.block.columns < 2)
        ) {
          continue;
        }
        const border = borders.getItem(edge);
        border.style = "Continuous";
        border.weight = "Thin";
      }
      return;
    }
    case "freeze":
      if (op.rows > 0 && op.columns > 0) {
        sheet.freezePanes.freezeAt(block(0, 0, op.rows, op.columns));
      } else if (op.columns > 0) {
        sheet.freezePanes.freezeColumns(op.columns);
      } else {
        sheet.freezePanes.freezeRows(op.rows);
      }
      return;
    case "print": {
      const layout = sheet.pageLayout;
      layout.orientation = op.print.orientation === "landscape" ? "Landscape" : "Portrait";
      layout.paperSize = op.print.paperSize;
      // "As many pages tall as needed" is no vertical fit at all.
      layout.zoom =
        op.print.fitToPagesTall > 0
          ? {
              horizontalFitToPages: op.print.fitToPagesWide,
              verticalFitToPages: op.print.fitToPagesTall,
            }
          : { horizontalFitToPages: op.print.fitToPagesWide };
      const [first, last] = op.print.titleRows;
      layout.setPrintTitleRows(`$${first}:$${last}`);
      return;
    }
    case "chart": {
      const values = block(op.firstRow, op.valueColumn, op.rows, 1);
      const chart = sheet.charts.add("BarClustered", values, "Columns");
      chart.title.text = op.title;
      chart.legend.visible = false;
      chart.axes.categoryAxis.reversePlotOrder = true;
      const series = chart.series.getItemAt(0);
      series.name = op.seriesName;
      series.setXAxisValues(block(op.firstRow, op.categoryColumn, op.rows, 1));
      const colours = new Set(op.pointColors.map((colour) => colour.toUpperCase()));
      if (colours.size === 1) {
        series.format.fill.setSolidColor(op.pointColors[0]);
      } else {
        op.pointColors.forEach((colour, index) =>
          series.points.getItemAt(index).format.fill.setSolidColor(colour)
        );
      }
      chart.setPosition(
        block(op.from.row, op.from.column, 1, 1),
        block(op.to.row, op.to.column, 1, 1)
      );
      return;
    }
  }
}

/**
 * 工作簿接口 (Office.js): the task pane's {@link WorkbookPort} on the open Excel workbook. Each use
 * case is one `Excel.run`; every load of a step is queued before its one `context.sync()`.
 *
 * - readSheets: 1 sync with the names given (2 without: the sheet list first).
 * - writeSummary: 3 syncs — look (sheets, names), write (new sheets, markers, everything),
 *   swap (delete the run's old sheets, rename) — plus one more per extra 4 MB of data.
 * - markStatuses and clearMarks: 2 syncs each; listSheets, selectCell, recalculate, settings: 1.
 *
 * Sheets the add-in made carry a marker: a hidden workbook-level defined name
 * (`assess.run.2016_07.bulletin`, comment = the run) referring to the sheet's A1, so it is saved
 * with the file and follows renames and moves; the .xlsx writer uses the same scheme. The original
 * fills of marked cells are kept in a workbook setting (`assess.marks`), saved in the file too.
 * Errors are turned into {@link WorkbookError}s with the clerk's message, never swallowed.
 */
export function createOfficeWorkbook(
  run: ExcelRun = (batch) => Excel.run(batch),
  options: OfficeWorkbookOptions = {}
): OfficeWorkbook {
  const isSetSupported = options.isSetSupported ?? officeIsSetSupported;
  const supports = (version: string): boolean => isSetSupported("ExcelApi", version);
  const budget = options.payloadBudget ?? defaultPayloadBudget;

  const requireMarks = (): void => {
    if (!supports("1.9")) {
      throw new WorkbookError("requirementMissing", {
        feature: formatWorkbookMessage("zh-CN", "featureMarks"),
        api: "ExcelApi 1.9",
      });
    }
  };

  /** Runs a batch, turning whatever it throws into a WorkbookError. */
  const runBatch = async <T>(
    batch: (context: Excel.RequestContext) => Promise<T>,
    sheet?: string
  ): Promise<T> => {
    try {
      return await run(batch);
    } catch (error) {
      throw toWorkbookError(error, sheet);
    }
  };

  const listSheets = (): Promise<readonly SheetInfo[]> =>
    runBatch(async (context) => {
      const worksheets = context.workbook.worksheets.load("items/name");
      const names = context.workbook.names.load("items/name,items/formula,items/comment");
      await context.sync();
      const sheetNames = worksheets.items.map((sheet) => sheet.name);
      const owners = new Map<string, string>();
      for (const marker of findMarkers(names.items, sheetNames)) {
        if (marker.sheet !== null && !owners.has(marker.sheet)) {
          owners.set(marker.sheet, marker.run);
        }
      }
      return sheetNames.map((name) => ({ name, ownedRun: owners.get(name) ?? null }));
    });

  const readSheets = (wanted?: readonly string[]): Promise<readonly GridSheet[]> =>
    runBatch(async (context) => {
      const worksheets = context.workbook.worksheets;
      let targets: readonly string[];
      if (wanted === undefined) {
        worksheets.load("items/name");
        await context.sync();
        targets = worksheets.items.map((sheet) => sheet.name);
      } else {
        targets = wanted;
      }
      const withMerges = supports("1.13");
      const withHiddenRows = supports("1.9");
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

  /** After a failed read: names the sheet that is missing, when one is. */
  const explainMissingSheet = async (
    context: Excel.RequestContext,
    error: unknown,
    targets: readonly string[]
  ): Promise<WorkbookError> => {
    const wrapped = toWorkbookError(error);
    if (wrapped.code !== "ItemNotFound") {
      return wrapped;
    }
    try {
      const worksheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      const present = new Set(worksheets.items.map((sheet) => sheet.name.toLowerCase()));
      const missing = targets.find((name) => !present.has(name.toLowerCase()));
      return missing === undefined ? wrapped : toWorkbookError(error, missing);
    } catch {
      // The second look failed too: the first error is the one to report.
      return wrapped;
    }
  };

  /** Deletes the sheets a failed write created (found by their markers) and those markers. */
  const removeHalfWritten = (plan: SummaryWritePlan, before: readonly string[]): Promise<void> =>
    run(async (context) => {
      const worksheets = context.workbook.worksheets.load("items/name");
      const names = context.workbook.names.load("items/name,items/formula");
      await context.sync();
      const ours = new Set(plan.sheets.map((sheet) => sheet.marker.toLowerCase()));
      const existedBefore = new Set(before.map((name) => name.toLowerCase()));
      const marked = new Set<string>();
      for (const item of names.items) {
        const target = sheetOfReference(item.formula);
        if (target !== null) {
          marked.add(target.toLowerCase());
        }
      }
      const doomed = new Set<string>();
      for (const item of names.items) {
        if (!ours.has(item.name.toLowerCase())) {
          continue;
        }
        const target = sheetOfReference(item.formula);
        item.delete();
        if (target !== null) {
          doomed.add(target.toLowerCase());
        }
      }
      // A sheet created under a planned name whose marker never got added (the failure fell between).
      for (const sheet of plan.sheets) {
        const name = sheet.createAs.toLowerCase();
        if (!existedBefore.has(name) && !marked.has(name)) {
          doomed.add(name);
        }
      }
      for (const sheet of worksheets.items) {
        if (doomed.has(sheet.name.toLowerCase())) {
          sheet.delete();
        }
      }
      await context.sync();
    });

  const writeSummary = async (
    runName: string,
    specs: readonly SheetSpec[]
  ): Promise<WriteReport> => {
    if (specs.length === 0) {
      return { written: [], renamed: [], replaced: [] };
    }
    const printSetup = supports("1.9");
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
        const worksheets = workbook.worksheets.load("items/name");
        const names = workbook.names.load("items/name,items/formula,items/comment");
        await context.sync();
        state.before = worksheets.items.map((sheet) => sheet.name);
        const current = planSummaryWrite(runName, specs, state.before, names.items);
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
        for (const batch of packBatches(items, budget)) {
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
              queueOp(created[item.index], item.op);
            }
          }
          // One request per payload chunk (Excel on the web refuses requests above 5 MB); a summary
          // that fits the budget is a single batch.
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
        }

        state.phase = "swap";
        // Old sheets first, then their markers: if this request stops half-way, a sheet that is
        // still there keeps its marker, so the next run still knows it as its own.
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
        await context.sync();

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
      if (state.phase === "write" && state.plan !== null) {
        try {
          await removeHalfWritten(state.plan, state.before);
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
  };

  /**
   * Queues the restoring of every recorded cell whose sheet still exists (found by id, else by
   * name): its fill cleared, then its original fill set back (no sync).
   */
  const queueRestore = (worksheets: readonly Excel.Worksheet[], record: MarkRecord): void => {
    const restores = record.sheets.flatMap((sheetRecord) => {
      const sheet =
        worksheets.find((candidate) => candidate.id === sheetRecord.sheetId) ??
        worksheets.find((candidate) => candidate.name === sheetRecord.sheetName);
      // A marked table whose sheet was deleted has nothing left to restore.
      return sheet === undefined
        ? []
        : restoreBlocks(sheetRecord).map((block) => ({
            sheet,
            block,
            fills: block.fills.map((row) => row.map(settableFillOf)),
          }));
    });
    if (restores.some(({ fills }) => fills.some((row) => row.some((fill) => fill !== null)))) {
      // Custom fills come back through setCellProperties: checked before anything is queued.
      requireMarks();
    }
    for (const { sheet, block, fills } of restores) {
      const range = sheet.getRangeByIndexes(block.top, block.left, block.rows, block.columns);
      range.format.fill.clear();
      if (fills.some((row) => row.some((fill) => fill !== null))) {
        range.setCellProperties(
          fills.map((row) =>
            row.map((fill) =>
              fill === null ? {} : { format: { fill: fill as Excel.CellPropertiesFill } }
            )
          )
        );
      }
    }
  };

  const markStatuses = async (sheetName: string, marks: readonly StatusMark[]): Promise<void> => {
    requireMarks();
    const blocks = markBlocks(marks);
    await runBatch(async (context) => {
      const worksheets = context.workbook.worksheets.load("items/id,items/name");
      const sheet = context.workbook.worksheets.getItem(sheetName).load("id,name");
      const setting = context.workbook.settings.getItemOrNullObject(marksSettingKey).load("value");
      const ranges = blocks.map((block) =>
        sheet.getRangeByIndexes(block.top, block.left, block.rows, block.columns)
      );
      const fills = ranges.map((range) =>
        range.getCellProperties({ format: { fill: fillProperties } })
      );
      await context.sync();
      const previous = parseMarkRecord(setting.isNullObject ? null : setting.value);
      // The previous marks are restored first, on every sheet they are on; the new record takes a
      // cell's original fill from the previous record where the cell still shows an old mark.
      const record = freshMarkRecord(
        previous,
        { id: sheet.id, name: sheet.name },
        blocks.map((block, index) => ({
          top: block.top,
          left: block.left,
          fills: fills[index].value.map((row) =>
            row.map((cell) => recordedFillOf(cell.format?.fill))
          ),
        }))
      );
      queueRestore(worksheets.items, previous);
      // The record is stored before the fills: if they fail half-way, clearMarks knows the originals.
      if (record.sheets.length > 0) {
        context.workbook.settings.add(marksSettingKey, record);
      } else if (!setting.isNullObject) {
        setting.delete();
      }
      blocks.forEach((block, index) => {
        ranges[index].format.fill.color = statusFill[block.status];
      });
      await context.sync();
    }, sheetName);
  };

  const clearMarks = (): Promise<void> =>
    runBatch(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(marksSettingKey).load("value");
      const worksheets = context.workbook.worksheets.load("items/id,items/name");
      await context.sync();
      if (setting.isNullObject) {
        return;
      }
      queueRestore(worksheets.items, parseMarkRecord(setting.value));
      setting.delete();
      await context.sync();
    });

  const selectCell = (sheetName: string, address: string): Promise<void> =>
    runBatch(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      sheet.getRange(address).select();
      await context.sync();
    }, sheetName);

  const loadSetting = <T>(key: string): Promise<T | null> =>
    runBatch(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(key).load("value");
      await context.sync();
      return setting.isNullObject ? null : (setting.value as T);
    });

  const saveSetting = async <T>(key: string, value: T): Promise<void> => {
    let text: string | undefined;
    try {
      text = JSON.stringify(value);
    } catch (error) {
      throw new WorkbookError("settingNotSerializable", { key }, { cause: error });
    }
    if (text === undefined) {
      throw new WorkbookError("settingNotSerializable", { key });
    }
    const plain: unknown = JSON.parse(text);
    await runBatch(async (context) => {
      context.workbook.settings.add(key, plain);
      await context.sync();
    });
  };

  const recalculate = (): Promise<void> =>
    runBatch(async (context) => {
      // "Full" recalculates every formula, the add-in's non-volatile custom functions included.
      context.workbook.application.calculate("Full");
      await context.sync();
    });

  return {
    listSheets,
    readSheets,
    writeSummary,
    markStatuses,
    clearMarks,
    selectCell,
    loadSetting,
    saveSetting,
    recalculate,
    requirements: () => requirements(isSetSupported),
  };
}
