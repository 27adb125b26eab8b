import { CheckpointTarget, Direction, Measure } from "./types";

/**
 * The model the table reader (分解表读取) produces from a decomposition table (任务分解表), and the
 * diagnostics it reports on the way. Plain readonly data; figures are plain numbers.
 */

/** What a table diagnostic is about. */
export type DiagnosticCode =
  /** A target cell holds text or an Excel error where a number belongs (目标不是数字). */
  | "not_a_number"
  /** The same indicator and measure appear in two separate blocks; the second is skipped. */
  | "duplicate_indicator"
  /** Two targets for the same month disagree (1-12月 73.23 vs 全年 73.8); the preferred one is used. */
  | "checkpoint_conflict"
  /** The unit changes inside one indicator (万元 then 亿元). */
  | "unit_changed"
  /** An actual is more than 10 times the annual target: a 万元/亿元 slip? */
  | "suspect_magnitude"
  /** A checkpoint (倒排时间) that is not a known period word. */
  | "unknown_checkpoint"
  /** No header found in the first 20 rows. */
  | "no_header"
  /** A row of the actuals sheet that matches no indicator of the table. */
  | "unmatched_actual"
  /** An indicator row (or a checkpoint row) without a target. */
  | "missing_target"
  /** An actual cell holds text or an Excel error; it counts as not reported. */
  | "unreadable_actual"
  /** The sheet named in the options does not exist. */
  | "sheet_not_found"
  /** A target row without a checkpoint: read as the annual target (全年). */
  | "missing_checkpoint"
  /** A measure (口径) that is neither 绝对量 nor 增幅/增速; inferred from the unit instead. */
  | "unknown_measure"
  /** A direction (方向) that is neither 正向 nor 逆向; inferred from the name and targets instead. */
  | "unknown_direction"
  /** A column of actuals whose header names no month; the column is ignored. */
  | "actual_without_month"
  /** Two different actuals for the same indicator and month. */
  | "actual_conflict"
  /** A side-sheet cell holds a word or date that cannot be read (类别 “奖励”, 市考 “也许”). */
  | "invalid_value"
  /** A side-sheet cell that must be filled is blank (单位, 规则编号). */
  | "missing_value"
  /** A registered event that cannot be counted (unknown rule, value out of range …). */
  | "rejected_event"
  /** A rule code that occurs twice; the first one is used. */
  | "duplicate_rule"
  /** A registered event dated after the month summarised; it counts from that month on. */
  | "event_after_month"
  /** A summary setting out of range: the default is used, or no summary is made. */
  | "invalid_setting"
  /** Two header cells name the same column role (two 目标 columns); the first is read. */
  | "duplicate_column"
  /** A data row with no indicator name to go by (blank with nothing above, or an Excel error). */
  | "missing_name"
  /** A header was found but no indicator was read under it. */
  | "no_indicators";

/**
 * 诊断: one finding of the table reader. `error`: a value could not be read and was skipped;
 * `warning`: the value was read but something was assumed or looks suspect.
 */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: "error" | "warning";
  readonly sheet: string;
  /** A1 address of the cell concerned, e.g. "F12"; "" when none. */
  readonly cell: string;
  /** zh-CN, naming sheet and cell: `分解表!F12：“约30”不是数字，已跳过该目标`. */
  readonly message: string;
  readonly messageEn: string;
}

/**
 * 列角色: what a column holds. `units` is a column that lists all responsible units (lead first);
 * `month` is the month column of a long-form actuals sheet (指标, 口径, 月份, 累计完成).
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
  | "month";

/** 列映射: one recognised column of the header. */
export interface ColumnMapping {
  readonly role: ColumnRole;
  /** 0-based column. */
  readonly column: number;
  /** The header text as read (for period columns, the sub-header: "上半年", "7月累计完成"). */
  readonly header: string;
  /** For checkpointTarget / actual columns: the cumulative month (上半年 → 6). */
  readonly month?: number;
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
