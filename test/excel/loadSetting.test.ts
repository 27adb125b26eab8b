import { loadSetting } from "../../src/excel/loadSetting";
import { saveSetting } from "../../src/excel/saveSetting";
import { FakeExcel } from "./fake";
import { runOn, syncsOf } from "./officeFixtures";

describe("loadSetting", () => {
  it("reads a stored setting back as plain data in one sync; an unknown key is null", async () => {
    const fake = new FakeExcel({ sheets: ["Sheet1"] });
    await saveSetting(runOn(fake), "assess.settings", { band: 0.05, method: "checkpoint" });
    let value: unknown;
    expect(
      await syncsOf(fake, async () => (value = await loadSetting(runOn(fake), "assess.settings")))
    ).toBe(1);
    expect(value).toEqual({ band: 0.05, method: "checkpoint" });
    expect(await loadSetting(runOn(fake), "assess.none")).toBeNull();
  });
});
