import { findHeader } from "./src/engine/findHeader";
import { readTableRows } from "./src/engine/readTableRows";
import { CellValue } from "./src/engine/grid";
const months = Array.from({ length: 12 }, (_unused, index) => `${index + 1}月`);
const header: CellValue[] = ["序号","指标名称","口径","计量单位","上半年目标","前三季度目标","全年目标",...months.map((m) => `${m}累计完成`),"包抓领导","责任单位","配合单位","责任人","监管部门",...Array.from({ length: 16 }, (_u, i) => `备注${i + 1}`)];
const values: CellValue[][] = [["某县市考指标台账"], header];
const N = 2000;
for (let index = 0; index < N; index++) {
  const annual = 1000 + index;
  values.push([index + 1,`指标${index}`,index % 2 === 0 ? "绝对量" : "增幅",index % 2 === 0 ? "万元" : "%",annual / 2,(annual * 3) / 4,String(annual),...months.map((_m, month) => (annual * (month + 1)) / 12),"魏巍","县统计局","县经贸局、县发改局","刘明江","市统计局;市发改委",...Array<CellValue>(16).fill(null)]);
}
const grid = { name: "台账", values, merges: [] };
const h = findHeader(grid)!;
for (let i = 0; i < 5; i++) {
  (global as any).gc();
  const before = process.memoryUsage().heapUsed;
  const d: any[] = [];
  const r = readTableRows(grid, h, 12, d);
  const after = process.memoryUsage().heapUsed;
  (global as any).gc();
  const kept = process.memoryUsage().heapUsed;
  console.log("allocated/row", ((after - before) / N).toFixed(0), "retained/row", ((kept - before) / N).toFixed(0), r.indicators.length);
}
const variants: Record<string, (role: string) => boolean> = {
  all: () => true,
  noActuals: (role) => role !== "actual",
  noPeople: (role) => !["leader", "leadUnit", "cooperatingUnits", "person", "supervisor"].includes(role),
  noTargets: (role) => role !== "checkpointTarget",
  bare: (role) => ["indicator", "measure", "unit"].includes(role),
  indicatorOnly: (role) => ["indicator"].includes(role),
};
for (const [name, keep] of Object.entries(variants)) {
  const hv = { ...h, columns: h.columns.filter((c) => keep(c.role)) };
  let total = 0;
  for (let i = 0; i < 4; i++) {
    (global as any).gc();
    const before = process.memoryUsage().heapUsed;
    const d: any[] = [];
    readTableRows(grid, hv, 12, d);
    const after = process.memoryUsage().heapUsed;
    if (i > 0) total += after - before;
  }
  console.log(name, (total / 3 / N).toFixed(0));
}
