import { buildMonthlySummary } from "../../../src/engine/summary/buildMonthlySummary";
import { readSummaryTable } from "../../../src/engine/summary/readSummaryTable";
import { ResolvedSettings } from "../../../src/engine/summary/resolveSettings";
import { actuals } from "../fixtures/seedWorkbook";
import { sheet } from "../fixtures/sheet";
import { zhenbaGrid } from "../fixtures/zhenbaGrid";

/**
 * `readTable` as written, unless `mockReaderBug` is set (then it breaks its never-throws promise) or
 * `mockSilentReader` (then it finds no table and says nothing).
 */
let mockReaderBug: Error | null = null;
let mockSilentReader = false;
jest.mock("../../../src/engine/table/readTable", () => {
  const actual = jest.requireActual<typeof import("../../../src/engine/table/readTable")>(
    "../../../src/engine/table/readTable"
  );
  return {
    ...actual,
    readTable: (...args: Parameters<typeof actual.readTable>) => {
      if (mockReaderBug !== null) {
        throw mockReaderBug;
      }
      if (mockSilentReader) {
        return { table: null, diagnostics: [] };
      }
      return actual.readTable(...args);
    },
  };
});

afterEach(() => {
  mockReaderBug = null;
  mockSilentReader = false;
});

const settings: ResolvedSettings = {
  month: 7,
  periods: 12,
  band: 0.05,
  ties: "competition",
  county: null,
  year: null,
  bonusCap: 3,
  cityMultiplier: 2,
  dueDay: 15,
  previousRanking: null,
  bottomCount: 3,
  rankingMeasure: "paceGap",
  paceBonusPoints: 0.5,
  paceDeductionPoints: 0.5,
  latePoints: 0.5,
  interviewRuns: 2,
  groupName: null,
};

describe("readSummaryTable", () => {
  it("reads seed 000's table with the June and July actuals joined", () => {
    const sheets = [zhenbaGrid(), actuals()];
    const read = readSummaryTable(sheets, sheets, settings);
    expect([read.table?.sheet, read.table?.indicators.length]).toEqual(["分解表", 27]);
    // 全社会固定资产投资 has 1-12月 = 73.23 and 全年 = 73.8 (DOMAIN.md)
    expect(read.diagnostics.map((found) => [found.code, found.cell])).toEqual([
      ["checkpoint_conflict", "F27"],
    ]);
  });

  it.each([
    // sheets, settings, the findings (code, sheet)
    ["no table anywhere", [sheet("随便", [["你好"], [1, 2, 3]])], {}, [["no_header", "随便"]]],
    [
      "the sheet named is missing",
      [zhenbaGrid()],
      { sheet: "汇总" },
      [["sheet_not_found", "汇总"]],
    ],
    ["no sheet at all", [], {}, [["no_header", ""]]],
  ])("without a table it says why: %s", (_case, sheets, chosen, expected) => {
    const read = readSummaryTable(sheets, sheets, { ...settings, ...chosen });
    expect(read.table).toBeNull();
    expect(read.diagnostics.map((found) => [found.code, found.sheet])).toEqual(expected);
  });

  it("says why when the reader finds no table and does not: no_header on the first sheet", () => {
    mockSilentReader = true;
    const side = sheet("加减分登记", [["单位", "规则编号"]]);
    const read = readSummaryTable([side], [], settings);
    expect(read.diagnostics.map((found) => [found.code, found.sheet, found.key])).toEqual([
      ["no_header", "加减分登记", "tableNoTable"],
    ]);
  });

  it("does not pass a reader crash off as “no table”: the bug is thrown", () => {
    mockReaderBug = new TypeError("cannot read properties of undefined");
    expect(() => readSummaryTable([zhenbaGrid()], [zhenbaGrid()], settings)).toThrow(TypeError);
    expect(() => buildMonthlySummary([zhenbaGrid()], { month: 7 })).toThrow(
      "cannot read properties of undefined"
    );
  });
});
