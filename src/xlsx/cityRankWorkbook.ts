import ExcelJS from "exceljs";
import type { CountyRank } from "../engine";

const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF808080" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** The 全市排名 sheet's columns, as `readCityRanks` reads them; 县区 only for the whole city. */
const COLUMNS = [
  "指标名称",
  "口径",
  "月份",
  "全市排名",
  "参评县数",
  "组别",
  "组内排名",
  "组内县数",
] as const;

/** One 全市排名 row's cells, in {@link COLUMNS}' order. */
function cells(row: CountyRank): (string | number | null)[] {
  return [
    row.indicator,
    row.measure,
    row.month,
    row.rank,
    row.count,
    row.group,
    row.groupRank,
    row.groupSize,
  ];
}

/**
 * 全市排名工作簿: the city's ranking as a workbook with one sheet named 全市排名, a header row and
 * one row per indicator, month and county, in the columns a county's monthly summary reads
 * (`readCityRanks`: 指标名称, 口径, 月份, 全市排名, 参评县数, 组别, 组内排名, 组内县数). With
 * `withCounty` (the whole city) a 县区 column comes first; without it (one county's rows) the sheet
 * is the one that county pastes into its own workbook as it is. Printed A4 landscape, one page wide.
 */
export async function cityRankWorkbook(
  rows: readonly CountyRank[],
  withCounty: boolean
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "assess";
  const sheet = workbook.addWorksheet("全市排名", {
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
    views: [{ state: "frozen", ySplit: 1 }],
  });
  const header = withCounty ? ["县区", ...COLUMNS] : [...COLUMNS];
  sheet.addRow(header);
  for (const row of rows) {
    sheet.addRow(withCounty ? [row.county, ...cells(row)] : cells(row));
  }
  header.forEach((name, index) => {
    sheet.getColumn(index + 1).width = name === "指标名称" ? 36 : 10;
  });
  sheet.eachRow((row, number) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = BORDER;
      if (number === 1) {
        cell.font = { bold: true };
        cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      }
    });
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
