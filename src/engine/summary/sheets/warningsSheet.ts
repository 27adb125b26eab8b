import { dec } from "../../kernel/decimal";
import { CellValue } from "../../kernel/grid";
import { SheetSpec } from "../../workbook/sheetSpec";
import { SummarySheetsInput } from "../summarySheetsInput";
import { bandPoints } from "./bandPoints";
import { inPoints } from "./inPoints";
import { numberFormats } from "./numberFormats";
import { remainingHeader } from "./remainingHeader";
import { sheetColors } from "./sheetColors";
import { sheetColumn } from "./sheetColumn";
import { summarySheet } from "./summarySheet";
import { titlePrefix } from "./titlePrefix";

const { text, amount, points } = numberFormats;

/**
 * 预警提示单和督办单: one row per warning — 督办单 (red) or 预警提示单 (yellow), the indicator, its
 * units and people, target, pace target, actual, pace gap (percentage points, exact), arrears,
 * remaining monthly task and the sentence that explains it; then the 约谈 list (seed 000), one row
 * per unit and indicator with both periods' ranks and gaps in its sentence. The subtitle states when
 * each is issued.
 */
export function warningsSheet(input: SummarySheetsInput): SheetSpec {
  const columns = [
    sheetColumn("kind", "类型", 10, text),
    sheetColumn("indicator", "指标", 28, text),
    sheetColumn("measure", "口径", 8, text),
    sheetColumn("measureUnit", "单位", 8, text),
    sheetColumn("leadUnit", "牵头单位", 14, text),
    sheetColumn("cooperatingUnits", "配合单位", 14, text),
    sheetColumn("leader", "包抓领导", 10, text),
    sheetColumn("person", "责任人", 10, text),
    sheetColumn("target", "年度目标", 12, amount),
    sheetColumn("paceTarget", "序时目标", 12, amount),
    sheetColumn("actual", "累计完成", 12, amount),
    sheetColumn("paceGap", "进度差（百分点）", 11, points),
    sheetColumn("arrears", "欠账", 12, amount),
    sheetColumn("remainingMonthly", remainingHeader(input.month, input.periods), 14, amount),
    sheetColumn("reason", "说明", 30, text),
  ];
  const pointsOf = input.pointsOf ?? inPoints;
  const noticeRows = input.warnings.map((notice, position): CellValue[] => [
    notice.kind === "supervision" ? "督办单" : "预警提示单",
    notice.indicator,
    notice.measure,
    notice.measureUnit,
    notice.leadUnit,
    notice.cooperatingUnits.join("、"),
    notice.leader,
    notice.person,
    notice.target,
    notice.paceTarget,
    notice.actual,
    pointsOf(input.warningGaps[position] ?? null),
    notice.arrears,
    notice.remainingMonthly,
    notice.reason,
  ]);
  // 约谈名单: a section under the notices, one row per unit (and indicator) listed.
  const interviewRows = input.interviews.map((item): CellValue[] => {
    const last = item.periods[item.periods.length - 1];
    return [
      "约谈",
      item.indicator === "" ? "（本县责任单位排名）" : item.indicator,
      item.measure,
      "",
      item.unit,
      "",
      item.leader,
      item.person,
      null,
      null,
      null,
      last?.paceGap === null || last === undefined ? null : inPoints(dec(last.paceGap)),
      null,
      null,
      item.reason,
    ];
  });
  const basis =
    input.cityRanks === "read"
      ? `全市排名后${input.bottomCount}位或组内最后一名`
      : `本县责任单位排名后${input.bottomCount}位（无全市排名表）`;
  const subtitle =
    `滞后且欠账的指标发预警提示单；严重滞后（落后${bandPoints(input.band)}个百分点及以上）或连续两个月滞后的发督办单；` +
    `连续${input.interviewRuns}期${basis}的列入约谈名单，提请对责任人约谈；` +
    `数据截至${input.month}月底`;
  return summarySheet({
    kind: "warnings",
    name: `${input.month}月预警`,
    title: `${titlePrefix(input)}预警提示单和督办单`,
    subtitle,
    columns,
    rows: [...noticeRows, ...interviewRows],
    rowFills: [
      ...input.warnings.map((notice) =>
        notice.kind === "supervision" ? sheetColors.supervision : sheetColors.notice
      ),
      ...input.interviews.map(() => sheetColors.interview),
    ],
  });
}
