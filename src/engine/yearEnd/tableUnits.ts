import { GridSheet } from "../kernel/grid";
import { readTable } from "../table/readTable";
import { readTitle } from "../table/readTitle";
import { unitKey } from "./unitKey";

/** The responsible units of the decomposition table, and the county and year of its title. */
export interface TableUnits {
  /** Every responsible unit (lead and cooperating), by `unitKey`. */
  readonly all: ReadonlySet<string>;
  /** The lead units, in table order. */
  readonly leads: readonly string[];
  readonly title: { readonly county: string | null; readonly year: number | null };
}

/**
 * 责任单位: the lead and all responsible units of the decomposition table found among `sheets`
 * (`readTable`, its diagnostics left to the monthly summary), with its title's county and year;
 * null when there is no table. Never throws.
 */
export function tableUnits(sheets: readonly GridSheet[]): TableUnits | null {
  let read: ReturnType<typeof readTable>;
  try {
    read = readTable(sheets, { periods: 12 });
  } catch {
    return null;
  }
  const table = read.table;
  if (table === null || table.indicators.length === 0) {
    return null;
  }
  const all = new Set<string>();
  const leads: string[] = [];
  for (const record of table.indicators) {
    for (const unit of record.units) {
      all.add(unitKey(unit));
    }
    if (record.leadUnit !== "" && !leads.includes(record.leadUnit)) {
      leads.push(record.leadUnit);
    }
  }
  const grid = sheets.find((sheet) => sheet.name === table.sheet);
  const title =
    grid === undefined
      ? { county: null, year: null }
      : readTitle(
          grid,
          table.headerRows[1],
          sheets.map((sheet) => String(sheet.name ?? ""))
        );
  return { all, leads, title };
}
