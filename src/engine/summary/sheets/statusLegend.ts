import { STATUS_FILLS } from "../../status/statusFills";
import { statusLabel } from "../../status/statusLabel";
import { Status } from "../../kernel/types";
import { LegendItem } from "../../workbook/sheetSpec";

/** The statuses in the order the legend shows them. */
const order: readonly Status[] = [
  "on_pace",
  "lagging",
  "serious",
  "not_reported",
  "actual_unreadable",
  "target_missing",
];

/**
 * 图例: the colours of the marked tables (进度通报 and the marks on the source table) — one swatch
 * per status that occurs among `statuses`, in the order 正常, 滞后, 严重滞后, 未报送, then the two
 * that ask for a fix.
 */
export function statusLegend(statuses: readonly Status[]): LegendItem[] {
  return order
    .filter((status) => statuses.includes(status))
    .map((status) => ({ fill: STATUS_FILLS[status], label: statusLabel(status) }));
}
