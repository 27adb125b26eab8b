import { CellValue } from "../../src/engine/kernel/grid";
import { generateUnlessEmpty } from "../../src/taskpane/generateUnlessEmpty";
import { MemoryPort } from "./memoryPort";
import { seedActuals, seedTable, seedWorkbook } from "./seedWorkbook";

/** A 月度完成 sheet with one month's column. */
function actualsFor(month: string, actuals: Readonly<Record<string, CellValue>>) {
  return {
    ...seedActuals(),
    values: [
      ["指标", "口径", month],
      ...Object.entries(actuals).map(([name, value]) => [name, "绝对量", value]),
    ],
  };
}

/** The seed table with 地方财政收入's 全年 target left blank (目标缺失或为零). */
function tableWithoutAnnualRevenueTarget() {
  const table = seedTable();
  const values = table.values.map((row) => [...row]);
  const row = values.findIndex(
    (cells, index) =>
      cells[3] === "全年" &&
      values.slice(2, index + 1).every((other) => other[1] !== "招商引资(引进市外资金)")
  );
  values[row][6] = null;
  return { ...table, values };
}

describe("generateUnlessEmpty", () => {
  it("writes nothing for a month without any actual and says what the table has (July: 4 of 5)", async () => {
    const port = new MemoryPort(seedWorkbook());
    const result = await generateUnlessEmpty(port, { month: 6, sheet: "分解表" });
    expect(result).toEqual({
      kind: "empty",
      empty: { month: 6, indicators: 5, latest: { month: 7, indicators: 4 } },
    });
    expect(port.calls).toEqual(["readWorkbook"]);
    expect(port.written.size).toBe(0);
  });

  it("writes the six sheets once for a month with actuals", async () => {
    const port = new MemoryPort(seedWorkbook());
    const result = await generateUnlessEmpty(port, { month: 7, sheet: "分解表" });
    expect(port.calls).toEqual(["readWorkbook", "writeSummary"]);
    expect(result.kind === "written" ? result.outcome.report.written : []).toEqual([
      "7月进度通报",
      "7月排名",
      "7月加减分汇总",
      "7月预警",
      "7月预警通知",
      "7月迟报",
    ]);
  });

  it("says when the table holds no actual for any month", async () => {
    const port = new MemoryPort([seedTable()]);
    expect(await generateUnlessEmpty(port, { month: 7 })).toEqual({
      kind: "empty",
      empty: { month: 7, indicators: 5, latest: null },
    });
    expect(port.written.size).toBe(0);
  });

  it("counts an actual that cannot be read as reported: the month is not empty", async () => {
    const port = new MemoryPort([seedTable(), actualsFor("6月", { 地方财政收入: "约6000" })]);
    const result = await generateUnlessEmpty(port, { month: 6 });
    expect(result.kind).toBe("written");
    expect(
      result.kind === "written"
        ? result.outcome.summary.indicators.map((item) => `${item.name} ${item.status}`)
        : []
    ).toEqual([
      "地方财政收入 actual_unreadable",
      "招商引资(引进市外资金) not_reported",
      "社会消费品零售总额 not_reported",
      "旅游总收入 not_reported",
      "专利申请量 not_reported",
    ]);
    expect(port.calls).toEqual(["readWorkbook", "writeSummary"]);
  });

  it("counts an unreadable actual under a missing target too (the table decides)", async () => {
    const port = new MemoryPort([
      tableWithoutAnnualRevenueTarget(),
      actualsFor("6月", { 地方财政收入: "约6000" }),
    ]);
    const result = await generateUnlessEmpty(port, { month: 6 });
    expect(
      result.kind === "written"
        ? result.outcome.summary.indicators.map((item) => `${item.status} ${item.actual}`)[0]
        : result
    ).toBe("target_missing null");
    expect(port.calls).toEqual(["readWorkbook", "writeSummary"]);
  });

  it("reads the latest month with the clerk's column corrections", async () => {
    // The 七月份数 column is read as July's 累计完成 only because the clerk said so.
    const ledger = {
      name: "台账",
      values: [
        ["指标名称", "口径", "单位", "全年目标", "七月份数", "责任单位"],
        ["地方财政收入", "绝对量", "万元", 13600, 7800, "县财政局"],
        ["旅游总收入", "绝对量", "亿元", 1.27, 0.95, "县文广局"],
      ],
      merges: [],
    };
    const saved = { sheet: "台账", columns: [{ column: 4, role: "actual" as const, month: 7 }] };
    const corrected = await generateUnlessEmpty(
      new MemoryPort([ledger]),
      { month: 6, sheet: "台账" },
      { saved }
    );
    expect(corrected).toEqual({
      kind: "empty",
      empty: { month: 6, indicators: 2, latest: { month: 7, indicators: 2 } },
    });
    const plain = await generateUnlessEmpty(new MemoryPort([ledger]), { month: 6, sheet: "台账" });
    expect(plain.kind === "empty" ? plain.empty.latest : plain.kind).toBeNull();
  });
});
