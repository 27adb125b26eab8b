import { formatDiagnostic } from "../../../src/engine/kernel/diagnostic";
import { AssessError } from "../../../src/engine/kernel/errors";
import { assessIndicators } from "../../../src/engine/summary/assessIndicators";
import { readTable } from "../../../src/engine/table/readTable";
import { IndicatorRecord } from "../../../src/engine/table/tableModel";
import { actuals } from "../fixtures/seedWorkbook";
import { zhenbaGrid } from "../fixtures/zhenbaGrid";

/**
 * `paceStatus` as written, except that it throws what `mockLastMonthFailure` says for the month
 * it names: no figure of a real table makes last month fail alone, so the test makes it.
 */
let mockLastMonthFailure: { readonly month: number; readonly error: () => Error } | null = null;
jest.mock("../../../src/engine/status/paceStatus", () => {
  const actual = jest.requireActual<typeof import("../../../src/engine/status/paceStatus")>(
    "../../../src/engine/status/paceStatus"
  );
  return {
    ...actual,
    paceStatus: (...args: Parameters<typeof actual.paceStatus>) => {
      if (mockLastMonthFailure !== null && args[0].month === mockLastMonthFailure.month) {
        throw mockLastMonthFailure.error();
      }
      return actual.paceStatus(...args);
    },
  };
});

/** `assessIndicator` as written, except that it throws what `mockThisMonthFailure` makes. */
let mockThisMonthFailure: (() => Error) | null = null;
jest.mock("../../../src/engine/status/assessIndicator", () => {
  const actual = jest.requireActual<typeof import("../../../src/engine/status/assessIndicator")>(
    "../../../src/engine/status/assessIndicator"
  );
  return {
    ...actual,
    assessIndicator: (...args: Parameters<typeof actual.assessIndicator>) => {
      if (mockThisMonthFailure !== null) {
        throw mockThisMonthFailure();
      }
      return actual.assessIndicator(...args);
    },
  };
});

const table = readTable([zhenbaGrid(), actuals()]).table!;
const records = table.indicators;
const july = { month: 7, periods: 12, band: 0.05, method: "checkpoint" } as const;
const position = (name: string, measure = "绝对量"): number =>
  records.findIndex((record) => record.name === name && record.measureLabel === measure);

afterEach(() => {
  mockLastMonthFailure = null;
  mockThisMonthFailure = null;
});

describe("assessIndicators on seed 000 at month 7 (checkpoint method)", () => {
  const assessed = assessIndicators(records, table.sheet, july);

  it.each([
    // name, measure, pace target, pace gap, arrears, status, June status, June pace gap
    [
      "地方财政收入",
      "绝对量",
      "7700",
      "-0.05147058823529411764705882352941176470588",
      "700",
      "serious",
      "lagging",
      "-0.02205882352941176470588235294117647058824",
    ],
    ["地方财政收入", "增幅", "22.16", "-0.0216", null, "lagging", "lagging", "-0.004"],
    ["全社会固定资产投资", "绝对量", "30.3", "0", "0", "on_pace", "on_pace", "0"],
    [
      "招商引资(引进市外资金)",
      "绝对量",
      "10.39",
      "-0.01591657519209659714599341383095499451153",
      "0.29",
      "lagging",
      "on_pace",
      "0",
    ],
    [
      "空气中可吸入颗粒物(PM10)浓度",
      "绝对量",
      "65",
      "-0.07692307692307692307692307692307692307692",
      "5",
      "serious",
      "on_pace",
      "0.1666666666666666666666666666666666666667",
    ],
    ["规上工业增加值", "绝对量", "8.16", null, null, "not_reported", "not_reported", null],
  ])(
    "%s %s: P %s, gap %s, arrears %s, %s (June %s, gap %s)",
    (name, measure, paceTarget, paceGap, arrears, status, previousStatus, previousGap) => {
      const at = position(name, measure);
      const { result } = assessed.current[at];
      expect([
        result?.paceTarget?.toString() ?? null,
        result?.paceGap?.toString() ?? null,
        result?.arrears?.toString() ?? null,
        assessed.current[at].status,
        assessed.previous?.[at].status,
        assessed.previous?.[at].paceGap?.toString() ?? null,
      ]).toEqual([paceTarget, paceGap, arrears, status, previousStatus, previousGap]);
    }
  );

  it("finds nothing to report on the seed table", () => {
    expect(assessed.diagnostics).toEqual([]);
    expect(assessed.current).toHaveLength(records.length);
  });

  it("has no last month in month 1", () => {
    expect(assessIndicators(records, table.sheet, { ...july, month: 1 }).previous).toBeNull();
  });
});

describe("assessIndicators when an indicator cannot be assessed", () => {
  const noTargets: IndicatorRecord = {
    ...records[position("地方财政收入")],
    checkpoints: [],
    annualTarget: null,
  };

  it("counts a record without targets as 目标缺失或为零 (not 未报送: it reported), both months", () => {
    const assessed = assessIndicators([noTargets], table.sheet, july);
    expect([assessed.current[0], assessed.previous?.[0]]).toEqual([
      { result: null, status: "target_missing" },
      { status: "target_missing", paceGap: null },
    ]);
    // the reader has named the cell (missing_target): the assessment adds nothing
    expect(assessed.diagnostics).toEqual([]);
  });

  it("counts this month's failure as 未报送 only without an actual, and names the record's cell", () => {
    const unreported = records[position("规上工业增加值")];
    mockThisMonthFailure = () => new AssessError("value", "invalidOption", { name: "method" });
    const assessed = assessIndicators(
      [unreported, records[position("地方财政收入")]],
      table.sheet,
      july
    );
    mockThisMonthFailure = null;
    expect(assessed.current.map((item) => item.status)).toEqual(["not_reported", "target_missing"]);
    expect(assessed.diagnostics.map((found) => found.code)).toEqual([
      "invalid_value",
      "invalid_value",
    ]);
    expect(formatDiagnostic(assessed.diagnostics[1], "zh-CN")).toMatch(/按“目标缺失或为零”处理$/);
  });

  it("reports last month's own failure naming last month's actual cell and the month, not a silent 未报送", () => {
    mockLastMonthFailure = {
      month: 6,
      error: () => new AssessError("value", "notANumber", { name: "actual", text: "6500" }),
    };
    const at = position("地方财政收入");
    const assessed = assessIndicators(records, table.sheet, july);
    expect(assessed.current[at].status).toBe("serious");
    expect(assessed.previous?.[at]).toEqual({ status: "actual_unreadable", paceGap: null });
    const found = assessed.diagnostics.find((item) => item.params.name === "地方财政收入");
    expect(found).toMatchObject({
      code: "previous_month_failed",
      severity: "warning",
      sheet: "月度完成",
      cell: "C2",
    });
    expect(formatDiagnostic(found!, "zh-CN")).toBe(
      "月度完成!C2：“地方财政收入”（绝对量）6月无法计算：“actual”应为数字，而不是“6500”，上月状态按“实际值无法识别”处理"
    );
    expect(formatDiagnostic(found!, "en-US")).toBe(
      '月度完成!C2: "地方财政收入" (absolute value) cannot be assessed for month 6: "actual" must be a number, not "6500"; last month counts as Actual unreadable'
    );
    expect(assessed.diagnostics).toHaveLength(records.length);
  });

  it("names the record's cell when last month has no actual cell", () => {
    mockLastMonthFailure = {
      month: 6,
      error: () => new AssessError("value", "noTargets"),
    };
    const unreported = records[position("规上工业增加值")];
    const assessed = assessIndicators([unreported], table.sheet, july);
    expect(assessed.diagnostics.map((found) => [found.code, found.sheet, found.cell])).toEqual([
      ["previous_month_failed", "分解表", unreported.source.split("!")[1]],
    ]);
  });

  it("lets an error that is no AssessError (a bug) through", () => {
    mockLastMonthFailure = { month: 6, error: () => new TypeError("broken") };
    expect(() => assessIndicators(records, table.sheet, july)).toThrow(TypeError);
  });
});
