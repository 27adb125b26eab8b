import { bulletinDocument } from "../../../src/engine/bulletin/bulletinDocument";
import { buildMonthlySummary } from "../../../src/engine/summary/buildMonthlySummary";
import { seedWorkbook } from "../fixtures/seedWorkbook";

describe("bulletinDocument of seed 000 at month 7", () => {
  const summary = buildMonthlySummary(seedWorkbook(), { month: 7, method: "checkpoint" });
  const document = bulletinDocument(summary)!;
  const bulletin = summary.sheets.find((sheet) => sheet.kind === "bulletin")!;
  const cell = (row: number, key: string): unknown =>
    bulletin.rows[row][bulletin.columns.findIndex((column) => column.key === key)];
  const lagging = summary.indicators
    .map((indicator, row) => ({ indicator, row }))
    .filter(({ indicator }) => indicator.status === "lagging" || indicator.status === "serious");

  it("has one sentence per lagging indicator, in the bulletin's order, each naming it", () => {
    expect(lagging.length).toBeGreaterThan(0);
    expect(document.sentences).toHaveLength(lagging.length);
    lagging.forEach(({ indicator }, index) => {
      expect(document.sentences[index].startsWith(indicator.name)).toBe(true);
    });
  });

  it("states each figure as the 进度通报 sheet's cell (two decimals at most)", () => {
    /** The figure after a clause's words, or null when the sentence has no such clause. */
    const after = (sentence: string, words: string): number | null => {
      const match = new RegExp(`${words}(\\d+(?:\\.\\d+)?)`).exec(sentence);
      return match === null ? null : Number(match[1]);
    };
    const same = (stated: number | null, value: unknown): void => {
      expect(typeof value).toBe("number");
      expect(Math.abs((stated ?? Number.NaN) - Math.abs(value as number))).toBeLessThanOrEqual(
        0.005
      );
    };
    let checked = 0;
    lagging.forEach(({ indicator, row }, index) => {
      const sentence = document.sentences[index];
      const completed =
        after(sentence, "累计完成") ?? after(sentence, "增速") ?? after(sentence, "为");
      same(completed, cell(row, "actual"));
      checked += 1;
      const owed = after(sentence, "按月进度要求欠账");
      if (owed !== null) {
        same(owed, cell(row, "newArrears"));
        checked += 1;
      }
      const total = after(sentence, "累计欠账已达");
      if (total !== null) {
        same(total, cell(row, "arrears"));
        checked += 1;
      }
      const gap = after(sentence, "与目标增速相差");
      if (gap !== null) {
        same(gap, cell(row, "paceGap"));
        expect(indicator.measure).toMatch(/增/);
        checked += 1;
      }
    });
    expect(checked).toBeGreaterThan(lagging.length);
  });

  it("sums up the month: time pace, indicators by status, notices by kind", () => {
    const count = (status: string): number =>
      summary.indicators.filter((indicator) => indicator.status === status).length;
    const kinds = (kind: string): number =>
      summary.notices.filter((notice) => notice.kind === kind).length;
    expect(document.summary).toBe(
      `截至2016年7月底，时序进度58.3%。${summary.indicators.length}项市考指标中，正常${count("on_pace")}项，` +
        `滞后${count("lagging")}项，严重滞后${count("serious")}项，未报送${count("not_reported")}项。` +
        `对有滞后指标的${summary.notices.length}个牵头单位，发督办单${kinds("supervision")}份、预警提示单${kinds("notice")}份。`
    );
    expect([document.title, document.issuedLine]).toEqual([
      bulletin.title,
      "县考核办\u30002016年8月15日",
    ]);
  });

  it("carries the ranking and the bulletin table without the 来源 column, as the sheet shows them", () => {
    expect(document.ranking.rows).toHaveLength(summary.ranking.length);
    expect(document.table.headers).toEqual(
      bulletin.columns.filter((column) => column.key !== "source").map((column) => column.header)
    );
    expect(document.table.rows[0].slice(0, 2)).toEqual(["1", summary.indicators[0].name]);
    expect(document.interviews).toEqual(
      summary.interviews.length === 0
        ? null
        : expect.objectContaining({ headers: expect.any(Array) })
    );
  });

  it("takes month-over-month changes when the data has them", () => {
    const first = lagging[0];
    const changes = summary.indicators.map((_, row) =>
      row === first.row ? { previousMonth: 6, amount: -3.5 } : null
    );
    const withChanges = bulletinDocument(summary, { changes })!;
    expect(withChanges.sentences[0]).toContain("较6月减少3.5");
    expect(withChanges.sentences.slice(1)).toEqual(document.sentences.slice(1));
  });

  it("states 较上月, 增减% and 绝对量欠账 as the 进度通报 sheet's cells", () => {
    const column = (key: string): number => bulletin.columns.findIndex((c) => c.key === key);
    const first = lagging[0];
    const growth = lagging.find(({ indicator }) => /增/.test(indicator.measure)) ?? first;
    // The sheet as the clerk sees it: a change in the first lagging row, a shortfall in a growth row.
    const rows = bulletin.rows.map((row, index) =>
      row.map((value, at) =>
        index === first.row && at === column("monthOverMonth")
          ? -16.23
          : index === first.row && at === column("monthOverMonthRatio")
            ? -0.5
            : index === growth.row && at === column("growthShortfall")
              ? 28.5
              : value
      )
    );
    const sheets = summary.sheets.map((sheet) => (sheet === bulletin ? { ...sheet, rows } : sheet));
    const stated = bulletinDocument({ ...summary, sheets })!;
    const sentence = (row: number): string =>
      stated.sentences[lagging.findIndex((item) => item.row === row)];
    expect(sentence(first.row)).toContain(
      `较6月减少16.23${first.indicator.measureUnit}，降幅达50%`
    );
    expect(sentence(growth.row)).toContain(
      `绝对量欠账约28.5${growth.indicator.growthShortfallUnit}`
    );
    // Without those cells, no such clause; the sentence builder's own inputs still win.
    lagging.forEach(({ row }, index) => {
      const cell = (key: string): unknown => bulletin.rows[row][column(key)];
      if (typeof cell("monthOverMonth") !== "number") {
        expect(document.sentences[index]).not.toMatch(/较6月/);
      }
      if (typeof cell("growthShortfall") !== "number") {
        expect(document.sentences[index]).not.toContain("绝对量欠账约");
      }
    });
    const none = summary.indicators.map(() => null);
    expect(
      bulletinDocument({ ...summary, sheets }, { changes: none, growthShortfalls: none })!.sentences
    ).toEqual(
      bulletinDocument({ ...summary }, { changes: none, growthShortfalls: none })!.sentences
    );
  });

  it("lists the summary's 约谈 units, whatever the sheets are called", () => {
    const interviews = [
      {
        basis: "county" as const,
        unit: "县统计局",
        indicator: "",
        measure: "",
        leader: "王副县长",
        person: "李四",
        periods: [],
        reason: "连续2期本县排名后3位，提请约谈",
      },
    ];
    const listed = bulletinDocument({ ...summary, interviews })!;
    expect(listed.interviews?.rows).toEqual([
      ["1", "县统计局", "", "王副县长", "李四", "连续2期本县排名后3位，提请约谈"],
    ]);
    const renamed = summary.sheets.map((sheet) => ({ ...sheet, name: `${sheet.name}约谈` }));
    expect(
      bulletinDocument({ ...summary, interviews: [], sheets: renamed })!.interviews
    ).toBeNull();
  });

  it("is null without a bulletin sheet", () => {
    expect(bulletinDocument({ ...summary, sheets: [] })).toBeNull();
  });
});
