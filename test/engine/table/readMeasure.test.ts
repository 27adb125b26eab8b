import { CellValue } from "../../../src/engine/kernel/grid";
import { Measure } from "../../../src/engine/kernel/types";
import { readMeasure } from "../../../src/engine/table/readMeasure";
import {
  Finding,
  SEED_HEADER,
  blockDraft,
  findings,
  readerFixture,
  recordDraft,
} from "./tableReaderFixture";

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
    expect(readMeasure(context, sink, 1, blockDraft(nameKey, 1), unit)).toBe(measure);
    expect(findings(diagnostics)).toEqual(expected);
  });

  it("reports a merged measure cell once, though every row it covers reads it", () => {
    const { context, sink, diagnostics } = readerFixture(
      [SEED_HEADER, ["甲", "合计数", "上半年"], [null, null, "全年"], ["乙", "合计数"]],
      [{ top: 1, left: 1, bottom: 2, right: 1 }]
    );
    expect(
      [1, 2, 3].map((row) => readMeasure(context, sink, row, blockDraft("甲", 1), ""))
    ).toEqual(["absolute", "absolute", "absolute"]);
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
    expect(readMeasure(context, sink, 1, blockDraft("gdp增速", 1), "%")).toBe("growth");
    expect(readMeasure(context, sink, 1, blockDraft("地方财政收入", 1), "万元")).toBe("absolute");
    expect(diagnostics).toEqual([]);
  });

  it("reads a row without a unit whose figures are a growth rate as the indicator's growth", () => {
    const fixture = readerFixture([
      ["指标名称", "单位", "全年目标", "7月累计完成"],
      ["地方财政收入", "万元", 13600, 7700],
      [null, null, "增长10%", "8.5%"],
      [null, null, "10%", "8.5%"],
      [null, null, 12, 9],
    ]);
    const plain = blockDraft("地方财政收入", 1);
    expect(readMeasure(fixture.context, fixture.sink, 2, plain, "")).toBe("growth");
    // a bare percentage is a growth rate only under the indicator's amounts
    expect(readMeasure(fixture.context, fixture.sink, 3, plain, "")).toBe("absolute");
    const afterAmounts = blockDraft("地方财政收入", 1);
    recordDraft(fixture, afterAmounts, "absolute", 1).unit = "万元";
    expect(readMeasure(fixture.context, fixture.sink, 3, afterAmounts, "")).toBe("growth");
    expect(readMeasure(fixture.context, fixture.sink, 4, afterAmounts, "")).toBe("absolute");
    expect(fixture.diagnostics).toEqual([]);
  });
});
