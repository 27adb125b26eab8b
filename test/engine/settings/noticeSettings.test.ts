import { CellValue } from "../../../src/engine/kernel/grid";
import { buildMonthlySummary } from "../../../src/engine/summary/buildMonthlySummary";
import { monthlySettingsOf } from "../../../src/engine/settings/monthlySettingsOf";
import { planSettingsSheet } from "../../../src/engine/workbook/planSettingsSheet";
import { seedWorkbook } from "../fixtures/seedWorkbook";
import { sheet } from "../fixtures/sheet";

/** A 设置 sheet: title, header, then the rows given. */
const settingsSheet = (rows: CellValue[][]) =>
  sheet("设置", [["考核设置"], ["设置项", "取值", "说明"], ...rows]);

describe("the notices' settings on the 设置 sheet", () => {
  const rows: CellValue[][] = [
    ["文号前缀", "镇考办〔2016〕"],
    ["起始编号", 12],
    ["发文单位", "镇巴县考核办"],
    ["发文日期", "2016年8月12日"],
    ["回复期限（天）", 5],
  ];

  it("reads the rows the sheet states into `notices`, blanks left to the notices' defaults", () => {
    const read = monthlySettingsOf([settingsSheet([...rows, ["回复日期", ""]])]);
    expect(read.diagnostics).toEqual([]);
    expect(read.settings.notices).toEqual({
      numberPrefix: "镇考办〔2016〕",
      firstNumber: 12,
      issuer: "镇巴县考核办",
      issuedOn: "2016-08-12",
      replyDays: 5,
    });
    expect(monthlySettingsOf([settingsSheet([["期数", 12]])]).settings.notices).toBeUndefined();
  });

  it("says which cell is wrong and keeps the default", () => {
    const read = monthlySettingsOf([settingsSheet([["回复期限（天）", "一周"]])]);
    expect(read.settings.notices).toBeUndefined();
    expect(read.diagnostics.map((item) => [item.code, item.cell])).toEqual([
      ["invalid_setting", "B3"],
    ]);
  });

  it("numbers, signs and dates the month's notices as the sheet says; the caller's settings win", () => {
    const summary = buildMonthlySummary([...seedWorkbook(), settingsSheet(rows)], {
      month: 7,
      method: "checkpoint",
      notices: { issuer: "县考核办公室" },
    });
    expect(summary.notices.length).toBeGreaterThan(0);
    const [first] = summary.notices;
    expect(first.documentNumber.startsWith("镇考办〔2016〕")).toBe(true);
    expect(first.number).toBe(12);
    expect([first.issuer, first.issuedOn, first.replyBy]).toEqual([
      "县考核办公室",
      "2016-08-12",
      "2016-08-17",
    ]);
  });

  it("lists the rows, blank, in a new 设置 sheet", () => {
    const plan = planSettingsSheet([], {}, [], true)!;
    const labels = plan.writes.map((write) => write.values[0]);
    expect(labels).toEqual(
      expect.arrayContaining([
        "文号前缀",
        "起始编号",
        "发文单位",
        "发文日期",
        "回复期限（天）",
        "回复日期",
      ])
    );
  });
});
