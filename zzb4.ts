import { readTable } from "./src/engine/readTable";
import { CellValue } from "./src/engine/grid";
(() => {
    const months = Array.from({ length: 12 }, (_unused, index) => `${index + 1}月`);
    const header: CellValue[] = ["序号","指标名称","口径","计量单位","上半年目标","前三季度目标","全年目标",...months.map((m) => `${m}累计完成`),"包抓领导","责任单位","配合单位","责任人","监管部门",...Array.from({ length: 16 }, (_u, i) => `备注${i + 1}`)];
    const values: CellValue[][] = [["某县市考指标台账"], header];
    for (let index = 0; index < 20_000; index++) {
      const annual = 1000 + index;
      values.push([index + 1,`指标${index}`,index % 2 === 0 ? "绝对量" : "增幅",index % 2 === 0 ? "万元" : "%",annual / 2,(annual * 3) / 4,String(annual),...months.map((_m, month) => (annual * (month + 1)) / 12),"魏巍","县统计局","县经贸局、县发改局","刘明江","市统计局;市发改委",...Array<CellValue>(16).fill(null)]);
    }
    const grid = { name: "台账", values, merges: [] };
    for (let i = 0; i < 6; i++) {
    const t = performance.now(); const c = process.cpuUsage();
    readTable([grid]);
    const u = process.cpuUsage(c);
    console.log("elapsed", (performance.now() - t).toFixed(0), "cpu", ((u.user + u.system) / 1000).toFixed(0));
    }
})();
