import fc from "fast-check";
import { SheetColumn } from "../../../src/engine/workbook/sheetSpec";
import { subtitleRowHeight } from "../../../src/engine/workbook/subtitleRowHeight";

const columnsOf = (...widths: number[]): SheetColumn[] =>
  widths.map((width, index) => ({ key: `c${index}`, header: "", width, numberFormat: "@" }));

/** Seed 000's July summary: the subtitles and the widths of the ranking and adjustments sheets. */
const rankingSubtitle =
  "按各单位牵头的已报送绝对量指标平均进度差排名（百分点，高者在前）；平均进度差相同时严重滞后指标少者在前，并列占名次（1,1,3）；上月名次按6月数据同法计算；后三位以红字标出";
const adjustmentsSubtitle =
  "规则：默认规则（盘山县2018年考评方案）；各规则列为该规则封顶后的得分（市考部分已按2倍计入）；县考加分合计不超过3分，减分不封顶；市考加分达3分直接评为优秀，市考减分达1分不得评为良好以上";

describe("subtitleRowHeight", () => {
  it.each([
    ["a short subtitle", "数据截至2016年7月底", columnsOf(24, 12, 12), 35],
    ["a blank subtitle", "", columnsOf(10), 35],
    ["no columns", "按综合得分排序", [], 35],
    [
      "the ranking sheet (168 units over 79)",
      rankingSubtitle,
      columnsOf(14, 8, 8, 8, 8, 8, 8, 8, 9),
      51,
    ],
    [
      "the adjustments sheet (184 units over 74)",
      adjustmentsSubtitle,
      columnsOf(14, 10, 10, 10, 10, 10, 10),
      51,
    ],
    ["the adjustments sheet on narrow columns", adjustmentsSubtitle, columnsOf(14, 10, 10), 99],
    ["a subtitle too long for any row", "字".repeat(5000), columnsOf(10), 409],
  ])("%s", (_case, subtitle, columns, height) => {
    expect(subtitleRowHeight({ subtitle, columns })).toBe(height);
  });

  it("is at least two lines, at most Excel's 409 points, and grows with the text", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.string({ maxLength: 50 }),
        fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 12 }),
        (text, more, widths) => {
          const columns = columnsOf(...widths);
          const height = subtitleRowHeight({ subtitle: text, columns });
          expect(height).toBeGreaterThanOrEqual(30);
          expect(height).toBeLessThanOrEqual(409);
          expect(subtitleRowHeight({ subtitle: text + more, columns })).toBeGreaterThanOrEqual(
            height
          );
        }
      )
    );
  });
});
