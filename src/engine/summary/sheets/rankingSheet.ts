import { CellValue } from "../../kernel/grid";
import { CellStyle, SheetSpec } from "../../workbook/sheetSpec";
import { SummarySheetsInput } from "../summarySheetsInput";
import { inPoints } from "./inPoints";
import { numberFormats } from "./numberFormats";
import { sheetColors } from "./sheetColors";
import { sheetColumn } from "./sheetColumn";
import { summarySheet } from "./summarySheet";
import { titlePrefix } from "./titlePrefix";

const { text, points, whole, change, percent } = numberFormats;

/** How the subtitle words the ranking measure. */
const MEASURE_TEXT = {
  paceGap: "平均进度差排名（百分点，高者在前）；平均进度差相同时",
  completion: "平均完成率排名（高者在前）；平均完成率相同时",
  composite: "综合得分排名（综合得分 =（平均完成率 + 平均进度差）÷ 2，高者在前）；综合得分相同时",
} as const;

/** 后三位, 后5位: the low ranks' word. */
function bottomWord(count: number): string {
  return count === 3 ? "后三位" : `后${count}位`;
}

/**
 * 责任单位进度排名: the lead units by rank (on the chosen measure) — average pace gap (percentage
 * points, exact), average completion, the composite score when ranked on it, indicators
 * counted, seriously lagging ones, last month's rank and the change (↑2 / ↓1 / -), 后三位 — the
 * bottom three in red, 后三位 in bold. The subtitle words the ties and where last month's ranks came
 * from.
 */
export function rankingSheet(input: SummarySheetsInput): SheetSpec {
  const columns = [
    sheetColumn("rank", "名次", 6, whole),
    sheetColumn("unit", "单位", 16, text),
    sheetColumn("averagePaceGap", "平均进度差（百分点）", 12, points),
    sheetColumn("averageCompletion", "平均完成率", 10, percent),
    ...(input.rankingMeasure === "composite"
      ? [sheetColumn("score", "综合得分（%）", 10, percent)]
      : []),
    sheetColumn("indicators", "牵头指标数", 10, whole),
    sheetColumn("serious", "严重滞后数", 10, whole),
    sheetColumn("previousRank", "上月名次", 9, whole),
    sheetColumn("change", "进退位", 8, change),
    sheetColumn("bottom", bottomWord(input.bottomCount), 8, text),
  ];
  const bottomColumn = columns.length - 1;
  const rows = input.ranking.map((item, position): CellValue[] => [
    item.rank,
    item.unit,
    inPoints(input.rankingGaps[position] ?? null),
    item.averageCompletion,
    ...(input.rankingMeasure === "composite" ? [item.score] : []),
    item.indicators,
    item.serious,
    item.previousRank,
    item.change,
    item.bottom ? bottomWord(input.bottomCount) : "",
  ]);
  const cellStyles: CellStyle[] = [];
  input.ranking.forEach((item, row) => {
    if (item.bottom) {
      columns.forEach((_, column) =>
        cellStyles.push({
          row,
          column,
          fontColor: sheetColors.red,
          ...(column === bottomColumn ? { bold: true } : {}),
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
    `按各单位牵头的已报送绝对量指标${MEASURE_TEXT[input.rankingMeasure]}严重滞后指标少者在前，` +
    `${ties}；${previous}；${bottomWord(input.bottomCount)}以红字标出`;
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
