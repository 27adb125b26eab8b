/**
 * 工作表名比较键 (sheet-name key): the form under which Excel tells sheet names apart. Excel
 * compares sheet names without case — "JUL进度通报" and "Jul进度通报" name one sheet, and a workbook
 * cannot hold both — so every adapter (Office.js, the .xlsx file, the browser preview) keys sheet
 * names by this, never by the name as written.
 */
export function sheetNameKey(name: string): string {
  return name.toLowerCase();
}
