import { CellValue } from "../../kernel/grid";
import { SheetSpec } from "../../workbook/sheetSpec";
import { SummarySheetsInput } from "../summarySheetsInput";
import { numberFormats } from "./numberFormats";
import { sheetColors } from "./sheetColors";
import { sheetColumn } from "./sheetColumn";
import { summarySheet } from "./summarySheet";
import { titlePrefix } from "./titlePrefix";

const { text, whole } = numberFormats;

/** An ISO date as the sheet shows it: "2016-08-15" stays, "--08-15" becomes "8月15日". */
function dateText(iso: string): string {
  const yearless = /^--(\d{2})-(\d{2})$/.exec(iso);
  return yearless === null ? iso : `${Number(yearless[1])}月${Number(yearless[2])}日`;
}

/** Why the list may be empty, after the subtitle. */
function noteOf(reportLog: SummarySheetsInput["reportLog"]): string {
  switch (reportLog) {
    case "absent":
      return "；工作簿中没有报送登记表，未统计迟报";
    case "not_monthly":
      return "；期数不是12个月，未统计迟报";
    case "failed":
      return "；报送登记表无法统计迟报，见诊断信息";
    case "read":
      return "";
  }
}

/**
 * 数据报送迟报情况: the units that reported the month's figures late (yellow: due date, date reported,
 * days late) or not at all (red: 未报送). The subtitle gives the due day and, when there is no list,
 * why.
 */
export function lateSheet(input: SummarySheetsInput): SheetSpec {
  const columns = [
    sheetColumn("unit", "单位", 16, text),
    sheetColumn("month", "月份", 8, text),
    sheetColumn("dueDate", "应报日期", 12, text),
    sheetColumn("reportedOn", "实际报送", 12, text),
    sheetColumn("daysLate", "逾期天数", 10, whole),
  ];
  const rows = input.late.map((report): CellValue[] => [
    report.unit,
    `${report.month}月`,
    dateText(report.dueDate),
    report.reportedOn === null ? "未报送" : dateText(report.reportedOn),
    report.daysLate,
  ]);
  const subtitle = `各责任单位应于每月${input.dueDay}日前报送上月完成情况；${input.month}月数据逾期报送及未报送的单位${noteOf(input.reportLog)}`;
  return summarySheet({
    kind: "late",
    name: `${input.month}月迟报`,
    title: `${titlePrefix(input)}数据报送迟报情况`,
    subtitle,
    columns,
    rows,
    rowFills: input.late.map((report) =>
      report.reportedOn === null ? sheetColors.supervision : sheetColors.notice
    ),
  });
}
