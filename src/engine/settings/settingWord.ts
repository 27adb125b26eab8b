import { CellValue } from "../kernel/grid";
import { toSimplified } from "../kernel/toSimplified";

/** 设置用词: a word of the 设置 sheet as compared — simplified, without spaces, lower case. */
export function settingWord(value: CellValue): string {
  return toSimplified(String(value ?? ""))
    .replace(/\s+/g, "")
    .toLowerCase();
}
