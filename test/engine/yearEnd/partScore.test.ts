import { Dec } from "../../../src/engine/kernel/decimal";
import { CellValue } from "../../../src/engine/kernel/grid";
import { partScore } from "../../../src/engine/yearEnd/partScore";
import {
  PartReading,
  ScoringMethod,
  YearEndPart,
} from "../../../src/engine/yearEnd/yearEndSummary";

const settings = { fullScore: new Dec(100), floor: new Dec("0.7"), cap: new Dec(1) };

/** A reading as strings, for exact comparison. */
function shown(reading: PartReading): string {
  if (reading.kind === "score") {
    return reading.score.toString();
  }
  return reading.kind === "none" ? "none" : `${reading.code}:${reading.key}`;
}

describe("partScore", () => {
  it.each<[string, CellValue, ScoringMethod, YearEndPart, string]>([
    // 完成比例法 (seed 003: 完成省目标低于70%的不予加分)
    ["completion 95% as a fraction", 0.95, "completion", "province", "95"],
    ["completion written with %", "92%", "completion", "province", "92"],
    ["completion at the 70% floor counts", 0.7, "completion", "province", "70"],
    ["completion under the 70% floor scores 0", 0.69, "completion", "province", "0"],
    ["completion 65% scores 0", 0.65, "completion", "city", "0"],
    ["over-fulfilment is counted at the cap", 1.2, "completion", "province", "100"],
    ["a plain 92 is read as 92%", 92, "completion", "province", "92"],
    [
      "exact: 0.1 + 0.2 style fractions",
      0.7000000000000001,
      "completion",
      "province",
      "70.00000000000001",
    ],
    // 直接扣分法
    ["deduction 4 from 100", 4, "deduction", "process", "96"],
    ["deduction written negative", -2.5, "deduction", "process", "97.5"],
    ["deduction over full scores 0 (with a note)", 120, "deduction", "process", "0"],
    ["process blank: nothing deducted", null, "deduction", "process", "100"],
    // 否决计分法
    ["veto method: 否决 → 0", "否决", "veto", "common", "0"],
    ["veto method: 完成 → full", "完成", "veto", "common", "100"],
    ["veto method: blank → full", null, "veto", "process", "100"],
    ["veto method: unknown word", "也许", "veto", "common", "invalid_value:yearEndInvalidWord"],
    // 累计计分法
    ["cumulative points", 87.5, "cumulative", "common", "87.5"],
    [
      "cumulative above full is an error",
      101,
      "cumulative",
      "common",
      "score_out_of_range:yearEndAboveFull",
    ],
    [
      "cumulative blank is missing",
      null,
      "cumulative",
      "common",
      "missing_value:yearEndMissingScore",
    ],
    // 直接录入
    ["score as given", 88, "score", "leader", "88"],
    ["score 0.1 + 0.2 exact", 0.30000000000000004, "score", "leader", "0.30000000000000004"],
    [
      "score above full is an error, never cut",
      100.5,
      "score",
      "leader",
      "score_out_of_range:yearEndAboveFull",
    ],
    ["negative score is an error", -1, "score", "peer", "score_out_of_range:yearEndNegative"],
    ["text is not a number", "约90", "score", "office", "not_a_number:yearEndNotANumber"],
    ["an Excel error is not a number", "#N/A", "score", "office", "not_a_number:yearEndNotANumber"],
    ["a rating left blank is missing", null, "score", "peer", "missing_value:yearEndMissingScore"],
    // 不承担
    ["province blank: not carried", null, "completion", "province", "none"],
    ["city dash: not carried", "—", "completion", "city", "none"],
    ["own work 不承担", "不承担", "score", "ownWork", "none"],
    [
      "不承担 where every unit has the part",
      "不承担",
      "score",
      "common",
      "invalid_value:yearEndNoTask",
    ],
  ])("%s", (_name, value, method, part, expected) => {
    expect(shown(partScore(value, method, part, settings))).toBe(expected);
  });

  it("notes the floor, the cap, a deduction over full marks and a completion read as %", () => {
    const notes = (value: CellValue, method: ScoringMethod): string[] => {
      const reading = partScore(value, method, "province", settings);
      return reading.kind === "score" ? reading.notes.map((note) => note.kind) : [];
    };
    expect(notes(0.65, "completion")).toEqual(["belowFloor"]);
    expect(notes(1.2, "completion")).toEqual(["aboveCap"]);
    expect(notes(92, "completion")).toEqual(["percentRead"]);
    expect(notes(0.9, "completion")).toEqual([]);
    expect(notes(150, "deduction")).toEqual(["deductionOverFull"]);
  });

  it("a cap above 100% lets over-fulfilment count, as set", () => {
    const generous = { ...settings, cap: new Dec("1.2") };
    expect(shown(partScore(1.1, "completion", "province", generous))).toBe("110");
  });
});
