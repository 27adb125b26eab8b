import { sheetReference } from "../../../src/engine/kernel/sheetReference";

describe("sheetReference", () => {
  it.each([
    ["分解表", "F12", "分解表!F12"],
    ["考核臺賬", "B4", "考核臺賬!B4"],
    ["Sheet1", "A1", "Sheet1!A1"],
    ["6月通报", "A1", "'6月通报'!A1"],
    ["分解表 (2)", "C3", "'分解表 (2)'!C3"],
    ["张三's", "A1", "'张三''s'!A1"],
    ["分解表", "", "分解表"],
  ])("%s + %s → %s", (sheet, cell, reference) => {
    expect(sheetReference(sheet, cell)).toBe(reference);
  });
});
