import { Diagnostic } from "../kernel/diagnostic";
import { CellValue } from "../kernel/grid";
import { ReturnRead } from "./returnForm";

/** A cell the plan writes: where, the value, and what the cell holds now. */
export interface PlannedCell {
  readonly sheet: string;
  /** 0-based row and column. */
  readonly row: number;
  readonly column: number;
  /** A1 address. */
  readonly cell: string;
  /** A figure, a text, or an ISO date when `date` is set (written as a date cell). */
  readonly value: number | string;
  readonly date?: true;
  /** The value there now (null when blank). */
  readonly previous: CellValue;
}

/**
 * 写入报送数: one returned figure written into the ledger's month column — or, on a long-form
 * 月度完成 sheet without the indicator's row for the month, into the 累计完成 cell of a new row.
 */
export interface FigureWrite extends PlannedCell {
  readonly value: number;
  /** The unit that returned it. */
  readonly unit: string;
  readonly key: string;
  readonly name: string;
  readonly measureLabel: string;
  /** True when it replaces a different figure (only with `force`). */
  readonly forced: boolean;
  /** The return it came from (a file name). */
  readonly source: string;
  /**
   * The other cells of the new long-form row the figure goes into (指标, 口径, 月份, 计量单位 as the
   * sheet has them; all blank now), in column order; absent when the figure's cell exists.
   */
  readonly rowCells?: readonly PlannedCell[];
}

/** 报送登记: one arrival registered. */
export interface RegisterEntry {
  readonly unit: string;
  readonly month: number;
  readonly year: number | null;
  /** ISO date of arrival. */
  readonly arrivedOn: string;
  /** `form`: the form's 填报日期; `file`: the file's modified date. */
  readonly arrivedFrom: "form" | "file";
  readonly source: string;
  /** 单位, 月份, 报送日期 cells of the register row. */
  readonly cells: readonly PlannedCell[];
}

/** An arrival not registered again: the register lists the unit for the month already. */
export interface RegisteredBefore {
  readonly unit: string;
  readonly month: number;
  /** The date already registered. */
  readonly reportedOn: string;
}

/** A returned figure equal to the one in the ledger: nothing to do. */
export interface UnchangedFigure {
  readonly unit: string;
  readonly key: string;
  readonly sheet: string;
  readonly cell: string;
  readonly value: number;
}

/**
 * 汇总计划 (what collecting the returns would change): figures to write, arrivals to register (the
 * 报送登记 sheet to create first when `register.create`), what needs no change, and every finding.
 * Adapters carry it out cell by cell; nothing else of the ledger is touched.
 */
export interface CollectPlan {
  readonly month: number;
  readonly year: number | null;
  readonly figures: readonly FigureWrite[];
  readonly register: {
    readonly sheet: string;
    /** True when the workbook has no 报送登记 sheet: create it with `headerCells`. */
    readonly create: boolean;
    readonly headerCells: readonly PlannedCell[];
    readonly entries: readonly RegisterEntry[];
    readonly before: readonly RegisteredBefore[];
  };
  readonly unchanged: readonly UnchangedFigure[];
  readonly diagnostics: readonly Diagnostic[];
}

/** One return to collect: what `readReturn` read, its file name, and the file's modified date. */
export interface ReturnedFile {
  readonly read: ReturnRead;
  /** The file name, for the messages. */
  readonly source: string;
  /** The file's modified date (ISO), used when the form's 填报日期 is blank; null when unknown. */
  readonly modifiedOn: string | null;
}
