import {
  markerOfRun,
  parseRunMarker,
  runMarkerName,
  sheetOfReference,
} from "../../src/excel/runMarker";

describe("run markers", () => {
  it.each([
    ["2016-07", "bulletin", 0, "assess.run.2016_07.bulletin"],
    ["2016-07", "ranking", 1, "assess.run.2016_07.ranking.1"],
    ["07", "late", 0, "assess.run.07.late"],
  ] as const)("run %s, %s, index %i → %s", (run, kind, index, name) => {
    expect(runMarkerName(run, kind, index)).toBe(name);
    expect(parseRunMarker(name)).toEqual({ runKey: run.replace("-", "_"), kind, index });
  });

  it.each([
    "assess.run.2016_07",
    "assess.run.2016_07.chart",
    "ASSESS_RUN_1",
    "print_titles",
    "assess.run..bulletin",
  ])("%s is not a marker", (name) => {
    expect(parseRunMarker(name)).toBeNull();
  });

  it("matches runs by key, without case", () => {
    const marker = parseRunMarker("assess.run.2016_07.bulletin");
    expect(marker !== null && markerOfRun(marker, "2016-07")).toBe(true);
    expect(marker !== null && markerOfRun(marker, "2016-08")).toBe(false);
  });

  it.each([
    ["='7月进度通报'!$A$1", "7月进度通报"],
    ["=分解表!$A$1", "分解表"],
    ["='O''Brien''s'!$A$1", "O'Brien's"],
    ["'a,b'!A1:B2", "a,b"],
    ["=#REF!$A$1", null],
    ["=#REF!", null],
    ["=SUM(A1)", null],
    [42, null],
  ])("the sheet of %j is %j", (formula, sheet) => {
    expect(sheetOfReference(formula)).toBe(sheet);
  });
});
