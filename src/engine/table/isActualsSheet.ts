import { GridSheet } from "../kernel/grid";
import { toSimplified } from "../kernel/toSimplified";

/** Names of a separate actuals sheet (simplified, without spaces). */
const ACTUALS_SHEETS: ReadonlySet<string> = new Set([
  "月度完成",
  "月度完成情况",
  "完成情况",
  "月度完成表",
  "月度完成情况表",
]);

/**
 * 完成数工作表: whether a sheet is the table's separate actuals sheet by its name — 月度完成 /
 * 月度完成情况 / 完成情况 / 月度完成表 / 月度完成情况表, in simplified or traditional characters,
 * spaces and case aside. `readTable` joins the first such sheet that is not the table's own.
 */
export function isActualsSheet(sheet: GridSheet): boolean {
  const key = toSimplified(String(sheet.name ?? ""))
    .replace(/\s+/g, "")
    .toLowerCase();
  return ACTUALS_SHEETS.has(key);
}
