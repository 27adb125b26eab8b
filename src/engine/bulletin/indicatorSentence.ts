import { dec } from "../kernel/decimal";
import { IndicatorSentenceFacts } from "./bulletinModels";
import { figureShown } from "./figureShown";

/** 较上月 as seed 004 words it: "较6月减少16.23亿元，降幅达50%". */
function changeClause(facts: IndicatorSentenceFacts): string | null {
  const change = facts.change;
  if (change === undefined || change === null || !Number.isFinite(change.amount)) {
    return null;
  }
  if (change.amount === 0) {
    return `与${change.previousMonth}月持平`;
  }
  const up = change.amount > 0;
  const rate =
    change.fraction === undefined || change.fraction === null || !Number.isFinite(change.fraction)
      ? ""
      : `，${up ? "增幅" : "降幅"}达${figureShown(dec(change.fraction).times(100).toNumber())}%`;
  return `较${change.previousMonth}月${up ? "增加" : "减少"}${figureShown(change.amount)}${facts.unit}${rate}`;
}

/** A figure with its unit, or null when there is none. */
function amount(value: number | null | undefined, unit: string): string | null {
  return value === undefined || value === null || !Number.isFinite(value)
    ? null
    : `${figureShown(value)}${unit}`;
}

/**
 * 指标通报句: the sentence of one lagging indicator in the register of seed 004 —
 * "固定资产投资截至8月累计完成16.25亿元，较7月减少16.23亿元，降幅达50%，按月进度要求欠账4.75亿元，
 * 累计欠账已达31.75亿元"; a growth rate: "生产总值增速6.6%，与目标增速相差5.4个百分点，绝对量欠账约
 * 28.5亿元"; a ceiling: "PM10浓度为64μg/m3，高于控制目标60μg/m3"; a rate in % that is no growth
 * (下降率, 削减比): "万元GDP能耗下降率为2.12%，低于序时目标2.2%". Each clause after the actual
 * stands only when its figure is given: 较上月 (`change`), 按月进度要求欠账 (new arrears above 0;
 * "当月未欠新账" at 0 or below), 累计欠账, 与目标增速相差 and 绝对量欠账约. Figures as
 * {@link figureShown}: two decimals at most, the exact values rounded half up.
 */
export function indicatorSentence(facts: IndicatorSentenceFacts): string {
  const clauses: string[] = [];
  const actual = amount(facts.actual, facts.unit);
  if (facts.kind === "growth") {
    clauses.push(actual === null ? `${facts.name}未报送增速` : `${facts.name}增速${actual}`);
    const change = changeClause(facts);
    if (change !== null) {
      clauses.push(change);
    }
    if (facts.growthGapPoints !== undefined && facts.growthGapPoints !== null) {
      clauses.push(`与目标增速相差${figureShown(facts.growthGapPoints)}个百分点`);
    }
    const shortfall = amount(facts.growthShortfall, facts.shortfallUnit ?? "");
    if (shortfall !== null) {
      clauses.push(`绝对量欠账约${shortfall}`);
    }
    return clauses.join("，");
  }
  if (facts.kind === "ceiling" || facts.kind === "rate") {
    clauses.push(actual === null ? `${facts.name}未报送` : `${facts.name}为${actual}`);
    const target = amount(facts.paceTarget, facts.unit);
    if (target !== null) {
      clauses.push(facts.kind === "ceiling" ? `高于控制目标${target}` : `低于序时目标${target}`);
    }
    return clauses.join("，");
  }
  clauses.push(
    actual === null
      ? `${facts.name}截至${facts.month}月未报送`
      : `${facts.name}截至${facts.month}月累计完成${actual}`
  );
  const change = changeClause(facts);
  if (change !== null) {
    clauses.push(change);
  }
  if (facts.newArrears !== undefined && facts.newArrears !== null) {
    clauses.push(
      facts.newArrears > 0
        ? `按月进度要求欠账${figureShown(facts.newArrears)}${facts.unit}`
        : "当月未欠新账"
    );
  }
  const arrears = amount(facts.arrears, facts.unit);
  if (arrears !== null && (facts.arrears ?? 0) > 0) {
    clauses.push(`累计欠账已达${arrears}`);
  }
  return clauses.join("，");
}
