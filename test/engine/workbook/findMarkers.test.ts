import { findMarkers } from "../../../src/engine/workbook/findMarkers";

describe("findMarkers", () => {
  it("finds the run markers among the defined names, each with the sheet it points to", () => {
    expect(
      findMarkers(
        [
          { name: "年度目标", formula: "=分解表!$C$2" },
          {
            name: "assess.run.2016_07.bulletin",
            formula: "='7月进度通报'!$A$1",
            comment: "2016-07",
          },
          { name: "assess.run.2016_07.ranking.1", formula: "'7月排名'!$A$1" },
          { name: "assess.run.2016_06.late", formula: "=#REF!$A$1", comment: "2016-06" },
          { name: "assess.run.2016_07.unknown", formula: "='7月排名'!$A$1" },
        ],
        ["分解表", "7月进度通报", "7月排名"]
      )
    ).toEqual([
      {
        runKey: "2016_07",
        kind: "bulletin",
        index: 0,
        marker: "assess.run.2016_07.bulletin",
        run: "2016-07",
        sheet: "7月进度通报",
      },
      {
        runKey: "2016_07",
        kind: "ranking",
        index: 1,
        marker: "assess.run.2016_07.ranking.1",
        run: "2016_07",
        sheet: "7月排名",
      },
      {
        runKey: "2016_06",
        kind: "late",
        index: 0,
        marker: "assess.run.2016_06.late",
        run: "2016-06",
        sheet: null,
      },
    ]);
  });

  it("matches a sheet as Excel does, without case, and names it as the workbook spells it", () => {
    const [marker] = findMarkers(
      [{ name: "assess.run.2016_07.bulletin", formula: "='JUL进度通报'!$A$1" }],
      ["分解表", "Jul进度通报"]
    );
    expect(marker.sheet).toBe("Jul进度通报");
  });

  it("takes the comment for the run only when it is the marker's run", () => {
    const [marker] = findMarkers(
      [{ name: "assess.run.2016_07.bulletin", formula: "='7月'!$A$1", comment: "2016-08" }],
      ["7月"]
    );
    expect(marker.run).toBe("2016_07");
  });
});
