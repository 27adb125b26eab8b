import * as fns from "../../src/functions/functions";
import { FakeExcel, type FakeValue } from "../excel/fake";
import { connectProbe, disconnectProbe, hostCall, HostMode, inCells, Literal } from "./hostCall";

/*
 * Every argument where an empty cell and a 0 give different results (a value, an error, or another
 * error), one blank at a time: the same exact result on both hosts, one read where the blank
 * arrives as 0. And the arguments left unchecked on purpose, where blank and 0 give the same result.
 */

const modes: HostMode[] = ["web", "blanksAsZero"];
const sheet = "分解表";

let fake: FakeExcel;

beforeEach(() => {
  fake = new FakeExcel({ sheets: ["Sheet1"] });
  connectProbe(fake);
});

afterEach(() => disconnectProbe());

type Fn = (...args: never[]) => unknown;
const f = fns as unknown as Record<string, Fn>;

const notBlank = (name: string) => ({ code: "#VALUE!", message: `“${name}”不能为空` });
const notReported = { code: "#N/A", message: "未报送：本月实际完成为空" };

/**
 * [formula (what the blank stands for), function, arguments ("" = the empty cell), the result on
 * both hosts, what a 0 there gives instead, syncs on the web]. On the host that passes blanks as 0
 * each takes one sync; on the web only where a real 0 is among the checked arguments too.
 */
const blankMatters: [string, string, Literal[], unknown, unknown, number][] = [
  ["CHECKPOINT(blank)", "checkpoint", [""], notBlank("月份"), { code: "#NUM!" }, 0],
  ["PACE(blank month)", "pace", [""], notBlank("月份"), { code: "#NUM!" }, 0],
  [
    "PACETARGET({6;9;12}, {6800;9500;13600}, blank month)",
    "paceTarget",
    [[[6], [9], [12]], [[6800], [9500], [13600]], ""],
    notBlank("月份"),
    { code: "#NUM!" },
    0,
  ],
  [
    "PACEGAP(6120, blank target, 6)",
    "paceGap",
    [6120, "", 6],
    notBlank("annualTarget"),
    { code: "#DIV/0!" },
    0,
  ],
  [
    "PACEGAP(6120, 13600, blank month)",
    "paceGap",
    [6120, 13600, ""],
    notBlank("月份"),
    { code: "#NUM!" },
    0,
  ],
  [
    "ARREARS(6000, 13600, blank month)",
    "arrears",
    [6000, 13600, ""],
    notBlank("月份"),
    { code: "#NUM!" },
    0,
  ],
  [
    "REMAINING(6500, 13600, blank month)",
    "remaining",
    [6500, 13600, ""],
    notBlank("月份"),
    { code: "#NUM!" },
    0,
  ],
  [
    "COMPLETION(blank, 72, lower)",
    "completion",
    ["", 72, "lower"],
    notReported,
    { code: "#DIV/0!" },
    0,
  ],
  [
    "STATUS(6500, 13600, blank month)",
    "status",
    [6500, 13600, ""],
    notBlank("月份"),
    { code: "#NUM!" },
    0,
  ],
  [
    "COMPLETIONSCORE(85, blank target, 10)",
    "completionScore",
    [85, "", 10],
    notBlank("target"),
    { code: "#DIV/0!" },
    0,
  ],
  ["RANKSCORE(blank rank, 10)", "rankScore", ["", 10], notBlank("rank"), { code: "#NUM!" }, 0],
  ["PACE(7, blank periods)", "pace", [7, ""], 0.5833333333333334, { code: "#NUM!" }, 0],
  [
    "PACETARGET({6;9;12}, {6800;blank;13600}, 7): a blank target is skipped",
    "paceTarget",
    [[[6], [9], [12]], [[6800], [""], [13600]], 7],
    7933.333333333333,
    4533.333333333333,
    0,
  ],
  ["PACEGAP(blank, 72, 6, , 逆向)", "paceGap", ["", 72, 6, null, "逆向"], notReported, 1, 0],
  [
    "PACEGAP(6120, 13600, 6, blank periods)",
    "paceGap",
    [6120, 13600, 6, ""],
    -0.05,
    { code: "#NUM!" },
    0,
  ],
  [
    "PACEGAP(6120, 13600, 6, , blank direction)",
    "paceGap",
    [6120, 13600, 6, null, ""],
    -0.05,
    { code: "#VALUE!", message: "“方向”的取值“0”无效，可用：正向/higher, 逆向/lower" },
    0,
  ],
  ["ARREARS(blank, 13600, 6)", "arrears", ["", 13600, 6], notReported, 6800, 0],
  ["ARREARS(6000, blank target, 6)", "arrears", [6000, "", 6], notBlank("annualTarget"), -6000, 0],
  [
    "ARREARS(6000, 13600, 6, blank periods)",
    "arrears",
    [6000, 13600, 6, ""],
    800,
    { code: "#NUM!" },
    0,
  ],
  ["REMAINING(blank, 13600, 7)", "remaining", ["", 13600, 7], notReported, 2720, 0],
  [
    "REMAINING(6500, blank target, 7)",
    "remaining",
    [6500, "", 7],
    notBlank("annualTarget"),
    -1300,
    0,
  ],
  [
    "REMAINING(6500, 13600, 7, blank periods)",
    "remaining",
    [6500, 13600, 7, ""],
    1420,
    { code: "#NUM!" },
    0,
  ],
  [
    "COMPLETION(60, blank target, lower)",
    "completion",
    [60, "", "lower"],
    notBlank("target"),
    0,
    0,
  ],
  [
    "COMPLETION(6800, 13600, blank direction)",
    "completion",
    [6800, 13600, ""],
    0.5,
    { code: "#VALUE!", message: "“方向”的取值“0”无效，可用：正向/higher, 逆向/lower" },
    0,
  ],
  ["STATUS(6500, blank target, 6)", "status", [6500, "", 6], notBlank("annualTarget"), "正常", 0],
  [
    "STATUS(6500, 13600, 6, blank periods)",
    "status",
    [6500, 13600, 6, ""],
    "滞后",
    { code: "#NUM!" },
    0,
  ],
  [
    "STATUS(6500, 13600, 6, , blank direction)",
    "status",
    [6500, 13600, 6, null, ""],
    "滞后",
    { code: "#VALUE!", message: "“方向”的取值“0”无效，可用：正向/higher, 逆向/lower" },
    0,
  ],
  [
    "STATUS(6500, 13600, 6, , , blank band)",
    "status",
    [6500, 13600, 6, null, null, ""],
    "滞后",
    "严重滞后",
    0,
  ],
  ["COMPLETIONSCORE(blank, 100, 10)", "completionScore", ["", 100, 10], notReported, 0, 0],
  [
    "COMPLETIONSCORE(85, 100, blank full score)",
    "completionScore",
    [85, 100, ""],
    notBlank("fullScore"),
    0,
    0,
  ],
  [
    "COMPLETIONSCORE(85, 100, 10, blank direction)",
    "completionScore",
    [85, 100, 10, ""],
    8.5,
    { code: "#VALUE!", message: "“方向”的取值“0”无效，可用：正向/higher, 逆向/lower" },
    0,
  ],
  [
    "COMPLETIONSCORE(50, 100, 10, , blank floor)",
    "completionScore",
    [50, 100, 10, null, ""],
    0,
    5,
    0,
  ],
  [
    "COMPLETIONSCORE(85, 100, 10, , , blank cap)",
    "completionScore",
    [85, 100, 10, null, null, ""],
    8.5,
    0,
    0,
  ],
  [
    "ADJUSTMENT({3;1}, {0.15;-1.5}, {0.4;5}, blank bonus cap)",
    "adjustment",
    [[[3], [1]], [[0.15], [-1.5]], [[0.4], [5]], ""],
    -1.1,
    -1.5,
    0,
  ],
  [
    "RANKING(blank, {9;0;5}): the 0 among the values is read too",
    "rank",
    ["", [[9], [0], [5]]],
    notBlank("value"),
    3,
    1,
  ],
  [
    "RANKING(5, {9;7;blank;5}, 1): a blank value is ignored",
    "rank",
    [5, [[9], [7], [""], [5]], 1],
    1,
    2,
    0,
  ],
  ["RANKSCORE(3, blank full score)", "rankScore", [3, ""], notBlank("fullScore"), 0, 0],
  ["RANKSCORE(3, 10, blank step)", "rankScore", [3, 10, ""], 9, 10, 0],
  ["EFFICACYSCORE(blank, 10, 5)", "efficacyScore", ["", 10, 5], notBlank("value"), 20, 0],
  ["EFFICACYSCORE(8, blank, 5)", "efficacyScore", [8, "", 5], notBlank("satisfactory"), 36, 0],
  ["EFFICACYSCORE(8, 10, blank)", "efficacyScore", [8, 10, ""], notBlank("unacceptable"), 92, 0],
  ["MONTHOVERMONTH(blank, 16208)", "monthOverMonth", ["", 16208], notReported, -16208, 0],
  ["MONTHOVERMONTH(5025, blank)", "monthOverMonth", [5025, ""], notReported, 5025, 0],
  [
    "GROWTHSHORTFALL(blank, 17.5, 5.2)",
    "growthShortfall",
    ["", 17.5, 5.2],
    notBlank("lastYear"),
    0,
    0,
  ],
  [
    "GROWTHSHORTFALL(89.43, blank, 5.2)",
    "growthShortfall",
    [89.43, "", 5.2],
    notBlank("targetRate"),
    -4.65036,
    0,
  ],
  [
    "GROWTHSHORTFALL(89.43, 17.5, blank)",
    "growthShortfall",
    [89.43, 17.5, ""],
    notReported,
    15.65025,
    0,
  ],
];

describe.each(modes)("one blank cell, on a host that passes blanks as %s", (mode) => {
  it.each(blankMatters)("%s", async (_formula, name, args, blank, _zero, webSyncs) => {
    const syncs = mode === "web" ? webSyncs : 1;
    const call = await hostCall(fake, mode, f[name], inCells(fake, sheet, args));
    expect(call).toEqual({ result: blank, immediate: syncs === 0, syncs });
  });
});

describe("the same formulas with a 0 typed in the blank's cell", () => {
  it.each(blankMatters)("%s", async (_formula, name, args, _blank, zero) => {
    const zeroFor = (value: FakeValue): FakeValue => (value === "" ? 0 : value);
    const withZero = args.map((argument): Literal =>
      Array.isArray(argument)
        ? (argument as FakeValue[][]).map((row) => row.map(zeroFor))
        : argument === ""
          ? 0
          : argument
    );
    const call = await hostCall(fake, "blanksAsZero", f[name], inCells(fake, sheet, withZero));
    expect(call).toEqual({ result: zero, immediate: false, syncs: 1 });
  });
});

/**
 * Arguments not checked, and why: there blank and 0 give the same result, so nothing is read on
 * either host. [formula, function, arguments ("" = the empty cell), the result on both hosts].
 */
const sameAsZero: [string, string, Literal[], unknown][] = [
  [
    "COMPOSITESCORE({80;70}, {100;blank}): a blank weight is 0",
    "compositeScore",
    [
      [[80], [70]],
      [[100], [""]],
    ],
    80,
  ],
  [
    "COMPOSITESCORE({80;70}, {50;50}, blank sharing)",
    "compositeScore",
    [[[80], [70]], [[50], [50]], ""],
    75,
  ],
  [
    "ADJUSTMENT({3;blank}, {0.15;blank}): blank counts and points are 0",
    "adjustment",
    [
      [[3], [""]],
      [[0.15], [""]],
    ],
    0.45,
  ],
  ["GRADE(85, blank, blank, blank)", "grade", [85, "", "", ""], "良好"],
  ["RANKING(5, {9;7;5}, blank order, blank ties)", "rank", [5, [[9], [7], [5]], "", ""], 3],
  ["MONTHOVERMONTH(5025, 16208, blank asRatio)", "monthOverMonth", [5025, 16208, ""], -11183],
];

describe("arguments where a blank is not told from 0", () => {
  it.each(sameAsZero)("%s", async (_formula, name, args, result) => {
    const onWeb = await hostCall(fake, "web", f[name], inCells(fake, sheet, args));
    const onDesktop = await hostCall(fake, "blanksAsZero", f[name], inCells(fake, sheet, args));
    expect([onWeb, onDesktop]).toEqual([
      { result, immediate: true, syncs: 0 },
      { result, immediate: true, syncs: 0 },
    ]);
  });
});

describe("withBlankCells, when the cells cannot be told apart", () => {
  type Office = { context?: { displayLanguage?: string } };
  const holder = globalThis as { Office?: Office };

  afterEach(() => {
    delete holder.Office;
  });

  /** PACEGAP(0, 13600, 6) from a cell at `address`: Excel's own arguments, invocation last. */
  async function paceGapFrom(address: string | undefined): Promise<unknown> {
    const invocation = { parameterAddresses: [address] } as CustomFunctions.Invocation;
    try {
      return await fns.paceGap(0, 13600, 6, null as never, null as never, invocation);
    } catch (error) {
      const { code, message } = error as { code: string; message: string };
      return { code, message };
    }
  }

  it("Excel busy editing a cell: #VALUE! saying so, in the clerk's language", async () => {
    fake.addSheet(sheet);
    fake.failOnSync({ sync: 1, code: "InvalidOperationInCellEditMode" });
    expect(await paceGapFrom(`${sheet}!B2`)).toEqual({
      code: "#VALUE!",
      message:
        "无法读取参数所在的单元格，不能区分空白与0：Excel 正处于单元格编辑状态，请先按回车或 Esc 结束编辑，再重试",
    });
    holder.Office = { context: { displayLanguage: "en-US" } };
    fake.failOnSync({ sync: 1, code: "InvalidOperationInCellEditMode" });
    expect(await paceGapFrom(`${sheet}!B2`)).toEqual({
      code: "#VALUE!",
      message:
        "The argument's cells could not be read to tell a blank from 0: Excel is editing a cell: press Enter or Esc to finish editing, then retry",
    });
  });

  it("a sheet gone since Excel called: #VALUE! naming what was not found", async () => {
    expect(await paceGapFrom("已删除!B2")).toEqual({
      code: "#VALUE!",
      message:
        "无法读取参数所在的单元格，不能区分空白与0：找不到所需的工作表或对象（可能已被删除或改名）：The requested resource doesn't exist: worksheet '已删除'.",
    });
  });

  it("a probe failing with a plain error: its message", async () => {
    const { setBlankProbe } = await import("../../src/functions/blankProbe");
    setBlankProbe(() => Promise.reject(new Error("no host")));
    expect(await paceGapFrom("Sheet1!B2")).toEqual({
      code: "#VALUE!",
      message: "无法读取参数所在的单元格，不能区分空白与0：no host",
    });
  });

  it.each([
    ["another workbook", "[预算.xlsx]Sheet1!B2"],
    ["a defined name", "预算"],
    ["several areas", "Sheet1!B2,Sheet1!C2"],
  ])(
    "an address that is not one block of this workbook (%s): not read, 0 stays 0",
    async (_what, address) => {
      const before = { runs: fake.runs, syncs: fake.syncCount };
      expect(await paceGapFrom(address)).toBe(-0.5);
      expect({ runs: fake.runs, syncs: fake.syncCount }).toEqual(before);
    }
  );

  it.each([
    ["no address", undefined],
    ["an empty address", ""],
  ])("%s: computed at once", (_what, address) => {
    const invocation = { parameterAddresses: [address] } as CustomFunctions.Invocation;
    expect(fns.paceGap(0, 13600, 6, null as never, null as never, invocation)).toBe(-0.5);
    expect(fns.paceGap(0, 13600, 6, null as never, null as never, {})).toBe(-0.5);
  });

  it("a range where one value belongs: which cell Excel took is not known, 0 stays 0", async () => {
    fake.addSheet(sheet);
    const before = fake.syncCount;
    expect(await paceGapFrom(`${sheet}!B2:B3`)).toBe(-0.5);
    expect(fake.syncCount - before).toBe(1);
  });

  it("a range of another shape than the argument: left as Excel passed it", async () => {
    fake.addSheet(sheet);
    const invocation = { parameterAddresses: [`${sheet}!B1:B2`] } as CustomFunctions.Invocation;
    const scores = [[80], [0], [90]];
    // B1:B2 are empty, but scores has three rows: the 0 is kept, 80 × 0.6 + 90 × 0.1 = 57.
    expect(await fns.compositeScore(scores, [[60], [30], [10]], null as never, invocation)).toBe(
      57
    );
  });
});
