import { CellValue } from "../../src/engine/kernel/grid";
import { SheetSpec } from "../../src/engine/workbook/sheetSpec";

/** Indicators of seed 000 (镇巴县 2016), used to fill test summaries. */
export const indicators = [
  "第二产业增加值",
  "第三产业增加值",
  "地方财政收入",
  "全社会固定资产投资",
  "社会消费品零售总额",
];
export const units = ["县统计局", "县财政局", "县发改局", "县经贸局"];

export const red = "#FFC7CE";
export const green = "#C6EFCE";

/** A bulletin (进度通报) of `rows` rows; `remark` adds a text column of that many characters. */
export function bulletinSpec(
  rows: number,
  options: { name?: string; remark?: number; chart?: boolean } = {}
): SheetSpec {
  const remark = options.remark ?? 0;
  const columns = [
    { key: "indicator", header: "指标", width: 24, numberFormat: "@" },
    { key: "target", header: "目标（万元）", width: 12, numberFormat: "0.00" },
    { key: "completion", header: "完成率", width: 10, numberFormat: "0.0%" },
    { key: "paceGap", header: "进度差（百分点）", width: 12, numberFormat: "0.00" },
    { key: "status", header: "状态", width: 10, numberFormat: "@" },
    { key: "leadUnit", header: "牵头单位", width: 14, numberFormat: "@" },
    ...(remark > 0 ? [{ key: "remark", header: "备注", width: 40, numberFormat: "@" }] : []),
  ];
  const data: CellValue[][] = [];
  const fills: (string | null)[] = [];
  for (let row = 0; row < rows; row++) {
    const behind = Math.floor(row / 5) % 2 === 0;
    const values: CellValue[] = [
      `${indicators[row % indicators.length]}${row}`,
      6800 + row,
      0.5 + (row % 10) / 100,
      behind ? -5.25 : 1.5,
      behind ? "严重滞后" : "正常",
      units[row % units.length],
    ];
    if (remark > 0) {
      values.push("督".repeat(remark));
    }
    data.push(values);
    fills.push(behind ? red : null);
  }
  return {
    kind: "bulletin",
    name: options.name ?? "7月进度通报",
    title: "镇巴县2016年7月市考指标进度通报",
    subtitle: "数据截至2016年7月31日；时间进度58.3%；预警带5%",
    columns,
    rows: data,
    rowFills: fills,
    cellStyles: rows > 1 ? [{ row: 1, column: 3, fontColor: "#C00000", bold: true }] : [],
    freeze: { rows: 3, columns: 1 },
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      titleRows: [3, 3],
    },
    ...(options.chart === false
      ? {}
      : {
          chart: {
            title: "各指标进度差",
            categoryColumn: "indicator",
            valueColumn: "paceGap",
            pointColors: data.map((_, row) =>
              Math.floor(row / 5) % 2 === 0 ? "#FF0000" : "#00B050"
            ),
          },
        }),
  };
}

/** A ranking sheet (排名) of a few rows. */
export function rankingSpec(name = "7月排名"): SheetSpec {
  return {
    kind: "ranking",
    name,
    title: "镇巴县2016年7月责任单位排名",
    subtitle: "按综合得分排序",
    columns: [
      { key: "unit", header: "单位", width: 14, numberFormat: "@" },
      { key: "score", header: "得分", width: 8, numberFormat: "0.00" },
      { key: "rank", header: "名次", width: 6, numberFormat: "0" },
    ],
    rows: units.map((unit, index) => [unit, 95 - index * 3.5, index + 1]),
    rowFills: units.map(() => null),
    cellStyles: [],
    freeze: { rows: 3, columns: 0 },
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      titleRows: [3, 3],
    },
  };
}
