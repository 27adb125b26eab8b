/** Sheet names that Excel accepts in a reference without quotes. */
const PLAIN_SHEET_NAME = /^[\p{L}_][\p{L}\p{N}_.]*$/u;

/**
 * 单元格引用: "分解表!F12" — a sheet name and an A1 address as Excel writes them, the name quoted
 * ('6月 通报'!A1) only when Excel needs it. With an empty address, just the (quoted) sheet name.
 */
export function sheetReference(sheet: string, cell: string): string {
  const name = PLAIN_SHEET_NAME.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return cell === "" ? name : `${name}!${cell}`;
}
