import { assessIndicators } from "../../../src/engine/summary/assessIndicators";
import { summarizeIndicators } from "../../../src/engine/summary/summarizeIndicators";
import { readTable } from "../../../src/engine/table/readTable";
import { actuals } from "../fixtures/seedWorkbook";
import { zhenbaGrid } from "../fixtures/zhenbaGrid";

const table = readTable([zhenbaGrid(), actuals()]).table!;
const settings = { month: 7, periods: 12, band: 0.05, method: "checkpoint" } as const;

describe("summarizeIndicators", () => {
  const assessed = assessIndicators(table.indicators, table.sheet, settings);
  const lines = summarizeIndicators(table.indicators, assessed, 7);
  const line = (name: string, measure = "绝对量") =>
    lines.find((item) => item.name === name && item.measure === measure)!;

  it.each([
    // name, measure, annual target, pace target, actual, completion, arrears, remaining, status, June
    [
      "地方财政收入",
      "绝对量",
      "13600",
      "7700",
      "7000",
      String(7000 / 13600),
      "700",
      "1320",
      "serious",
      "lagging",
    ],
    ["地方财政收入", "增幅", "10", "22.16", "20", null, null, null, "lagging", "lagging"],
    [
      "专利申请量",
      "绝对量",
      "25",
      String(35 / 3),
      "14",
      "0.56",
      String(-7 / 3),
      "2.2",
      "on_pace",
      "on_pace",
    ],
    [
      "规上工业增加值",
      "绝对量",
      "14.31",
      "8.16",
      null,
      null,
      null,
      null,
      "not_reported",
      "not_reported",
    ],
  ])(
    "%s %s: T %s, P %s, A %s, c %s, arrears %s, remaining %s, %s (June %s)",
    (name, measure, annual, pace, actual, completion, arrears, remaining, status, previous) => {
      const item = line(name, measure);
      const text = (value: number | null): string | null => (value === null ? null : String(value));
      expect([
        text(item.annualTarget),
        text(item.paceTarget),
        text(item.actual),
        text(item.completion),
        text(item.arrears),
        text(item.remainingMonthly),
        item.status,
        item.previousStatus,
      ]).toEqual([annual, pace, actual, completion, arrears, remaining, status, previous]);
    }
  );

  it("copies the table's words, people and rows", () => {
    expect(line("地方财政收入")).toMatchObject({
      measureUnit: "万元",
      direction: "higher",
      leadUnit: "县财政局",
      units: ["县财政局"],
      leader: "叶稳太",
      person: "张正银",
      source: "分解表!A9",
      row: 9,
      rows: [9, 11, 13],
    });
  });

  it("shows no actual for an indicator counted as 未报送, and no last month in month 1", () => {
    const january = assessIndicators(table.indicators, table.sheet, { ...settings, month: 1 });
    const first = summarizeIndicators(table.indicators, january, 1);
    expect(first.every((item) => item.previousStatus === null)).toBe(true);
    expect(first.every((item) => item.status !== "not_reported" || item.actual === null)).toBe(
      true
    );
  });
});
