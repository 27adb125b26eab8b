import { Dec } from "../kernel/decimal";
import { Diagnostic } from "../kernel/diagnostic";
import { CellValue } from "../kernel/grid";
import { Grade, Sharing, TiesMethod } from "../kernel/types";
import { SheetSpec } from "../workbook/sheetSpec";

/**
 * The plain-data types of the year-end assessment (年度考核, seed 003 六(一)1): the parts of a unit's
 * score, the settings that weigh and score them, and the result per unit. Figures of the result are
 * plain numbers, converted once from `Dec`; null = not applicable or not computed.
 */

/** The parts the office collects per unit, as the scores sheet (年度评分) has them. */
export type YearEndPart =
  /** 省专项指标 (provincial special tasks), inside 个性指标 · 年度. */
  | "province"
  /** 市专项指标 (city special tasks), inside 个性指标 · 年度. */
  | "city"
  /** 部门自身工作 (the unit's own key work), inside 个性指标 · 年度. */
  | "ownWork"
  /** 过程考核 (process: node checks through the year), inside 个性指标. */
  | "process"
  /** 共性指标 (common indicators), inside 指标考核. */
  | "common"
  /** 县政府领导评价 (county leaders' rating), inside 综合评价. */
  | "leader"
  /** 专项行动领导小组办公室评价 (the campaign office's rating), inside 综合评价. */
  | "office"
  /** 互评 (peer rating: departments and towns rate each other), inside 综合评价. */
  | "peer";

/** The parts whose scoring method is a setting; the three ratings are always scores as given. */
export type MethodPart = "province" | "city" | "ownWork" | "process" | "common";

/** The parts a unit may not carry (不承担: its weight is shared out among the others). */
export const OPTIONAL_PARTS: readonly YearEndPart[] = ["province", "city", "ownWork"];

/**
 * 计分方法 of a part (seed 003 五(二)3): how a cell of the scores sheet becomes the part's score —
 * `score` 直接录入 (the score as given), `completion` 完成比例法 (a completion rate: full × min(rate,
 * cap), 0 below the floor), `deduction` 直接扣分法 (deductions: full − Σ, not below 0), `veto`
 * 否决计分法 (是 = vetoed: 0, else full), `cumulative` 累计计分法 (points added up, at most full).
 */
export type ScoringMethod = "score" | "completion" | "deduction" | "veto" | "cumulative";

/** Weights of one level, fractions adding up to 1. */
export type LevelWeights<K extends string> = Readonly<Record<K, Dec>>;

/** The weights of every level of the composite (fractions). */
export interface YearEndWeights {
  /** 专项考评成绩 = 指标考核 × 70% + 综合评价 × 30% (+ 加减分). */
  readonly total: LevelWeights<"indicator" | "evaluation">;
  /** 指标考核 = 个性指标 × 80% + 共性指标 × 20%. */
  readonly indicator: LevelWeights<"personal" | "common">;
  /** 个性指标 = 过程 × 20% + 年度 × 80%. */
  readonly personal: LevelWeights<"process" | "annual">;
  /** 年度成绩 = 省 × 60% + 市 × 30% + 自身 × 10%, a missing part's weight shared out. */
  readonly annual: LevelWeights<"province" | "city" | "ownWork">;
  /** 综合评价 = 县政府领导 × 60% + 专项办 × 10% + 互评 × 30%. */
  readonly evaluation: LevelWeights<"leader" | "office" | "peer">;
}

/** 一票否决 and the total: the total counts 0 (default, DOMAIN: a vetoed unit gets 0), or is kept. */
export type VetoTotal = "zero" | "keep";

/** The year-end settings, read from the 设置 sheet (see `yearEndSettings`), defaults filled in. */
export interface YearEndSettings {
  readonly weights: YearEndWeights;
  /** How the weight of a part a unit does not carry is shared out (seed 003: evenly). */
  readonly sharing: Sharing;
  /** 满分 of every part (百分制: 100). */
  readonly fullScore: Dec;
  /** 完成比例法: below this completion the part scores 0 (seed 003: 70%). */
  readonly floor: Dec;
  /** 完成比例法: the completion counted at most (100%). */
  readonly cap: Dec;
  readonly methods: Readonly<Record<MethodPart, ScoringMethod>>;
  /** Lowest total of 优秀, 良好, 一般. */
  readonly thresholds: { readonly excellent: Dec; readonly good: Dec; readonly fair: Dec };
  /** Cap of all county bonus together (seed 003: 3); null = none. */
  readonly bonusCap: Dec | null;
  /** Multiplier of city-assessment points (seeds 001/002: 双倍). */
  readonly cityMultiplier: Dec;
  /** Whether the doubled city bonus counts under the bonus cap too (default: no). */
  readonly cityBonusCapped: boolean;
  readonly vetoTotal: VetoTotal;
  /** Decimals the total is rounded to (half up) before ranking and grading; null = exact. */
  readonly decimals: number | null;
  readonly ties: TiesMethod;
  /** Points deducted per late monthly report (seed 001 leaves the figure to the office); 0 = none. */
  readonly latePoints: Dec;
  /** Day of the next month by which a month's figures are due (seed 001: 15). */
  readonly dueDay: number;
  /** The year assessed; null = from the titles. */
  readonly year: number | null;
  /** The county for the title; null = from the titles. */
  readonly county: string | null;
}

/** One row of the scores sheet: the unit and its raw cells. */
export interface ScoreRow {
  readonly unit: string;
  /** 1-based row in the sheet. */
  readonly row: number;
  /** A1 address of the unit cell. */
  readonly unitCell: string;
  /** Each part's cell value and A1 address; absent when the sheet has no such column. */
  readonly parts: Partial<
    Readonly<Record<YearEndPart, { readonly value: CellValue; readonly cell: string }>>
  >;
  /** 一票否决 as written and where; null cell when the sheet has no such column. */
  readonly veto: { readonly value: CellValue; readonly cell: string } | null;
  readonly vetoReason: { readonly text: string; readonly cell: string } | null;
  readonly note: string;
}

/** A part read by its method: its score, no task (不承担), or a problem that stops the total. */
export type PartReading =
  | { readonly kind: "score"; readonly score: Dec; readonly notes: readonly PartNote[] }
  | { readonly kind: "none" }
  | {
      readonly kind: "problem";
      readonly severity: "error";
      readonly code: Diagnostic["code"];
      readonly key: Diagnostic["key"];
      readonly params: Readonly<Record<string, string | number>>;
    };

/** Something the method did that the 说明 column tells: the floor, the cap, a deduction over full. */
export type PartNote =
  | { readonly kind: "belowFloor"; readonly completion: Dec }
  | { readonly kind: "aboveCap"; readonly completion: Dec }
  | { readonly kind: "deductionOverFull"; readonly deduction: Dec }
  /** A completion written as a plain number above 10 (92): read as a percentage (92%). */
  | { readonly kind: "percentRead"; readonly text: string };

/** One unit's bonus and deduction for the year (加减分), from the register and late reports. */
export interface YearEndAdjustment {
  /** 加分 with all caps applied. */
  readonly bonus: Dec;
  /** 减分 (negative), late reports included. */
  readonly deduction: Dec;
  /** 加减分 = bonus + deduction. */
  readonly net: Dec;
  /** 市考加分 before doubling (seed 002: ≥ 3 → 优秀). */
  readonly cityBonus: Dec;
  /** 市考减分 (negative) before doubling (seed 002: ≥ 1 → at most 一般). */
  readonly cityDeduction: Dec;
  /** Late monthly reports counted (迟报) and the points they cost (negative). */
  readonly lateReports: number;
  readonly latePoints: Dec;
}

/** Why a grade is not the one the score thresholds give. */
export type GradeOverrideKind = "veto" | "cityBonus" | "cityDeduction";

/** 年度考核结果: one unit's parts, weights, total, rank and grade. */
export interface YearEndUnit {
  readonly unit: string;
  /** Where it was read: "年度评分!A5". */
  readonly source: string;
  /** Each part's score after its method; null when not carried (不承担) or not readable. */
  readonly parts: Readonly<Record<YearEndPart, number | null>>;
  /** The weights of 省/市/自身 actually applied, after sharing out a missing part's (fractions). */
  readonly annualWeights: Readonly<Record<"province" | "city" | "ownWork", number>>;
  /** 年度成绩. */
  readonly annual: number | null;
  /** 个性指标. */
  readonly personal: number | null;
  /** 指标考核. */
  readonly indicator: number | null;
  /** 综合评价. */
  readonly evaluation: number | null;
  /** 指标考核 × w + 综合评价 × w, before 加减分. */
  readonly base: number | null;
  readonly bonus: number;
  readonly deduction: number;
  readonly net: number;
  readonly cityBonus: number;
  readonly cityDeduction: number;
  readonly lateReports: number;
  readonly veto: boolean;
  readonly vetoReason: string;
  /** The total before rounding, exactly, as a decimal string ("87.456"); null when not computed. */
  readonly exactTotal: string | null;
  /** 总分 (专项考评成绩) as ranked and graded: rounded as the settings say, 0 when vetoed (default). */
  readonly total: number | null;
  /** 名次, 1 = best; null without a total. */
  readonly rank: number | null;
  /** 等次; null when neither a total nor a veto decides it. */
  readonly grade: Grade | null;
  /** The grade the score thresholds alone give. */
  readonly scoreGrade: Grade | null;
  readonly overrides: readonly GradeOverrideKind[];
  /** 说明 (zh-CN): the reason of every override, and what the methods and weights did. */
  readonly reason: string;
  /** False when an input error stopped the total (see the diagnostics). */
  readonly complete: boolean;
}

/** Options of `buildYearEnd` that win over the 设置 sheet and the titles (the CLI's flags). */
export interface YearEndOptions {
  readonly year?: number;
  readonly county?: string;
}

/** 年度考核汇总: every unit's result, the diagnostics and the sheet to write. */
export interface YearEndSummary {
  readonly year: number | null;
  readonly county: string | null;
  /** The run the sheet is marked with ("2018-yearend"), so a re-run replaces exactly it. */
  readonly run: string;
  /** In the order of the scores sheet. */
  readonly units: readonly YearEndUnit[];
  readonly diagnostics: readonly Diagnostic[];
  /** The 年度考核汇总 sheet; empty when there is no scores sheet. */
  readonly sheets: readonly SheetSpec[];
}
