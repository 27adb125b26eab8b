import { Dec } from "../kernel/decimal";
import { rankValues } from "./rankValues";
import { Measure, Status, TiesMethod } from "../kernel/types";
import { RankingMeasure } from "../summary/summaryTypes";

/** What {@link rankDepartments} needs of one indicator in one month. */
export interface DepartmentIndicator {
  /** 牵头单位 ("" = none: the indicator is not ranked). */
  readonly leadUnit: string;
  readonly measure: Measure;
  readonly status: Status;
  /** 进度差 as a fraction; null when not computed (未报送, zero target …). */
  readonly paceGap: Dec | null;
  /** 完成率 as a fraction; null or absent when not computed. */
  readonly completion?: Dec | null;
}

/** One lead unit's place: rank (null when it has nothing to average), average gap and counts. */
export interface DepartmentRank {
  readonly unit: string;
  readonly rank: number | null;
  /** Average pace gap (fraction) of the indicators counted; null when none. */
  readonly averagePaceGap: Dec | null;
  /** Average completion rate (fraction) of the indicators counted; null when none has one. */
  readonly averageCompletion: Dec | null;
  /** The figure ranked on, as `measure` chooses (see {@link RankingMeasure}); null when none. */
  readonly score: Dec | null;
  /** Indicators counted: absolute (绝对量), reported, with a pace gap. */
  readonly indicators: number;
  /** Of those, 严重滞后. */
  readonly serious: number;
  /** Of those, 滞后. */
  readonly lagging: number;
}

/**
 * 责任单位排名: ranks the lead units (牵头单位) by the average pace gap of the absolute (绝对量),
 * reported indicators they lead, largest first — or, as `measure` says, by their average
 * completion rate, or by the composite (average completion + average pace gap) / 2. Equal averages are told apart by fewer seriously
 * lagging (严重滞后) indicators, so only units equal on both share a rank — competition 1,1,3 (default)
 * or dense 1,1,2. Units in first-seen order of the indicators; the result is sorted by rank, units
 * without a counted indicator last (rank null).
 */
export function rankDepartments(
  indicators: readonly DepartmentIndicator[],
  ties: TiesMethod = "competition",
  measure: RankingMeasure = "paceGap"
): DepartmentRank[] {
  const tallies = new Map<
    string,
    {
      sum: Dec;
      completionSum: Dec;
      completions: number;
      indicators: number;
      serious: number;
      lagging: number;
    }
  >();
  for (const indicator of indicators) {
    const unit = indicator.leadUnit.trim();
    if (unit === "") {
      continue;
    }
    let tally = tallies.get(unit);
    if (tally === undefined) {
      tally = {
        sum: new Dec(0),
        completionSum: new Dec(0),
        completions: 0,
        indicators: 0,
        serious: 0,
        lagging: 0,
      };
      tallies.set(unit, tally);
    }
    if (
      indicator.measure !== "absolute" ||
      indicator.status === "not_reported" ||
      indicator.paceGap === null
    ) {
      continue;
    }
    tally.sum = tally.sum.plus(indicator.paceGap);
    if (indicator.completion !== undefined && indicator.completion !== null) {
      tally.completionSum = tally.completionSum.plus(indicator.completion);
      tally.completions += 1;
    }
    tally.indicators += 1;
    tally.serious += indicator.status === "serious" ? 1 : 0;
    tally.lagging += indicator.status === "lagging" ? 1 : 0;
  }

  const units = [...tallies.entries()].map(([unit, tally]) => {
    const averagePaceGap = tally.indicators === 0 ? null : tally.sum.div(tally.indicators);
    const averageCompletion =
      tally.completions === 0 ? null : tally.completionSum.div(tally.completions);
    const score =
      measure === "completion"
        ? averageCompletion
        : measure === "composite"
          ? averagePaceGap === null || averageCompletion === null
            ? null
            : averagePaceGap.plus(averageCompletion).div(2)
          : averagePaceGap;
    return {
      unit,
      averagePaceGap,
      averageCompletion,
      score,
      indicators: tally.indicators,
      serious: tally.serious,
      lagging: tally.lagging,
    };
  });
  // First by the measure (competition ranks keep equal figures together), then by fewer serious.
  const byAverage = rankValues(
    units.map((unit) => unit.score),
    { order: "descending", ties: "competition" }
  );
  const spread = Math.max(0, ...units.map((unit) => unit.serious)) + 1;
  const composite = byAverage.map((rank, position) =>
    rank === null ? null : rank * spread + units[position].serious
  );
  const ranks = rankValues(composite, { order: "ascending", ties });

  const ranked: DepartmentRank[] = units.map((unit, position) => ({
    ...unit,
    rank: ranks[position],
  }));
  return ranked
    .map((item, position) => ({ item, position }))
    .sort(
      (a, b) => (a.item.rank ?? Infinity) - (b.item.rank ?? Infinity) || a.position - b.position
    )
    .map(({ item }) => item);
}
