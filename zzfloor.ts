for (let it = 0; it < 4; it++) {
  const t = performance.now();
  const out: any[] = [];
  for (let r = 0; r < 20000; r++) {
    const actuals = [];
    for (let m = 1; m <= 12; m++) actuals.push({ month: m, value: r * m, cell: String.fromCharCode(70 + m) + (r + 3) });
    const checkpoints = [6, 9, 12].map((m) => ({ month: m, target: r, label: "上半年", cell: "E" + (r + 3) }));
    out.push({ key: "指标" + r + "|绝对量", name: "指标" + r, actuals, checkpoints, units: ["县统计局", "县经贸局"], persons: ["刘明江"], supervisors: ["a", "b"], source: "台账!B" + r });
  }
  console.log("floor", (performance.now() - t).toFixed(1), out.length);
}
