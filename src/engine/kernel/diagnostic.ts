import { Locale, MessageKey, formatMessage } from "./messages";
import { sheetReference } from "./sheetReference";

/** What a diagnostic is about. */
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
  /** A setting named twice on the 设置 sheet; the first is used. */
  | "duplicate_setting"
  /** A registered event dated after the month summarised; it counts from that month on. */
  | "event_after_month"
  /** A summary setting out of range: the default is used, or no summary is made. */
  | "invalid_setting"
  /** Two header cells name the same column role (two 目标 columns); the first is read. */
  | "duplicate_column"
  /** A data row with no indicator name to go by (blank with nothing above, or an Excel error). */
  | "missing_name"
  /** A header was found but no indicator was read under it. */
  | "no_indicators"
  /** A formula cell whose result the workbook does not hold (never calculated); skipped. */
  | "uncalculated_formula"
  /** Numeric text that no figure holds exactly (309 digits, 20 significant digits); skipped. */
  | "number_out_of_range"
  /** A figure written in another unit of the same family (1.2亿元 in a 万元 row), converted. */
  | "unit_converted"
  /** Only checkpoint targets and no annual (全年) target: none is taken for the annual one. */
  | "no_annual_target"
  /** An annual target of 0 where no ratio can be had (an amount, or a pace target above 0). */
  | "zero_target"
  /** A total row (合计, 小计): not an indicator, not assessed. */
  | "total_row"
  /** A header cell merged down into the data rows: read as ending with the header. */
  | "header_merge_spill"
  /** Last month's figures of an indicator cannot be assessed: its 上月状态 counts as 未报送. */
  | "previous_month_failed"
  /** 报送表: a returned form without the identity of a form this tool made. */
  | "return_identity_missing"
  /** 报送表: the returned form's indicator list does not match its checksum (edited). */
  | "return_tampered"
  /** 报送表: a number cell of a returned form holds text. */
  | "return_not_a_number"
  /** 报送表: a return for another month (or year) than the one collected. */
  | "return_other_month"
  /** 报送表: a return from a unit that leads no indicator of the ledger. */
  | "return_unknown_unit"
  /** 报送表: the ledger's indicators of the unit changed since the form was issued. */
  | "return_list_changed"
  /** 报送表: the ledger has no month column, or no cell, for a returned figure. */
  | "return_no_cell"
  /** 报送表: a returned figure differs from the one already in the ledger. */
  | "return_conflict"
  /** 报送表: no arrival date could be registered for a return. */
  | "return_not_registered"
  /** The late-report list (迟报) cannot be made from the 报送登记 sheet. */
  | "late_reports_failed"
  /** 年度考核: the weights of one level do not add up to 100%; the level's defaults are used. */
  | "weight_sum"
  /** 年度考核: a score above full marks or below 0; the unit gets no total. */
  | "score_out_of_range"
  /** 年度考核: a unit of the scores sheet that no other sheet knows, or the other way round. */
  | "unknown_unit"
  /** 年度考核: a unit listed twice in the scores sheet; the second row is skipped. */
  | "duplicate_unit"
  /** 年度考核: a registered event dated in another year; it is not counted. */
  | "event_outside_year"
  /** No 全市排名 sheet: the monthly rules fall back to what the workbook allows. */
  | "city_ranks_absent"
  /** A 全市排名 row that cannot be read, or whose indicator the table does not have; skipped. */
  | "invalid_city_rank"
  /** 全市排名 (city view): an indicator that some counties' workbooks do not have. */
  | "city_indicator_missing"
  /** 全市排名 (city view): a county has the indicator but no figure for the month; not ranked. */
  | "city_indicator_unreported";

/**
 * 诊断: one finding of a reader or of the summary, naming sheet and cell. `error`: a value could not be read and was skipped;
 * `warning`: the value was read but something was assumed or looks suspect.
 */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: "error" | "warning";
  readonly sheet: string;
  /** A1 address of the cell concerned, e.g. "F12"; "" when none. */
  readonly cell: string;
  /** The catalogue message, formatted at the edge by `formatDiagnostic`. */
  readonly key: MessageKey;
  /** The message's parameters; `ref` (sheet and cell) is added by `formatDiagnostic`. */
  readonly params: Readonly<Record<string, string | number>>;
}

/**
 * 诊断信息: builds a diagnostic of any reader or of the monthly summary. It carries the message key
 * and parameters only; `formatDiagnostic` renders it in the clerk's language at the edge.
 */
export function diagnostic(
  code: DiagnosticCode,
  severity: Diagnostic["severity"],
  sheet: string,
  cell: string,
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {}
): Diagnostic {
  return { code, severity, sheet, cell, key, params };
}

/**
 * The text of a diagnostic in one language, naming sheet and cell: `分解表!F12：“约30”不是数字，已跳过该目标`.
 * The parameter `ref` ("分解表!F12", the sheet name alone when there is no cell, "" when there is
 * no sheet, as for a setting) is filled in here.
 */
export function formatDiagnostic(found: Diagnostic, locale: Locale): string {
  const ref = found.sheet === "" ? "" : sheetReference(found.sheet, found.cell);
  return formatMessage(locale, found.key, { ref, ...found.params });
}
