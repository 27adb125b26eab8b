import fc from "fast-check";
import { lateReports } from "../../../src/engine/reports/lateReports";
import { ReportEntry } from "../../../src/engine/summary/summaryTypes";

const report = (
  unit: string,
  month: number,
  reportedOn: string | null,
  year: number | null = null
): ReportEntry => ({
  unit,
  month,
  year,
  reportedOn,
  source: "报送登记!A2",
});

describe("lateReports", () => {
  it("seed 001: July's figures are due on 15 August; on time, 3 days late, missing", () => {
    const reports = [
      report("县财政局", 7, "2016-08-15"),
      report("县科技局", 7, "2016-08-18"),
      report("县科技局", 7, "2016-08-20"),
      report("县经合局", 6, "2016-07-10"),
    ];
    expect(lateReports(reports, ["县财政局", "县科技局", "县经合局"], 7, 2016)).toEqual([
      { unit: "县科技局", month: 7, dueDate: "2016-08-15", reportedOn: "2016-08-18", daysLate: 3 },
      { unit: "县经合局", month: 7, dueDate: "2016-08-15", reportedOn: null, daysLate: null },
    ]);
  });

  it("lists a late unit that leads nothing after the lead units", () => {
    const reports = [report("县统计局", 7, "2016-09-01"), report("县财政局", 7, "2016-08-16")];
    expect(
      lateReports(reports, ["县财政局"], 7, 2016).map((late) => [late.unit, late.daysLate])
    ).toEqual([
      ["县财政局", 1],
      ["县统计局", 17],
    ]);
  });

  it.each([
    [12, 2016, "2017-01-10", "2017-01-15", null, null],
    [12, 2016, "--01-20", "2017-01-15", 5, "2017-01-20"],
    [1, 2016, "2016-02-29", "2016-02-15", 14, "2016-02-29"],
    [7, null, "--08-19", "--08-15", 4, "--08-19"],
    [7, null, "2016-08-19", "--08-15", 4, "2016-08-19"],
  ])(
    "month %d of %p reported %s: due %s, days late %p (shown as %p)",
    (month, year, reportedOn, dueDate, daysLate, shown) => {
      const result = lateReports(
        [report("县财政局", month, reportedOn)],
        ["县财政局"],
        month,
        year
      );
      if (daysLate === null) {
        expect(result).toEqual([]);
      } else {
        expect(result).toEqual([{ unit: "县财政局", month, dueDate, reportedOn: shown, daysLate }]);
      }
    }
  );

  it("takes the due day as a setting, clamped to the end of the month", () => {
    expect(lateReports([report("县财政局", 1, "2016-02-29")], ["县财政局"], 1, 2016, 31)).toEqual(
      []
    );
    expect(
      lateReports([report("县财政局", 7, "2016-08-11")], ["县财政局"], 7, 2016, 10)[0].daysLate
    ).toBe(1);
  });

  it("ignores reports of another year, and undated entries count as missing", () => {
    const reports = [report("县财政局", 7, "2015-08-10", 2015), report("县科技局", 7, null)];
    expect(
      lateReports(reports, ["县财政局", "县科技局"], 7, 2016).map((late) => late.reportedOn)
    ).toEqual([null, null]);
  });

  it.each([[0], [13], [7.5]])("rejects month %p (checkMonth, twelve months)", (month) => {
    expect(() => lateReports([], [], month, 2016)).toThrow(`月份${month}超出范围，应在1至12之间`);
    expect(() => lateReports([], [], month, 2016)).toThrow(
      expect.objectContaining({ kind: "number", key: "monthOutOfRange" })
    );
  });

  it("every listed report is missing or after the due date", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            unit: fc.constantFrom("甲", "乙", "丙"),
            day: fc.integer({ min: 1, max: 40 }),
            month: fc.integer({ min: 6, max: 8 }),
          })
        ),
        (entries) => {
          const reports = entries.map((entry) =>
            report(
              entry.unit,
              entry.month,
              new Date(Date.UTC(2016, 7, entry.day)).toISOString().slice(0, 10)
            )
          );
          for (const late of lateReports(reports, ["甲", "乙"], 7, 2016)) {
            expect(late.daysLate === null ? late.reportedOn === null : late.daysLate > 0).toBe(
              true
            );
          }
        }
      )
    );
  });
});
