import { defaultRules } from "../../../src/engine/adjustments/defaultRules";
import { rulesOf } from "../../../src/engine/adjustments/rulesOf";
import { sheet } from "../fixtures/sheet";

describe("rulesOf", () => {
  it("takes seed 003's rules without a rules sheet", () => {
    expect(rulesOf(undefined)).toEqual({
      rules: defaultRules(),
      source: "default",
      diagnostics: [],
    });
  });

  it("takes the sheet's rules when it has a header", () => {
    const found = rulesOf(
      sheet("加减分规则", [
        ["规则编号", "类别", "计分方式", "分值", "累计上限"],
        ["B04", "加分", "每次", 0.3, 0.5],
      ])
    );
    expect([found.source, found.rules.map((rule) => [rule.code, rule.points, rule.cap])]).toEqual([
      "sheet",
      [["B04", 0.3, 0.5]],
    ]);
    expect(found.diagnostics).toEqual([]);
  });

  it("reports a sheet without a header and keeps the default rules", () => {
    const found = rulesOf(sheet("加减分规则", [["随便"], ["写写"]]));
    expect([found.source, found.rules]).toEqual(["default", defaultRules()]);
    expect(found.diagnostics.map((item) => [item.code, item.sheet])).toEqual([
      ["no_header", "加减分规则"],
    ]);
  });
});
