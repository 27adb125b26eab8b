import { MessageKey } from "../kernel/messages";
import { EventCells } from "./readEvents";

/**
 * 问题单元格: the cell of a registered event that a problem of `unitAdjustments` is about — the
 * 次数, 分值 or 数量 cell the message names, else the 规则编号 cell ("" without the event's cells).
 */
export function eventProblemCell(
  key: MessageKey,
  params: Readonly<Record<string, string | number>>,
  cells: EventCells | undefined
): string {
  if (cells === undefined) {
    return "";
  }
  const name = String(params.name ?? "");
  const wanted =
    key === "negativeCount" || name === "次数"
      ? cells.count
      : key === "valueOutsideRange" || key === "rangeValueMissing" || name === "分值"
        ? cells.value
        : key === "quantityMissing" || key === "negativeQuantity" || name === "数量"
          ? cells.quantity
          : cells.rule;
  return wanted === "" ? cells.rule : wanted;
}
