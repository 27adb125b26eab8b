import { restoreDefaults, SavedDefaults } from "../../src/excel/restoreDefaults";
import { status } from "../../src/functions/paceFunctions";
import {
  builtInDefaults,
  getFunctionDefaults,
  setFunctionDefaults,
} from "../../src/functions/runtimeDefaults";
import { FakeExcel } from "./fake";
import { adapterOn, runOn, syncsOf } from "./officeFixtures";

/** Restores on the fake as the runtime does at open; records what was applied and when. */
async function reopen(fake: FakeExcel) {
  const applied: { defaults: SavedDefaults; calculationsBefore: number }[] = [];
  let result: unknown;
  const syncs = await syncsOf(fake, async () => {
    result = await restoreDefaults(runOn(fake), builtInDefaults, (defaults) => {
      applied.push({ defaults, calculationsBefore: fake.calculations.length });
      setFunctionDefaults(defaults);
    });
  });
  return { applied, result, syncs };
}

afterEach(() => setFunctionDefaults(builtInDefaults));

describe("restoreDefaults at workbook open", () => {
  it("does nothing more than look when the workbook keeps nothing: 1 sync", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    const { applied, result, syncs } = await reopen(fake);
    expect(syncs).toBe(1);
    expect(applied).toEqual([]);
    expect(result).toEqual({ defaults: { periods: 12, band: 0.05 }, recalculated: false });
    expect(fake.calculations).toEqual([]);
  });

  it("restores what the pane saved, before recalculating the ASSESS cells: 2 syncs", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    const session = adapterOn(fake);
    await session.saveSettings({
      values: { periods: 12, band: 0.15 },
      changed: ["band"],
      createSheet: false,
      recalculate: false,
    });
    // 6300 of 13600 at month 7 (linear) is 12 points behind: seriously lagging at 5 points.
    expect(status(6300, 13600, 7)).toBe("严重滞后");
    const { applied, result, syncs } = await reopen(fake);
    expect(syncs).toBe(2);
    expect(applied).toEqual([{ defaults: { periods: 12, band: 0.15 }, calculationsBefore: 0 }]);
    expect(result).toEqual({ defaults: { periods: 12, band: 0.15 }, recalculated: true });
    expect(fake.calculations).toEqual(["Full"]);
    expect(getFunctionDefaults()).toEqual({ periods: 12, band: 0.15 });
    expect(status(6300, 13600, 7)).toBe("滞后");
  });

  it("takes the 设置 sheet's values over the document setting: 3 syncs", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    fake.settings.set("assess.monthlySettings", JSON.stringify({ band: 3, periods: 4 }));
    fake.addSheet("设置", [
      ["设置项", "取值"],
      ["预警幅度（百分点）", 6],
    ]);
    const { applied, syncs } = await reopen(fake);
    expect(syncs).toBe(3);
    expect(applied.map((item) => item.defaults)).toEqual([{ periods: 4, band: 0.06 }]);
  });

  it("does not recalculate when the saved values are the built-in ones", async () => {
    const fake = new FakeExcel({ sheets: ["分解表"] });
    fake.settings.set("assess.monthlySettings", JSON.stringify({ band: 5, periods: 12 }));
    const { applied, syncs } = await reopen(fake);
    expect([applied, syncs, fake.calculations]).toEqual([[], 1, []]);
  });
});
