import ExcelJS from "exceljs";
import { ReturnFormSheet } from "../engine";

/** The fill of the cells a unit fills in (light yellow). */
const INPUT_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFFFF2CC" },
};
const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF808080" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Figures a form accepts: any decimal Excel holds without loss of the usual sizes. */
const FIGURE_BOUND = 1e15;

/**
 * 报送表工作簿: one unit's return form as an .xlsx workbook, laid out as `returnFormSheet` says —
 * the form sheet with its title, unit, due date and table; the month's figure cells unlocked, with
 * data validation "decimal" whose input message names the indicator and its unit; the 填报日期
 * cell unlocked with date validation; the notes unlocked; every other cell locked, the sheet
 * protected without a password (the unit cannot edit the list by accident; anyone may unprotect
 * it, the checksum tells the clerk). The identity stands on a veryHidden sheet `_identity`.
 * Printed A4 landscape, one page wide.
 */
export async function returnFormWorkbook(form: ReturnFormSheet): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "assess";
  const sheet = workbook.addWorksheet(form.name, {
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
    views: [{ state: "frozen", ySplit: form.headerRow + 1 }],
  });
  form.widths.forEach((width, column) => {
    sheet.getColumn(column + 1).width = width;
  });
  form.rows.forEach((values, row) => {
    values.forEach((value, column) => {
      if (value !== null) {
        sheet.getCell(row + 1, column + 1).value = value;
      }
    });
  });
  for (const merge of form.merges) {
    sheet.mergeCells(merge.top + 1, merge.left + 1, merge.bottom + 1, merge.right + 1);
  }
  const title = sheet.getCell(1, 1);
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: "center", vertical: "middle" };
  sheet.getRow(1).height = 30;
  const note = sheet.getCell(3, 1);
  note.alignment = { wrapText: true, vertical: "top" };
  note.font = { size: 10, color: { argb: "FF595959" } };
  sheet.getRow(3).height = 32;
  const width = form.widths.length;
  for (let row = form.headerRow + 1; row <= form.rows.length; row++) {
    for (let column = 1; column <= width; column++) {
      const cell = sheet.getCell(row, column);
      cell.border = BORDER;
      if (row === form.headerRow + 1) {
        cell.font = { bold: true };
        cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      } else if (column === 2) {
        cell.alignment = { wrapText: true, vertical: "middle" };
      }
    }
  }

  for (const input of form.inputs) {
    const cell = sheet.getCell(input.row + 1, input.column + 1);
    cell.protection = { locked: false };
    cell.fill = INPUT_FILL;
    cell.border = BORDER;
    if (input.kind === "decimal") {
      cell.dataValidation = {
        type: "decimal",
        operator: "between",
        allowBlank: true,
        formulae: [-FIGURE_BOUND, FIGURE_BOUND],
        showInputMessage: true,
        promptTitle: "填报",
        prompt: input.prompt,
        showErrorMessage: true,
        errorStyle: "stop",
        errorTitle: "请填写数字",
        error: "这里只能填写数字（不要带单位或文字），增幅类填百分数的数值，如8.5",
      };
    } else if (input.kind === "date") {
      cell.numFmt = "yyyy-mm-dd";
      cell.dataValidation = {
        type: "date",
        operator: "greaterThan",
        allowBlank: true,
        formulae: [new Date(Date.UTC(2000, 0, 1))],
        showInputMessage: true,
        promptTitle: "填报日期",
        prompt: input.prompt,
        showErrorMessage: true,
        errorStyle: "stop",
        errorTitle: "请填写日期",
        error: "请填写日期，如2016-09-10",
      };
    }
  }
  await sheet.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });

  const identity = workbook.addWorksheet(form.identitySheet, { state: "veryHidden" });
  form.identityRows.forEach((values, row) => {
    values.forEach((value, column) => {
      if (value !== null) {
        identity.getCell(row + 1, column + 1).value = value;
      }
    });
  });
  await identity.protect("", {});
  return workbook;
}
