import { formatDiagnostic } from "../../../src/engine/kernel/diagnostic";
import { CellValue } from "../../../src/engine/kernel/grid";
import { buildMonthlySummary } from "../../../src/engine/summary/buildMonthlySummary";
import { find, seedWorkbook } from "../fixtures/seedWorkbook";
import { sheet } from "../fixtures/sheet";

/** Seed 000's workbook with a 设置 sheet of the rows given. */
const withSettings = (rows: CellValue[][]) => [
  ...seedWorkbook(),
  sheet("设置", [["设置项", "取值", "说明"], ...rows]),
];

// 地方财政收入 at month 7 by checkpoints: 5.147 points behind (−700 / 13600).
describe("buildMonthlySummary with a 设置 sheet", () => {
  it("takes the sheet's band when the caller gives none", () => {
    const summary = buildMonthlySummary(withSettings([["预警幅度（百分点）", 6]]), {
      month: 7,
      method: "checkpoint",
    });
    expect(find(summary, "地方财政收入").status).toBe("lagging");
  });

  it("lets the caller's band win over the sheet's", () => {
    const summary = buildMonthlySummary(withSettings([["预警幅度", 6]]), {
      month: 7,
      method: "checkpoint",
      band: 0.05,
    });
    expect(find(summary, "地方财政收入").status).toBe("serious");
  });

  it("takes the sheet's pace method and periods over the defaults", () => {
    const summary = buildMonthlySummary(
      withSettings([
        ["进度算法", "均衡进度"],
        ["期数", 12],
      ]),
      { month: 7 }
    );
    // Linear: P(7) = 13600 × 7 / 12.
    expect(find(summary, "地方财政收入").paceTarget).toBeCloseTo((13600 * 7) / 12, 9);
  });

  it("reports an invalid value at its cell and goes on with the default", () => {
    const summary = buildMonthlySummary(withSettings([["预警幅度", "很宽"]]), {
      month: 7,
      method: "checkpoint",
    });
    expect(find(summary, "地方财政收入").status).toBe("serious");
    expect(
      summary.diagnostics
        .filter((found) => found.sheet === "设置")
        .map((found) => formatDiagnostic(found, "zh-CN"))
    ).toEqual([
      "设置!B2：设置项“预警幅度”的取值“很宽”无效（应为0至100的百分点数，如5），已采用5个百分点",
    ]);
  });

  it("states the settings not at their defaults on a line of every sheet's subtitle", () => {
    const summary = buildMonthlySummary(withSettings([["预警幅度", 6]]), {
      month: 7,
      method: "linear",
      ties: "dense",
    });
    expect(summary.sheets).toHaveLength(6);
    for (const spec of summary.sheets) {
      expect(spec.subtitle.split("\n").at(-1)).toBe(
        "设置：预警幅度6个百分点；进度算法均衡进度；并列名次1,1,2"
      );
    }
  });

  it("adds no line when every setting is its default", () => {
    const summary = buildMonthlySummary(withSettings([["预警幅度", 5]]), {
      month: 7,
      periods: 12,
    });
    expect(summary.sheets.every((spec) => !spec.subtitle.includes("设置："))).toBe(true);
    expect(summary.sheets.every((spec) => !spec.subtitle.includes("\n"))).toBe(true);
  });
});
