import { Status } from "../kernel/types";

/**
 * 状态底色: the one set of status colours, for the bulletin's rows and the marks on the source
 * table — Excel's own "Good / Neutral / Bad" fills, so the clerk reads them at a glance: 正常 green,
 * 滞后 yellow, 严重滞后 red, 未报送 grey (lighter than the headers' grey); the two statuses that ask
 * the clerk to fix a figure stand apart from them: 实际值无法识别 orange (Excel's "Calculation"
 * fill), 目标缺失或为零 blue (Excel's "Input" accent).
 */
export const STATUS_FILLS: Readonly<Record<Status, string>> = {
  on_pace: "#C6EFCE",
  lagging: "#FFEB9C",
  serious: "#FFC7CE",
  not_reported: "#E7E6E6",
  actual_unreadable: "#F8CBAD",
  target_missing: "#DDEBF7",
};
