import fc from "fast-check";
import {
  isRunMarker,
  markerOfRun,
  markerRange,
  parseRunMarker,
  runKeyOf,
  runMarkerName,
  sheetOfReference,
} from "../../../src/engine/workbook/runMarker";

describe("run markers", () => {
  it.each([
    ["2016-07", "bulletin", 0, "assess.run.2016_07.bulletin"],
    ["2016-07", "ranking", 1, "assess.run.2016_07.ranking.1"],
    ["07", "late", 0, "assess.run.07.late"],
  ] as const)("run %s, %s, index %i → %s", (run, kind, index, name) => {
    expect(runMarkerName(run, kind, index)).toBe(name);
    expect(parseRunMarker(name)).toEqual({ runKey: run.replace("-", "_"), kind, index });
    expect(isRunMarker(name)).toBe(true);
  });

  it.each([
    "assess.run.2016_07",
    "assess.run.2016_07.chart",
    "ASSESS_RUN_1",
    "print_titles",
    "assess.run..bulletin",
    "_xlnm.Print_Titles",
  ])("%s is not a marker", (name) => {
    expect(parseRunMarker(name)).toBeNull();
    expect(isRunMarker(name)).toBe(false);
  });

  it("matches runs by key, without case", () => {
    const marker = parseRunMarker("ASSESS.RUN.2016_07.Bulletin");
    expect(marker).toEqual({ runKey: "2016_07", kind: "bulletin", index: 0 });
    expect(marker !== null && markerOfRun(marker, "2016-07")).toBe(true);
    expect(marker !== null && markerOfRun(marker, "2016-08")).toBe(false);
  });

  it.each([
    ["2016-07", "2016_07"],
    ["07", "07"],
    ["", "_"],
    ["镇巴 2016", "___2016"],
  ])("run %j has the key %j", (run, key) => {
    expect(runKeyOf(run)).toBe(key);
  });

  it.each([
    ["='7月进度通报'!$A$1", "7月进度通报"],
    ["=分解表!$A$1", "分解表"],
    ["='O''Brien''s'!$A$1", "O'Brien's"],
    ["'a,b'!A1:B2", "a,b"],
    ["'7月进度通报'!$A$1", "7月进度通报"],
    ["分解表!$A$1:$B$3", "分解表"],
    ["分解表!$A:$A", "分解表"],
    ["=#REF!$A$1", null],
    ["=#REF!", null],
    ["=SUM(A1)", null],
    ["=SUM(分解表!A1)", null],
    [42, null],
  ])("the sheet of %j is %j", (formula, sheet) => {
    expect(sheetOfReference(formula)).toBe(sheet);
  });

  it("reads back the sheet of every marker range", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 31 }), (sheet) => {
        fc.pre(!/[[\]:*?/\\]/.test(sheet) && !sheet.startsWith("'") && !sheet.endsWith("'"));
        expect(sheetOfReference(markerRange(sheet))).toBe(sheet);
        expect(sheetOfReference(`=${markerRange(sheet)}`)).toBe(sheet);
      })
    );
  });

  it("parses back every marker name it makes", () => {
    const kind = fc.constantFrom(
      "bulletin" as const,
      "ranking" as const,
      "adjustments" as const,
      "warnings" as const,
      "late" as const
    );
    fc.assert(
      fc.property(fc.string(), kind, fc.nat({ max: 99 }), (run, sheetKind, index) => {
        const marker = parseRunMarker(runMarkerName(run, sheetKind, index));
        expect(marker).toEqual({ runKey: runKeyOf(run), kind: sheetKind, index });
        expect(marker !== null && markerOfRun(marker, run)).toBe(true);
      })
    );
  });
});
