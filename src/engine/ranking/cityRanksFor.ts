import { Diagnostic, diagnostic } from "../kernel/diagnostic";
import { normalizeText } from "../kernel/normalizeText";
import { toSimplified } from "../kernel/toSimplified";
import { Measure } from "../kernel/types";
import { CityRank } from "./readCityRanks";

/** What {@link cityRanksFor} needs of a table record. */
export interface RankedRecord {
  readonly name: string;
  readonly measure: Measure;
}

/** The city ranks of every record in one month, and the rows that match no record. */
export interface RecordCityRanks {
  /** Per record, in the table's order: its rank in the month, or null. */
  readonly ranks: readonly (CityRank | null)[];
  readonly diagnostics: readonly Diagnostic[];
}

/** A name as matched: simplified, normalized, without spaces or a bracketed unit. */
function nameKey(name: string): string {
  return normalizeText(toSimplified(name)).replace(/\([^)]*\)|\s+/g, "");
}

/** The positions of the records sharing each name key, in the table's order. */
function positionsByKey(records: readonly RankedRecord[]): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  records.forEach((record, position) => {
    const key = nameKey(record.name);
    const list = positions.get(key);
    if (list === undefined) {
      positions.set(key, [position]);
    } else {
      list.push(position);
    }
  });
  return positions;
}

/** The measure a 口径 cell names, or null when it names none. */
function measureOf(text: string): Measure | null {
  const key = toSimplified(text);
  return /增幅|增速|增长/.test(key) ? "growth" : /绝对/.test(key) ? "absolute" : null;
}

/**
 * 全市排名匹配: the city rank of each table record in `month` — a row of that month, or one that
 * names no month when `month` is the month summarised (`current`). Names are matched simplified and
 * without spaces or a bracketed unit; a row's 口径 picks the record of that measure, and a row
 * without one the indicator's absolute record (else its first). The first row for a record wins.
 * Rows whose indicator the table does not have are reported once per name (`invalid_city_rank`)
 * when `sheet` is given.
 */
export function cityRanksFor(
  rows: readonly CityRank[],
  records: readonly RankedRecord[],
  month: number,
  current: boolean,
  sheet?: string
): RecordCityRanks {
  const ranks: (CityRank | null)[] = records.map(() => null);
  const diagnostics: Diagnostic[] = [];
  const reported = new Set<string>();
  // The records by name key, in the table's order: made once, and only when a row is matched.
  let byKey: Map<string, number[]> | null = null;
  for (const row of rows) {
    if (row.month !== month && !(row.month === null && current)) {
      continue;
    }
    byKey ??= positionsByKey(records);
    const key = nameKey(row.indicator);
    const named = byKey.get(key) ?? [];
    if (named.length === 0) {
      if (sheet !== undefined && !reported.has(key)) {
        reported.add(key);
        diagnostics.push(
          diagnostic("invalid_city_rank", "warning", sheet, row.cell, "cityRankUnmatched", {
            name: row.indicator,
          })
        );
      }
      continue;
    }
    const measure = measureOf(row.measure);
    const chosen =
      measure === null
        ? (named.find((position) => records[position].measure === "absolute") ?? named[0])
        : named.find((position) => records[position].measure === measure);
    if (chosen !== undefined && ranks[chosen] === null) {
      ranks[chosen] = row;
    }
  }
  return { ranks, diagnostics };
}
