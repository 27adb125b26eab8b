import { CellValue } from "../../../src/engine/kernel/grid";
import { Measure } from "../../../src/engine/kernel/types";
import { readMeasure } from "../../../src/engine/table/readMeasure";
import { Finding, SEED_HEADER, findings, readerFixture } from "./tableReaderFixture";

const unknown = (cell: string, text: string, measure: Measure): Finding => [
  "unknown_measure",
  "warning",
  cell,
  "tableUnknownMeasure",
  measure === "growth"
    ? { text, measure: "增幅", measureEn: "growth rate" }
    : { text, measure: "绝对量", measureEn: "absolute value" },
];

describe("readMeasure", () => {
  it.each<[CellValue, string, string, Measure, Finding[]]>([
    ["绝对量", "地方财政收入", "万元", "absolute", []],
    ["增幅", "地方财政收入", "万元", "growth", []],
    ["增 速", "地方财政收入", "", "growth", []],
    ["絕對量", "地方财政收入", "%", "absolute", []],
    [null, "地方财政收入", "%", "growth", []],
    [null, "地方财政收入", "个百分点", "growth", []],
    [null, "gdp增速", "万元", "growth", []],
    [null, "社会消费品零售总额增长率", "", "growth", []],
    [null, "地方财政收入", "万元", "absolute", []],
    ["合计数", "地方财政收入", "万元", "absolute", [unknown("B2", "合计数", "absolute")]],
    ["同比", "地方财政收入", "%", "growth", [unknown("B2", "同比", "growth")]],
    [7, "gdp增速", "", "growth", [unknown("B2", "7", "growth")]],
  ])("%j for %s in %j → %s", (cell, nameKey, unit, measure, expected) => {
    const { context, sink, diagnostics } = readerFixture([SEED_HEADER, ["甲", cell]]);
    expect(readMeasure(context, sink, 1, nameKey, unit)).toBe(measure);
    expect(findings(diagnostics)).toEqual(expected);
  });

  it("reports a merged measure cell once, though every row it covers reads it", () => {
    const { context, sink, diagnostics } = readerFixture(
      [SEED_HEADER, ["甲", "合计数", "上半年"], [null, null, "全年"], ["乙", "合计数"]],
      [{ top: 1, left: 1, bottom: 2, right: 1 }]
    );
    expect([1, 2, 3].map((row) => readMeasure(context, sink, row, "甲", ""))).toEqual([
      "absolute",
      "absolute",
      "absolute",
    ]);
    expect(findings(diagnostics)).toEqual([
      unknown("B2", "合计数", "absolute"),
      unknown("B4", "合计数", "absolute"),
    ]);
  });

  it("infers the measure without a finding when the table has no measure column", () => {
    const { context, sink, diagnostics } = readerFixture([
      ["指标名称", "单位", "目标"],
      ["GDP增速", "%", 7.5],
    ]);
    expect(context.column.measure).toBeUndefined();
    expect(readMeasure(context, sink, 1, "gdp增速", "%")).toBe("growth");
    expect(readMeasure(context, sink, 1, "地方财政收入", "万元")).toBe("absolute");
    expect(diagnostics).toEqual([]);
  });
});
