import { monthlySettingsOf } from "../../src/engine/settings/monthlySettingsOf";
import { readSettingsSheet } from "../../src/engine/settings/readSettingsSheet";
import { yearEndSettingRows } from "../../src/engine/yearEnd/yearEndSettingRows";
import { gridOf } from "../../src/xlsx/gridOf";
import { templateWorkbook } from "../../src/xlsx/templateWorkbook";
import { STATED_DEFAULTS } from "../engine/fixtures/monthlyDefaults";

describe("the template's 设置 sheet", () => {
  const worksheet = templateWorkbook().getWorksheet("设置");
  const grid = gridOf(worksheet!);

  it("names every monthly setting once, after the year-end rows, without a duplicate", () => {
    const read = readSettingsSheet([grid]);
    expect(read.diagnostics).toEqual([]);
    const labels = read.entries.map((entry) => entry.label);
    const yearEnd = yearEndSettingRows().map((row) => row.label);
    expect(labels.slice(0, yearEnd.length)).toEqual(yearEnd);
    expect(labels.slice(yearEnd.length)).toEqual([
      "期数",
      "预警幅度",
      "进度算法",
      "后N位",
      "排名依据",
      "超序时进度加分",
      "未达序时进度扣分",
      "约谈连续次数",
      "所在分组",
    ]);
  });

  it("reads back as the monthly defaults (迟报扣分 0.5 on the row it shares with the year end)", () => {
    const read = monthlySettingsOf([grid]);
    expect(read.diagnostics).toEqual([]);
    expect(read.settings).toEqual(STATED_DEFAULTS);
    expect(read.sources.ties).toMatch(/^设置!B\d+$/);
  });
});
