import type { Workbook, Worksheet } from "exceljs";
import { CellValue, settingsSheetName, yearEndSettingRows } from "../engine";
import { addListValidation } from "./addListValidation";
import { scoresSheetName, settingColumns, SideColumn, yearEndScoreColumns } from "./yearEndColumns";
import { SheetLayout, writeSheetSpec } from "./writeSheetSpec";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * 写入登记表 (a side sheet, as the template lays them out): row 1 the title, row 2 a note, row 3
 * the headers, data from row 4 with the columns' formats and widths, frozen headers, A4 landscape.
 * ISO date texts in a column formatted as a date are written as dates.
 */
export function writeSideSheet(
  worksheet: Worksheet,
  title: string,
  subtitle: string,
  columns: readonly SideColumn[],
  rows: readonly (readonly CellValue[])[]
): void {
  const layout: SheetLayout = {
    title,
    subtitle,
    columns: columns.map((column) => ({
      key: column.header,
      header: column.header,
      width: column.width,
      numberFormat: column.numberFormat ?? "General",
    })),
    rows,
    rowFills: rows.map(() => null),
    cellStyles: [],
    freeze: { rows: 3, columns: 1 },
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      titleRows: [3, 3],
    },
  };
  writeSheetSpec(worksheet, layout);
  columns.forEach((column, index) => {
    if (column.numberFormat === undefined || !/y/.test(column.numberFormat)) {
      return;
    }
    rows.forEach((row, offset) => {
      const value = row[index];
      if (typeof value === "string" && ISO_DATE.test(value)) {
        const cell = worksheet.getCell(4 + offset, index + 1);
        cell.value = new Date(`${value}T00:00:00Z`);
        cell.numFmt = column.numberFormat as string;
      }
    });
  });
}

/** Options of {@link addYearEndSheets}. */
export interface YearEndSheetsOptions {
  readonly title?: string;
  readonly subtitle?: string;
  /** The units' rows of the 年度评分 sheet (default: two example rows). */
  readonly rows?: readonly (readonly CellValue[])[];
  /** Setting values other than the defaults, by label. */
  readonly settings?: Readonly<Record<string, CellValue>>;
  /** The last row the drop-down of 一票否决 covers. */
  readonly lastInputRow?: number;
}

/**
 * 年度考核工作表 (the year-end sheets of a workbook): adds the 年度评分 sheet — one row per unit, the
 * parts the office collects, 一票否决 (是/否 drop-down) and 否决事由 — and the year-end settings to
 * the 设置 sheet (设置项 | 取值 | 说明, seed 003's defaults; made when the workbook has none,
 * appended below its rows when it has). The template and the year-end sample both use it.
 */
export function addYearEndSheets(workbook: Workbook, options: YearEndSheetsOptions = {}): void {
  const lastInputRow = options.lastInputRow ?? 500;
  const scores = workbook.addWorksheet(scoresSheetName);
  writeSideSheet(
    scores,
    options.title ?? "××县××××年度考核评分表",
    options.subtitle ??
      "一行一个被考核单位（百分制）。省、市专项指标填完成率（如92%），不承担的留空，其权重平均分给其他项；部门自身工作、共性指标及三项评价填得分；过程考核填扣分（无扣分填0或留空）；一票否决填是/否并写明事由。计分方法和权重见“设置”表。示例行可删除。",
    yearEndScoreColumns,
    options.rows ?? [
      ["县财政局", 0.92, 0.9, 90, 3, 87, 88, 86, 85, "否", null, null],
      ["县环保局", 0.88, null, 86, 2, 85, 84, 82, 83, "否", null, "不承担市专项任务"],
    ]
  );
  addListValidation(scores, 10, 4, lastInputRow, ["是", "否"], "一票否决");

  const settingRows = yearEndSettingRows();
  const rows = settingRows.map((row): CellValue[] => [
    row.label,
    options.settings !== undefined &&
    Object.prototype.hasOwnProperty.call(options.settings, row.label)
      ? options.settings[row.label]
      : row.value,
    row.note,
  ]);
  let settings = workbook.getWorksheet(settingsSheetName);
  let first: number;
  if (settings === undefined) {
    settings = workbook.addWorksheet(settingsSheetName);
    writeSideSheet(
      settings,
      "考核设置",
      "设置项的取值可改；空白取默认值（盘山县2018年专项行动绩效考评方案）。百分数可写60%或0.6。",
      settingColumns,
      rows
    );
    first = 4;
  } else {
    first = settings.rowCount + 1;
    rows.forEach((row, offset) => {
      row.forEach((value, column) => {
        (settings as Worksheet).getCell(first + offset, column + 1).value = value;
      });
    });
  }
  settingRows.forEach((row, offset) => {
    (settings as Worksheet).getCell(first + offset, 2).numFmt = row.numberFormat;
  });
}
