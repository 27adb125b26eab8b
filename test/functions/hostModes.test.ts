import * as fns from "../../src/functions/functions";
import { setFunctionDefaults } from "../../src/functions/runtimeDefaults";
import { FakeExcel } from "../excel/fake";
import {
  cellRef,
  connectProbe,
  disconnectProbe,
  hostCall,
  HostMode,
  inCells,
  Literal,
} from "./hostCall";

/*
 * The custom functions as Excel calls them from cells, on a host that passes an empty cell as null
 * (the web) and on one that passes it as 0 (some desktop builds, office-js #4702): the same results
 * on both, with one read of the workbook when a 0 from a cell reaches an argument where blank and 0
 * differ, and none otherwise.
 */

const modes: HostMode[] = ["web", "blanksAsZero"];
/** A sheet name Excel has to quote in an address: '7月 数据'!A1. */
const sheet = "7月 数据";

let fake: FakeExcel;

beforeEach(() => {
  fake = new FakeExcel({ sheets: ["Sheet1"] });
  connectProbe(fake);
});

afterEach(() => {
  disconnectProbe();
  setFunctionDefaults({ periods: 12, band: 0.05 });
});

type Fn = (...args: never[]) => unknown;
const f = fns as unknown as Record<string, Fn>;

/**
 * The README's 函数速查 (formula cookbook), each formula with its exact result, and the syncs it
 * makes from cells on each host: [formula, function, arguments, result, web syncs, blanks-as-0 syncs].
 * "" in an argument is an empty cell once the arguments are in cells.
 */
const cookbook: [string, string, Literal[], unknown, number, number][] = [
  ['CHECKPOINT("前三季度")', "checkpoint", ["前三季度"], 9, 0, 0],
  ['CHECKPOINT("1—8月")', "checkpoint", ["1—8月"], 8, 0, 0],
  ['CHECKPOINT("上半年")', "checkpoint", ["上半年"], 6, 0, 0],
  ["PACE(7)", "pace", [7], 0.5833333333333334, 0, 0],
  ['PACE("上半年")', "pace", ["上半年"], 0.5, 0, 0],
  [
    'PACETARGET({"上半年";"前三季度";"全年"}, {6800;9500;13600}, 7)',
    "paceTarget",
    [[["上半年"], ["前三季度"], ["全年"]], [[6800], [9500], [13600]], 7],
    7700,
    0,
    0,
  ],
  [
    "PACETARGET(A2:A2, B2:B2, 7), A2 blank, B2 = 13600",
    "paceTarget",
    [[[""]], [[13600]], 7],
    7933.333333333333,
    0,
    1,
  ],
  ["PACEGAP(6120, 13600, 6)", "paceGap", [6120, 13600, 6], -0.05, 0, 0],
  [
    'PACEGAP(68, 72, 6, , "逆向")',
    "paceGap",
    [68, 72, 6, undefined, "逆向"],
    0.05555555555555555,
    0,
    0,
  ],
  ["ARREARS(6000, 13600, 6)", "arrears", [6000, 13600, 6], 800, 0, 0],
  ["REMAINING(6500, 13600, 7)", "remaining", [6500, 13600, 7], 1420, 0, 0],
  ['COMPLETION(60, 72, "lower")', "completion", [60, 72, "lower"], 1.2, 0, 0],
  ["STATUS(6500, 13600, 6)", "status", [6500, 13600, 6], "滞后", 0, 0],
  ["STATUS(6120, 13600, 6)", "status", [6120, 13600, 6], "严重滞后", 0, 0],
  ["STATUS(blank, 13600, 6)", "status", ["", 13600, 6], "未报送", 0, 1],
  ["COMPLETIONSCORE(85, 100, 10)", "completionScore", [85, 100, 10], 8.5, 0, 0],
  ["COMPLETIONSCORE(69, 100, 10): under 70%", "completionScore", [69, 100, 10], 0, 0, 0],
  [
    'COMPOSITESCORE({80;"";90}, {60;30;10})',
    "compositeScore",
    [
      [[80], [""], [90]],
      [[60], [30], [10]],
    ],
    82.5,
    0,
    1,
  ],
  [
    'ADJUSTMENT({3;1}, {0.15;-1.5}, {0.4;""}, 3)',
    "adjustment",
    [[[3], [1]], [[0.15], [-1.5]], [[0.4], [""]], 3],
    -1.1,
    0,
    1,
  ],
  ["GRADE(85, 3)", "grade", [85, 3], "优秀", 0, 0],
  ["GRADE(95, 0, 1)", "grade", [95, 0, 1], "一般", 0, 0],
  ['RANKING(5, {9;7;7;5}, 0, "dense")', "rank", [5, [[9], [7], [7], [5]], 0, "dense"], 3, 0, 0],
  ["RANKING(5, {9;7;7;5})", "rank", [5, [[9], [7], [7], [5]]], 4, 0, 0],
  ["RANKSCORE(3, 10)", "rankScore", [3, 10], 9, 0, 0],
  ["EFFICACYSCORE(8, 10, 5)", "efficacyScore", [8, 10, 5], 84, 0, 0],
  ["MONTHOVERMONTH(5025, 16208)", "monthOverMonth", [5025, 16208], -11183, 0, 0],
  [
    "MONTHOVERMONTH(5025, 16208, TRUE)",
    "monthOverMonth",
    [5025, 16208, true],
    -11183 / 16208,
    0,
    0,
  ],
  ["GROWTHSHORTFALL(89.43, 17.5, 5.2)", "growthShortfall", [89.43, 17.5, 5.2], 10.99989, 0, 0],
  // The errors below the table.
  [
    'PACEGAP("约六千", 13600, 6)',
    "paceGap",
    ["约六千", 13600, 6],
    { code: "#VALUE!", message: "“actual”应为数字，而不是“约六千”" },
    0,
    0,
  ],
  // A real 0 from a cell is read once on either host, and stays 0.
  ["COMPLETION(5, 0)", "completion", [5, 0], { code: "#DIV/0!" }, 1, 1],
  ["PACE(13)", "pace", [13], { code: "#NUM!" }, 0, 0],
  ["ARREARS(1, 10, 0)", "arrears", [1, 10, 0], { code: "#NUM!" }, 1, 1],
  [
    "PACEGAP(blank, 13600, 6)",
    "paceGap",
    ["", 13600, 6],
    { code: "#N/A", message: "未报送：本月实际完成为空" },
    0,
    1,
  ],
];

describe.each(modes)("the README cookbook on a host that passes blanks as %s", (mode) => {
  it.each(cookbook)("=ASSESS.%s as written", async (_formula, name, args, expected) => {
    expect(await hostCall(fake, mode, f[name], args)).toEqual({
      result: expected,
      immediate: true,
      syncs: 0,
    });
  });

  it.each(cookbook)(
    "=ASSESS.%s with its numbers in cells",
    async (_formula, name, args, expected, webSyncs, zeroSyncs) => {
      const syncs = mode === "web" ? webSyncs : zeroSyncs;
      const call = await hostCall(fake, mode, f[name], inCells(fake, sheet, args));
      expect(call).toEqual({ result: expected, immediate: syncs === 0, syncs });
    }
  );
});

/**
 * What a host that passes blanks as 0 gave before the functions asked which cells are empty, and
 * what they give now: [formula, result before, now, function, arguments ("" = an empty cell)].
 */
const silentFailures: [string, unknown, unknown, string, Literal[]][] = [
  ["STATUS(blank, 13600, 6)", "严重滞后", "未报送", "status", ["", 13600, 6]],
  [
    "PACEGAP(blank, 13600, 6)",
    -0.5,
    { code: "#N/A", message: "未报送：本月实际完成为空" },
    "paceGap",
    ["", 13600, 6],
  ],
  [
    "COMPOSITESCORE({80;blank;90}, {60;30;10})",
    57,
    82.5,
    "compositeScore",
    [
      [[80], [""], [90]],
      [[60], [30], [10]],
    ],
  ],
  [
    "ADJUSTMENT({3;1}, {0.15;-1.5}, {0.4;blank}, 3): a blank cap is no cap, not a cap of 0",
    0.4,
    -1.1,
    "adjustment",
    [[[3], [1]], [[0.15], [-1.5]], [[0.4], [""]], 3],
  ],
  [
    "GRADE(blank)",
    "较差",
    { code: "#N/A", message: "没有可计分的得分（全部为空）" },
    "grade",
    [""],
  ],
  [
    "COMPLETION(blank, 13600)",
    0,
    { code: "#N/A", message: "未报送：本月实际完成为空" },
    "completion",
    ["", 13600],
  ],
];

describe("blank cells on a host that passes them as 0", () => {
  it.each(silentFailures)("%s: no longer %j but %j", async (_formula, _before, now, name, args) => {
    const call = await hostCall(fake, "blanksAsZero", f[name], inCells(fake, sheet, args));
    expect(call).toEqual({ result: now, immediate: false, syncs: 1 });
  });

  it.each(silentFailures)(
    "%s without a probe (outside Excel) gives %j, as before",
    async (_formula, before, _now, name, args) => {
      disconnectProbe();
      const call = await hostCall(fake, "blanksAsZero", f[name], inCells(fake, sheet, args));
      expect(call).toEqual({ result: before, immediate: true, syncs: 0 });
    }
  );

  it.each(silentFailures)(
    "%s on the web, where blanks arrive as null: the same result, no read",
    async (_formula, _before, now, name, args) => {
      const call = await hostCall(fake, "web", f[name], inCells(fake, sheet, args));
      expect(call).toEqual({ result: now, immediate: true, syncs: 0 });
    }
  );
});

describe("a real 0 in a cell stays 0 on both hosts", () => {
  it.each(modes)("PACEGAP(0, 13600, 6) on %s: -0.5 after one read", async (mode) => {
    const args = inCells(fake, sheet, [0, 13600, 6]);
    expect(await hostCall(fake, mode, fns.paceGap, args)).toEqual({
      result: -0.5,
      immediate: false,
      syncs: 1,
    });
  });

  it.each(modes)("STATUS(0, 13600, 6) on %s: 严重滞后, not 未报送", async (mode) => {
    const args = inCells(fake, sheet, [0, 13600, 6]);
    expect(await hostCall(fake, mode, fns.status, args)).toEqual({
      result: "严重滞后",
      immediate: false,
      syncs: 1,
    });
  });

  it.each(modes)("COMPOSITESCORE({80;0;90}, {60;30;10}) on %s: 57", async (mode) => {
    const args = inCells(fake, sheet, [
      [[80], [0], [90]],
      [[60], [30], [10]],
    ]);
    expect(await hostCall(fake, mode, fns.compositeScore, args)).toEqual({
      result: 57,
      immediate: false,
      syncs: 1,
    });
  });

  it.each(modes)("a 0 and a blank side by side on %s: only the blank is blank", async (mode) => {
    // Scores 80, 0, blank, 90 with weights 40/20/30/10: the blank's 30 is shared out evenly
    // (10 each): 80 × 0.5 + 0 × 0.3 + 90 × 0.2 = 58.
    const args = inCells(fake, sheet, [
      [[80], [0], [""], [90]],
      [[40], [20], [30], [10]],
    ]);
    expect(await hostCall(fake, mode, fns.compositeScore, args)).toEqual({
      result: 58,
      immediate: false,
      syncs: 1,
    });
  });

  it.each(modes)("a literal 0 (not from a cell) on %s: no read", async (mode) => {
    expect(await hostCall(fake, mode, fns.paceGap, [0, 13600, 6])).toEqual({
      result: -0.5,
      immediate: true,
      syncs: 0,
    });
  });

  it("without a probe a real 0 is computed at once", async () => {
    disconnectProbe();
    const args = inCells(fake, sheet, [0, 13600, 6]);
    expect(await hostCall(fake, "web", fns.paceGap, args)).toEqual({
      result: -0.5,
      immediate: true,
      syncs: 0,
    });
  });
});

describe("reads of the workbook", () => {
  it("several blank arguments of one call: one sync", async () => {
    // Actual, periods, direction and band all blank: 未报送, the blanks being defaults.
    const args = inCells(fake, sheet, ["", 13600, 6, "", "", ""]);
    expect(await hostCall(fake, "blanksAsZero", fns.status, args)).toEqual({
      result: "未报送",
      immediate: false,
      syncs: 1,
    });
  });

  it("no 0 among the arguments: no sync, the result at once", async () => {
    const args = inCells(fake, sheet, [6120, 13600, 6, 12, "正向", 0.05]);
    expect(await hostCall(fake, "blanksAsZero", fns.status, args)).toEqual({
      result: "严重滞后",
      immediate: true,
      syncs: 0,
    });
  });

  it("a 0 only where blank and 0 mean the same (a weight): no sync", async () => {
    const args = inCells(fake, sheet, [
      [[80], [70]],
      [[100], [""]],
    ]);
    expect(await hostCall(fake, "blanksAsZero", fns.compositeScore, args)).toEqual({
      result: 80,
      immediate: true,
      syncs: 0,
    });
  });

  it("a column of formulas recalculated together: one sync, each range read once", async () => {
    fake.addSheet(sheet, [
      ["", 13600, 6],
      [0, 13600, 6],
      ["", 13600, 6],
    ]);
    const row = (n: number) => [
      cellRef(sheet, `A${n}`),
      cellRef(sheet, `B${n}`),
      cellRef(sheet, `C${n}`),
    ];
    const shared = cellRef(sheet, "A1");
    const before = fake.syncCount;
    const calls = await Promise.all([
      hostCall(fake, "blanksAsZero", fns.status, row(1)),
      hostCall(fake, "blanksAsZero", fns.status, row(2)),
      hostCall(fake, "blanksAsZero", fns.status, row(3)),
      hostCall(fake, "blanksAsZero", fns.paceGap, [shared, 13600, 6]),
    ]);
    expect(calls.map((call) => call.result)).toEqual([
      "未报送",
      "严重滞后",
      "未报送",
      { code: "#N/A", message: "未报送：本月实际完成为空" },
    ]);
    expect(fake.syncCount - before).toBe(1);
    // A1, A2 and A3: A1 asked twice, loaded once.
    expect(fake.syncs[fake.syncs.length - 1].actions).toBe(3);
  });
});
