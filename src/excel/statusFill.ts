import { Status } from "../engine/types";

/**
 * 状态底色: the fill a row of the source table gets when marked with its status — Excel's own
 * "Good / Neutral / Bad" colours, so the clerk reads them at a glance: 正常 green, 滞后 yellow,
 * 严重滞后 red, 未报送 grey.
 */
export const statusFill: Readonly<Record<Status, string>> = {
  on_pace: "#C6EFCE",
  lagging: "#FFEB9C",
  serious: "#FFC7CE",
  not_reported: "#E7E6E6",
};
