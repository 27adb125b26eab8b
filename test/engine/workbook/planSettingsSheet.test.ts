import { CellValue } from "../../../src/engine/kernel/grid";
import { monthlySettingsOf } from "../../../src/engine/settings/monthlySettingsOf";
import {
  planSettingsSheet,
  SettingsSheetPlan,
} from "../../../src/engine/workbook/planSettingsSheet";
import { STATED_DEFAULTS } from "../fixtures/monthlyDefaults";
import { sheet } from "../fixtures/sheet";

/** The sheet a plan leaves: `rows` with its writes carried out. */
function carryOut(rows: readonly (readonly CellValue[])[], plan: SettingsSheetPlan): CellValue[][] {
  const grid = rows.map((row) => [...row]);
  for (const write of plan.writes) {
    while (grid.length <= write.row) grid.push([]);
    write.values.forEach((value, offset) => {
      const line = grid[write.row];
      while (line.length <= write.column + offset) line.push(null);
      line[write.column + offset] = value;
    });
  }
  return grid;
}

describe("planSettingsSheet", () => {
  it("makes no sheet unless asked to", () => {
    expect(planSettingsSheet([], { band: 0.03 }, ["band"], false)).toBeNull();
  });

  it("makes a 设置 sheet with every setting, its value and 说明, that reads back as given", () => {
    const plan = planSettingsSheet([], { band: 0.03, periods: 4, groupName: "山区县" }, [], true);
    expect(plan?.create).toBe(true);
    expect(plan?.sheet).toBe("设置");
    const grid = carryOut([], plan as SettingsSheetPlan);
    expect(grid[2]).toEqual(["设置项", "取值", "说明"]);
    expect(grid.slice(3).map((row) => [row[0], row[1]])).toEqual([
      ["期数", 4],
      ["预警幅度", 3],
      ["进度算法", "自动"],
      ["并列名次", "1,1,3"],
      ["后N位", 3],
      ["排名依据", "平均进度差"],
      ["加分上限", 3],
      ["市考加减分倍数", 2],
      ["报送截止日", 15],
      ["超序时进度加分", 0.5],
      ["未达序时进度扣分", 0.5],
      ["迟报扣分", 0.5],
      ["约谈连续次数", 2],
      ["所在分组", "山区县"],
      // The notices' rows, blank: the notices' own defaults.
      ["文号前缀", null],
      ["起始编号", null],
      ["发文单位", null],
      ["发文日期", null],
      ["回复期限（天）", null],
      ["回复日期", null],
    ]);
    expect(grid[4][2]).toBe(
      "以百分点计（填5即5个百分点）：落后序时进度不足此幅度为滞后，达到或超过为严重滞后"
    );
    expect(monthlySettingsOf([sheet("设置", grid)]).settings).toEqual({
      ...STATED_DEFAULTS,
      periods: 4,
      band: 0.03,
      groupName: "山区县",
    });
  });

  describe("on the clerk's 设置 sheet with year-end rows", () => {
    const rows: CellValue[][] = [
      ["考核设置"],
      ["说明", "设置项", "取值"],
      ["按方案", "指标考核权重", 0.7],
      ["清风自定", "预警幅度", 4],
      [null, "加分累计上限", 3],
      ["", "迟报扣分", 0],
      [null, "期数", 12],
    ];
    const clerk = sheet("设置", rows);

    it("changes only the values the clerk changed, and appends the monthly rows it lacks", () => {
      const plan = planSettingsSheet(
        [sheet("分解表", [["指标"]]), clerk],
        { band: 0.03, periods: 4, bonusCap: 2, latePoints: 0.5 },
        ["band", "bonusCap"],
        false
      ) as SettingsSheetPlan;
      expect(plan.create).toBe(false);
      expect(plan.updated).toEqual(["band", "bonusCap"]);
      expect(plan.added).toEqual([
        "method",
        "ties",
        "bottomCount",
        "rankingMeasure",
        "cityMultiplier",
        "dueDay",
        "paceBonusPoints",
        "paceDeductionPoints",
        "interviewRuns",
        "groupName",
      ]);
      const grid = carryOut(rows, plan);
      // The clerk's rows: only 预警幅度 and 加分累计上限 changed; the unchanged 期数 and 迟报扣分 kept.
      expect(grid.slice(0, 7)).toEqual([
        ["考核设置"],
        ["说明", "设置项", "取值"],
        ["按方案", "指标考核权重", 0.7],
        ["清风自定", "预警幅度", 3],
        [null, "加分累计上限", 2],
        ["", "迟报扣分", 0],
        [null, "期数", 12],
      ]);
      expect(grid[7]).toEqual([
        "自动：指标有年内节点目标的按节点倒排，否则按均衡进度；也可统一按节点倒排或均衡进度",
        "进度算法",
        "自动",
      ]);
      expect(grid).toHaveLength(17);
    });

    it("writes nothing for a change that leaves a value as it is", () => {
      const plan = planSettingsSheet([clerk], { band: 0.04 }, ["band"], false) as SettingsSheetPlan;
      expect(plan.updated).toEqual([]);
      expect(plan.writes.some((write) => write.row === 3)).toBe(false);
    });
  });

  it("writes nothing to a 设置 sheet it cannot read", () => {
    const plan = planSettingsSheet([sheet("设置", [["备忘"], ["周一开会"]])], {}, ["band"], true);
    expect(plan).toEqual({
      sheet: "设置",
      create: false,
      writes: [],
      columnWidths: [],
      added: [],
      updated: [],
    });
  });
});
