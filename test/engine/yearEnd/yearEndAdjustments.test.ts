import { Diagnostic } from "../../../src/engine/kernel/diagnostic";
import { yearEndAdjustments } from "../../../src/engine/yearEnd/yearEndAdjustments";
import { yearEndSettings } from "../../../src/engine/yearEnd/yearEndSettings";
import { YearEndSettings } from "../../../src/engine/yearEnd/yearEndSummary";
import { Dec } from "../../../src/engine/kernel/decimal";
import { panshanGrids } from "./yearEndFixture";

const defaults = yearEndSettings({ entries: [], diagnostics: [] }, []);
const grid = (name: string) => panshanGrids().find((sheet) => sheet.name === name);
/** Every unit of the sample's 年度评分 sheet. */
const units = (grid("年度评分")?.values ?? []).slice(3).map((row) => String(row[0]));

function points(settings: YearEndSettings, unit: string): string[] {
  const diagnostics: Diagnostic[] = [];
  const result = yearEndAdjustments(
    { events: grid("加减分登记"), reports: grid("报送登记") },
    units,
    2018,
    settings,
    diagnostics
  );
  expect(diagnostics).toEqual([]);
  const found = result.get(unit);
  return found === undefined
    ? []
    : [found.bonus, found.deduction, found.net, found.cityBonus, found.cityDeduction].map(String);
}

describe("yearEndAdjustments", () => {
  it("counts the register with the rules' caps, the 3-point cap and city points doubled", () => {
    expect(points(defaults, "县发改局")).toEqual(["0.4", "0", "0.4", "0", "0"]);
    expect(points(defaults, "县统计局")).toEqual(["6", "0", "6", "3", "0"]);
    expect(points(defaults, "县住建局")).toEqual(["0", "-3", "-3", "0", "-1.5"]);
  });

  it("counts the doubled city bonus under the cap when set", () => {
    expect(points({ ...defaults, cityBonusCapped: true }, "县统计局")).toEqual([
      "3",
      "0",
      "3",
      "3",
      "0",
    ]);
    expect(points({ ...defaults, cityMultiplier: new Dec(1) }, "县统计局")[0]).toBe("3");
  });

  it("late reports cost the points per late report: 0.5 by default, 0 for none", () => {
    expect(points(defaults, "县交通局")).toEqual(["0", "-1", "-1", "0", "0"]);
    expect(points({ ...defaults, latePoints: new Dec(0) }, "县交通局")).toEqual([
      "0",
      "0",
      "0",
      "0",
      "0",
    ]);
    expect(points({ ...defaults, latePoints: new Dec("0.25") }, "县交通局")).toEqual([
      "0",
      "-0.5",
      "-0.5",
      "0",
      "0",
    ]);
  });

  it("gives every unit an entry, zero without events", () => {
    const result = yearEndAdjustments({}, ["县财政局"], null, defaults, []);
    expect(result.get("县财政局")?.net.toString()).toBe("0");
  });
});
