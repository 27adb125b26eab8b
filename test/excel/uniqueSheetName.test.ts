import fc from "fast-check";
import { uniqueSheetName } from "../../src/excel/uniqueSheetName";
import { sheetNameProblem } from "./fakeExcel";

describe("uniqueSheetName", () => {
  it.each([
    ["7月进度通报", [], "7月进度通报"],
    ["7月进度通报", ["7月进度通报"], "7月进度通报(2)"],
    ["7月进度通报", ["7月进度通报", "7月进度通报(2)"], "7月进度通报(3)"],
    ["Bulletin", ["BULLETIN"], "Bulletin(2)"],
    ["7月/8月 通报:汇总", [], "7月_8月 通报_汇总"],
    ["'引号'", [], "引号"],
    ["   ", [], "Sheet"],
    ["History", [], "History(2)"],
    ["镇巴县2016年7月市考指标进度通报（含附表）", [], "镇巴县2016年7月市考指标进度通报（含附表）"],
    [
      "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二",
      [],
      "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一",
    ],
    [
      "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一",
      ["一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一"],
      "一二三四五六七八九十一二三四五六七八九十一二三四五六七八(2)",
    ],
  ])("%j among %j → %j", (wanted, taken, expected) => {
    expect(uniqueSheetName(wanted, taken)).toBe(expected);
  });

  it("always gives a name Excel accepts and no sheet has", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.array(fc.string({ maxLength: 35 }), { maxLength: 8 }),
        (wanted, taken) => {
          const name = uniqueSheetName(wanted, taken);
          expect(sheetNameProblem(name)).toBeNull();
          expect(taken.map((other) => other.toLowerCase())).not.toContain(name.toLowerCase());
        }
      )
    );
  });
});
