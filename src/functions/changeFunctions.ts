/*
 * The change custom functions: MONTHOVERMONTH (环比: 较上月 and 增减%, seed 004) and GROWTHSHORTFALL
 * (绝对量欠账 of a growth rate). Thin like the pace functions (paceFunctions.ts): read the
 * arguments, call the engine, return a plain number; each asks Excel for its arguments' addresses
 * and runs through withBlankCells (blankCells.ts), so that an empty cell passed as 0 still counts as
 * blank (未报送, #N/A) and never as a figure of 0.
 */
import { AssessError, growthShortfall as shortfallOf, monthOverMonth as changeOf } from "../engine";
import { CellArgument, readActual, readFlag, readNumber } from "./arguments";
import { withBlankCells } from "./blankCells";

function computeMonthOverMonth(
  current: CellArgument,
  previous: CellArgument,
  asRatio?: CellArgument
): number {
  const change = changeOf(readActual(current, "current"), readActual(previous, "previous"));
  if (!readFlag(asRatio ?? null)) {
    return change.delta.toNumber();
  }
  if (change.ratio === null) {
    throw new AssessError("divisionByZero", "zeroLastMonth");
  }
  return change.ratio.toNumber();
}

/**
 * Month-over-month change (环比) of a monthly figure: this month minus last month, or with asRatio
 * the change in % of last month (seed 004: 5025 against 16208 → −11183, −69%).
 * @customfunction MONTHOVERMONTH
 * @param current This month's own figure (当月完成); blank is 未报送.
 * @param previous Last month's own figure (上月完成); blank is 未报送.
 * @param [asRatio] TRUE (or 是) for the change in % (a fraction), omitted for the change itself.
 * @param [invocation] The argument addresses, to tell an empty cell from 0.
 * @requiresParameterAddresses
 * @returns {number} The change, or the change as a fraction of last month.
 */
export function monthOverMonth(
  current: number | string | boolean,
  previous: number | string | boolean,
  asRatio?: number | string | boolean,
  invocation?: CustomFunctions.Invocation
) {
  // A blank figure is 未报送 (#N/A), not 0; a 0 last month has no ratio (#DIV/0!).
  return withBlankCells(computeMonthOverMonth, [current, previous, asRatio], [0, 1], invocation);
}

function computeGrowthShortfall(
  lastYear: CellArgument,
  targetRate: CellArgument,
  actualRate: CellArgument
): number {
  return shortfallOf(
    readNumber(lastYear, "lastYear"),
    readNumber(targetRate, "targetRate"),
    readActual(actualRate, "actualRate")
  ).toNumber();
}

/**
 * Growth shortfall (绝对量欠账): what a growth-rate gap costs in absolute terms, last year's figure of
 * the same period × (target rate − actual rate) ÷ 100 (seed 004: 相差12.3个百分点，欠账约11亿元).
 * @customfunction GROWTHSHORTFALL
 * @param lastYear The same period of last year (上年同期), an amount.
 * @param targetRate The target growth rate in % (17.5 for 17.5%).
 * @param actualRate The actual growth rate in %; blank is 未报送.
 * @param [invocation] The argument addresses, to tell an empty cell from 0.
 * @requiresParameterAddresses
 * @returns {number} The amount owed; negative when ahead of the target rate.
 */
export function growthShortfall(
  lastYear: number | string | boolean,
  targetRate: number | string | boolean,
  actualRate: number | string | boolean,
  invocation?: CustomFunctions.Invocation
) {
  // A blank last year or target is an error (#VALUE!), a blank actual 未报送 (#N/A); none is 0.
  return withBlankCells(
    computeGrowthShortfall,
    [lastYear, targetRate, actualRate],
    [0, 1, 2],
    invocation
  );
}
