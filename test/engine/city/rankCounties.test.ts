import { formatDiagnostic, rankCounties, readCountyGroups } from "../../../src/engine";

const indicator = (name: string, paceGap: number | null, completion: number | null = null) => ({
  name,
  measure: "绝对量",
  paceGap,
  completion,
});

describe("rankCounties", () => {
  const counties = [
    { county: "甲县", group: "山区县", indicators: [indicator("财政收入", 0.02, 0.6)] },
    { county: "乙县", group: "山区县", indicators: [indicator("财政收入", -0.01, 0.5)] },
    { county: "丙区", group: null, indicators: [indicator("财政收入", 0.02, 0.7)] },
    {
      county: "丁县",
      group: "山区县",
      indicators: [indicator("财政 收入", -0.03, 0.4), indicator("招商引资", 0.1)],
    },
    { county: "戊县", group: "平原县", indicators: [indicator("財政收入", null)] },
  ];

  it("ranks per indicator by pace gap, competition ties, and within groups", () => {
    const { rows, diagnostics } = rankCounties(counties, { month: 7 });
    expect(
      rows.map((row) => [
        row.indicator,
        row.county,
        row.rank,
        row.count,
        row.group,
        row.groupRank,
        row.groupSize,
      ])
    ).toEqual([
      ["财政收入", "甲县", 1, 4, "山区县", 1, 3],
      ["财政收入", "丙区", 1, 4, null, null, null],
      ["财政收入", "乙县", 3, 4, "山区县", 2, 3],
      ["财政收入", "丁县", 4, 4, "山区县", 3, 3],
      ["招商引资", "丁县", 1, 1, "山区县", 1, 1],
    ]);
    expect(rows.every((row) => row.month === 7 && row.measure === "绝对量")).toBe(true);
    expect(diagnostics.map((found) => formatDiagnostic(found, "zh-CN"))).toEqual([
      "指标“财政收入”（绝对量）以下县区本月未报送，未参加排名：戊县",
      "指标“招商引资”（绝对量）在以下县区的工作簿中没有，未参加该指标排名：甲县、乙县、丙区、戊县",
    ]);
    expect(formatDiagnostic(diagnostics[1], "en-US")).toBe(
      'The indicator "招商引资" (绝对量) is missing from these counties\' workbooks; they are not ranked on it: 甲县、乙县、丙区、戊县'
    );
  });

  it("ranks by completion, dense ties on request", () => {
    const { rows } = rankCounties(
      [
        { county: "甲县", group: null, indicators: [indicator("财政收入", 0, 0.6)] },
        { county: "乙县", group: null, indicators: [indicator("财政收入", 0, 0.6)] },
        { county: "丙区", group: null, indicators: [indicator("财政收入", 0, 0.5)] },
      ],
      { month: 6, by: "completion", ties: "dense" }
    );
    expect(rows.map((row) => [row.county, row.rank])).toEqual([
      ["甲县", 1],
      ["乙县", 1],
      ["丙区", 2],
    ]);
  });
});

describe("readCountyGroups", () => {
  it("reads 县区 | 分组, the first group of a county winning", () => {
    const read = readCountyGroups({
      name: "分组",
      values: [
        ["县区分组"],
        ["县区", "分组"],
        ["甲县", "山区县"],
        ["乙县", ""],
        ["甲县", "平原县"],
        ["丙区", " 平原县 "],
      ],
      merges: [],
    });
    expect([...read.groups]).toEqual([
      ["甲县", "山区县"],
      ["丙区", "平原县"],
    ]);
    expect(read.diagnostics).toEqual([]);
  });

  it("says when there is no header", () => {
    const read = readCountyGroups({ name: "Sheet1", values: [["甲县", "山区县"]], merges: [] });
    expect(read.groups.size).toBe(0);
    expect(read.diagnostics.map((found) => formatDiagnostic(found, "zh-CN"))).toEqual([
      "Sheet1：前20行中找不到县区分组的表头（需要县区、分组等列）",
    ]);
  });
});
