import { readFileSync } from "fs";
import { join } from "path";
import { defaultRules } from "../../../src/engine/adjustments/defaultRules";

/** Seed 003's rules as transcribed in the shared data (copied into the fixtures). */
const tsv = readFileSync(join(__dirname, "../fixtures/panshan-2018-adjustment-rules.tsv"), "utf8")
  .split(/\r?\n/)
  .filter((line) => line.trim() !== "" && !line.startsWith("#"))
  .slice(1)
  .map((line) => line.split("\t"));

describe("defaultRules", () => {
  it("holds the 25 rules of seed 003, B01…B13 then P01…P12", () => {
    const codes = defaultRules().map((rule) => rule.code);
    expect(codes).toHaveLength(25);
    expect(codes.slice(0, 3)).toEqual(["B01", "B02", "B03"]);
    expect(codes[24]).toBe("P12");
  });

  it.each(tsv.map((row) => [row[0], row] as const))("transcribes %s exactly", (code, row) => {
    const [, side, kind, points, pointsMax, cap, description] = row;
    const rule = defaultRules().find((candidate) => candidate.code === code);
    expect(rule).toBeDefined();
    expect(rule?.side).toBe(side);
    expect(rule?.kind).toBe(kind);
    expect(String(rule?.points)).toBe(String(Number(points)));
    expect(rule?.pointsMax === undefined ? "" : String(rule.pointsMax)).toBe(
      pointsMax === "" ? "" : String(Number(pointsMax))
    );
    expect(rule?.cap === undefined ? "" : String(rule.cap)).toBe(
      cap === "" ? "" : String(Number(cap))
    );
    expect(rule?.description).toBe(description);
  });

  it("stores deductions negative and caps as absolute values", () => {
    for (const rule of defaultRules()) {
      expect(rule.side === "deduction" ? rule.points < 0 : rule.points > 0).toBe(true);
      expect(rule.cap === undefined || rule.cap > 0).toBe(true);
    }
  });

  it("returns a fresh copy each call", () => {
    const first = defaultRules();
    (first[0] as { points: number }).points = 99;
    expect(defaultRules()[0].points).toBe(1);
  });
});
