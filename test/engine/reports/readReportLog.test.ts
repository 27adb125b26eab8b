import fc from "fast-check";
import { CellValue } from "../../../src/engine/kernel/grid";
import { readReportLog } from "../../../src/engine/reports/readReportLog";
import { sheet } from "../fixtures/sheet";

const _ = null;

describe("readReportLog", () => {
  it("reads months and dates in every form the clerk types", () => {
    const { reports, diagnostics } = readReportLog(
      sheet("报送登记", [
        ["2016年市考指标报送登记", _, _],
        ["单位", "月份", "报送日期"],
        ["县财政局", 7, "2016-08-15"],
        ["县科技局", "7月", "2016年8月18日"],
        ["县发改局", "2016年7月", 42597],
        ["县经合局", "七月份", "8月16日"],
        ["县住建局", 42552, "2016/8/2"],
        ["县文广局", "7月", _],
        [_, _, _],
      ])
    );
    expect(diagnostics).toEqual([]);
    expect(reports).toEqual([
      { unit: "县财政局", month: 7, year: null, reportedOn: "2016-08-15", source: "报送登记!A3" },
      { unit: "县科技局", month: 7, year: null, reportedOn: "2016-08-18", source: "报送登记!A4" },
      { unit: "县发改局", month: 7, year: 2016, reportedOn: "2016-08-15", source: "报送登记!A5" },
      { unit: "县经合局", month: 7, year: null, reportedOn: "--08-16", source: "报送登记!A6" },
      { unit: "县住建局", month: 7, year: 2016, reportedOn: "2016-08-02", source: "报送登记!A7" },
      { unit: "县文广局", month: 7, year: null, reportedOn: null, source: "报送登记!A8" },
    ]);
  });

  it("reads traditional headers (報送登記: 單位, 報送日期)", () => {
    const { reports } = readReportLog(
      sheet("報送登記", [
        ["單位", "月份", "報送日期"],
        ["縣財政局", "7月", "2016-08-15"],
      ])
    );
    expect(reports.map((report) => [report.unit, report.month, report.reportedOn])).toEqual([
      ["縣財政局", 7, "2016-08-15"],
    ]);
  });

  it.each([
    [["县财政局", "下个月", "2016-08-15"], "invalid_value", "B3"],
    [["县财政局", 13, "2016-08-15"], "invalid_value", "B3"],
    [["县财政局", 7, "八月中旬"], "invalid_value", "C3"],
    [[_, 7, "2016-08-15"], "missing_value", "A3"],
    [["县财政局", _, "2016-08-15"], "missing_value", "B3"],
  ])("skips row %p with %s at %s", (row, code, cell) => {
    const { reports, diagnostics } = readReportLog(
      sheet("报送登记", [
        ["单位", "月份", "报送日期"],
        ["县科技局", 7, "2016-08-10"],
        row as CellValue[],
      ])
    );
    expect(reports.map((report) => report.unit)).toEqual(["县科技局"]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code, severity: "error", sheet: "报送登记", cell });
  });

  it("reports a sheet without a header", () => {
    expect(
      readReportLog(sheet("报送登记", [["单位", "备注"]])).diagnostics.map((d) => d.code)
    ).toEqual(["no_header"]);
  });

  it("never throws on any grid", () => {
    const cell: fc.Arbitrary<CellValue> = fc.oneof(
      fc.constantFrom("单位", "月份", "报送日期", "7月", "2016-08-15", "县财政局"),
      fc.string(),
      fc.double(),
      fc.integer({ min: -5, max: 50000 }),
      fc.constant(null)
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 20 }), (values) => {
        for (const report of readReportLog(sheet("报送登记", values)).reports) {
          expect(report.month >= 1 && report.month <= 12).toBe(true);
        }
      })
    );
  });
});
