import fc from "fast-check";
import { maxSheetNameLength, uniqueSheetName } from "../../src/xlsx/uniqueSheetName";

describe("uniqueSheetName", () => {
  it.each<[string, string[], string]>([
    ["7月进度通报", [], "7月进度通报"],
    ["7月进度通报", ["分解表"], "7月进度通报"],
    ["7月进度通报", ["7月进度通报"], "7月进度通报(2)"],
    ["7月进度通报", ["7月进度通报", "7月进度通报(2)"], "7月进度通报(3)"],
    ["Bulletin", ["BULLETIN"], "Bulletin(2)"],
    ["a/b:c", [], "a_b_c"],
    ["x".repeat(31), ["x".repeat(31)], "x".repeat(28) + "(2)"],
    ["", [], "Sheet"],
  ])("uniqueSheetName(%s, %j) = %s", (wanted, taken, expected) => {
    expect(uniqueSheetName(wanted, taken)).toBe(expected);
  });

  it("always returns a valid name that is not taken", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.string({ maxLength: 31 }), { maxLength: 8 }),
        (wanted, taken) => {
          const name = uniqueSheetName(wanted, taken);
          expect(name.length).toBeGreaterThan(0);
          expect(name.length).toBeLessThanOrEqual(maxSheetNameLength);
          expect(name).not.toMatch(/[[\]:*?/\\]/);
          expect(taken.map((t) => t.toLowerCase())).not.toContain(name.toLowerCase());
        }
      )
    );
  });
});
