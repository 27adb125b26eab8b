import { formatDiagnostic } from "../../../src/engine/kernel/diagnostic";
import fc from "fast-check";
import { CellValue } from "../../../src/engine/kernel/grid";
import { readRules } from "../../../src/engine/adjustments/readRules";
import { sheet } from "../fixtures/sheet";

const _ = null;

describe("readRules", () => {
  it("reads a 加减分规则 sheet: sides, kinds, ranges, caps, deductions negative whatever the sign typed", () => {
    const { rules, diagnostics } = readRules(
      sheet("加减分规则", [
        ["盘山县2018年专项行动加减分规则", _, _, _, _, _, _],
        ["规则编号", "类别", "计分方式", "分值", "最高分值", "累计上限", "说明"],
        ["B04", "加分", "每次", 0.15, _, 0.4, "市级单项表彰"],
        ["B10", "加分", "按比例", "2分", _, _, "争取资金最多的部门加2分"],
        ["B11", "加分", "区间", 0.1, 0.2, _, "积极参与"],
        ["B12", "加分", _, "0.1-0.2", _, _, "宣传"],
        [_, _, _, _, _, _, _],
        ["P01", "减分", "每次", 2, _, _, "通报批评"],
        ["P07", "扣分", "每次", -0.2, _, "不超过1", "慢作为"],
        ["注：以上所有加分项累计不超过3分", _, _, _, _, _, _],
      ])
    );
    expect(diagnostics).toEqual([]);
    expect(rules).toEqual([
      {
        code: "B04",
        side: "bonus",
        kind: "per_event",
        points: 0.15,
        cap: 0.4,
        description: "市级单项表彰",
      },
      {
        code: "B10",
        side: "bonus",
        kind: "proportional",
        points: 2,
        description: "争取资金最多的部门加2分",
      },
      {
        code: "B11",
        side: "bonus",
        kind: "range",
        points: 0.1,
        pointsMax: 0.2,
        description: "积极参与",
      },
      {
        code: "B12",
        side: "bonus",
        kind: "range",
        points: 0.1,
        pointsMax: 0.2,
        description: "宣传",
      },
      { code: "P01", side: "deduction", kind: "per_event", points: -2, description: "通报批评" },
      {
        code: "P07",
        side: "deduction",
        kind: "per_event",
        points: -0.2,
        cap: 1,
        description: "慢作为",
      },
    ]);
  });

  it("reads traditional headers (加減分規則: 編號, 加減, 內容)", () => {
    const { rules, diagnostics } = readRules(
      sheet("加減分規則", [
        ["編號", "加減", "分值", "內容"],
        ["B01", "加分", 1, "綜合性表彰"],
        ["P12", "減分", 3, "特大安全事故"],
      ])
    );
    expect(diagnostics).toEqual([]);
    expect(rules.map((rule) => [rule.code, rule.side, rule.points, rule.description])).toEqual([
      ["B01", "bonus", 1, "綜合性表彰"],
      ["P12", "deduction", -3, "特大安全事故"],
    ]);
  });

  it.each([
    ["B20", "奖励", "每次", 1, "invalid_value", "C3"],
    ["B20", "加分", "看情况", 1, "invalid_value", "D3"],
    ["B20", "加分", "每次", "约1分", "not_a_number", "E3"],
    ["B20", "加分", "每次", _, "missing_value", "E3"],
    [_, "加分", "每次", 1, "missing_value", "B3"],
  ])(
    "skips a row with a bad cell: %p %p %p %p → %s at %s",
    (code, side, kind, points, diagnosticCode, cell) => {
      const { rules, diagnostics } = readRules(
        sheet("加减分规则", [
          ["序号", "规则编号", "类别", "计分方式", "分值"],
          [1, "B01", "加分", "每次", 1],
          [2, code, side, kind, points],
          [3, "P01", "减分", "每次", -2],
        ])
      );
      expect(rules.map((rule) => rule.code)).toEqual(["B01", "P01"]);
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]).toMatchObject({
        code: diagnosticCode,
        severity: "error",
        sheet: "加减分规则",
        cell,
      });
      expect(formatDiagnostic(diagnostics[0], "zh-CN").startsWith(`加减分规则!${cell}：`)).toBe(
        true
      );
    }
  );

  it("reads a blank 类别 from the sign, with a warning, and skips a repeated code", () => {
    const { rules, diagnostics } = readRules(
      sheet("加减分规则", [
        ["编号", "类别", "分值"],
        ["P05", _, -1],
        ["P05", "减分", 2],
      ])
    );
    expect(rules).toEqual([
      { code: "P05", side: "deduction", kind: "per_event", points: -1, description: "" },
    ]);
    expect(
      diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity, diagnostic.cell])
    ).toEqual([
      ["missing_value", "warning", "B2"],
      ["duplicate_rule", "warning", "A3"],
    ]);
    expect(formatDiagnostic(diagnostics[1], "zh-CN")).toBe(
      "加减分规则!A3：规则编号P05与第2行重复，已跳过此处"
    );
  });

  it("reports a sheet without a header", () => {
    const { rules, diagnostics } = readRules(sheet("加减分规则", [["随便写写"], [1, 2]]));
    expect(rules).toEqual([]);
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(["no_header"]);
  });

  it("never throws on any grid, and every rule is well formed", () => {
    const cell: fc.Arbitrary<CellValue> = fc.oneof(
      fc.constantFrom(
        "规则编号",
        "类别",
        "计分方式",
        "分值",
        "最高分值",
        "累计上限",
        "加分",
        "减分",
        "区间",
        "按比例",
        "0.1-0.2"
      ),
      fc.string(),
      fc.double(),
      fc.constant(null),
      fc.boolean()
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 20 }), (values) => {
        const { rules } = readRules(sheet("加减分规则", values));
        for (const rule of rules) {
          expect(Number.isFinite(rule.points)).toBe(true);
          expect(rule.side === "deduction" ? rule.points <= 0 : rule.points >= 0).toBe(true);
          expect(rule.code).not.toBe("");
        }
      })
    );
  });
});
