import { summaryDiagnostic } from "../../src/engine/summaryDiagnostic";

describe("summaryDiagnostic", () => {
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
    expect(
      summaryDiagnostic("missing_value", "error", sheet, cell, "sideMissingValue", {
        name: "次数",
        nameEn: "the count",
      })
    ).toEqual({ code: "missing_value", severity: "error", sheet, cell, message, messageEn });
  });

  it("leaves the reference out when there is no sheet (a setting)", () => {
    const diagnostic = summaryDiagnostic(
      "invalid_setting",
      "warning",
      "",
      "",
      "summaryInvalidSetting",
      {
        name: "band",
        text: "-1",
        fallback: "0.05",
      }
    );
    expect(diagnostic.message).toBe("设置“band”的取值“-1”无效，已采用0.05");
  });
});
