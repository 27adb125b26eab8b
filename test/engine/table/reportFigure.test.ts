import { Diagnostic } from "../../../src/engine/kernel/diagnostic";
import { readFigure } from "../../../src/engine/table/readFigure";
import { reportFigure } from "../../../src/engine/table/reportFigure";

/** The findings of one call, as [code, severity, key, params]. */
function reported(
  value: string | number | null,
  unit: string,
  role: "target" | "actual" | "lastYear"
): { read: boolean; found: unknown[] } {
  const found: unknown[] = [];
  const read = reportFigure(
    (code: Diagnostic["code"], severity, cell, key, params) =>
      found.push([code, severity, cell, key, params]),
    "E5",
    readFigure(value, unit),
    role
  );
  return { read, found };
}

describe("reportFigure", () => {
  it.each([
    [13600, "万元", "target", true, []],
    [null, "万元", "actual", false, []],
    [
      "1.2亿元",
      "万元",
      "target",
      true,
      [
        [
          "unit_converted",
          "warning",
          "E5",
          "tableUnitConverted",
          { text: "1.2亿元", from: "亿元", to: "万元", factor: "10000", value: "12000" },
        ],
      ],
    ],
    [
      "6800万元",
      "亿元",
      "actual",
      true,
      [
        [
          "unit_converted",
          "warning",
          "E5",
          "tableUnitConverted",
          { text: "6800万元", from: "万元", to: "亿元", factor: "0.0001", value: "0.68" },
        ],
      ],
    ],
    [
      "约30",
      "万元",
      "target",
      false,
      [["not_a_number", "error", "E5", "tableNotANumber", { text: "约30" }]],
    ],
    [
      "约16",
      "亿元",
      "actual",
      false,
      [["unreadable_actual", "error", "E5", "tableUnreadableActual", { text: "约16" }]],
    ],
    [
      "约16",
      "亿元",
      "lastYear",
      false,
      [["unreadable_actual", "error", "E5", "tableUnreadableLastYear", { text: "约16" }]],
    ],
    [
      "=SUM(E2:E4)",
      "",
      "actual",
      false,
      [
        [
          "uncalculated_formula",
          "error",
          "E5",
          "tableUncalculatedFormula",
          { text: "=SUM(E2:E4)" },
        ],
      ],
    ],
    [
      "9".repeat(309),
      "",
      "target",
      false,
      [
        [
          "number_out_of_range",
          "error",
          "E5",
          "tableNumberOutOfRange",
          { text: `${"9".repeat(24)}…(309)` },
        ],
      ],
    ],
  ] as const)("%j (%s, %s): read %s", (value, unit, role, read, found) => {
    expect(reported(value, unit, role)).toEqual({ read, found });
  });
});
