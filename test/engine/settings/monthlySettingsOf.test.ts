import fc from "fast-check";
import { formatDiagnostic } from "../../../src/engine/kernel/diagnostic";
import { CellValue } from "../../../src/engine/kernel/grid";
import { monthlyDefinitions } from "../../../src/engine/settings/monthlyDefinitions";
import { monthlySettingCells } from "../../../src/engine/settings/monthlySettingCells";
import { monthlySettingsOf } from "../../../src/engine/settings/monthlySettingsOf";
import { MONTHLY_DEFAULTS } from "../fixtures/monthlyDefaults";
import { sheet } from "../fixtures/sheet";

/** A 设置 sheet: title, header, then the rows given. */
const settingsSheet = (rows: CellValue[][], name = "设置") =>
  sheet(name, [["考核设置"], ["设置项", "取值", "说明"], ...rows]);

describe("monthlySettingsOf", () => {
  it("reads every monthly setting the sheet states, with its cell", () => {
    const read = monthlySettingsOf([
      settingsSheet([
        ["期数", 4],
        ["预警幅度（百分点）", 3],
        ["进度算法", "均衡进度"],
        ["并列名次", "1,1,2"],
        ["后N位", 2],
        ["排名依据", "完成率"],
        ["加分上限", "不设上限"],
        ["市考加减分倍数", 3],
        ["报送截止日", 10],
        ["超序时进度加分", 1],
        ["未达序时进度扣分", -0.3],
        ["迟报扣分", 0.2],
        ["约谈连续次数", 3],
        ["所在分组", "山区县"],
      ]),
    ]);
    expect(read.diagnostics).toEqual([]);
    expect(read.settings).toEqual({
      periods: 4,
      band: 0.03,
      method: "linear",
      ties: "dense",
      bottomCount: 2,
      rankingMeasure: "completion",
      bonusCap: null,
      cityMultiplier: 3,
      dueDay: 10,
      paceBonusPoints: 1,
      paceDeductionPoints: 0.3,
      latePoints: 0.2,
      interviewRuns: 3,
      groupName: "山区县",
    });
    expect(read.sources.band).toBe("设置!B4");
    expect(read.sources.groupName).toBe("设置!B16");
  });

  it("reads traditional labels and a traditional sheet name, and percentage points exactly", () => {
    const read = monthlySettingsOf([
      settingsSheet(
        [
          ["預警幅度", 0.7],
          ["進度算法", "按節點倒排"],
          ["報送截止日", 20],
        ],
        "設置"
      ),
    ]);
    expect(read.settings).toEqual({ band: 0.007, method: "checkpoint", dueDay: 20 });
  });

  it("states nothing for blank rows and the automatic method, but says where it read it", () => {
    const read = monthlySettingsOf([
      settingsSheet([
        ["期数", null],
        ["进度算法", "自动"],
        ["所在分组", "  "],
      ]),
    ]);
    expect(read.settings).toEqual({});
    expect(read.sources).toEqual({ method: "设置!B4" });
  });

  it("gives an invalid value a diagnostic at its cell naming the default, and states nothing", () => {
    const read = monthlySettingsOf([
      settingsSheet([
        ["期数", 13.5],
        ["预警幅度", 150],
        ["排名依据", "名次"],
        ["后N位", 3],
        ["市考加减分倍数", -2],
      ]),
    ]);
    expect(read.settings).toEqual({ bottomCount: 3 });
    expect(read.diagnostics.map((found) => [found.cell, formatDiagnostic(found, "zh-CN")])).toEqual(
      [
        ["B3", "设置!B3：设置项“期数”的取值“13.5”无效（应为1至366的整数），已采用12"],
        [
          "B4",
          "设置!B4：设置项“预警幅度”的取值“150”无效（应为0至100的百分点数，如5），已采用5个百分点",
        ],
        [
          "B5",
          "设置!B5：设置项“排名依据”的取值“名次”无效（可用：平均进度差、完成率、综合得分），已采用平均进度差",
        ],
        ["B7", "设置!B7：设置项“市考加减分倍数”的取值“-2”无效（应为不小于0的数），已采用2"],
      ]
    );
  });

  it("gives nothing without a 设置 sheet", () => {
    expect(monthlySettingsOf([sheet("分解表", [["指标", "目标"]])])).toEqual({
      settings: {},
      sources: {},
      diagnostics: [],
    });
  });

  it("has the seeds' defaults and a 说明 for every setting", () => {
    const defaults = Object.fromEntries(
      Object.values(monthlyDefinitions).map((definition) => [definition.name, definition.fallback])
    );
    expect(defaults).toEqual(MONTHLY_DEFAULTS);
    expect(monthlyDefinitions.band.note).toContain("填5即5个百分点");
  });
});

describe("monthlySettingsOf, for any sheet", () => {
  const cell = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.string(),
    fc.constantFrom("期数", "预警幅度", "进度算法", "不设上限", "1,1,2", "均衡进度", "5%", "≤3")
  );

  it("never throws, and states only settings it read from a cell of the 设置 sheet", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 12 }), (rows) => {
        const read = monthlySettingsOf([settingsSheet(rows)]);
        for (const name of Object.keys(read.settings)) {
          expect(read.sources[name as keyof typeof read.sources]).toMatch(/^设置!B\d+$/);
        }
      })
    );
  });

  it("reads back every value it wrote (monthlySettingCells)", () => {
    const values = fc.record({
      periods: fc.integer({ min: 1, max: 366 }),
      band: fc.integer({ min: 0, max: 10000 }).map((hundredths) => hundredths / 10000),
      ties: fc.constantFrom("competition" as const, "dense" as const),
      bonusCap: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
      dueDay: fc.integer({ min: 1, max: 31 }),
      latePoints: fc.integer({ min: 0, max: 40 }).map((tenths) => tenths / 10),
      groupName: fc.constantFrom("山区县", "川道县"),
    });
    fc.assert(
      fc.property(values, (given) => {
        const cells = monthlySettingCells(given);
        const rows = Object.entries(cells).map(([name, value]) => [
          monthlyDefinitions[name as keyof typeof monthlyDefinitions].labels[0],
          value,
        ]);
        expect(monthlySettingsOf([settingsSheet(rows)]).settings).toMatchObject(given);
      })
    );
  });
});
