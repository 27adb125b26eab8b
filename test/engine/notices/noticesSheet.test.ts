import { buildMonthlySummary } from "../../../src/engine/summary/buildMonthlySummary";
import { noticesSheet } from "../../../src/engine/notices/noticesSheet";
import { seedWorkbook } from "../fixtures/seedWorkbook";

describe("noticesSheet of seed 000 at month 7", () => {
  const summary = buildMonthlySummary(seedWorkbook(), { month: 7, method: "checkpoint" });
  const sheet = summary.sheets.find((spec) => spec.kind === "notices")!;
  const titleRows = (sheet.textRows ?? []).filter((line) => line.fontSize === 20);

  it("holds one notice per lead unit with warnings, a page break before each but the first", () => {
    const units = new Set(summary.warnings.map((warning) => warning.leadUnit));
    expect(summary.notices).toHaveLength(units.size);
    expect(titleRows.map((line) => sheet.rows[line.row][0])).toEqual(
      summary.notices.map((notice) => notice.title)
    );
    expect(sheet.pageBreaksBefore).toEqual(titleRows.slice(1).map((line) => line.row));
  });

  it("prints from the first notice on, without repeated title rows, at full size", () => {
    expect(sheet.print).toMatchObject({
      titleRows: null,
      printedFromRow: 4,
      printedColumns: 9,
      scalePercent: 100,
      fitToPagesWide: 1,
    });
  });

  it("writes each notice's number, addressee, table of figures, people, signature, office and date", () => {
    const notice = summary.notices[0];
    const start = titleRows[0].row;
    const end = titleRows[1]?.row ?? sheet.rows.length;
    const block = sheet.rows.slice(start, end);
    const texts = block.map((row) => row[0]);
    expect(texts.slice(0, 3)).toEqual([
      notice.title,
      notice.documentNumber,
      `${notice.leadUnit}：`,
    ]);
    expect(texts[3]).toBe(`\u3000\u3000${notice.body}`);
    expect(block[4]).toEqual(sheet.columns.map((column) => column.header));
    const lines = block.slice(5, 5 + notice.lines.length);
    expect(lines).toEqual(
      notice.lines.map((line, index) => [
        index + 1,
        line.indicator,
        line.measureUnit,
        line.target,
        line.paceTarget,
        line.actual,
        line.paceGapPoints,
        line.arrears,
        line.remainingMonthly,
      ])
    );
    expect(texts.slice(5 + notice.lines.length)).toEqual([
      `配合单位：${notice.cooperatingUnits.join("、") || "—"}`,
      `包抓领导：${notice.leaders.join("、")}\u3000\u3000责任人：${notice.persons.join("、")}`,
      "签收人：＿＿＿＿＿＿＿＿\u3000\u3000签收日期：＿＿＿＿＿＿＿＿",
      "县考核办（盖章）",
      "2016年8月15日",
    ]);
    for (const row of sheet.rows) {
      expect(row).toHaveLength(sheet.columns.length);
    }
  });

  it("gives the wrapped body a row tall enough for its lines", () => {
    const body = (sheet.textRows ?? []).find(
      (line) => String(sheet.rows[line.row][0]).length > 60
    )!;
    expect(sheet.rowHeights?.[body.row]).toBeGreaterThanOrEqual(2 * 16);
  });
});

describe("noticesSheet without notices", () => {
  it("is an empty sheet printed from row 1", () => {
    const sheet = noticesSheet({
      month: 7,
      periods: 12,
      county: "镇巴县",
      year: 2016,
      notices: [],
    });
    expect([
      sheet.rows,
      sheet.pageBreaksBefore,
      sheet.print.printedFromRow,
      sheet.print.titleRows,
    ]).toEqual([[], [], 1, [3, 3]]);
    expect(sheet.subtitle).toMatch(/^共0份：督办单0份、预警提示单0份/);
  });
});
