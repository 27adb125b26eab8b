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

  it.each([["约30"], ["30左右"], ["1,2"], ["12.3.4"], ["6800件"], [true], ["abc"]])(
    "%j is text",
    (value) => {
      expect(readFigure(value, "万元").kind).toBe("text");
    }
  );

  it.each([
    ["25亿元", "", { kind: "number", value: 25, percent: false, unit: "亿元" }],
    ["1,234.5万元", "", { kind: "number", value: 1234.5, percent: false, unit: "万元" }],
    ["1,234.5万元", "万元", { kind: "number", value: 1234.5, percent: false }],
    ["25億元", "", { kind: "number", value: 25, percent: false, unit: "亿元" }],
    ["12件", "", { kind: "number", value: 12, percent: false, unit: "件" }],
    [
      "1.2亿元",
      "万元",
      {
        kind: "number",
        value: 12000,
        percent: false,
        converted: { from: "亿元", to: "万元", written: "1.2亿元" },
      },
    ],
    [
      "6800万元",
      "亿元",
      {
        kind: "number",
        value: 0.68,
        percent: false,
        converted: { from: "万元", to: "亿元", written: "6800万元" },
      },
    ],
    [
      "0.1亿元",
      "元",
      {
        kind: "number",
        value: 10000000,
        percent: false,
        converted: { from: "亿元", to: "元", written: "0.1亿元" },
      },
    ],
    ["增长10%", "", { kind: "number", value: 10, percent: true, growth: true }],
    ["同比增长8.5%", "%", { kind: "number", value: 8.5, percent: true, growth: true }],
    ["增速-1.2%", "", { kind: "number", value: -1.2, percent: true, growth: true }],
  ] as const)("%j (unit %j) reads with its unit as %j", (value, unit, expected) => {
    expect(readFigure(value, unit)).toEqual(expected);
  });

  it.each([
    ["6800件", "万元"],
    ["12亿元", "%"],
    ["3万人", "万元"],
  ])("%j in a %s row is another unit: text, not converted", (value, unit) => {
    expect(readFigure(value, unit)).toEqual({ kind: "text", text: value });
  });

  it.each([
    ["9".repeat(309)],
    ["1".repeat(400)],
    ["12345678901234567890"],
    ["0.12345678901234567891"],
    ["1e999"],
    ["-1e400"],
    ["123456789012345678901234万元"],
  ])("%j holds more than a figure can exactly: out of range, never Infinity", (value) => {
    expect(readFigure(value)).toEqual({ kind: "outOfRange", text: value });
  });

  it.each([["123456789012345"], ["0.30000000000000004"], ["9007199254740991"]])(
    "%j is held exactly and read",
    (value) => {
      expect(readFigure(value)).toEqual({ kind: "number", value: Number(value), percent: false });
    }
  );

  it.each([["=SUM(B2:B5)"], ["=C3*1.1"], [" =B2 "]])(
    "%j is a formula the workbook never calculated",
    (value) => {
      expect(readFigure(value)).toEqual({ kind: "formula", text: value.trim() });
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
          expect(["blank", "number", "error", "formula", "outOfRange", "text"]).toContain(
            readFigure(value, unit).kind
          );
        }
      )
    );
  });
});
