import { Measure } from "../kernel/types";
import { BlockDraft, RecordDraft } from "./blockDraft";
import { isBlankCell } from "./isBlankCell";
import { MEASURE_LABELS } from "./measureLabels";
import { tableAddress } from "./tableAddress";
import { TableContext } from "./tableContext";
import { TableSink } from "./tableSink";

/**
 * For each indicator name key read so far: 4 × the 1-based row its block starts on, plus 1 when it
 * had an absolute record and 2 when it had a growth record (one small integer per name, so that a
 * table of 20,000 indicators costs one map). Made by the caller for one read.
 */
export type SeenNames = Map<string, number>;

/**
 * 重复指标: the record of `block` a row of `measure` adds to — the block's record of that measure,
 * or a new one. Null when the row repeats an indicator (`duplicate_indicator`, naming the first
 * row): an earlier block had the same name and measure (the whole measure of this block is then
 * skipped), or, in a ledger (one row per indicator and measure), a second row of the block has
 * figures of its own.
 */
export function recordFor(
  context: TableContext,
  sink: TableSink,
  seen: SeenNames,
  block: BlockDraft,
  measure: Measure,
  row: number
): RecordDraft | null {
  const record = block.records.find((candidate) => candidate.measure === measure);
  if (record !== undefined) {
    if (
      context.header.layout === "ledger" &&
      record.lastRow !== row &&
      record.hasContent &&
      hasFigures(context, row)
    ) {
      reportDuplicate(context, sink, block, measure, row, record.firstRow + 1);
      return null;
    }
    return record;
  }
  if (block.skipped.includes(measure)) {
    return null;
  }
  const flags = seen.get(block.nameKey) ?? 0;
  const flag = measure === "absolute" ? 1 : 2;
  if ((flags & flag) !== 0 && flags >> 2 !== block.firstRow + 1) {
    reportDuplicate(context, sink, block, measure, row, flags >> 2);
    block.skipped.push(measure);
    return null;
  }
  const created = newRecord(block, measure, row);
  seen.set(block.nameKey, flags === 0 ? ((block.firstRow + 1) << 2) | flag : flags | flag);
  block.records.push(created);
  return created;
}

function reportDuplicate(
  context: TableContext,
  sink: TableSink,
  block: BlockDraft,
  measure: Measure,
  row: number,
  firstRow: number
): void {
  sink.report(
    "duplicate_indicator",
    "warning",
    tableAddress(context, row, context.indicatorColumn),
    "tableDuplicateIndicator",
    {
      name: block.name,
      measure: MEASURE_LABELS[measure].zh,
      measureEn: MEASURE_LABELS[measure].en,
      firstRow,
    }
  );
}

/** True when the row has a target or actual figure of its own. */
function hasFigures(context: TableContext, row: number): boolean {
  return context.figureColumns.some((column) => !isBlankCell(context.index.own(row, column)));
}

function newRecord(block: BlockDraft, measure: Measure, row: number): RecordDraft {
  return {
    block,
    measure,
    firstRow: row,
    candidates: [],
    actuals: [],
    actualsSorted: true,
    lastYear: [],
    unit: "",
    unitKey: "",
    unitChangeReported: false,
    direction: undefined,
    ceiling: false,
    targetIssue: false,
    hasContent: false,
    lastRow: -1,
    rows: [],
  };
}
