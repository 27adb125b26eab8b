import fc from "fast-check";
import { formatCellText } from "../../src/preview/formatCellText";

describe("formatCellText", () => {
  it.each([
    [0.625, "0.0%", "62.5%"],
    [-0.0417, "0.0%", "-4.2%"],
    [7700, "0.00", "7700.00"],
    [7200, "0.00", "7200.00"],
    [13600, "#,##0", "13,600"],
    [-1234.5, "#,##0.00", "-1,234.50"],
    [1.005, "0.00", "1.01"],
    [-0.004, "0.00", "0.00"],
    [0.1 + 0.2, "General", "0.3"],
    [1 / 3, "General", "0.333333333"],
    [123456789012, "General", "1.23457E+11"],
    [26.15, "General", "26.15"],
    [42, "0", "42"],
    [0.5, "0%", "50%"],
    [1234567, "#,##0,", "1,235"],
    [0, '0.00;-0.00;"-"', "-"],
    [-5, "0.0;[Red](0.0)", "(5.0)"],
    [5, '0.0"万元"', "5.0万元"],
    [0.05, "+0.0%;-0.0%;0.0%", "+5.0%"],
    [-0.05, "+0.0%;-0.0%;0.0%", "-5.0%"],
    [42566, "yyyy-mm-dd", "2016-07-15"],
    [42566.5, "yyyy/m/d h:mm", "2016/7/15 12:00"],
    [59, "yyyy-mm-dd", "1900-02-28"],
    [60, "yyyy-mm-dd", "1900-02-29"],
    [61, "yyyy-mm-dd", "1900-03-01"],
    [1, 'yyyy"年"m"月"d"日"', "1900年1月1日"],
    [-1, "yyyy-mm-dd", "########"],
    ["镇巴县", "@", "镇巴县"],
    ["≤72", "0.00", "≤72"],
    [true, "General", "TRUE"],
    [null, "0.00", ""],
  ])("%p in %p shows %p", (value, format, expected) => {
    expect(formatCellText(value, format)).toBe(expected);
  });

  it.each([
    [new Date(Date.UTC(2016, 6, 15)), 'yyyy"年"m"月"d"日"', "2016年7月15日"],
    [new Date(Date.UTC(2016, 6, 15)), "General", "2016-07-15"],
    [{ formula: "ASSESS.PACETARGET(B3,7)", result: 7700 }, "0.00", "7700.00"],
    [{ richText: [{ text: "地方" }, { text: "财政收入" }] }, "General", "地方财政收入"],
    [{ error: "#N/A" }, "0.00", "#N/A"],
    [{ text: "链接", hyperlink: "https://example.org" }, "General", "链接"],
  ])("%p in %p shows %p", (value, format, expected) => {
    expect(formatCellText(value, format)).toBe(expected);
  });

  it("shows the same digits as toFixed for any number in 0.00 (within 12 significant digits)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (cents) => {
        const value = cents / 100;
        const expected = `${cents < 0 ? "-" : ""}${(Math.abs(cents) / 100).toFixed(2)}`;
        expect(formatCellText(value, "0.00")).toBe(expected);
      })
    );
  });

  it("never throws and always returns a string, whatever the format", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), fc.string(), (value, format) => {
        expect(typeof formatCellText(value, format)).toBe("string");
      })
    );
  });
});
