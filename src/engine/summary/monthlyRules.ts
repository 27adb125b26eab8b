import { PacePointsResult, pacePoints } from "../adjustments/pacePoints";
import { Diagnostic, diagnostic } from "../kernel/diagnostic";
import { finiteNumber } from "../kernel/finiteNumber";
import { GridSheet } from "../kernel/grid";
import { AdjustmentEvent, AdjustmentRule } from "../kernel/types";
import { cityLowRank } from "../ranking/cityLowRank";
import { cityRanksFor } from "../ranking/cityRanksFor";
import { InterviewCandidate, interviewList } from "../ranking/interviewList";
import { CityRank, readCityRanks } from "../ranking/readCityRanks";
import { latePoints } from "../reports/latePoints";
import { IndicatorRecord } from "../table/tableModel";
import { LastMonthPace } from "./assessIndicators";
import { ResolvedSettings } from "./resolveSettings";
import { IndicatorSummary, InterviewItem, LateReport, RankingItem } from "./summaryTypes";

/** What {@link monthlyRules} works on. */
export interface MonthlyRulesInput {
  readonly records: readonly IndicatorRecord[];
  /** This month's bulletin lines, parallel to `records`. */
  readonly indicators: readonly IndicatorSummary[];
  /** Every record's status and gap in a month before this one (null before month 1). */
  readonly pacesAt: (month: number) => readonly LastMonthPace[] | null;
  /** The county's unit ranking in a month (this month's included); null when none. */
  readonly rankingAt: (month: number) => readonly RankingItem[] | null;
  readonly cityRankSheet: GridSheet | undefined;
  readonly late: readonly LateReport[];
  readonly settings: ResolvedSettings;
}

/** The monthly rules' points, the interview list and their findings. */
export interface MonthlyRules {
  /** The rules and events the 加减分汇总 counts with the registered ones. */
  readonly monthly: {
    readonly rules: readonly AdjustmentRule[];
    readonly events: readonly AdjustmentEvent[];
  };
  readonly interviews: readonly InterviewItem[];
  /** Whether a 全市排名 sheet was found and read. */
  readonly cityRanks: "read" | "absent";
  readonly diagnostics: readonly Diagnostic[];
}

/** The months of a run ending with `month`, oldest first, from month 1 on. */
function runMonths(month: number, runs: number): number[] {
  const months: number[] = [];
  for (let at = Math.max(1, month - runs + 1); at <= month; at++) {
    months.push(at);
  }
  return months;
}

const behind = (status: string | null): boolean => status === "lagging" || status === "serious";

/**
 * 月度规则 (seed 000's monthly rule and seed 001's late reports, DOMAIN.md “Ranking”): reads the
 * 全市排名 sheet (`readCityRanks`) and makes, for the month —
 * - the pace points (`pacePoints`): bonus ahead of pace, deduction behind pace and low in the city
 *   (the last `bottomCount` or last of its group);
 * - the late-report points (`latePoints`);
 * - the 约谈 list (`interviewList`): indicators low in the city `interviewRuns` periods running,
 *   their lead unit, leader and person.
 * Without a 全市排名 sheet the deduction cannot be judged and is not made, the bonus still is, and
 * the 约谈 list falls back to the units in the county's own last `bottomCount` ranks and behind
 * pace, periods running; a `city_ranks_absent` warning says so when an indicator is behind pace (when it matters).
 */
export function monthlyRules(input: MonthlyRulesInput): MonthlyRules {
  const { records, indicators, settings } = input;
  const { month, bottomCount, groupName } = settings;
  const diagnostics: Diagnostic[] = [];
  let rows: readonly CityRank[] = [];
  if (input.cityRankSheet !== undefined) {
    const read = readCityRanks(input.cityRankSheet);
    rows = read.ranks;
    diagnostics.push(...read.diagnostics);
  }
  const ranksAt = (at: number) =>
    cityRanksFor(
      rows,
      records,
      at,
      at === month,
      at === month ? input.cityRankSheet?.name : undefined
    );
  const current = ranksAt(month);
  diagnostics.push(...current.diagnostics);
  const paced: PacePointsResult = pacePoints(
    indicators.map((indicator, position) => ({
      name: indicator.name,
      measure: indicator.measure,
      kind: { measure: records[position].measure, direction: records[position].direction },
      leadUnit: indicator.leadUnit,
      status: indicator.status,
      paceGap: indicator.paceGap,
      low: cityLowRank(current.ranks[position], bottomCount, groupName),
      source: indicator.source,
    })),
    { month, bonus: settings.paceBonusPoints, deduction: settings.paceDeductionPoints }
  );
  const late = latePoints(input.late, settings.latePoints);
  const months = runMonths(month, settings.interviewRuns);

  let candidates: InterviewCandidate[];
  if (input.cityRankSheet !== undefined) {
    const earlier = new Map(
      months.map((at) => [at, at === month ? current.ranks : ranksAt(at).ranks])
    );
    const pacesBefore = new Map(months.map((at) => [at, at === month ? null : input.pacesAt(at)]));
    candidates = records.flatMap((record, position): InterviewCandidate[] => {
      if (record.leadUnit.trim() === "") {
        return [];
      }
      const periods = months.map((at) => {
        const rank = earlier.get(at)?.[position] ?? null;
        const low = cityLowRank(rank, bottomCount, groupName);
        const pace = at === month ? null : (pacesBefore.get(at)?.[position] ?? null);
        const status = at === month ? indicators[position].status : (pace?.status ?? null);
        const paceGap =
          at === month ? indicators[position].paceGap : finiteNumber(pace?.paceGap ?? null);
        const isLow = low !== null && (low.bottom || low.lastInGroup);
        return {
          month: at,
          rank: rank?.rank ?? null,
          count: rank?.count ?? null,
          rankText: low?.text ?? "无全市排名",
          paceGap,
          status,
          deducted:
            at === month
              ? paced.deducted[position]
              : isLow && behind(status) && settings.paceDeductionPoints !== 0,
          low: isLow,
        };
      });
      return [
        {
          basis: "city",
          unit: record.leadUnit.trim(),
          indicator: record.name,
          measure: record.measureLabel,
          leader: record.leader,
          person: record.person,
          periods,
        },
      ];
    });
  } else {
    // Said only when it matters: an indicator behind pace whose deduction cannot be judged.
    if (
      indicators.some((indicator) => indicator.leadUnit.trim() !== "" && behind(indicator.status))
    ) {
      diagnostics.push(
        diagnostic("city_ranks_absent", "warning", "", "", "cityRanksAbsent", {
          bottom: bottomCount,
          runs: settings.interviewRuns,
        })
      );
    }
    const rankings = new Map(months.map((at) => [at, input.rankingAt(at)]));
    const thisMonth = rankings.get(month) ?? [];
    candidates = thisMonth.map((item): InterviewCandidate => {
      const led = records.find((record) => record.leadUnit.trim() === item.unit);
      const periods = months.map((at) => {
        const ranking = rankings.get(at) ?? null;
        const found = ranking?.find((other) => other.unit === item.unit) ?? null;
        const ranked = ranking?.filter((other) => other.rank !== null).length ?? 0;
        return {
          month: at,
          rank: found?.rank ?? null,
          count: ranking === null ? null : ranked,
          rankText:
            found === null || found.rank === null
              ? "本县未排名"
              : `本县排名第${found.rank}/${ranked}`,
          paceGap: found?.averagePaceGap ?? null,
          status: null,
          deducted: false,
          // 后三位 matters only behind pace: a tie at the bottom among units on pace is not low.
          low: found?.bottom === true && (found.averagePaceGap ?? 0) < 0,
        };
      });
      return {
        basis: "county",
        unit: item.unit,
        indicator: "",
        measure: "",
        leader: led?.leader ?? "",
        person: led?.person ?? "",
        periods,
      };
    });
  }
  return {
    monthly: {
      rules: [...paced.rules, ...late.rules],
      events: [...paced.events, ...late.events],
    },
    interviews: interviewList(candidates, settings.interviewRuns),
    cityRanks: input.cityRankSheet === undefined ? "absent" : "read",
    diagnostics,
  };
}
