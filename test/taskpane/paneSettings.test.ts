import {
  changedSettings,
  defaultPaneSettings,
  monthlyValuesOf,
  paneSettingsOf,
  settingsValid,
} from "../../src/taskpane/paneSettings";

const base = defaultPaneSettings(new Date(2016, 7, 3));

describe("pane settings", () => {
  it("start at the catalogue's defaults, last month", () => {
    expect(base).toEqual({
      month: 7,
      method: "auto",
      bandPoints: 5,
      periods: 12,
      ties: "competition",
      bottomCount: 3,
      rankingMeasure: "paceGap",
      bonusCap: 3,
      cityMultiplier: 2,
      dueDay: 15,
      paceBonusPoints: 0.5,
      paceDeductionPoints: 0.5,
      latePoints: 0.5,
      interviewRuns: 2,
      groupName: null,
    });
  });

  it("give the engine every setting, the band as an exact fraction and no automatic method", () => {
    const values = monthlyValuesOf({ ...base, bandPoints: 0.7, bonusCap: null });
    expect(values.band).toBe(0.007);
    expect(values.bonusCap).toBeNull();
    expect("method" in values).toBe(false);
    expect(monthlyValuesOf({ ...base, method: "linear" }).method).toBe("linear");
  });

  it("take what the workbook keeps, the month kept within the periods", () => {
    expect(
      paneSettingsOf({ band: 0.03, periods: 4, ties: "dense", groupName: "山区县" }, base)
    ).toEqual({
      ...base,
      month: 4,
      periods: 4,
      bandPoints: 3,
      ties: "dense",
      groupName: "山区县",
    });
    expect(paneSettingsOf({}, { ...base, method: "linear" }).method).toBe("linear");
    expect(paneSettingsOf({ band: 0.05 }, { ...base, method: "linear" }).method).toBe("auto");
  });

  it("name the settings that changed, not the month", () => {
    expect(changedSettings(base, { ...base, month: 3, bandPoints: 4, dueDay: 10 })).toEqual([
      "band",
      "dueDay",
    ]);
    expect(changedSettings(base, { ...base, method: "checkpoint" })).toEqual(["method"]);
  });

  it.each([
    [{ bottomCount: 0 }, false],
    [{ bottomCount: 2.5 }, false],
    [{ dueDay: 32 }, false],
    [{ latePoints: Number.NaN }, false],
    [{ bonusCap: null }, true],
    [{ interviewRuns: 12 }, true],
  ])("check %j: valid %s", (change, valid) => {
    expect(settingsValid({ ...base, ...change })).toBe(valid);
  });
});
