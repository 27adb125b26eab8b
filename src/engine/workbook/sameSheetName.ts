import { sheetNameKey } from "./sheetNameKey";

/**
 * 同名工作表: whether two sheet names name the same sheet, as Excel compares them — without case
 * ("Jul进度通报" and "JUL进度通报" do; see {@link sheetNameKey}).
 */
export function sameSheetName(first: string, second: string): boolean {
  return sheetNameKey(first) === sheetNameKey(second);
}
