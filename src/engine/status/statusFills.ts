import { Status } from "../kernel/types";

/**
 * 状态底色: the one set of status colours, for the bulletin's rows and the marks on the source
 * table — Excel's own "Good / Neutral / Bad" fills, so the clerk reads them at a glance: 正常 green,
 * 滞后 yellow, 严重滞后 red, 未报送 grey (lighter than the headers' grey).
 */
export const STATUS_FILLS: Readonly<Record<Status, string>> = {
  on_pace: "#C6EFCE",
  lagging: "#FFEB9C",
  serious: "#FFC7CE",
  not_reported: "#E7E6E6",
};
