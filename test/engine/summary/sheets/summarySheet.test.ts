import { summarySheet } from "../../../../src/engine/summary/sheets/summarySheet";

const content = {
  kind: "late" as const,
  title: "7月数据报送迟报情况",
  subtitle: "说明",
  columns: [],
  rows: [],
  rowFills: [],
};

describe("summarySheet", () => {
  it.each([
    ["7月进度通报", "7月进度通报"],
    ["7月[预警]:*?/\\", "7月预警"],
    ["'7月排名'", "7月排名"],
    [
      "镇巴县2016年7月市考指标进度通报及各责任单位进度排名情况汇总表",
      "镇巴县2016年7月市考指标进度通报及各责任单位进度排名情况汇",
    ],
    ["[]:*?/\\", "Sheet"],
  ])("names %p as Excel accepts: %p", (name, expected) => {
    const spec = summarySheet({ ...content, name });
    expect(spec.name).toBe(expected);
    expect([...spec.name].length).toBeLessThanOrEqual(31);
  });

  it("shares the layout: three rows and two columns frozen, A4 landscape one page wide", () => {
    const spec = summarySheet({ ...content, name: "7月迟报" });
    expect(spec).toEqual({
      ...content,
      name: "7月迟报",
      cellStyles: [],
      freeze: { rows: 3, columns: 2 },
      headerRowHeight: 19,
      print: {
        orientation: "landscape",
        paperSize: "A4",
        fitToPagesWide: 1,
        fitToPagesTall: 0,
        titleRows: [3, 3],
        scalePercent: 100,
        printedColumns: 1,
        printedFromRow: 1,
        footer: "&C第 &P 页，共 &N 页",
        firstPageNumber: 1,
      },
    });
    expect(spec).not.toHaveProperty("chart");
  });

  it("keeps a chart and cell styles when given", () => {
    const chart = {
      title: "进度差",
      categoryColumn: "name",
      valueColumn: "paceGap",
      pointColors: [],
    };
    const cellStyles = [{ row: 0, column: 0, fontColor: "#FF0000" }];
    const spec = summarySheet({ ...content, name: "7月进度通报", chart, cellStyles });
    expect([spec.chart, spec.cellStyles]).toEqual([chart, cellStyles]);
  });
});
