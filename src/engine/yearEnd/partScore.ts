import { Dec, dec } from "../kernel/decimal";
import { CellValue } from "../kernel/grid";
import { toSimplified } from "../kernel/toSimplified";
import { completionScore } from "../scores/completionScore";
import { readFigure } from "../table/readFigure";
import {
  OPTIONAL_PARTS,
  PartNote,
  PartReading,
  ScoringMethod,
  YearEndPart,
} from "./yearEndSummary";

/** What {@link partScore} needs of the settings. */
export interface PartScoreSettings {
  readonly fullScore: Dec;
  readonly floor: Dec;
  readonly cap: Dec;
}

/** Words that say a unit carries no task of a part (不承担). */
const NO_TASK = new Set(["不承担", "不承担任务", "无任务", "未承担", "不适用"]);
/** 否决计分法: words of a vetoed part (0) and of a passed one (full marks). */
const VETOED = new Set(["是", "否决", "未完成", "未达标", "不合格", "×", "x"]);
const PASSED = new Set(["否", "完成", "已完成", "达标", "合格", "未否决", "√"]);
/** A completion written as a plain number above this is a percentage (92 → 92%). */
const PERCENT_ABOVE = 10;

const problem = (
  code: "missing_value" | "not_a_number" | "score_out_of_range" | "invalid_value",
  key:
    | "yearEndMissingScore"
    | "yearEndNotANumber"
    | "yearEndAboveFull"
    | "yearEndNegative"
    | "yearEndInvalidWord"
    | "yearEndNoTask",
  params: Readonly<Record<string, string | number>> = {}
): PartReading => ({ kind: "problem", severity: "error", code, key, params });

/**
 * 单项计分: one part's cell of the scores sheet read by the part's scoring method (seed 003 五(二)3),
 * on 百分制 (full marks from the settings):
 * - blank (or 无, —, 不承担): no task for 省专项/市专项/自身工作 (its weight is shared out); for the
 *   other parts full marks under 直接扣分法 and 否决计分法 (nothing deducted, nothing vetoed), else
 *   a missing score;
 * - 直接录入: the score, 0…full;
 * - 完成比例法: a completion (0.92, "92%", or a plain number above 10 read as a percentage with a
 *   note) → `completionScore` with the floor and cap (below 70% → 0);
 * - 直接扣分法: full − deductions (the sign of the deductions is ignored), 0 when they exceed full
 *   marks, with a note;
 * - 否决计分法: 否决/是/未完成 → 0, 完成/否/达标 → full;
 * - 累计计分法: the points, 0…full.
 * A score above full marks or below 0 is a problem (never cut to fit). Never throws.
 */
export function partScore(
  value: CellValue,
  method: ScoringMethod,
  part: YearEndPart,
  settings: PartScoreSettings
): PartReading {
  const full = settings.fullScore;
  const text = toSimplified(String(value ?? ""))
    .replace(/\s+/g, "")
    .toLowerCase();
  const reading = readFigure(value);
  const optional = OPTIONAL_PARTS.includes(part);
  if (reading.kind === "blank" || NO_TASK.has(text)) {
    if (optional) {
      return { kind: "none" };
    }
    if (NO_TASK.has(text)) {
      return problem("invalid_value", "yearEndNoTask", { text: String(value).trim() });
    }
    if (method === "deduction" || method === "veto") {
      return { kind: "score", score: full, notes: [] };
    }
    return problem("missing_value", "yearEndMissingScore");
  }

  if (method === "veto") {
    if (VETOED.has(text)) {
      return { kind: "score", score: new Dec(0), notes: [] };
    }
    if (PASSED.has(text)) {
      return { kind: "score", score: full, notes: [] };
    }
    return problem("invalid_value", "yearEndInvalidWord", {
      text: String(value).trim(),
      allowed: "否决/未完成（计0分）、完成/否（满分）",
    });
  }
  if (reading.kind !== "number") {
    return problem("not_a_number", "yearEndNotANumber", { text: reading.text });
  }
  const figure = dec(reading.value);
  if (method === "deduction") {
    const deduction = figure.abs();
    if (deduction.gt(full)) {
      return {
        kind: "score",
        score: new Dec(0),
        notes: [{ kind: "deductionOverFull", deduction }],
      };
    }
    return { kind: "score", score: full.minus(deduction), notes: [] };
  }
  if (figure.isNegative()) {
    return problem("score_out_of_range", "yearEndNegative", { value: figure.toString() });
  }
  if (method === "completion") {
    const notes: PartNote[] = [];
    let completion = reading.percent ? figure.div(100) : figure;
    if (!reading.percent && figure.gt(PERCENT_ABOVE)) {
      completion = figure.div(100);
      notes.push({ kind: "percentRead", text: figure.toString() });
    }
    if (completion.lt(settings.floor)) {
      notes.push({ kind: "belowFloor", completion });
    } else if (completion.gt(settings.cap)) {
      notes.push({ kind: "aboveCap", completion });
    }
    const score = completionScore(completion, 1, full, {
      floor: settings.floor,
      cap: settings.cap,
    });
    // A cap above 100% (a setting) lets over-fulfilment score above full marks, as set.
    return { kind: "score", score, notes };
  }
  if (figure.gt(full)) {
    return problem("score_out_of_range", "yearEndAboveFull", {
      value: figure.toString(),
      full: full.toString(),
    });
  }
  return { kind: "score", score: figure, notes: [] };
}
