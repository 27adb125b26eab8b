import { MergedArea } from "../kernel/grid";
import { CheckpointTarget, Direction, Measure } from "../kernel/types";

/**
 * The model the table reader (分解表读取) produces from a decomposition table (任务分解表), and the
 * diagnostics it reports on the way. Plain readonly data; figures are plain numbers.
 */

export type { Diagnostic, DiagnosticCode } from "../kernel/diagnostic";

/**
 * 列角色: what a column holds. `units` is a column that lists all responsible units (lead first);
 * `month` is the month column of a long-form actuals sheet (指标, 口径, 月份, 累计完成); `lastYear`
 * a period column of last year's figure (上年同期), read into the record, never assessed.
 */
export type ColumnRole =
  | "indicator"
  | "measure"
  | "checkpoint"
  | "unit"
  | "target"
  | "leader"
  | "leadUnit"
  | "units"
  | "cooperatingUnits"
  | "person"
  | "supervisor"
  | "direction"
  | "checkpointTarget"
  | "actual"
  | "lastYear"
  | "month";

/** 列映射: one recognised column of the header. */
export interface ColumnMapping {
  readonly role: ColumnRole;
  /** 0-based column. */
  readonly column: number;
  /** The header text as read (for period columns, the sub-header: "上半年", "7月累计完成"). */
  readonly header: string;
  /** For checkpointTarget / actual / lastYear columns: the cumulative month (上半年 → 6). */
  readonly month?: number;
  /** For period columns: the period as written ("前三季度" of 前三季度投资计划, "1-7月"). */
  readonly label?: string;
  /** A unit written in brackets in the header ("目标（万元）" → "万元"). */
  readonly unit?: string;
}

/** A checkpoint target as read from the table: the month, the target, its label and its cell. */
export type CheckpointRecord = CheckpointTarget & {
  /** The checkpoint as written: "上半年", "1-7月", "全年". */
  readonly label: string;
  /** A1 address of the target cell. */
  readonly cell: string;
};

/** A cumulative actual (累计完成) of one month; `value` is null when the cell could not be read. */
export interface ActualRecord {
  readonly month: number;
  readonly value: number | null;
  /** A1 address of the actual cell. */
  readonly cell: string;
  /** The sheet of the cell when it is not the table's (a 月度完成 sheet joined by `joinActuals`). */
  readonly sheet?: string;
}

/** 指标记录: one indicator and measure of the table, with its targets, actuals and people. */
export interface IndicatorRecord {
  /** name + "|" + measure label: "地方财政收入|绝对量". */
  readonly key: string;
  /** The indicator name as written (full-width forms and stray spaces cleaned up). */
  readonly name: string;
  readonly measure: Measure;
  /** 绝对量 / 增幅. */
  readonly measureLabel: string;
  /** The unit as written (growth rates: "%"). */
  readonly unit: string;
  readonly direction: Direction;
  /** Checkpoint targets in month order, one per month. */
  readonly checkpoints: readonly CheckpointRecord[];
  /** The target at the last period (全年), null when the table gives none. */
  readonly annualTarget: number | null;
  /** Cumulative actuals by month, sorted. Blank cells are left out. */
  readonly actuals: readonly ActualRecord[];
  /**
   * 上年同期: last year's figures of the same periods by month, sorted, when the table has 上年同期
   * columns (blank cells left out); absent otherwise. Read, never assessed here.
   */
  readonly lastYear?: readonly ActualRecord[];
  /** 包抓领导 / 责任领导. */
  readonly leader: string;
  /** 牵头单位: the first responsible unit ("" when none). */
  readonly leadUnit: string;
  /** 责任单位: lead first, then cooperating units (配合单位). */
  readonly units: readonly string[];
  /** 责任人: the persons named, in the order of their units. */
  readonly persons: readonly string[];
  /** The lead unit's person ("" when none). */
  readonly person: string;
  /** 监管部门. */
  readonly supervisors: readonly string[];
  /** 1-based first row of the indicator and measure. */
  readonly row: number;
  /**
   * 区块行: the 1-based rows of the table sheet the indicator and measure was read from, ascending
   * — its first row and every checkpoint row of its block (a ledger: its one row).
   */
  readonly rows: readonly number[];
  /** Where it was read: "分解表!A5". */
  readonly source: string;
}

/** 分解表模型: the table read from one sheet. */
export interface TableModel {
  readonly sheet: string;
  /** 1-based first and last header row. */
  readonly headerRows: readonly [number, number];
  /** seed: one row per (indicator, measure, checkpoint); ledger: one row per (indicator, measure). */
  readonly layout: "seed" | "ledger";
  readonly columns: readonly ColumnMapping[];
  readonly indicators: readonly IndicatorRecord[];
}

/** 表头: the header found by `findHeader`. */
export interface HeaderMatch {
  /** 1-based first and last header row. */
  readonly headerRows: readonly [number, number];
  readonly layout: "seed" | "ledger";
  readonly columns: readonly ColumnMapping[];
  /** 0-based first row after the header. */
  readonly dataStart: number;
  /**
   * Header cells naming a role already taken by a column to their left (a second 目标 column):
   * not read; the table reader reports them.
   */
  readonly duplicates?: readonly ColumnMapping[];
  /**
   * Header cells merged down past the header into the data rows: read as ending with the header
   * (the data rows under them are blank in those columns); the table reader reports them.
   */
  readonly spills?: readonly MergedArea[];
}

/**
 * 列角色更正: the role the clerk gives one column of the table's header, overriding what the header
 * says — a role, or `ignore` (not read). `month` is the cumulative month of a checkpointTarget or
 * actual column (上半年 → 6); without it the month the header names is used.
 */
export interface ColumnOverride {
  /** 0-based column. */
  readonly column: number;
  readonly role: ColumnRole | "ignore";
  readonly month?: number;
}
