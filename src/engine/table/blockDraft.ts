import { Direction, Measure } from "../kernel/types";
import { PeopleCells, ResponsiblePeople } from "./responsiblePeople";
import { ActualRecord } from "./tableModel";

/**
 * The working data of the table reader while it reads a block: drafts that the row readers fill in
 * as the rows come, finished into readonly `IndicatorRecord`s by `finishRecord` when the block ends.
 * They live for one block of one read and are never shared.
 */

/** A target read for a month; several may compete for one month (1-12月 and 全年). */
export interface TargetCandidate {
  readonly month: number;
  readonly target: number;
  /** The checkpoint as written: "上半年", "1-12月", "全年". */
  readonly label: string;
  /** A1 address of the target cell. */
  readonly cell: string;
  /** See `checkpointPriority`. */
  readonly priority: number;
}

/** 指标区块: the rows of one indicator (one name), with the people they name. */
export interface BlockDraft {
  /** The name as written on the block's first row (a unit in brackets at its end taken off). */
  readonly name: string;
  /** The unit the name writes in brackets ("地方财政收入（万元）" → 万元); "" when none. */
  readonly nameUnit: string;
  /** The key two spellings of the name share (see `readBlocks`). */
  readonly nameKey: string;
  /** 0-based row the block starts on. */
  readonly firstRow: number;
  /** The block's records in the order they were met (at most one per measure). */
  readonly records: RecordDraft[];
  /** Measures skipped as duplicates of an earlier block. */
  readonly skipped: Measure[];
  /** The distinct people cells of the block's rows (usually one: merged or repeated cells). */
  readonly people: PeopleCells[];
  /** The people of the block, worked out when its first record is finished. */
  resolvedPeople: ResponsiblePeople | null;
  /** The checkpoint of the last target row, carried to rows whose checkpoint cell is blank. */
  lastCheckpoint: { readonly month: number; readonly label: string } | "invalid" | null;
}

/** One indicator and measure being read. */
export interface RecordDraft {
  readonly block: BlockDraft;
  readonly measure: Measure;
  /** 0-based row the record starts on. */
  readonly firstRow: number;
  readonly candidates: TargetCandidate[];
  /** Actuals in the order read (a ledger reads them in month order), one per month. */
  readonly actuals: ActualRecord[];
  /** False once an actual was read for a month before the last one read. */
  actualsSorted: boolean;
  /** 上年同期 figures read, one per month, in the order read. */
  readonly lastYear: ActualRecord[];
  /** The unit as first written ("" until a row gives one; "%" for a growth rate). */
  unit: string;
  /** The unit in simplified lower case, to compare the units of later rows with. */
  unitKey: string;
  unitChangeReported: boolean;
  /** The direction cell's word, once one was read. */
  direction: Direction | undefined;
  /** A target was written as a ceiling (≤72). */
  ceiling: boolean;
  /** A target or checkpoint cell was reported (so no `missing_target` on top of it). */
  targetIssue: boolean;
  /** A row of the record holds data beyond the name (a name alone is a heading or a note). */
  hasContent: boolean;
  /** 0-based row read last (-1 before the first). */
  lastRow: number;
  /** 1-based rows read into the record, ascending. */
  readonly rows: number[];
}
