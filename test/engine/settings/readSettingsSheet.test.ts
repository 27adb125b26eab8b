import { formatDiagnostic } from "../../../src/engine/kernel/diagnostic";
import { GridSheet } from "../../../src/engine/kernel/grid";
import { readSettingsSheet, settingKey } from "../../../src/engine/settings/readSettingsSheet";

const sheet = (name: string, values: GridSheet["values"]): GridSheet => ({
  name,
  values,
  merges: [],
});

describe("readSettingsSheet", () => {
  it("reads 设置项 | 取值 rows below a title, in row order, with their value cells", () => {
    const settings = readSettingsSheet([
      sheet("分解表", [["指标名称"]]),
      sheet("设置", [
        ["考核设置"],
        ["设置项", "取值", "说明"],
        ["预警幅度（百分点）", 5, "落后达到此值为严重滞后"],
        ["期数", 12, null],
        [null, null, null],
        ["报送截止日", 15, "每月15日前报送"],
      ]),
    ]);
    expect(settings.diagnostics).toEqual([]);
    expect(settings.entries).toEqual([
      {
        key: "预警幅度",
        label: "预警幅度（百分点）",
        value: 5,
        sheet: "设置",
        cell: "B3",
        row: 2,
        column: 1,
      },
      { key: "期数", label: "期数", value: 12, sheet: "设置", cell: "B4", row: 3, column: 1 },
      {
        key: "报送截止日",
        label: "报送截止日",
        value: 15,
        sheet: "设置",
        cell: "B6",
        row: 5,
        column: 1,
      },
    ]);
  });

  it("reads a traditional 設置 sheet with the value column first", () => {
    const settings = readSettingsSheet([
      sheet("設置", [
        ["取值", "設置項"],
        [0.05, "預警幅度"],
      ]),
    ]);
    expect(settings.entries.map((entry) => [entry.key, entry.value, entry.cell])).toEqual([
      ["预警幅度", 0.05, "A2"],
    ]);
  });

  it("keeps the first of two rows naming one setting and says so at the second", () => {
    const settings = readSettingsSheet([
      sheet("设置", [
        ["设置项", "取值"],
        ["期数", 12],
        ["期 数", 4],
      ]),
    ]);
    expect(settings.entries.map((entry) => entry.value)).toEqual([12]);
    expect(settings.diagnostics.map((found) => formatDiagnostic(found, "zh-CN"))).toEqual([
      "设置!B3：设置项“期 数”与第2行重复，已采用第2行的取值",
    ]);
  });

  it.each([
    ["no 设置 sheet", [sheet("分解表", [["设置项", "取值"]])]],
    ["a 设置 sheet without its header", [sheet("设置", [["预警幅度", 5]])]],
  ])("gives no entries for %s", (_case, sheets) => {
    expect(readSettingsSheet(sheets)).toEqual({ entries: [], diagnostics: [] });
  });

  it.each([
    ["预警幅度（百分点）", "预警幅度"],
    ["預警幅度", "预警幅度"],
    [" Band ", "band"],
    ["报送截止日：", "报送截止日"],
  ])("settingKey(%j) = %j", (label, key) => {
    expect(settingKey(label)).toBe(key);
  });
});
