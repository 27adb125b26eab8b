import { isDateFormat } from "../../src/excel/isDateFormat";

describe("isDateFormat", () => {
  it.each([
    ["yyyy/m/d", true],
    ['yyyy"年"m"月"d"日"', true],
    ["m/d/yyyy;@", true],
    ["h:mm", true],
    ["[$-804]yyyy年m月d日", true],
    ["General", false],
    ["0.00", false],
    ["0.0%", false],
    ["@", false],
    ['#,##0.00" 万元"', false],
    ["[Red]0.00", false],
    ["0.00E+00", false],
    [null, false],
  ])("%j is a date format: %s", (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});
