import { Diagnostic } from "../kernel/diagnostic";
import { CellValue, MergedArea } from "../kernel/grid";

/**
 * The models of return forms (报送表): what a form holds, the identity that lets a returned form be
 * recognised, and what is read back from a returned form. Plain readonly data.
 */

/** 报送表标识: the identity of a form, kept on the form's hidden `_identity` sheet. */
export interface ReturnIdentity {
  /** 填报单位: the lead unit the form was made for. */
  readonly unit: string;
  /** The data month (1…12). */
  readonly month: number;
  readonly year: number | null;
  /** 校验码: {@link indicatorChecksum} of the form's indicator list (8 hex digits). */
  readonly checksum: string;
  /** How many indicators the form lists. */
  readonly count: number;
  /** The sheet of the form that holds the table. */
  readonly sheet: string;
}

/** One indicator row of a form. */
export interface ReturnFormIndicator {
  /** The table's key: name + "|" + measure label. */
  readonly key: string;
  readonly name: string;
  /** 口径: 绝对量 / 增幅. */
  readonly measureLabel: string;
  /** 计量单位 as the ledger writes it ("%" for growth rates). */
  readonly unit: string;
  /** 全年目标, null when the ledger gives none. */
  readonly annualTarget: number | null;
  /** 上月累计完成: the ledger's cumulative actual of the month before, null when none (or January). */
  readonly lastMonth: number | null;
  /** The form's cell the unit fills with the month's cumulative actual ("G5"). */
  readonly cell: string;
}

/** 报送表: the form of one lead unit for one month. */
export interface ReturnForm {
  readonly unit: string;
  readonly month: number;
  readonly year: number | null;
  /** 报送截止日期: ISO date ("2016-09-15"), or "--09-15" when the year is not known. */
  readonly dueDate: string;
  readonly indicators: readonly ReturnFormIndicator[];
  readonly identity: ReturnIdentity;
}

/** An input cell of a form sheet: a figure (decimal validation) or the date the form is filled. */
export interface ReturnFormInput {
  /** 0-based row and column. */
  readonly row: number;
  readonly column: number;
  readonly cell: string;
  readonly kind: "decimal" | "date" | "text";
  /** The input message shown when the cell is selected (the unit of measure). */
  readonly prompt: string;
}

/**
 * 报送表工作表: the cells of a form's sheet, laid out by the engine so that every adapter writes the
 * same form and {@link readReturn} reads it back. Every cell not listed in `inputs` is locked.
 */
export interface ReturnFormSheet {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
  readonly merges: readonly MergedArea[];
  /** 0-based header row of the indicator table. */
  readonly headerRow: number;
  readonly inputs: readonly ReturnFormInput[];
  /** Column widths in characters, from column A. */
  readonly widths: readonly number[];
  /** The hidden identity sheet: its name and label/value rows. */
  readonly identitySheet: string;
  readonly identityRows: readonly (readonly CellValue[])[];
}

/** One figure read back from a returned form. */
export interface ReturnedFigure {
  readonly key: string;
  readonly name: string;
  readonly measureLabel: string;
  readonly unit: string;
  /** The month's cumulative actual; null when blank or unreadable (then a diagnostic says so). */
  readonly value: number | null;
  /** The form's cell ("G5"). */
  readonly cell: string;
}

/** 回收的报送表: what {@link readReturn} reads from a returned form. */
export interface ReturnRead {
  /** Null when the workbook holds no identity of a form (a diagnostic says so). */
  readonly identity: ReturnIdentity | null;
  /** Whether the form's indicator list matches its checksum (false: edited, not to be collected). */
  readonly intact: boolean;
  readonly figures: readonly ReturnedFigure[];
  /** 填报日期 as an ISO date, null when blank or unreadable. */
  readonly filledOn: string | null;
  /** Where 填报日期 stands ("报送表!G2"). */
  readonly dateCell: string;
  readonly diagnostics: readonly Diagnostic[];
}
