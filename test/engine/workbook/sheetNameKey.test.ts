import fc from "fast-check";
import { sameSheetName } from "../../../src/engine/workbook/sameSheetName";
import { sheetNameKey } from "../../../src/engine/workbook/sheetNameKey";

describe("sheetNameKey and sameSheetName", () => {
  it.each([
    ["Jul进度通报", "JUL进度通报", true],
    ["Jul进度通报", "jul进度通报", true],
    ["7月进度通报", "7月进度通报", true],
    ["Sheet1", "SHEET1", true],
    ["7月进度通报", "7月进度通报(2)", false],
    ["7月排名", "7月進度通報", false],
  ])("%p and %p name the same sheet: %p", (first, second, same) => {
    expect(sameSheetName(first, second)).toBe(same);
    expect(sheetNameKey(first) === sheetNameKey(second)).toBe(same);
  });

  it("takes any change of case in a Latin, digit and Chinese name for the same sheet", () => {
    const unit = fc.constantFrom("J", "u", "l", "A", "g", "7", "月", "进", "度", "通", "报", " ");
    fc.assert(
      fc.property(fc.string({ unit, minLength: 1 }), fc.func(fc.boolean()), (name, upper) => {
        const variant = [...name]
          .map((letter, index) => (upper(index) ? letter.toUpperCase() : letter.toLowerCase()))
          .join("");
        expect(sameSheetName(name, variant)).toBe(true);
        expect(sheetNameKey(variant)).toBe(sheetNameKey(name));
        expect(sameSheetName(name, `${name}(2)`)).toBe(false);
      })
    );
  });
});
