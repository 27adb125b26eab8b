import { detectTable } from "../../src/taskpane/useCases";
import { saveMonth, savedMonthKey, savedMonthOf, startMonth } from "../../src/taskpane/monthMemory";
import { MemoryPort } from "./memoryPort";
import { seedActuals, seedTable, seedWorkbook } from "./seedWorkbook";

/** The seed workbook with actuals for the given months (one 月度完成 column each). */
function withActualMonths(months: Readonly<Record<string, Readonly<Record<string, number>>>>) {
  const actuals = seedActuals();
  const names = Object.keys(months);
  const indicators = [...new Set(names.flatMap((month) => Object.keys(months[month])))];
  const values = [
    ["指标", "口径", ...names],
    ...indicators.map((indicator) => [
      indicator,
      "绝对量",
      ...names.map((month) => months[month][indicator] ?? null),
    ]),
  ];
  return new MemoryPort([seedTable(), { ...actuals, values }]);
}

describe("detectTable and the data month", () => {
  it("gives the latest month with actuals and how many indicators have one (July: 4 of 5)", async () => {
    const detection = await detectTable(new MemoryPort(seedWorkbook()));
    expect(detection.latestActual).toEqual({ month: 7, indicators: 4 });
    expect(detection.savedMonth).toBeNull();
  });

  it("takes the latest month even when an earlier one has more indicators reported", async () => {
    const port = withActualMonths({
      "5月": { 地方财政收入: 5000, 旅游总收入: 0.6, 专利申请量: 30 },
      "6月": { 地方财政收入: 6500 },
    });
    expect((await detectTable(port)).latestActual).toEqual({ month: 6, indicators: 1 });
  });

  it("gives null for a table without any actual", async () => {
    const port = new MemoryPort([seedTable()]);
    expect((await detectTable(port)).latestActual).toBeNull();
  });

  it("gives the month the clerk chose for the workbook, read with the table in one read", async () => {
    const port = new MemoryPort(seedWorkbook());
    await saveMonth(port, 5, 12);
    expect(JSON.parse(port.settings.get(savedMonthKey) ?? "null")).toEqual({
      month: 5,
      periods: 12,
    });
    const calls = port.calls.length;
    const detection = await detectTable(port);
    expect(port.calls.slice(calls)).toEqual(["readWorkbook"]);
    expect(detection.savedMonth).toBe(5);
    expect((await detectTable(port, undefined, { periods: 4 })).savedMonth).toBeNull();
  });
});

describe("savedMonthOf", () => {
  it.each([
    [{ month: 6, periods: 12 }, 12, 6],
    [{ month: 6, periods: 12 }, 4, null],
    [{ month: 13, periods: 12 }, 12, null],
    [{ month: 0, periods: 12 }, 12, null],
    [{ month: 2.5, periods: 12 }, 12, null],
    [{ month: "6", periods: 12 }, 12, null],
    [{ month: 6 }, 12, null],
    [6, 12, null],
    [null, 12, null],
    [undefined, 12, null],
  ])("%j with %d periods → %j", (value, periods, expected) => {
    const settings = value === undefined ? {} : { [savedMonthKey]: value };
    expect(savedMonthOf(settings, periods)).toBe(expected);
  });
});

describe("startMonth", () => {
  const august = new Date(2016, 7, 3);
  const december = new Date(2016, 11, 3);

  it.each([
    ["a saved month wins", 7, { month: 7, indicators: 4 }, august, { month: 7, source: "saved" }],
    [
      "a saved later month wins",
      9,
      { month: 7, indicators: 4 },
      august,
      { month: 9, source: "saved" },
    ],
    [
      "actuals for a later month win over a saved earlier one",
      5,
      { month: 7, indicators: 4 },
      august,
      { month: 7, source: "actuals" },
    ],
    ["a saved month without actuals", 5, null, august, { month: 5, source: "saved" }],
    [
      "else the latest month with actuals, not last month",
      null,
      { month: 7, indicators: 4 },
      december,
      { month: 7, source: "actuals" },
    ],
    ["else last month", null, null, december, { month: 11, source: "calendar" }],
    ["in January, December", null, null, new Date(2017, 0, 9), { month: 12, source: "calendar" }],
  ])("%s", (_name, saved, latest, today, expected) => {
    expect(startMonth(saved, latest, today, 12)).toEqual(expected);
  });

  it("ignores a latest month outside the periods", () => {
    expect(startMonth(null, { month: 7, indicators: 1 }, august, 4)).toEqual({
      month: 2,
      source: "calendar",
    });
  });
});
