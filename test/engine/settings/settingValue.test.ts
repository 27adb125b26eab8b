import { Diagnostic, formatDiagnostic } from "../../../src/engine/kernel/diagnostic";
import { SettingsSheet } from "../../../src/engine/settings/readSettingsSheet";
import { SettingDefinition, settingValue } from "../../../src/engine/settings/settingValue";

const dueDay: SettingDefinition<number> = {
  labels: ["报送截止日", "截止日"],
  parse: (value) =>
    typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 31
      ? value
      : { rule: "应为1至31的整数", ruleEn: "a whole number from 1 to 31 is needed" },
  fallback: 15,
  fallbackText: "15",
};

const sheetWith = (value: SettingsSheet["entries"][number]["value"]): SettingsSheet => ({
  entries: [
    { key: "截止日", label: "截止日", value, sheet: "设置", cell: "B4", row: 3, column: 1 },
  ],
  diagnostics: [],
});

describe("settingValue", () => {
  it("takes a valid value with its cell", () => {
    const diagnostics: Diagnostic[] = [];
    expect(settingValue(sheetWith(10), dueDay, diagnostics)).toEqual({
      value: 10,
      sheet: "设置",
      cell: "B4",
    });
    expect(diagnostics).toEqual([]);
  });

  it.each([[null], [""], ["  "]])("a blank value %j keeps the default", (value) => {
    const diagnostics: Diagnostic[] = [];
    expect(settingValue(sheetWith(value), dueDay, diagnostics)).toEqual({
      value: 15,
      sheet: "",
      cell: "",
    });
    expect(diagnostics).toEqual([]);
  });

  it("a missing entry keeps the default", () => {
    expect(settingValue({ entries: [], diagnostics: [] }, dueDay, []).value).toBe(15);
  });

  it("an invalid value keeps the default and names its cell, never clamps", () => {
    const diagnostics: Diagnostic[] = [];
    expect(settingValue(sheetWith(40), dueDay, diagnostics).value).toBe(15);
    expect(diagnostics.map((found) => formatDiagnostic(found, "zh-CN"))).toEqual([
      "设置!B4：设置项“截止日”的取值“40”无效（应为1至31的整数），已采用15",
    ]);
    expect(formatDiagnostic(diagnostics[0], "en-US")).toBe(
      '设置!B4: the setting "截止日" cannot be "40" (a whole number from 1 to 31 is needed); 15 is used'
    );
  });
});
