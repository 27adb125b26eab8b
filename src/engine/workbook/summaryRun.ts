import { runOf } from "./runOf";

/** 运行: the run a month's summary was made for, as the adapters mark and replace its sheets. */
export interface SummaryRun {
  /** The data month. */
  readonly month: number;
  /** The year, from the settings or the table's title; null when unknown. */
  readonly year: number | null;
  /** The county, from the settings or the table's title; null when unknown. */
  readonly county: string | null;
  /** The run key as {@link runOf} computes it: "2016-07", or "07" without a year. */
  readonly key: string;
}

/**
 * 运行标识: the run of a summary of `month` (of `year`, for `county`), so that an adapter writing
 * its sheets need not work the key out again.
 */
export function summaryRun(month: number, year: number | null, county: string | null): SummaryRun {
  return { month, year, county, key: runOf({ year, month }) };
}
