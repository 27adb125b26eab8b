import { parseRunMarker, runMarkerName } from "../../../src/engine/workbook/runMarker";
import { unitKey } from "../../../src/engine/yearEnd/unitKey";
import { yearEndRun } from "../../../src/engine/yearEnd/yearEndRun";

describe("yearEndRun", () => {
  it("is a run of its own, apart from December's summary, with its own marker kind", () => {
    expect(yearEndRun(2018)).toBe("2018-yearend");
    expect(yearEndRun(null)).toBe("yearend");
    const marker = runMarkerName(yearEndRun(2018), "yearend");
    expect(marker).toBe("assess.run.2018_yearend.yearend");
    expect(parseRunMarker(marker)).toEqual({ runKey: "2018_yearend", kind: "yearend", index: 0 });
    expect(runMarkerName("2018-12", "bulletin")).not.toContain("yearend");
  });
});

describe("unitKey", () => {
  it.each([
    ["縣財政局", "县财政局"],
    [" 县财政局 ", "县财政局"],
    ["县 财政局", "县财政局"],
  ])("%s → %s", (name, key) => {
    expect(unitKey(name)).toBe(key);
  });
});
