import { CellValue, GridSheet, MergedArea } from "../../../src/engine/kernel/grid";
import { Measure } from "../../../src/engine/kernel/types";
import { BlockDraft, RecordDraft } from "../../../src/engine/table/blockDraft";
import { findHeader } from "../../../src/engine/table/findHeader";
import { recordFor } from "../../../src/engine/table/recordFor";
import { TableContext, tableContext } from "../../../src/engine/table/tableContext";
import { Diagnostic, HeaderMatch } from "../../../src/engine/table/tableModel";
import { TableSink, tableSink } from "../../../src/engine/table/tableSink";
import { sheet } from "../fixtures/sheet";

/** The header of a seed-layout table (one row per checkpoint), as seed 000 writes it. */
export const SEED_HEADER: readonly CellValue[] = [
  "主要指标",
  "口径",
  "倒排时间",
  "监管部门",
  "单位",
  "考核任务",
  "包抓领导",
  "责任单位",
  "责任人",
  "方向",
];

/** The header of a ledger (one row per indicator and measure, period columns). */
export const LEDGER_HEADER: readonly CellValue[] = [
  "指标名称",
  "口径",
  "单位",
  "目标（万元）",
  "上半年目标",
  "1-12月目标",
  "6月累计完成",
  "7月累计完成",
  "责任单位",
  "配合单位",
  "责任人",
  "包抓领导",
  "监管部门",
  "方向",
];

/** What a reader test works with: the context and sink of one read, and the findings so far. */
export interface ReaderFixture {
  readonly grid: GridSheet;
  readonly header: HeaderMatch;
  readonly context: TableContext;
  readonly sink: TableSink;
  readonly diagnostics: Diagnostic[];
}

/** The context of a read of a sheet "表" of `rows` (header first), as `readTableRows` makes it. */
export function readerFixture(
  rows: readonly (readonly CellValue[])[],
  merges: MergedArea[] = [],
  periods = 12
): ReaderFixture {
  const grid = sheet(
    "表",
    rows.map((cells) => [...cells]),
    merges
  );
  const header = findHeader(grid, { periods });
  if (header === null) {
    throw new Error(`no header in ${JSON.stringify(rows[0])}`);
  }
  const context = tableContext(grid, header, periods);
  const diagnostics: Diagnostic[] = [];
  return { grid, header, context, sink: tableSink(context, diagnostics), diagnostics };
}

/** A block as `readBlocks` starts it. */
export function blockDraft(name: string, firstRow: number, nameKey = name): BlockDraft {
  return {
    name,
    nameKey,
    nameUnit: "",
    firstRow,
    records: [],
    skipped: [],
    people: [],
    resolvedPeople: null,
    lastCheckpoint: null,
  };
}

/** A new record of `block` for `measure` starting on `row`, as `recordFor` makes it. */
export function recordDraft(
  fixture: ReaderFixture,
  block: BlockDraft,
  measure: Measure,
  row: number
): RecordDraft {
  const record = recordFor(fixture.context, fixture.sink, new Map(), block, measure, row);
  if (record === null) {
    throw new Error("no record");
  }
  return record;
}

/** A finding as a test writes it: code, severity, cell, message key and parameters. */
export type Finding = readonly [
  Diagnostic["code"],
  Diagnostic["severity"],
  string,
  string,
  Readonly<Record<string, string | number>>,
];

/** The findings of a read, in the order they were made, on sheet "表". */
export function findings(diagnostics: readonly Diagnostic[]): Finding[] {
  return diagnostics.map((found) => {
    expect(found.sheet).toBe("表");
    return [found.code, found.severity, found.cell, found.key, found.params];
  });
}

/** `n` blank cells. */
export function blanks(count: number): CellValue[] {
  return Array<CellValue>(count).fill(null);
}
