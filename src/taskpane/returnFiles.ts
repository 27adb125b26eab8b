import ExcelJS from "exceljs";
import { GridSheet, ReturnFormSheet } from "../engine";
import { gridOf } from "../xlsx/gridOf";
import { returnFormWorkbook } from "../xlsx/returnFormWorkbook";

/**
 * 报送表文件 (in the browser): the .xlsx side of the pane's return forms, on exceljs. The pane loads
 * this module only when the clerk makes or collects forms (a chunk of its own: exceljs is large),
 * so opening the pane costs nothing more.
 */

/**
 * 读取报送表文件: every worksheet of an .xlsx (the very hidden identity sheet too) as grids, as the
 * readers read cells (`gridOf`).
 *
 * @throws Error exceljs's, when the bytes are not an .xlsx workbook (the pane reports the file as
 *   unreadable and collects the others).
 */
export async function readReturnGrids(bytes: Uint8Array): Promise<GridSheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.map(gridOf);
}

/** 报送表字节: a unit's return form as .xlsx bytes, laid out as `returnFormWorkbook` makes it. */
export async function formBytes(form: ReturnFormSheet): Promise<Uint8Array> {
  const workbook = await returnFormWorkbook(form);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
