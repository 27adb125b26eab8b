import { SheetKind } from "../../workbook/sheetSpec";
import { SummarySheetsInput } from "../summarySheetsInput";

/**
 * 空表说明: the sentence a summary sheet prints when it has no row, so the reader knows why —
 * "本月无加减分登记" and the like; null for a sheet that always has rows (进度通报).
 */
export function emptySheetText(kind: SheetKind, input: SummarySheetsInput): string | null {
  switch (kind) {
    case "ranking":
      return "本月无可排名的单位（没有已报送的绝对量指标）";
    case "adjustments":
      return "本月无加减分登记";
    case "warnings":
    case "notices":
      return "本月无滞后且欠账的指标，不发预警提示单和督办单";
    case "late":
      return input.reportLog === "read" ? "本月各单位均按时报送" : "本月未统计迟报（见副标题）";
    default:
      return null;
  }
}
