import { Dec } from "../kernel/decimal";
import { Direction, Measure } from "../kernel/types";
import { isPercentUnit } from "../table/isPercentUnit";

/** The figures of one indicator that a warning sentence names. */
export interface WarningFacts {
  /** 指标名称: a reduction (下降率, 削减比, 减排) is worded as one; "" or absent for none. */
  readonly name?: string;
  readonly month: number;
  readonly periods: number;
  readonly direction: Direction;
  readonly measure: Measure;
  /** 单位 of the figures (万元, %, μg/m3 …). */
  readonly unit: string;
  readonly annualTarget: Dec | null;
  /** 序时目标; for growth the rate in force, for a ceiling the ceiling in force. */
  readonly paceTarget: Dec | null;
  readonly actual: Dec | null;
  readonly paceGap: Dec | null;
  readonly arrears: Dec | null;
  readonly remainingMonthly: Dec | null;
  /** Lagging or seriously lagging in the month before too (连续两个月滞后). */
  readonly twoMonthsRunning: boolean;
  /** 绝对量欠账 of a growth rate (上年同期 × rate gap / 100); null or absent when not known. */
  readonly shortfall?: Dec | null;
  /** The unit of the shortfall (亿元). */
  readonly shortfallUnit?: string;
}

/** A figure as the sentence shows it: at most two decimals, no trailing zeros (1200, 30.3, 0.33). */
function shown(value: Dec): string {
  return value.toDecimalPlaces(2).toString();
}

/** A fraction as percentage points with one decimal, without the sign (−0.0882 → 8.8). */
function points(value: Dec): string {
  return value.abs().times(100).toFixed(1);
}

/** The reduction an indicator's name says (下降率, 削减比, 减排 …). */
const REDUCTION = /下降率|削减比|减排率|降低率|减少率|下降|削减|减排|降低|减少/;

/** What a reduction is called in the sentence: 削减比, 下降率; a bare 下降 becomes 下降幅度. */
function reductionTerm(name: string): string | null {
  const match = REDUCTION.exec(name);
  if (match === null) {
    return null;
  }
  return /[率比]$/.test(match[0]) ? match[0] : `${match[0]}幅度`;
}

/** A figure with its unit ("%" and other units written right after the number). */
function withUnit(value: Dec, unit: string): string {
  return `${shown(value)}${unit}`;
}

/**
 * 预警说明: the zh-CN sentence of a warning notice (预警提示单/督办单), e.g. for 地方财政收入 at month 7
 * "截至7月累计完成6500万元，落后序时进度8.8个百分点，欠账1200万元，后5个月月均需完成1420万元".
 * Growth rates: "截至7月累计增长15%，低于目标增速18%，相差3.0个百分点", with 上年同期 given
 * "…，绝对量欠账约11亿元"; ceilings: "截至7月为70μg/m3，
 * 超过控制目标65μg/m3，超出5μg/m3"; reductions in % (削减比, 下降率: higher is better) as reductions,
 * "截至7月削减比为-0.2%，低于目标削减比0%，相差0.2个百分点", never as growth or as an amount to
 * complete, and with no monthly task. Adds "，已连续两个月滞后" when it lagged the month before too.
 * Figures are rounded for the sentence only (two decimals; points to one decimal).
 */
export function warningReason(facts: WarningFacts): string {
  const { month, unit, actual, paceTarget, paceGap, arrears, remainingMonthly } = facts;
  const parts: string[] = [];
  const reduction =
    facts.direction === "higher" && (facts.measure === "growth" || isPercentUnit(unit))
      ? reductionTerm(facts.name ?? "")
      : null;
  if (actual === null) {
    parts.push(`截至${month}月未报送完成情况`);
  } else if (reduction !== null) {
    // 削减比 / 下降率: a rate to reach, higher is better
    parts.push(`截至${month}月${reduction}为${shown(actual)}%`);
    if (paceTarget !== null) {
      const target = facts.measure === "growth" ? `目标${reduction}` : "序时目标";
      parts.push(`低于${target}${shown(paceTarget)}%`);
      const short = paceTarget.minus(actual);
      if (short.gt(0)) {
        parts.push(`相差${short.toDecimalPlaces(2).toString()}个百分点`);
      }
    }
  } else if (facts.measure === "growth") {
    const rate = paceTarget === null ? "" : `${shown(paceTarget)}%`;
    const side = facts.direction === "lower" ? "高于" : "低于";
    parts.push(`截至${month}月累计增长${shown(actual)}%`);
    if (rate !== "") {
      parts.push(`${side}目标增速${rate}`);
    }
    if (paceGap !== null) {
      parts.push(`相差${points(paceGap)}个百分点`);
    }
    if (facts.shortfall !== undefined && facts.shortfall !== null && facts.shortfall.gt(0)) {
      // seed 004: 绝对量欠账约11亿元 — one decimal at most, as the bulletins round it
      parts.push(
        `绝对量欠账约${facts.shortfall.toDecimalPlaces(1).toString()}${facts.shortfallUnit ?? ""}`
      );
    }
  } else if (facts.direction === "lower") {
    parts.push(`截至${month}月为${withUnit(actual, unit)}`);
    if (paceTarget !== null) {
      parts.push(`超过控制目标${withUnit(paceTarget, unit)}`);
    }
    if (arrears !== null && arrears.gt(0)) {
      parts.push(`超出${withUnit(arrears, unit)}`);
    }
  } else {
    parts.push(`截至${month}月累计完成${withUnit(actual, unit)}`);
    if (paceGap !== null) {
      parts.push(`落后序时进度${points(paceGap)}个百分点`);
    } else if (facts.annualTarget !== null) {
      parts.push(`未达到目标${withUnit(facts.annualTarget, unit)}`);
    }
    if (arrears !== null && arrears.gt(0)) {
      parts.push(`欠账${withUnit(arrears, unit)}`);
    }
    if (remainingMonthly !== null && facts.periods > month) {
      parts.push(`后${facts.periods - month}个月月均需完成${withUnit(remainingMonthly, unit)}`);
    }
  }
  if (facts.twoMonthsRunning) {
    parts.push("已连续两个月滞后");
  }
  return parts.join("，");
}
