import fc from "fast-check";
import { readFigure } from "../../../src/engine/table/readFigure";

describe("readFigure", () => {
  it.each([
    [6800, "", 6800, undefined, false],
    [-1.2, "", -1.2, undefined, false],
    ["73.23", "", 73.23, undefined, false],
    [" 2400 ", "", 2400, undefined, false],
    ["1,234.5", "", 1234.5, undefined, false],
    ["１，８００", "", 1800, undefined, false],
    ["１２３", "", 123, undefined, false],
    ["－1.2", "", -1.2, undefined, false],
    ["−3.5", "", -3.5, undefined, false],
    ["12%", "%", 12, undefined, true],
    ["12 %", "%", 12, undefined, true],
    ["８５％", "%", 85, undefined, true],
    ["6800万元", "万元", 6800, undefined, false],
    ["6800萬元", "萬元", 6800, undefined, false],
    ["≤72", "", 72, "ceiling", false],
    ["<=72", "", 72, "ceiling", false],
    ["＜＝72", "", 72, "ceiling", false],
    ["不高于72", "", 72, "ceiling", false],
    ["不超过72", "", 72, "ceiling", false],
    ["控制在72以内", "", 72, "ceiling", false],
    ["72以下", "", 72, "ceiling", false],
    ["≥5", "", 5, "floor", false],
    ["不低于5", "", 5, "floor", false],
    ["5以上", "", 5, "floor", false],
    ["1e3", "", 1000, undefined, false],
  ])("%j (unit %j) → %d %s", (value, unit, number, bound, percent) => {
    expect(readFigure(value, unit)).toEqual(
      bound === undefined
        ? { kind: "number", value: number, percent }
        : { kind: "number", value: number, bound, percent }
    );
  });

  it.each([[null], [""], ["   "], ["-"], ["—"], ["/"], ["无"]])("%j is blank", (value) => {
    expect(readFigure(value)).toEqual({ kind: "blank" });
  });

  it.each([["#N/A"], ["#DIV/0!"], ["#VALUE!"], [Number.NaN], [Number.POSITIVE_INFINITY]])(
    "%j is an Excel error",
    (value) => {
      expect(readFigure(value).kind).toBe("error");
    }
  );

  it.each([["约30"], ["30左右"], ["1,2"], ["12.3.4"], ["6800亿元"], [true], ["abc"], ["1e999"]])(
    "%j is text",
    (value) => {
      expect(readFigure(value, "万元").kind).toBe("text");
    }
  );

  it("reads back every finite number written as text", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (number) => {
        expect(readFigure(String(number))).toEqual({
          kind: "number",
          value: number === 0 ? Number(String(number)) : number,
          percent: false,
        });
      })
    );
  });

  it("never throws", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null)),
        fc.string(),
        (value, unit) => {
          expect(["blank", "number", "error", "text"]).toContain(readFigure(value, unit).kind);
        }
      )
    );
  });
});
