import { Dec } from "../../../src/engine/kernel/decimal";
import { yearEndGrade } from "../../../src/engine/yearEnd/yearEndGrade";

const settings = {
  thresholds: { excellent: new Dec(90), good: new Dec(80), fair: new Dec(60) },
  vetoTotal: "zero" as const,
};
const none = { vetoed: false, reason: "" };

describe("yearEndGrade", () => {
  it.each<[string, string | null, number, number, string, string | null, string[]]>([
    ["score thresholds: 91.72 → 优秀", "91.72", 0, 0, "", "excellent", []],
    ["score thresholds: 89.99 → 良好", "89.99", 0, 0, "", "good", []],
    ["score thresholds: 60 → 一般", "60", 0, 0, "", "fair", []],
    ["score thresholds: 59.99 → 较差", "59.99", 0, 0, "", "poor", []],
    [
      "seed 002: city bonus 3 → 优秀",
      "89.29",
      3,
      0,
      "",
      "excellent",
      ["市考加分3.0，直接评为优秀"],
    ],
    ["city bonus 2.95 is not enough", "89.29", 2.95, 0, "", "good", []],
    ["city bonus on a unit already 优秀 needs no reason", "95", 3, 0, "", "excellent", []],
    [
      "seed 002: city deduction 1.5 caps 优秀 at 一般",
      "90.74",
      0,
      -1.5,
      "",
      "fair",
      ["市考减分1.5，不得评为良好以上等次，评为一般"],
    ],
    [
      "city deduction 1 caps 良好 too",
      "85",
      0,
      -1,
      "",
      "fair",
      ["市考减分1.0，不得评为良好以上等次，评为一般"],
    ],
    ["city deduction 0.75 does not cap", "85", 0, -0.75, "", "good", []],
    ["city deduction on a 较差 unit changes nothing", "50", 0, -2, "", "poor", []],
    [
      "the deduction wins over the bonus",
      "92",
      3,
      -1.5,
      "",
      "fair",
      ["市考加分3.0，但市考减分1.5，不得评为良好以上等次，评为一般"],
    ],
    [
      "seed 002: a veto over a 3-point city bonus → 较差",
      "0",
      3,
      0,
      "辖区发生较大环境污染事件",
      "poor",
      ["一票否决：辖区发生较大环境污染事件，计0分，评为较差；市考加分3.0不予直接评优"],
    ],
    [
      "a veto without a total still decides",
      null,
      0,
      0,
      "弄虚作假",
      "poor",
      ["一票否决：弄虚作假，计0分，评为较差"],
    ],
    ["no total, no veto: no grade even with a bonus", null, 3, 0, "", null, []],
  ])("%s", (_name, total, cityBonus, cityDeduction, veto, expected, reasons) => {
    const result = yearEndGrade(
      total === null ? null : new Dec(total),
      new Dec(cityBonus),
      new Dec(cityDeduction),
      veto === "" ? none : { vetoed: true, reason: veto },
      settings
    );
    expect(result.grade).toBe(expected);
    expect(result.reasons).toEqual(reasons);
  });

  it("names the overrides, and keeps the score's own grade", () => {
    const vetoed = yearEndGrade(
      new Dec(95),
      new Dec(3),
      new Dec(0),
      { vetoed: true, reason: "" },
      {
        ...settings,
        vetoTotal: "keep",
      }
    );
    expect(vetoed).toEqual({
      grade: "poor",
      scoreGrade: "excellent",
      overrides: ["veto"],
      reasons: ["一票否决，评为较差；市考加分3.0不予直接评优"],
    });
    expect(yearEndGrade(new Dec(89), new Dec(3), new Dec(-1.5), none, settings).overrides).toEqual([
      "cityDeduction",
    ]);
    expect(yearEndGrade(new Dec(89), new Dec(3.25), new Dec(0), none, settings).reasons).toEqual([
      "市考加分3.25，直接评为优秀",
    ]);
  });
});
