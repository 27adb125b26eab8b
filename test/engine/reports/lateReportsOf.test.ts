import { formatDiagnostic } from "../../../src/engine/kernel/diagnostic";
import { lateReportsOf } from "../../../src/engine/reports/lateReportsOf";
import { reports } from "../fixtures/seedWorkbook";
import { sheet } from "../fixtures/sheet";

/** The lead units of seed 000's table, in its order, with repeats and a blank. */
const leads = [
  "县统计局",
  "县财政局",
  "县财政局",
  "县发改局",
  "县经合局",
  "",
  "县经贸局",
  "县科技局",
  "县环保局",
];
const july = { month: 7, year: 2016, periods: 12, dueDay: 15 };

describe("lateReportsOf", () => {
  it("lists the seed's late and missing reports: due 2016-08-15", () => {
    expect(lateReportsOf(reports(), leads, july)).toEqual({
      late: [
        { unit: "县经合局", month: 7, dueDate: "2016-08-15", reportedOn: null, daysLate: null },
        {
          unit: "县经贸局",
          month: 7,
          dueDate: "2016-08-15",
          reportedOn: "2016-08-16",
          daysLate: 1,
        },
        {
          unit: "县科技局",
          month: 7,
          dueDate: "2016-08-15",
          reportedOn: "2016-08-18",
          daysLate: 3,
        },
        { unit: "县环保局", month: 7, dueDate: "2016-08-15", reportedOn: null, daysLate: null },
      ],
      reportLog: "read",
      diagnostics: [],
    });
  });

  it.each([
    // due day, year, [unit, due date, days late]
    [
      17,
      2016,
      [
        ["县经合局", "2016-08-17", null],
        ["县科技局", "2016-08-17", 1],
        ["县环保局", "2016-08-17", null],
      ],
    ],
    [
      15,
      null,
      [
        ["县经合局", "--08-15", null],
        ["县经贸局", "--08-15", 1],
        ["县科技局", "--08-15", 3],
        ["县环保局", "--08-15", null],
      ],
    ],
  ])("due day %p of %p", (dueDay, year, expected) => {
    const found = lateReportsOf(reports(), leads, { ...july, dueDay, year });
    expect(found.late.map((late) => [late.unit, late.dueDate, late.daysLate])).toEqual(expected);
  });

  it("has no list without a register", () => {
    expect(lateReportsOf(undefined, leads, july)).toEqual({
      late: [],
      reportLog: "absent",
      diagnostics: [],
    });
  });

  it("reads the register but makes no list in a year of other than 12 periods", () => {
    const register = sheet("报送登记", [
      ["单位", "月份", "报送日期"],
      [null, "7月", "2016-08-10"],
    ]);
    const found = lateReportsOf(register, leads, { ...july, month: 3, periods: 4 });
    expect([found.late, found.reportLog]).toEqual([[], "not_monthly"]);
    expect(found.diagnostics.map((item) => [item.code, item.cell])).toEqual([
      ["missing_value", "A2"],
    ]);
  });

  it.each([
    // the options lateReports rejects, and the reason the clerk reads
    [{ month: 13 }, "报送登记：无法统计13月迟报：月份13超出范围，应在1至12之间，未列出迟报单位"],
    [
      { dueDay: 32 },
      "报送登记：无法统计7月迟报：“dueDay”的取值“32”无效，可用：1…31，未列出迟报单位",
    ],
    [
      { year: 10000 },
      "报送登记：无法统计7月迟报：“year”的取值“10000”无效，可用：1…9998，未列出迟报单位",
    ],
  ])(
    "says the list could not be made when lateReports rejects %p, not an empty list",
    (bad, message) => {
      const register = sheet("报送登记", [
        ["单位", "月份", "报送日期"],
        ["县财政局", "7月", "2016-08-20"],
      ]);
      const found = lateReportsOf(register, leads, { ...july, ...bad });
      expect([found.late, found.reportLog]).toEqual([[], "failed"]);
      expect(found.diagnostics.map((item) => [item.code, item.severity, item.sheet])).toEqual([
        ["late_reports_failed", "error", "报送登记"],
      ]);
      expect(formatDiagnostic(found.diagnostics[0], "zh-CN")).toBe(message);
      expect(formatDiagnostic(found.diagnostics[0], "en-US")).toMatch(
        /^报送登记: the late reports of month \d+ cannot be listed: /
      );
    }
  );
});
