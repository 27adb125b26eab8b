import { monthlySettingCells } from "../../../src/engine/settings/monthlySettingCells";
import { savedMonthlySettings } from "../../../src/engine/settings/savedMonthlySettings";
import { STATED_DEFAULTS } from "../fixtures/monthlyDefaults";
import { sheet } from "../fixtures/sheet";

describe("monthlySettingCells", () => {
  it("writes every setting as the 设置 sheet holds it, defaults filled in", () => {
    expect(monthlySettingCells({ band: 0.035, method: "linear", bonusCap: null })).toEqual({
      ...STATED_DEFAULTS,
      band: 3.5,
      method: "均衡进度",
      ties: "1,1,3",
      rankingMeasure: "平均进度差",
      bonusCap: "不设上限",
      groupName: "",
    });
  });
});

describe("savedMonthlySettings", () => {
  const settings = sheet("设置", [
    ["设置项", "取值"],
    ["预警幅度", 3],
    ["进度算法", "自动"],
  ]);

  it("reads back what monthlySettingCells stored in the document settings", () => {
    const stored = monthlySettingCells({ band: 0.035, periods: 4, method: "linear" });
    expect(savedMonthlySettings([], stored)).toEqual({
      ...STATED_DEFAULTS,
      periods: 4,
      band: 0.035,
      method: "linear",
    });
  });

  it("takes the 设置 sheet over the document settings, its automatic method too", () => {
    expect(savedMonthlySettings([settings], { band: 4, periods: 4, method: "均衡进度" })).toEqual({
      band: 0.03,
      periods: 4,
    });
  });

  it.each([null, "band", 7, [1, 2], { band: "wide", periods: { a: 1 } }])(
    "ignores a document value it cannot read: %j",
    (stored) => {
      expect(savedMonthlySettings([], stored)).toEqual({});
    }
  );
});
