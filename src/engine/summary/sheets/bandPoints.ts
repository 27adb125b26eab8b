import { dec } from "../../kernel/decimal";

/** 预警区间: the warning band as percentage points for the subtitles (0.05 → "5"). */
export function bandPoints(band: number): string {
  return dec(band).times(100).toString();
}
