import { FakeExcel } from "./fake";
import { adapterOn, rejection, syncsOf } from "./officeFixtures";

describe("saveSetting", () => {
  it("stores settings in the workbook and reads them back; an unknown key is null", async () => {
    const fake = new FakeExcel({ sheets: ["Sheet1"] });
    const workbook = adapterOn(fake);
    const settings = { band: 0.05, periods: 12, method: "checkpoint" };
    expect(await syncsOf(fake, () => workbook.saveSetting("assess.settings", settings))).toBe(1);
    expect(await adapterOn(fake).loadSetting("assess.settings")).toEqual(settings);
    expect(await workbook.loadSetting("assess.none")).toBeNull();
  });

  it("refuses a setting that is not JSON, without calling Excel", async () => {
    const fake = new FakeExcel({ sheets: ["Sheet1"] });
    const error = await rejection(adapterOn(fake).saveSetting("assess.bad", { big: BigInt(1) }));
    expect(error.key).toBe("settingNotSerializable");
    expect(fake.syncCount).toBe(0);
  });
});
