import { getFunctionDefaults, setFunctionDefaults } from "../../src/functions/runtimeDefaults";
import { defaultPaneSettings } from "../../src/taskpane/paneSettings";
import { restoreFunctionDefaults, saveSettings } from "../../src/taskpane/settingsCase";
import { MemoryPort } from "./memoryPort";
import { seedWorkbook } from "./seedWorkbook";

const base = defaultPaneSettings(new Date(2016, 7, 3));

afterEach(() => setFunctionDefaults({ periods: 12, band: 0.05 }));

describe("saveSettings", () => {
  it("makes the band the functions' default and asks for a recalculation only when it changed", async () => {
    const port = new MemoryPort(seedWorkbook());
    await saveSettings(port, base, { ...base, bandPoints: 3 }, false);
    expect(getFunctionDefaults()).toEqual({ periods: 12, band: 0.03 });
    await saveSettings(
      port,
      { ...base, bandPoints: 3 },
      { ...base, bandPoints: 3, dueDay: 10 },
      false
    );
    expect(port.saves.map((save) => [save.changed, save.recalculate])).toEqual([
      [["band"], true],
      [["dueDay"], false],
    ]);
    expect(port.recalculations).toBe(1);
  });
});

describe("restoreFunctionDefaults", () => {
  it("recalculates only when the saved periods or band differ from those in force", async () => {
    const port = new MemoryPort(seedWorkbook());
    expect(await restoreFunctionDefaults(port, base)).toBe(false);
    expect(await restoreFunctionDefaults(port, { ...base, periods: 4, month: 3 })).toBe(true);
    expect(getFunctionDefaults()).toEqual({ periods: 4, band: 0.05 });
    expect(await restoreFunctionDefaults(port, { ...base, periods: 4, month: 3 })).toBe(false);
    expect(port.recalculations).toBe(1);
  });
});
