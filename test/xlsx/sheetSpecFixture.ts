import { mkdtemp, rm } from "fs/promises";
import { tmpdir } from "os";
import { join } from "path";
import { SheetKind, SheetSpec } from "../../src/engine/workbook/sheetSpec";

/** A small bulletin in the engine's layout, with seed 000's 地方财政收入 figures. */
export function bulletinSpec(
  name = "7月进度通报",
  kind: SheetKind = "bulletin",
  title = "镇巴县2016年7月市考指标进度通报"
): SheetSpec {
  return {
    kind,
    name,
    title,
    subtitle: "数据截至2016年7月；时序进度58.3%；预警线5个百分点",
    columns: [
      { key: "name", header: "指标名称", width: 24, numberFormat: "@" },
      { key: "annualTarget", header: "全年目标", width: 12, numberFormat: "0.00" },
      { key: "paceTarget", header: "序时目标", width: 12, numberFormat: "0.00" },
      { key: "actual", header: "累计完成", width: 12, numberFormat: "0.00" },
      { key: "completion", header: "完成率", width: 10, numberFormat: "0.0%" },
      { key: "status", header: "状态", width: 10, numberFormat: "@" },
    ],
    rows: [
      ["地方财政收入（绝对量）", 13600, 7700, 7200, 0.5294, "滞后"],
      ["专利申请量", 25, 14.58, null, null, "未报送"],
      ["#N/A literal", 1, 2, 3, 0.1, "=1+1"],
    ],
    rowFills: ["#FFEB9C", null, null],
    cellStyles: [{ row: 0, column: 5, fill: "#FFC7CE", fontColor: "#9C0006", bold: true }],
    freeze: { rows: 3, columns: 1 },
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      titleRows: [3, 3],
    },
    chart: {
      title: "进度差",
      categoryColumn: "name",
      valueColumn: "completion",
      pointColors: ["#C00000", "#00B050", "#00B050"],
    },
  };
}

/** A fresh temporary directory, and a function that removes it. */
export async function temporaryDirectory(): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), "assess-xlsx-"));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}
