import { CellValue, MergedArea } from "../../../src/engine/kernel/grid";
import { reportHeaderColumns } from "../../../src/engine/table/reportHeaderColumns";
import { Finding, findings, readerFixture } from "./tableReaderFixture";

const _ = null;

describe("reportHeaderColumns", () => {
  it.each<[string, CellValue[][], MergedArea[], Finding[]]>([
    ["a clean header", [["指标名称", "目标", "7月累计完成"]], [], []],
    [
      "a second target column, named by its cell and the column read",
      [["指标名称", "目标", "考核任务", "7月累计完成"]],
      [],
      [
        [
          "duplicate_column",
          "warning",
          "C1",
          "tableDuplicateColumn",
          { text: "考核任务", first: "B", firstText: "目标" },
        ],
      ],
    ],
    [
      "an actual column naming no month",
      [["指标名称", "目标", "累计完成"]],
      [],
      [["actual_without_month", "warning", "C1", "tableActualWithoutMonth", { text: "累计完成" }]],
    ],
    [
      "duplicates first, then actuals without a month",
      [["指标名称", "累计完成", "目标", "目标值"]],
      [],
      [
        [
          "duplicate_column",
          "warning",
          "D1",
          "tableDuplicateColumn",
          { text: "目标值", first: "C", firstText: "目标" },
        ],
        ["actual_without_month", "warning", "B1", "tableActualWithoutMonth", { text: "累计完成" }],
      ],
    ],
  ])("%s", (_description, rows, merges, expected) => {
    const fixture = readerFixture([...rows, ["地方财政收入", 1, 2, 3]], merges);
    reportHeaderColumns(fixture.context, fixture.sink);
    expect(findings(fixture.diagnostics)).toEqual(expected);
  });

  it("names the sub-header's cell in a two-row header", () => {
    const fixture = readerFixture(
      [
        ["指标名称", "单位", "目标", _, "完成情况", _],
        [_, _, "全年", "上半年", "累计完成", "7月"],
        ["地方财政收入", "万元", 13600, 6800, 7700, 7700],
      ],
      [
        { top: 0, left: 0, bottom: 1, right: 0 },
        { top: 0, left: 1, bottom: 1, right: 1 },
        { top: 0, left: 2, bottom: 0, right: 3 },
        { top: 0, left: 4, bottom: 0, right: 5 },
      ]
    );
    expect(fixture.header.headerRows).toEqual([1, 2]);
    reportHeaderColumns(fixture.context, fixture.sink);
    expect(findings(fixture.diagnostics)).toEqual([
      ["actual_without_month", "warning", "E2", "tableActualWithoutMonth", { text: "累计完成" }],
    ]);
  });
});
