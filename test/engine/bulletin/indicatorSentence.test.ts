import { indicatorSentence } from "../../../src/engine/bulletin/indicatorSentence";
import { IndicatorSentenceFacts } from "../../../src/engine/bulletin/bulletinModels";
import { figureShown } from "../../../src/engine/bulletin/figureShown";

const investment: IndicatorSentenceFacts = {
  name: "固定资产投资",
  unit: "亿元",
  month: 7,
  kind: "absolute",
  actual: 16.25,
  newArrears: 4.75,
  arrears: 31.75,
};

describe("indicatorSentence", () => {
  it.each([
    [
      "seed 004's fixed-asset investment, month over month given",
      { ...investment, change: { previousMonth: 6, amount: -16.23, fraction: -0.4997 } },
      "固定资产投资截至7月累计完成16.25亿元，较6月减少16.23亿元，降幅达49.97%，按月进度要求欠账4.75亿元，累计欠账已达31.75亿元",
    ],
    [
      "without month over month (the data has none)",
      investment,
      "固定资产投资截至7月累计完成16.25亿元，按月进度要求欠账4.75亿元，累计欠账已达31.75亿元",
    ],
    [
      "seed 004's fiscal revenue: a change without a rate, no cumulative arrears figure",
      {
        name: "财政一般预算收入",
        unit: "万元",
        month: 7,
        kind: "absolute" as const,
        actual: 5025,
        change: { previousMonth: 6, amount: -11183 },
        newArrears: 5058,
      },
      "财政一般预算收入截至7月累计完成5025万元，较6月减少11183万元，按月进度要求欠账5058万元",
    ],
    [
      "no new arrears this month",
      { ...investment, newArrears: -0.3 },
      "固定资产投资截至7月累计完成16.25亿元，当月未欠新账，累计欠账已达31.75亿元",
    ],
    [
      "a rise on last month",
      { ...investment, change: { previousMonth: 6, amount: 2, fraction: 0.14 } },
      "固定资产投资截至7月累计完成16.25亿元，较6月增加2亿元，增幅达14%，按月进度要求欠账4.75亿元，累计欠账已达31.75亿元",
    ],
    [
      "seed 004's growth rate with its shortfall",
      {
        name: "生产总值",
        unit: "%",
        month: 6,
        kind: "growth" as const,
        actual: 6.6,
        growthGapPoints: 5.4,
        growthShortfall: 28.5,
        shortfallUnit: "亿元",
      },
      "生产总值增速6.6%，与目标增速相差5.4个百分点，绝对量欠账约28.5亿元",
    ],
    [
      "a growth rate with its gap only",
      {
        name: "第二产业增加值",
        unit: "%",
        month: 8,
        kind: "growth" as const,
        actual: 16.35,
        growthGapPoints: 1.65,
      },
      "第二产业增加值增速16.35%，与目标增速相差1.65个百分点",
    ],
    [
      "a ceiling",
      {
        name: "PM10浓度",
        unit: "μg/m3",
        month: 8,
        kind: "ceiling" as const,
        actual: 64,
        paceTarget: 60,
      },
      "PM10浓度为64μg/m3，高于控制目标60μg/m3",
    ],
    [
      "a reduction rate",
      {
        name: "万元GDP能耗下降率",
        unit: "%",
        month: 8,
        kind: "rate" as const,
        actual: 2.12,
        paceTarget: 2.2,
      },
      "万元GDP能耗下降率为2.12%，低于序时目标2.2%",
    ],
    [
      "not reported",
      { ...investment, actual: null, newArrears: null, arrears: null },
      "固定资产投资截至7月未报送",
    ],
  ])("%s", (_case, facts, sentence) => {
    expect(indicatorSentence(facts)).toBe(sentence);
  });
});

describe("figureShown", () => {
  it.each([
    [16.25, "16.25"],
    [-16.23, "16.23"],
    [548.666666666667, "548.67"],
    [0.125, "0.13"],
    [2.675, "2.68"],
    [1200, "1200"],
    [0.1 + 0.2, "0.3"],
  ])("%p → %p", (value, text) => {
    expect(figureShown(value)).toBe(text);
  });
});
