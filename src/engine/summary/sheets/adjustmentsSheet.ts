import { dec } from "../../kernel/decimal";
import { CellValue } from "../../kernel/grid";
import { cityBonusForExcellent, cityDeductionForAtMostFair } from "../../grades/gradeOverride";
import { gradeLabel } from "../../grades/gradeLabel";
import { SheetSpec } from "../../workbook/sheetSpec";
import { AdjustmentGrade } from "../summaryTypes";
import { SummarySheetsInput } from "../summarySheetsInput";
import { numberFormats } from "./numberFormats";
import { sheetColumn } from "./sheetColumn";
import { summarySheet } from "./summarySheet";
import { titlePrefix } from "./titlePrefix";

const { text, score } = numberFormats;

/** Points as the subtitle shows them: 0.5, 1. */
function shownPoints(points: number): string {
  return dec(points).abs().toString();
}

/** 等次影响 as the clerk reads it. */
function gradeText(grade: AdjustmentGrade | null): string {
  if (grade === "excellent") {
    return `直接评为${gradeLabel("excellent")}`;
  }
  if (grade === "at_most_fair") {
    return `不得评为${gradeLabel("good")}以上`;
  }
  return "";
}

/**
 * 加减分汇总: one row per unit — the points of each rule that occurs (after the rule's cap, city
 * points multiplied), bonus, deduction, net, the city points before doubling, and the grade
 * consequence (直接评为优秀 / 不得评为良好以上), and the reasons of the monthly rules' points (说明:
 * 序时加分, 序时扣分, 迟报扣分). The subtitle names the rules used, the multiplier, the caps and the
 * monthly rules' points.
 */
export function adjustmentsSheet(input: SummarySheetsInput): SheetSpec {
  const columns = [
    sheetColumn("unit", "单位", 16, text),
    ...input.ruleCodes.map((code) => sheetColumn(`rule:${code}`, code, 8, score)),
    sheetColumn("bonus", "加分", 8, score),
    sheetColumn("deduction", "减分", 8, score),
    sheetColumn("net", "净分", 8, score),
    sheetColumn("cityBonus", "市考加分", 9, score),
    sheetColumn("cityDeduction", "市考减分", 9, score),
    sheetColumn("grade", "等次影响", 16, text),
    sheetColumn("reasons", "说明", 48, text),
  ];
  const rows = input.adjustments.map((unit): CellValue[] => [
    unit.unit,
    ...input.ruleCodes.map(
      (code) => unit.byRule.find((rule) => rule.code === code)?.points ?? null
    ),
    unit.bonus,
    unit.deduction,
    unit.net,
    unit.cityBonus,
    unit.cityDeduction,
    gradeText(unit.grade),
    unit.reasons.join("；"),
  ]);
  const cap =
    input.bonusCap === null
      ? "县考加分不封顶"
      : `县考加分合计不超过${dec(input.bonusCap).abs().toString()}分`;
  const subtitle =
    `规则：${input.rulesSource === "sheet" ? "本工作簿加减分规则表" : "默认规则（盘山县2018年考评方案）"}；` +
    `各规则列为该规则封顶后的得分（市考部分已按${dec(input.cityMultiplier).toString()}倍计入）；${cap}，减分不封顶；` +
    `市考加分达${cityBonusForExcellent}分直接评为${gradeLabel("excellent")}，` +
    `市考减分达${cityDeductionForAtMostFair}分不得评为${gradeLabel("good")}以上；` +
    `月度规则：超序时进度每项加${shownPoints(input.paceBonusPoints)}分，未达序时进度且全市排名后${input.bottomCount}位或组内最后一名每项扣${shownPoints(input.paceDeductionPoints)}分` +
    (input.cityRanks === "absent" ? "（本月无全市排名表，未判断扣分）" : "") +
    `，逾期报送每次扣${shownPoints(input.latePoints)}分（计入县考加减分）`;
  return summarySheet({
    kind: "adjustments",
    name: `${input.month}月加减分汇总`,
    title: `${titlePrefix(input)}加减分汇总`,
    subtitle,
    columns,
    rows,
    rowFills: input.adjustments.map(() => null),
  });
}
