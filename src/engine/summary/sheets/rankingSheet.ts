import { CellValue } from "../../kernel/grid";
import { CellStyle, SheetSpec } from "../../workbook/sheetSpec";
import { SummarySheetsInput } from "../summarySheetsInput";
import { inPoints } from "./inPoints";
import { numberFormats } from "./numberFormats";
import { sheetColors } from "./sheetColors";
import { sheetColumn } from "./sheetColumn";
import { summarySheet } from "./summarySheet";
import { titlePrefix } from "./titlePrefix";

const { text, points, whole, change } = numberFormats;

/**
 * 责任单位进度排名: the lead units by rank — average pace gap (percentage points, exact), indicators
 * counted, seriously lagging ones, last month's rank and the change (↑2 / ↓1 / -), 后三位 — the
 * bottom three in red, 后三位 in bold. The subtitle words the ties and where last month's ranks came
 * from.
 */
export function rankingSheet(input: SummarySheetsInput): SheetSpec {
  const columns = [
    sheetColumn("rank", "名次", 6, whole),
    sheetColumn("unit", "单位", 16, text),
    sheetColumn("averagePaceGap", "平均进度差（百分点）", 12, points),
    sheetColumn("indicators", "牵头指标数", 10, whole),
    sheetColumn("serious", "严重滞后数", 10, whole),
    sheetColumn("previousRank", "上月名次", 9, whole),
    sheetColumn("change", "进退位", 8, change),
    sheetColumn("bottom", "后三位", 8, text),
  ];
  const rows = input.ranking.map((item, position): CellValue[] => [
    item.rank,
    item.unit,
    inPoints(input.rankingGaps[position] ?? null),
    item.indicators,
    item.serious,
    item.previousRank,
    item.change,
    item.bottom ? "后三位" : "",
  ]);
  const cellStyles: CellStyle[] = [];
  input.ranking.forEach((item, row) => {
    if (item.bottom) {
      columns.forEach((_, column) =>
        cellStyles.push({
          row,
          column,
          fontColor: sheetColors.red,
          ...(column === 7 ? { bold: true } : {}),
        })
      );
    }
  });
  const ties = input.ties === "dense" ? "并列不占名次（1,1,2）" : "并列占名次（1,1,3）";
  const previous =
    input.previousRanking === "settings"
      ? "上月名次按给定的上月排名"
      : input.previousRanking === "computed"
        ? `上月名次按${input.month - 1}月数据同法计算`
        : "无上月名次";
  const subtitle =
    `按各单位牵头的已报送绝对量指标平均进度差排名（百分点，高者在前）；平均进度差相同时严重滞后指标少者在前，` +
    `${ties}；${previous}；后三位以红字标出`;
  return summarySheet({
    kind: "ranking",
    name: `${input.month}月排名`,
    title: `${titlePrefix(input)}责任单位进度排名`,
    subtitle,
    columns,
    rows,
    rowFills: input.ranking.map(() => null),
    cellStyles,
  });
}
