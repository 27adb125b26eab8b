import { splitSheetAddress } from "../../src/excel/splitSheetAddress";

describe("splitSheetAddress", () => {
  it.each([
    ["Sheet1!B2", "Sheet1", "B2"],
    ["分解表!$B$2:$D$5", "分解表", "B2:D5"],
    ["'7月 数据'!b2:b4", "7月 数据", "B2:B4"],
    ["'Bob''s Region'!F6", "Bob's Region", "F6"],
    ["'a!b'!C3", "a!b", "C3"],
    ["Sheet1!B:B", "Sheet1", "B:B"],
    ["'6月 通报'!3:5", "6月 通报", "3:5"],
  ])("%s → sheet %s, range %s", (address, sheet, range) => {
    expect(splitSheetAddress(address)).toEqual({ sheet, range });
  });

  it.each([
    ["no sheet", "B2"],
    ["empty", ""],
    ["another workbook", "[预算.xlsx]Sheet1!B2"],
    ["another workbook, quoted", "'[预算.xlsx]7月 数据'!B2"],
    ["a defined name", "Sheet1!预算"],
    ["several areas", "Sheet1!B2,Sheet1!C2"],
    ["a quoted name left open", "'7月 数据!B2"],
    ["a space in an unquoted name", "7月 数据!B2"],
    ["an error", "#REF!"],
  ])("%s (%s) → null", (_what, address) => {
    expect(splitSheetAddress(address)).toBeNull();
  });
});
