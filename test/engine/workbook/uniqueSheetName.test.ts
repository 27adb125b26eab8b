import fc from "fast-check";
import { maxSheetNameLength, uniqueSheetName } from "../../../src/engine/workbook/uniqueSheetName";

/** What Excel refuses in a sheet name (null: accepted). */
function sheetNameProblem(name: string): string | null {
  if (name.trim() === "") {
    return "blank";
  }
  if (name.length > maxSheetNameLength) {
    return "longer than 31 characters";
  }
  if (/[[\]:*?/\\]/.test(name)) {
    return "forbidden character";
  }
  if (name.startsWith("'") || name.endsWith("'")) {
    return "leading or trailing apostrophe";
  }
  if (name.toLowerCase() === "history") {
    return "reserved";
  }
  return null;
}

describe("uniqueSheetName", () => {
  it.each<[string, string[], string]>([
    ["7月进度通报", [], "7月进度通报"],
    ["7月进度通报", ["分解表"], "7月进度通报"],
    ["7月进度通报", ["7月进度通报"], "7月进度通报(2)"],
    ["7月进度通报", ["7月进度通报", "7月进度通报(2)"], "7月进度通报(3)"],
    ["Bulletin", ["BULLETIN"], "Bulletin(2)"],
    ["7月/8月 通报:汇总", [], "7月_8月 通报_汇总"],
    ["a/b:c", [], "a_b_c"],
    ["'引号'", [], "引号"],
    ["   ", [], "Sheet"],
    ["", [], "Sheet"],
    ["History", [], "History(2)"],
    ["history", ["History(2)"], "history(3)"],
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
    ["x".repeat(31), ["x".repeat(31)], "x".repeat(28) + "(2)"],
    [
      "abcdefghijklmnopqrstuvwxyz12'''",
      ["abcdefghijklmnopqrstuvwxyz12"],
      "abcdefghijklmnopqrstuvwxyz12(2)",
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

  it("keeps a valid name that is free as it is", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9一-龥 _()]{1,31}$/), (wanted) => {
        fc.pre(wanted.trim() === wanted && sheetNameProblem(wanted) === null);
        expect(uniqueSheetName(wanted, [])).toBe(wanted);
      })
    );
  });
});
