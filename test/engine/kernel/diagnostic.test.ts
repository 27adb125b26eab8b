import { diagnostic, formatDiagnostic } from "../../../src/engine/kernel/diagnostic";

describe("diagnostic", () => {
  it("carries the message key and parameters, not rendered text", () => {
    expect(
      diagnostic("not_a_number", "error", "分解表", "F12", "tableNotANumber", { text: "约30" })
    ).toEqual({
      code: "not_a_number",
      severity: "error",
      sheet: "分解表",
      cell: "F12",
      key: "tableNotANumber",
      params: { text: "约30" },
    });
  });
});

describe("formatDiagnostic", () => {
  it("fills the sheet reference into both languages", () => {
    const found = diagnostic("not_a_number", "error", "分解表", "F12", "tableNotANumber", {
      text: "约30",
    });
    expect(formatDiagnostic(found, "zh-CN")).toBe("分解表!F12：“约30”不是数字，已跳过该目标");
    expect(formatDiagnostic(found, "en-US")).toBe(
      '分解表!F12: "约30" is not a number; the target was skipped'
    );
  });

  it("names the sheet alone when there is no cell", () => {
    expect(
      formatDiagnostic(diagnostic("no_header", "error", "6月", "", "tableNoHeader"), "zh-CN")
    ).toMatch(/^'6月'：前20行中找不到表头/);
  });

  it.each([
    [
      "加减分登记",
      "C5",
      "加减分登记!C5：次数为空，已跳过该行",
      "加减分登记!C5: the count is blank; the row was skipped",
    ],
    [
      "7月 登记",
      "C5",
      "'7月 登记'!C5：次数为空，已跳过该行",
      "'7月 登记'!C5: the count is blank; the row was skipped",
    ],
    [
      "加减分登记",
      "",
      "加减分登记：次数为空，已跳过该行",
      "加减分登记: the count is blank; the row was skipped",
    ],
  ])("names %s!%s in both languages", (sheet, cell, message, messageEn) => {
    const found = diagnostic("missing_value", "error", sheet, cell, "sideMissingValue", {
      name: "次数",
      nameEn: "the count",
    });
    expect(formatDiagnostic(found, "zh-CN")).toBe(message);
    expect(formatDiagnostic(found, "en-US")).toBe(messageEn);
  });

  it("leaves the reference out when there is no sheet (a setting)", () => {
    const found = diagnostic("invalid_setting", "warning", "", "", "summaryInvalidSetting", {
      name: "band",
      text: "-1",
      fallback: "0.05",
    });
    expect(formatDiagnostic(found, "zh-CN")).toBe("设置“band”的取值“-1”无效，已采用0.05");
  });
});
