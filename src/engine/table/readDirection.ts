import { cellText } from "../kernel/cellText";
import { AssessError } from "../kernel/errors";
import { toSimplified } from "../kernel/toSimplified";
import { Direction } from "../kernel/types";
import { RecordDraft } from "./blockDraft";
import { inferDirection } from "./inferDirection";
import { parseDirection } from "./parseDirection";
import { readCell } from "./readCell";
import { TableContext } from "./tableContext";
import { TableSink } from "./tableSink";

const DIRECTION_LABELS: Readonly<Record<Direction, { readonly zh: string; readonly en: string }>> =
  {
    higher: { zh: "正向（越高越好）", en: "higher is better" },
    lower: { zh: "逆向（越低越好）", en: "lower is better" },
  };

/**
 * 方向读取: reads a row's direction cell (正向 / 逆向, see `parseDirection`) into its record, until
 * one is read. A word that is neither is reported once per merged cell (`unknown_direction`,
 * naming the direction inferred so far, see `inferDirection`) and the next row is tried.
 */
export function readDirection(
  context: TableContext,
  sink: TableSink,
  record: RecordDraft,
  row: number
): void {
  const column = context.column.direction;
  if (column === undefined || record.direction !== undefined) {
    return;
  }
  const text = cellText(readCell(context.index, row, column));
  if (text === "") {
    return;
  }
  try {
    record.direction = parseDirection(toSimplified(text));
  } catch (error) {
    if (!(error instanceof AssessError)) {
      throw error;
    }
    const fallback = inferDirection(record);
    sink.reportOnce(row, column, "unknown_direction", "warning", "tableUnknownDirection", {
      text,
      direction: DIRECTION_LABELS[fallback].zh,
      directionEn: DIRECTION_LABELS[fallback].en,
    });
  }
}
