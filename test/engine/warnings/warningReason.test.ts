import { Dec } from "../../../src/engine/kernel/decimal";
import { WarningFacts, warningReason } from "../../../src/engine/warnings/warningReason";

const d = (value: string | number): Dec => new Dec(value);
const base: WarningFacts = {
  month: 7,
  periods: 12,
  direction: "higher",
  measure: "absolute",
  unit: "万元",
  annualTarget: d(13600),
  paceTarget: d(7700),
  actual: d(6500),
  paceGap: d(-1200).div(13600),
  arrears: d(1200),
  remainingMonthly: d(1420),
  twoMonthsRunning: false,
};

describe("warningReason", () => {
  it.each([
    [
      "absolute",
      base,
      "截至7月累计完成6500万元，落后序时进度8.8个百分点，欠账1200万元，后5个月月均需完成1420万元",
    ],
    [
      "two months running, two decimals shown",
      {
        ...base,
        actual: d("10.1"),
        unit: "亿元",
        paceGap: d("-0.29").div("18.22"),
        arrears: d("0.29"),
        remainingMonthly: d("1.624"),
        twoMonthsRunning: true,
      },
      "截至7月累计完成10.1亿元，落后序时进度1.6个百分点，欠账0.29亿元，后5个月月均需完成1.62亿元，已连续两个月滞后",
    ],
    [
      "growth",
      {
        ...base,
        measure: "growth",
        unit: "%",
        paceTarget: d("22.16"),
        actual: d(20),
        paceGap: d("-0.0216"),
        arrears: null,
        remainingMonthly: null,
      },
      "截至7月累计增长20%，低于目标增速22.16%，相差2.2个百分点",
    ],
    [
      "ceiling",
      {
        ...base,
        direction: "lower",
        unit: "μg/m3",
        paceTarget: d(65),
        actual: d(70),
        paceGap: d(-5).div(65),
        arrears: d(5),
        remainingMonthly: null,
      },
      "截至7月为70μg/m3，超过控制目标65μg/m3，超出5μg/m3",
    ],
    [
      "zero target",
      {
        ...base,
        unit: "%",
        annualTarget: d(0),
        paceTarget: d(0),
        actual: d(-1),
        paceGap: null,
        arrears: d(1),
        remainingMonthly: null,
      },
      "截至7月累计完成-1%，未达到目标0%，欠账1%",
    ],
    [
      "a reduction read as a growth rate (削减比, unit %): worded as a reduction",
      {
        ...base,
        name: "二氧化硫削减比",
        measure: "growth",
        unit: "%",
        annualTarget: d(1),
        paceTarget: d(1),
        actual: d("-0.2"),
        paceGap: d("-0.012"),
        arrears: null,
        remainingMonthly: null,
      },
      "截至7月削减比为-0.2%，低于目标削减比1%，相差1.2个百分点",
    ],
    [
      "a reduction in % as an absolute value (下降率): no growth, no amount, no monthly task",
      {
        ...base,
        name: "万元GDP能耗下降率",
        unit: "%",
        annualTarget: d("2.2"),
        paceTarget: d("2.2"),
        actual: d("2.1"),
        paceGap: d("-0.1").div("2.2"),
        arrears: d("0.1"),
        remainingMonthly: d("0.02"),
      },
      "截至7月下降率为2.1%，低于序时目标2.2%，相差0.1个百分点",
    ],
    [
      "a reduction named without 率 (排放下降)",
      {
        ...base,
        name: "挥发性有机物排放下降",
        measure: "growth",
        unit: "%",
        paceTarget: d(3),
        actual: d(1),
        paceGap: d("-0.02"),
        arrears: null,
        remainingMonthly: null,
      },
      "截至7月下降幅度为1%，低于目标下降幅度3%，相差2个百分点",
    ],
  ] as const)("%s", (_, facts, expected) => {
    expect(warningReason(facts as WarningFacts)).toBe(expected);
  });
});
