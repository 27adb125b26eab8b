import { Diagnostic, diagnostic } from "../kernel/diagnostic";
import { normalizeText } from "../kernel/normalizeText";
import { toSimplified } from "../kernel/toSimplified";
import { TiesMethod } from "../kernel/types";
import { rankValues } from "../ranking/rankValues";

/** What {@link rankCounties} needs of one indicator of a county's summary (`IndicatorSummary`). */
export interface CountyIndicator {
  readonly name: string;
  /** 口径 as the table writes it: 绝对量 / 增幅 ("" when none). */
  readonly measure: string;
  /** 完成率 as a fraction; null = not reported. */
  readonly completion: number | null;
  /** 进度差 as a fraction; null = not reported. */
  readonly paceGap: number | null;
}

/** One county's summary as the city ranks it. */
export interface CountyFigures {
  /** 县区: from the table's title, else the file name. */
  readonly county: string;
  /** 分组 (山区县); null when the county is in no group. */
  readonly group: string | null;
  readonly indicators: readonly CountyIndicator[];
}

/** 全市排名 line: one county's place for one indicator in the month, as `readCityRanks` reads it. */
export interface CountyRank {
  readonly county: string;
  /** 指标名称 as the first county that has it writes it. */
  readonly indicator: string;
  /** 口径. */
  readonly measure: string;
  readonly month: number;
  /** 全市排名, 1 = best. */
  readonly rank: number;
  /** 参评县数: the counties ranked for the indicator. */
  readonly count: number;
  readonly group: string | null;
  /** 组内排名 among the group's counties ranked; null without a group. */
  readonly groupRank: number | null;
  /** 组内县数; null without a group. */
  readonly groupSize: number | null;
}

/** Options of {@link rankCounties}. */
export interface RankCountiesOptions {
  readonly month: number;
  /** "paceGap" (default, as the monthly ranking) or "completion": larger ranks better. */
  readonly by?: "paceGap" | "completion";
  /** "competition" (default, 1,1,3) or "dense" (1,1,2). */
  readonly ties?: TiesMethod;
}

/** The city's ranking of the month, and what could not be ranked. */
export interface CountyRanking {
  /** Indicator by indicator (in the order first met), within it best rank first. */
  readonly rows: readonly CountyRank[];
  readonly diagnostics: readonly Diagnostic[];
}

/** An indicator as matched across workbooks: simplified, without spaces or a bracketed unit. */
function keyOf(indicator: CountyIndicator): string {
  const clean = (text: string): string =>
    normalizeText(toSimplified(text)).replace(/\([^)]*\)|\s+/g, "");
  return `${clean(indicator.name)}|${clean(indicator.measure)}`;
}

/**
 * 全市排名 (the city's ranking of its counties): for each indicator — the same name and 口径 in
 * the counties' workbooks — every county that reported it ranked by its pace gap (or completion),
 * largest first, ties as `rankValues` (competition by default), and within each group among the
 * group's counties ranked (组内排名, 组内县数). An indicator that some counties lack is reported
 * (`city_indicator_missing`, naming them) and ranked among those that have it; a county that has it
 * but no figure for the month is reported (`city_indicator_unreported`) and not ranked.
 */
export function rankCounties(
  counties: readonly CountyFigures[],
  options: RankCountiesOptions
): CountyRanking {
  const by = options.by ?? "paceGap";
  const ties = options.ties ?? "competition";
  const order: string[] = [];
  const found = new Map<string, { first: CountyIndicator; of: Map<number, CountyIndicator> }>();
  counties.forEach((county, position) => {
    for (const indicator of county.indicators) {
      const key = keyOf(indicator);
      let entry = found.get(key);
      if (entry === undefined) {
        entry = { first: indicator, of: new Map() };
        found.set(key, entry);
        order.push(key);
      }
      if (!entry.of.has(position)) {
        entry.of.set(position, indicator);
      }
    }
  });
  const rows: CountyRank[] = [];
  const diagnostics: Diagnostic[] = [];
  const names = (positions: readonly number[]): string =>
    positions.map((position) => counties[position].county).join("、");
  for (const key of order) {
    const { first, of } = found.get(key)!;
    const params = { name: first.name, measure: first.measure };
    const missing = counties.flatMap((_, position) => (of.has(position) ? [] : [position]));
    if (missing.length > 0) {
      diagnostics.push(
        diagnostic("city_indicator_missing", "warning", "", "", "cityIndicatorMissing", {
          ...params,
          counties: names(missing),
        })
      );
    }
    const values = counties.map((_, position) => {
      const indicator = of.get(position);
      return indicator === undefined
        ? null
        : by === "paceGap"
          ? indicator.paceGap
          : indicator.completion;
    });
    const unreported = counties.flatMap((_, position) =>
      of.has(position) && values[position] === null ? [position] : []
    );
    if (unreported.length > 0) {
      diagnostics.push(
        diagnostic("city_indicator_unreported", "warning", "", "", "cityIndicatorUnreported", {
          ...params,
          counties: names(unreported),
        })
      );
    }
    const ranks = rankValues(values, { ties });
    const count = ranks.filter((rank) => rank !== null).length;
    const groupRanks = new Map<number, number>();
    const groupSizes = new Map<string, number>();
    for (const group of new Set(counties.map((county) => county.group))) {
      if (group === null) {
        continue;
      }
      const inGroup = values.map((value, position) =>
        counties[position].group === group ? value : null
      );
      const within = rankValues(inGroup, { ties });
      within.forEach((rank, position) => {
        if (rank !== null) {
          groupRanks.set(position, rank);
        }
      });
      groupSizes.set(group, within.filter((rank) => rank !== null).length);
    }
    const ranked = ranks
      .flatMap((rank, position) => (rank === null ? [] : [{ rank, position }]))
      .sort((a, b) => a.rank - b.rank || a.position - b.position);
    for (const { rank, position } of ranked) {
      const { county, group } = counties[position];
      rows.push({
        county,
        indicator: first.name,
        measure: first.measure,
        month: options.month,
        rank,
        count,
        group,
        groupRank: groupRanks.get(position) ?? null,
        groupSize: group === null ? null : (groupSizes.get(group) ?? null),
      });
    }
  }
  return { rows, diagnostics };
}
