import {
  changedSettings,
  defaultPaneSettings,
  monthlyValuesOf,
  paneSettingsOf,
  settingsValid,
} from "../../src/taskpane/paneSettings";
import { MONTHLY_DEFAULTS } from "../engine/fixtures/monthlyDefaults";

const base = defaultPaneSettings(new Date(2016, 7, 3));

describe("pane settings", () => {
  it("start at the catalogue's defaults, last month", () => {
    const others = Object.entries(MONTHLY_DEFAULTS).filter(([name]) => name !== "band");
    expect(base).toEqual({ ...Object.fromEntries(others), month: 7, bandPoints: 5 });
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
