/** A block of cells as A1 text: "B2", "B2:D5", whole columns "B:B", whole rows "3:5" ($ allowed). */
const BLOCK =
  /^(?:\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|\$?[A-Z]{1,3}:\$?[A-Z]{1,3}|\$?\d+:\$?\d+)$/i;

/**
 * 拆分区域地址: "Sheet1!B2" or "'7月 数据'!B2:B4" (a quoted name's '' is one ') → the sheet and the
 * block, as `worksheets.getItem(sheet).getRange(range)` takes them; null when the text is not one
 * block of a sheet of this workbook: no sheet, another workbook ("[1]Sheet1!A1", whose name holds
 * brackets no sheet name may have), a defined name, several areas.
 */
export function splitSheetAddress(
  address: string
): { readonly sheet: string; readonly range: string } | null {
  const text = address.trim();
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(text);
  const plain = quoted === null ? /^([^'!\s]+)!(.+)$/.exec(text) : null;
  const match = quoted ?? plain;
  if (match === null) {
    return null;
  }
  const sheet = quoted !== null ? match[1].replace(/''/g, "'") : match[1];
  if (/[[\]]/.test(sheet) || !BLOCK.test(match[2])) {
    return null;
  }
  return { sheet, range: match[2].replace(/\$/g, "").toUpperCase() };
}
