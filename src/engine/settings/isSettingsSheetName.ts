import { toSimplified } from "../kernel/toSimplified";

/** Sheet names read as the settings sheet, simplified and without spaces. */
const SETTINGS_SHEET = /^(?:设置|参数设置|考核设置|设置参数)$/;

/** 设置表名: whether a sheet is read as the 设置 sheet (设置, 設置, 参数设置, 考核设置, 设置参数). */
export function isSettingsSheetName(name: unknown): boolean {
  return typeof name === "string" && SETTINGS_SHEET.test(toSimplified(name).replace(/\s+/g, ""));
}
