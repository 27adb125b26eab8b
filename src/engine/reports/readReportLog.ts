import { isValidMonth } from "../kernel/isValidMonth";
import { cellAddress } from "../kernel/cellAddress";
import { cellText } from "../kernel/cellText";
import { findSideHeader } from "../table/findSideHeader";
import { CellValue, GridSheet } from "../kernel/grid";
import { mergeIndex } from "../table/mergeIndex";
import { parseCheckpoint } from "../pace/parseCheckpoint";
import { readDate } from "../kernel/readDate";
import { sheetReference } from "../kernel/sheetReference";
import { diagnostic } from "../kernel/diagnostic";
import { ReportEntry, SummaryDiagnostic } from "../summary/summaryTypes";
import { toSimplified } from "../kernel/toSimplified";
import { REPORT_COLUMNS } from "./reportColumns";

/** "2016年7月", "2016-07", "2016.7", "2016/07": a month with its year. */
const YEAR_MONTH = /^(\d{4})(?:年|-|\.|\/)(\d{1,2})月?份?$/;
/** Notes and totals under the register. */
const NOT_A_REPORT = /^(?:合计|小计|总计|注|说明|备注)/;

/** The data month of a 月份 cell, with its year when one is written; null when unreadable. */
function readMonth(value: CellValue): { month: number; year: number | null } | null {
  if (typeof value === "number") {
    if (isValidMonth(value, 12)) {
      return { month: value, year: null };
    }
    const date = readDate(value); // a date cell formatted as 2016年7月
    return value > 31 && date !== null
      ? { month: Number(date.slice(5, 7)), year: Number(date.slice(0, 4)) }
      : null;
  }
  const text = toSimplified(cellText(value)).replace(/\s+/g, "");
  if (text === "") {
    return null;
  }
  const yearMonth = YEAR_MONTH.exec(text);
  if (yearMonth !== null) {
    const month = Number(yearMonth[2]);
    return isValidMonth(month, 12) ? { month, year: Number(yearMonth[1]) } : null;
  }
  const date = readDate(text);
  if (date !== null && !date.startsWith("--")) {
    return { month: Number(date.slice(5, 7)), year: Number(date.slice(0, 4)) };
  }
  try {
    // 7, 7月, 7月份, 七月, 1-7月 (the cumulative figures to July).
    return { month: parseCheckpoint(text.replace(/份$/, ""), 12), year: null };
  } catch {
    return null;
  }
}

/**
 * 报送登记读取: reads a 报送登记 sheet (報送登記) into report entries. Columns, found by their headers:
 * 单位, 月份 (the data month reported: 7, "7月", "7月份", "2016年7月", a date cell), 报送日期 (an
 * ISO date, an Excel date serial, "2016-08-16", "2016/8/16" or "2016年8月16日"; "8月16日" without a
 * year is kept as "--08-16"; blank = not yet reported). A unit merged over several rows stands for
 * each of them. Blank rows and notes are passed over; a row with a bad cell is reported and skipped,
 * the rest read. Never throws.
 */
export function readReportLog(sheet: GridSheet): {
  reports: ReportEntry[];
  diagnostics: SummaryDiagnostic[];
} {
  const reports: ReportEntry[] = [];
  const diagnostics: SummaryDiagnostic[] = [];
  const header = findSideHeader(sheet, REPORT_COLUMNS, ["unit", "month", "date"]);
  if (header === null) {
    diagnostics.push(
      diagnostic("no_header", "error", sheet.name, "", "sideNoHeader", {
        table: "报送登记",
        tableEn: "report register",
        columns: "单位、月份、报送日期",
        columnsEn: "unit, month, date reported",
      })
    );
    return { reports, diagnostics };
  }
  const index = mergeIndex(sheet);
  const unitColumn = header.columns.unit ?? 0;
  const monthColumn = header.columns.month ?? 0;
  const dateColumn = header.columns.date ?? 0;

  for (let row = header.row + 1; row < index.rows; row++) {
    const unit = cellText(index.filled(row, unitColumn));
    const monthValue = index.own(row, monthColumn);
    const dateValue = index.own(row, dateColumn);
    const monthText = cellText(monthValue);
    const dateText = cellText(dateValue);
    if ((monthText === "" && dateText === "") || NOT_A_REPORT.test(unit)) {
      continue;
    }
    if (unit === "") {
      diagnostics.push(
        diagnostic(
          "missing_value",
          "error",
          sheet.name,
          cellAddress(row, unitColumn),
          "sideMissingValue",
          {
            name: "单位",
            nameEn: "the unit",
          }
        )
      );
      continue;
    }
    const month = readMonth(monthValue);
    if (month === null) {
      diagnostics.push(
        monthText === ""
          ? diagnostic(
              "missing_value",
              "error",
              sheet.name,
              cellAddress(row, monthColumn),
              "sideMissingValue",
              {
                name: "月份",
                nameEn: "the month",
              }
            )
          : diagnostic(
              "invalid_value",
              "error",
              sheet.name,
              cellAddress(row, monthColumn),
              "sideInvalidValue",
              {
                name: "月份",
                nameEn: "month",
                text: monthText,
                allowed: "7、7月、2016年7月",
              }
            )
      );
      continue;
    }
    const reportedOn = dateText === "" ? null : readDate(dateValue);
    if (dateText !== "" && reportedOn === null) {
      diagnostics.push(
        diagnostic(
          "invalid_value",
          "error",
          sheet.name,
          cellAddress(row, dateColumn),
          "sideInvalidValue",
          {
            name: "报送日期",
            nameEn: "date reported",
            text: dateText,
            allowed: "2016-08-16、2016年8月16日、2016/8/16",
          }
        )
      );
      continue;
    }
    reports.push({
      unit,
      month: month.month,
      year: month.year,
      reportedOn,
      source: sheetReference(sheet.name, cellAddress(row, unitColumn)),
    });
  }
  return { reports, diagnostics };
}
