import { toSimplified } from "../kernel/toSimplified";

/**
 * 单位名称比对: the key a unit's name is compared by across sheets (年度评分, 分解表, 加减分登记,
 * 报送登记): simplified characters, without spaces — 縣財政局 and "县财政局 " are one unit.
 */
export function unitKey(unit: string): string {
  return toSimplified(String(unit)).replace(/\s+/g, "");
}
