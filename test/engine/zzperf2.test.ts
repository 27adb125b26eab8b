import { CellValue } from "../../src/engine/grid";
import { mergeIndex } from "../../src/engine/mergeIndex";
it("perf2", () => {
  const values: CellValue[][] = [];
  for (let index = 0; index < 20_000; index++) {
    const annual = 1000 + index;
    values.push([index + 1, `指标${index}`, "绝对量", "万元", annual / 2, (annual * 3) / 4, String(annual), ...Array.from({ length: 12 }, (_m, month) => (annual * (month + 1)) / 12), "魏巍", "县统计局", "县经贸局、县发改局", "刘明江", "市统计局;市发改委", ...Array<CellValue>(16).fill(null)]);
  }
  const index = mergeIndex({ name: "x", values, merges: [] });
  for (let i = 0; i < 4; i++) {
    let t = performance.now(); let n = 0;
    for (let r = 0; r < 20000; r++) for (let c = 0; c < 40; c++) if (index.own(r, c) !== null) n++;
    const t1 = performance.now();
    const out: unknown[] = [];
    for (let r = 0; r < 20000; r++) { const a = []; for (let m = 0; m < 12; m++) a.push({ month: m, value: r, cell: "H" + r }); out.push({ a }); }
    console.log("own loop", (t1 - t).toFixed(1), "alloc", (performance.now() - t1).toFixed(1), n, out.length);
  }
});
