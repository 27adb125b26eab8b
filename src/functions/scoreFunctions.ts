/* eslint-disable @typescript-eslint/no-explicit-any -- ranges hold mixed cells, and the metadata generator takes only any[][] for them */
/*
 * The scoring custom functions (计分): COMPLETIONSCORE, COMPOSITESCORE, ADJUSTMENT, GRADE, RANK,
 * RANKSCORE and EFFICACYSCORE. Each is thin: read the arguments, call the engine, return a plain
 * number or text. The build generates functions.json from these JSDoc blocks. Each runs through
 * withBlankCells (blankCells.ts), naming the arguments where an empty cell gives another result
 * than 0, as in paceFunctions.ts; where blank and 0 give the same result nothing is read.
 */
import {
  adjustmentTotals,
  completionScore as completionScoreOf,
  CompositePart,
  compositeScore as compositeScoreOf,
  efficacyScore as efficacyScoreOf,
  grade as gradeOf,
  gradeLabel,
  rank as rankOf,
  rankScore as rankScoreOf,
} from "../engine";
import {
  assertSameLength,
  CellArgument,
  flatten,
  isBlank,
  numbersOrBlanks,
  optionalNumber,
  optionalNumberOrNull,
  readActual,
  readFlag,
  readNumber,
  readOption,
} from "./arguments";
import { withBlankCells } from "./blankCells";
import { displayLocale } from "./excelError";
import { directionOf, sharingWords, tiesWords } from "./domainArguments";

/** A range argument as the bodies read it, row by row. */
type CellRange = readonly (readonly CellArgument[])[];

function computeCompletionScore(
  actual: CellArgument,
  target: CellArgument,
  fullScore: CellArgument,
  direction?: CellArgument,
  floor?: CellArgument,
  cap?: CellArgument
): number {
  return completionScoreOf(
    readActual(actual, "actual"),
    readNumber(target, "target"),
    readNumber(fullScore, "fullScore"),
    {
      direction: directionOf(direction),
      floor: optionalNumber(floor, "floor", 0.7),
      cap: optionalNumber(cap, "cap", 1),
    }
  ).toNumber();
}

/**
 * Completion-ratio score (完成比例法): full score × completion, capped; below the floor it is 0.
 * @customfunction COMPLETIONSCORE
 * @param actual Actual (完成值).
 * @param target Target (目标值).
 * @param fullScore Full score (满分).
 * @param [direction] "higher" (正向, default) or "lower" (逆向).
 * @param [floor] Completion below which the score is 0; 0.7 if omitted.
 * @param [cap] Highest completion counted; 1 if omitted.
 * @param [invocation] The argument addresses, to tell an empty cell from 0.
 * @requiresParameterAddresses
 * @returns {number} The score.
 */
export function completionScore(
  actual: number | string | boolean,
  target: number | string | boolean,
  fullScore: number | string | boolean,
  direction?: number | string | boolean,
  floor?: number | string | boolean,
  cap?: number | string | boolean,
  invocation?: CustomFunctions.Invocation
) {
  // A blank actual is 未报送, a blank full score an error; blank direction, floor, cap: defaults.
  // A blank target must not be blank, a 0 target divides by 0.
  return withBlankCells(
    computeCompletionScore,
    [actual, target, fullScore, direction, floor, cap],
    [0, 1, 2, 3, 4, 5],
    invocation
  );
}

function computeCompositeScore(
  scores: CellRange,
  weights: CellRange,
  sharing?: CellArgument
): number {
  const scoreValues = numbersOrBlanks(scores, "scores");
  const weightValues = numbersOrBlanks(weights, "weights");
  assertSameLength(scoreValues, "scores", weightValues, "weights");
  const parts: CompositePart[] = scoreValues.map((score, index) => ({
    score,
    weight: weightValues[index] ?? 0,
  }));
  return compositeScoreOf(parts, readOption(sharing, "sharing", sharingWords, "even")).toNumber();
}

/**
 * Composite score (综合得分): Σ score × weight; the weight of a blank score is shared out among the others.
 * @customfunction COMPOSITESCORE
 * @param scores The part scores; blank where a unit has no such part.
 * @param weights The weights, as fractions (0.6) or percentages (60).
 * @param [sharing] "even" (平均, default, seed 003) or "proportional" (按比例).
 * @param [invocation] The argument addresses, to tell an empty cell from 0.
 * @requiresParameterAddresses
 * @returns {number} The weighted score.
 */
export function compositeScore(
  scores: any[][],
  weights: any[][],
  sharing?: number | string | boolean,
  invocation?: CustomFunctions.Invocation
) {
  // A blank score shares its weight out; a score of 0 counts. A blank weight is 0 anyway.
  return withBlankCells(computeCompositeScore, [scores, weights, sharing], [0], invocation);
}

function computeAdjustment(
  counts: CellRange,
  points: CellRange,
  caps?: CellRange | null,
  bonusCap?: CellArgument
): number {
  const countValues = numbersOrBlanks(counts, "counts");
  const pointValues = numbersOrBlanks(points, "points");
  const capValues = caps ? numbersOrBlanks(caps, "caps") : [];
  assertSameLength(countValues, "counts", pointValues, "points");
  const entries = countValues.map((count, index) => ({
    count: count ?? 0,
    points: pointValues[index] ?? 0,
    cap: capValues[index] ?? null,
  }));
  return adjustmentTotals(entries, optionalNumberOrNull(bonusCap, "bonusCap")).net.toNumber();
}

/**
 * Net bonus and deduction (加减分): Σ count × points, each rule under its cap, bonuses under the total cap.
 * @customfunction ADJUSTMENT
 * @param counts Number of events per rule (次数).
 * @param points Points per event per rule; negative for deductions.
 * @param [caps] Each rule's cumulative cap (累计不超过); blank for none.
 * @param [bonusCap] Cap on all bonuses together (seed 003: 3); none if omitted.
 * @param [invocation] The argument addresses, to tell an empty cell from 0.
 * @requiresParameterAddresses
 * @returns {number} Net points: capped bonus plus deductions.
 */
export function adjustment(
  counts: any[][],
  points: any[][],
  caps?: any[][],
  bonusCap?: number | string | boolean,
  invocation?: CustomFunctions.Invocation
) {
  // A blank cap is no cap, a cap of 0 allows nothing. Blank counts and points are 0 anyway.
  return withBlankCells(computeAdjustment, [counts, points, caps, bonusCap], [2, 3], invocation);
}

function computeGrade(
  score: CellArgument,
  cityBonus?: CellArgument,
  cityDeduction?: CellArgument,
  veto?: CellArgument
): string {
  const result = gradeOf(isBlank(score) ? null : readNumber(score, "score"), {
    cityBonus: optionalNumber(cityBonus, "cityBonus", 0),
    cityDeduction: optionalNumber(cityDeduction, "cityDeduction", 0),
    veto: readFlag(veto),
  });
  return gradeLabel(result, displayLocale());
}

/**
 * Grade (等次): 优秀, 良好, 一般 or 较差, with seed 002's overrides: ≥ 3 city bonus points → 优秀;
 * ≥ 1 city deduction point → no better than 一般; a veto → 较差.
 * @customfunction GRADE
 * @param score The unit's score.
 * @param [cityBonus] Bonus points the unit won the county in the city's assessment.
 * @param [cityDeduction] Points the unit cost the county in the city's assessment.
 * @param [veto] TRUE or 是 when a one-vote veto (一票否决) applies.
 * @param [invocation] The argument addresses, to tell an empty cell from 0.
 * @requiresParameterAddresses
 * @returns {string} The grade word.
 */
export function grade(
  score: number | string | boolean,
  cityBonus?: number | string | boolean,
  cityDeduction?: number | string | boolean,
  veto?: number | string | boolean,
  invocation?: CustomFunctions.Invocation
) {
  // A blank score has no grade; a score of 0 is 较差. Blank points and veto are 0 and no anyway.
  return withBlankCells(computeGrade, [score, cityBonus, cityDeduction, veto], [0], invocation);
}

function computeRank(
  value: CellArgument,
  values: CellRange,
  order?: CellArgument,
  ties?: CellArgument
): number {
  const candidates = flatten(values).map((cell) => (typeof cell === "number" ? cell : null));
  return rankOf(readNumber(value, "value"), candidates, {
    order: optionalNumber(order, "order", 0) === 0 ? "descending" : "ascending",
    ties: readOption(ties, "ties", tiesWords, "competition"),
  });
}

/**
 * Rank (排名) of a value among values; ties share a rank; blanks and text are ignored. Its name is
 * RANKING, not RANK: RANK is a built-in Excel function, and a custom function must not share a
 * built-in's name in any language. The id stays RANK, so workbooks that use it keep working.
 * @customfunction RANK RANKING
 * @param value The value to rank.
 * @param values The values to rank among.
 * @param [order] 0 (default): the largest is 1st; 1: the smallest is 1st.
 * @param [ties] "competition" (1,1,3, default) or "dense" (1,1,2, 中国式).
 * @param [invocation] The argument addresses, to tell an empty cell from 0.
 * @requiresParameterAddresses
 * @returns {number} The rank.
 */
export function rank(
  value: number | string | boolean,
  values: any[][],
  order?: number | string | boolean,
  ties?: number | string | boolean,
  invocation?: CustomFunctions.Invocation
) {
  // A blank among the values is ignored, a 0 is ranked; a blank value is an error.
  return withBlankCells(computeRank, [value, values, order, ties], [0, 1], invocation);
}

function computeRankScore(
  rank: CellArgument,
  fullScore: CellArgument,
  step?: CellArgument
): number {
  return rankScoreOf(
    readNumber(rank, "rank"),
    readNumber(fullScore, "fullScore"),
    optionalNumber(step, "step", 0.05)
  ).toNumber();
}

/**
 * Rank score (争先进位计分): full × (1 − step × (rank − 1)), not below 0.
 * @customfunction RANKSCORE
 * @param rank The rank (1 = first).
 * @param fullScore Full score (满分).
 * @param [step] Share of the full score lost per place, 0.05 if omitted.
 * @param [invocation] The argument addresses, to tell an empty cell from 0.
 * @requiresParameterAddresses
 * @returns {number} The score.
 */
export function rankScore(
  rank: number | string | boolean,
  fullScore: number | string | boolean,
  step?: number | string | boolean,
  invocation?: CustomFunctions.Invocation
) {
  // A blank full score is an error and a blank step the default; 0 gives a number for both.
  // A blank rank must not be blank, rank 0 is invalid.
  return withBlankCells(computeRankScore, [rank, fullScore, step], [0, 1, 2], invocation);
}

function computeEfficacyScore(
  value: CellArgument,
  satisfactory: CellArgument,
  unacceptable: CellArgument
): number {
  return efficacyScoreOf(
    readNumber(value, "value"),
    readNumber(satisfactory, "satisfactory"),
    readNumber(unacceptable, "unacceptable")
  ).toNumber();
}

/**
 * Efficacy coefficient score (功效系数法): 60 + 40 × (value − unacceptable) ÷ (satisfactory − unacceptable).
 * @customfunction EFFICACYSCORE
 * @param value The value achieved.
 * @param satisfactory The satisfactory value (满意值), worth 100.
 * @param unacceptable The unacceptable value (不允许值), worth 60.
 * @param [invocation] The argument addresses, to tell an empty cell from 0.
 * @requiresParameterAddresses
 * @returns {number} The score.
 */
export function efficacyScore(
  value: number | string | boolean,
  satisfactory: number | string | boolean,
  unacceptable: number | string | boolean,
  invocation?: CustomFunctions.Invocation
) {
  // Each is required: a blank is an error, a 0 a value.
  return withBlankCells(
    computeEfficacyScore,
    [value, satisfactory, unacceptable],
    [0, 1, 2],
    invocation
  );
}
