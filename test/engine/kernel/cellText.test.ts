import fc from "fast-check";
import { cellText } from "../../../src/engine/kernel/cellText";
import { normalizeText } from "../../../src/engine/kernel/normalizeText";

describe("cellText", () => {
  it.each([
    [null, ""],
    ["", ""],
    ["  地方财政收入 ", "地方财政收入"],
    ["招商引资\n(引进市外资金)", "招商引资(引进市外资金)"],
    ["招商引资          （引进市外资金）", "招商引资(引进市外资金)"],
    ["考核\n任务", "考核任务"],
    ["１—７月", "1-7月"],
    ["PM2.5 浓度", "PM2.5浓度"],
    ["GDP per capita", "GDP per capita"],
    ["控制\u0001字符\u0008指标", "控制字符指标"],
    [6800, "6800"],
    [73.23, "73.23"],
    [true, "TRUE"],
  ])("%j → %j", (value, text) => {
    expect(cellText(value)).toBe(text);
  });

  it("gives what normalizeText and the space rule give, with or without its shortcut", () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(..."指标 　\n\t１２-—～至到(（)）a Ab1.\u0001\u0008\u007F"),
        }),
        (text) => {
          const slow = normalizeText(text).replace(
            / (?=[\u0080-\uFFFF])|(?<=[\u0080-\uFFFF]) /g,
            ""
          );
          expect(cellText(text)).toBe(slow);
        }
      )
    );
  });
});
