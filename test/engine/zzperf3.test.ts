class K { private readonly keys = new Map<string, string>(); key(name: string): string { let k = this.keys.get(name); if (k === undefined) { k = name + "|"; this.keys.set(name, k); } return k; } }
it("perf3", () => {
  const names = Array.from({ length: 20000 }, (_v, i) => `指标${i}`);
  const units = ["县统计局", "县经贸局", "县发改局", "刘明江", "魏巍"];
  for (let it = 0; it < 3; it++) {
    const k = new K();
    let t = performance.now(); let n = 0;
    for (const name of names) { for (let j = 0; j < 3; j++) n += k.key(name).length; for (const u of units) for (let j = 0; j < 3; j++) n += k.key(u).length; }
    console.log("keys", (performance.now() - t).toFixed(1), n);
  }
});
