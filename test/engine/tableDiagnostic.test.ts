import { tableDiagnostic } from "../../src/engine/tableDiagnostic";

describe("tableDiagnostic", () => {
  it("fills the sheet reference into both languages", () => {
    expect(
      tableDiagnostic("not_a_number", "error", "分解表", "F12", "tableNotANumber", { text: "约30" })
    ).toEqual({
      code: "not_a_number",
      severity: "error",
      sheet: "分解表",
      cell: "F12",
      message: "分解表!F12：“约30”不是数字，已跳过该目标",
      messageEn: '分解表!F12: "约30" is not a number; the target was skipped',
    });
  });

  it("names the sheet alone when there is no cell", () => {
    expect(tableDiagnostic("no_header", "error", "6月", "", "tableNoHeader").message).toMatch(
      /^'6月'：前20行中找不到表头/
    );
  });
});
