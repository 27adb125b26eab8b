import { sheetColumn } from "../../../../src/engine/summary/sheets/sheetColumn";
import { numberFormats } from "../../../../src/engine/summary/sheets/numberFormats";

describe("sheetColumn", () => {
  it.each([
    ["paceGap", "进度差（百分点）", 11, numberFormats.points, "0.0"],
    ["completion", "完成率", 9, numberFormats.percent, "0.0%"],
    ["change", "进退位", 8, numberFormats.change, '"↑"0;"↓"0;"-"'],
    ["name", "指标", 28, numberFormats.text, "@"],
  ])("%s: %s, width %d, format %s", (key, header, width, numberFormat, written) => {
    expect(sheetColumn(key, header, width, numberFormat)).toEqual({
      key,
      header,
      width,
      numberFormat: written,
    });
  });
});
