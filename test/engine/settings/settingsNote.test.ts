import { settingsNote } from "../../../src/engine/settings/settingsNote";

describe("settingsNote", () => {
  it.each([
    [{}, ""],
    [{ periods: 12, band: 0.05, ties: "competition", bonusCap: 3, groupName: null }, ""],
    [{ band: 0.03 }, "设置：预警幅度3个百分点"],
    [{ band: 0.03, periods: 4 }, "设置：期数4；预警幅度3个百分点"],
    [{ method: "linear", ties: "dense" }, "设置：进度算法均衡进度；并列名次1,1,2"],
    [{ bonusCap: null, cityMultiplier: 1 }, "设置：加分不设上限；市考加减分1倍"],
    [{ dueDay: 10, latePoints: 1 }, "设置：报送截止日次月10日；迟报扣分1分"],
    [{ bottomCount: 2, rankingMeasure: "composite" }, "设置：后2位为排名靠后；排名依据综合得分"],
    [{ interviewRuns: 3, groupName: "山区县" }, "设置：连续3期靠后列入约谈；所在分组山区县"],
  ])("states %j as %j", (settings, note) => {
    expect(settingsNote(settings)).toBe(note);
  });
});
