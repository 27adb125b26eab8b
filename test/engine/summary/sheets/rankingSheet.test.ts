import { buildMonthlySummary } from "../../../../src/engine/summary/buildMonthlySummary";
import { rankingSheet } from "../../../../src/engine/summary/sheets/rankingSheet";
import { RankingItem } from "../../../../src/engine/summary/summaryTypes";
import { Dec } from "../../../../src/engine/kernel/decimal";
import { seedWorkbook, sheetOf } from "../../fixtures/seedWorkbook";
import { emptySheetsInput as empty } from "../../fixtures/sheetsInput";

const item = (unit: string, rank: number | null, bottom: boolean): RankingItem => ({
  unit,
  rank,
  averagePaceGap: null,
  averageCompletion: null,
  score: null,
  indicators: 1,
  serious: 0,
  lagging: 0,
  bottom,
  previousRank: null,
  change: null,
});

describe("rankingSheet", () => {
  it("words the ties in the subtitle (dense 1,1,2)", () => {
    expect(rankingSheet(empty).subtitle).toContain("并列不占名次（1,1,2）");
  });

  it.each([
    ["competition", "none", "并列占名次（1,1,3）", "无上月名次"],
    ["dense", "settings", "并列不占名次（1,1,2）", "上月名次按给定的上月排名"],
    ["competition", "computed", "并列占名次（1,1,3）", "上月名次按6月数据同法计算"],
  ] as const)("ties %s, last month %s: %s; %s", (ties, previousRanking, tiesText, previous) => {
    const sheet = rankingSheet({ ...empty, month: 7, ties, previousRanking });
    expect(sheet.subtitle).toContain(`${tiesText}；${previous}；后三位以红字标出`);
  });

  it.each([
    // average gap (fraction, exact), shown in points
    ["-0.025", new Dec("-0.025"), -2.5],
    ["-700 / 13600", new Dec(-700).div(13600), -175 / 34],
    ["7 / 75", new Dec(7).div(75), 28 / 3],
    ["0.1 + 0.2", new Dec("0.1").plus("0.2"), 30],
    ["none", null, null],
  ])("average gap %s shows %p points", (_text, gap, points) => {
    const sheet = rankingSheet({
      ...empty,
      ranking: [item("甲局", 1, false)],
      rankingGaps: [gap],
    });
    expect(sheet.rows[0][2]).toBe(points);
  });

  it("paints a bottom unit's whole row red, 后三位 in bold", () => {
    const sheet = rankingSheet({
      ...empty,
      ranking: [item("甲局", 1, false), item("乙局", 2, true)],
      rankingGaps: [null, null],
    });
    expect(sheet.rows.map((row) => row[8])).toEqual(["", "后三位"]);
    expect(sheet.cellStyles).toHaveLength(9);
    expect(
      sheet.cellStyles.every((style) => style.row === 1 && style.fontColor === "#FF0000")
    ).toBe(true);
    expect(
      sheet.cellStyles.filter((style) => style.bold === true).map((style) => style.column)
    ).toEqual([8]);
    expect(sheet.rowFills).toEqual([null, null]);
  });
});

describe("rankingSheet of seed 000 at month 7 (checkpoint method)", () => {
  const summary = buildMonthlySummary(seedWorkbook(), { month: 7, method: "checkpoint" });

  it("ranking sheet: columns, and the bottom three in red", () => {
    const ranking = sheetOf(summary, "ranking");
    expect(ranking.columns.map((column) => column.header)).toEqual([
      "名次",
      "单位",
      "平均进度差（百分点）",
      "平均完成率",
      "牵头指标数",
      "严重滞后数",
      "上月名次",
      "进退位",
      "后三位",
    ]);
    expect(ranking.rows[5]).toEqual([6, "县财政局", -175 / 34, 7000 / 13600, 1, 1, 7, 1, "后三位"]);
    const redRows = [
      ...new Set(
        ranking.cellStyles
          .filter((style) => style.fontColor === "#FF0000")
          .map((style) => style.row)
      ),
    ];
    expect(redRows).toEqual([4, 5, 6]);
  });
});
