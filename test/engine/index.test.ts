import * as engine from "../../src/engine";

describe("the engine's public surface", () => {
  it("exports the operations the functions, the pane, the CLI and the preview use", () => {
    const names = [
      "parseCheckpoint",
      "paceTarget",
      "paceGap",
      "assessIndicator",
      "rankValues",
      "compositeScore",
      "unitAdjustments",
      "grade",
      "readTable",
      "buildMonthlySummary",
      "resolveSettings",
      "assessIndicators",
      "rankUnits",
      "adjustUnits",
      "gradeOverride",
      "buildWarnings",
      "lateReportsOf",
      "summarySheets",
      "bulletinSheet",
      "runOf",
      "summaryRun",
      "uniqueSheetName",
      "monthlySettingsOf",
      "savedMonthlySettings",
      "settingsInForce",
      "settingsNote",
      "planSettingsSheet",
    ];
    for (const name of names) {
      expect(typeof (engine as Record<string, unknown>)[name]).toBe("function");
    }
  });

  it("computes seed 000's 地方财政收入 pace target through the index", () => {
    const checkpoints = [
      { month: 6, target: 6800 },
      { month: 9, target: 9500 },
      { month: 12, target: 13600 },
    ];
    expect(engine.paceTarget(checkpoints, 7).toString()).toBe("7700");
  });
});
