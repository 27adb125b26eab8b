import fc from "fast-check";
import { findSideHeader } from "../../../src/engine/table/findSideHeader";
import { CellValue } from "../../../src/engine/kernel/grid";
import { sheet } from "../fixtures/sheet";

const names = {
  unit: ["单位", "责任单位"],
  city: ["市考"],
  value: ["分值"],
  pointsMax: ["最高分值"],
} as const;

describe("findSideHeader", () => {
  it("finds the header under a title, by exact name, contained name and traditional characters", () => {
    const grid = sheet("登记", [
      ["2016年加减分登记表", null, null],
      ["責任單位", "是否市考", "分值（分）", "最高分值"],
      ["县财政局", "是", 0.15, null],
    ]);
    expect(findSideHeader(grid, names, ["unit"])).toEqual({
      row: 1,
      columns: { unit: 0, city: 1, value: 2, pointsMax: 3 },
    });
  });

  it("returns null when a required column is missing", () => {
    expect(findSideHeader(sheet("x", [["分值", "市考"]]), names, ["unit"])).toBeNull();
  });

  it("never throws on any grid", () => {
    const cell: fc.Arbitrary<CellValue> = fc.oneof(
      fc.constantFrom("单位", "市考", "分值", "最高分值", "", "合计"),
      fc.string(),
      fc.double(),
      fc.constant(null)
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 25 }), (values) => {
        const found = findSideHeader(sheet("x", values), names, ["unit"]);
        expect(found === null || found.columns.unit !== undefined).toBe(true);
      })
    );
  });
});
