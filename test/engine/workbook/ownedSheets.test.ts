import { ownedSheets } from "../../../src/engine/workbook/ownedSheets";

describe("ownedSheets", () => {
  it("lists the sheets that carry a marker and still exist, one entry per marker", () => {
    const owned = ownedSheets(
      [
        { name: "assess.run.2016_07.bulletin", formula: "='JUL进度通报'!$A$1", comment: "2016-07" },
        { name: "assess.run.2016_07.late", formula: "=#REF!$A$1" },
        { name: "assess.run.2016_06.bulletin", formula: "='6月进度通报'!$A$1" },
        { name: "assess.run.2016_05.bulletin", formula: "='5月进度通报'!$A$1" },
        { name: "年度目标", formula: "=分解表!$C$2" },
      ],
      ["分解表", "Jul进度通报", "6月进度通报"]
    );
    expect(owned.map((sheet) => [sheet.marker, sheet.sheet, sheet.run])).toEqual([
      ["assess.run.2016_07.bulletin", "Jul进度通报", "2016-07"],
      ["assess.run.2016_06.bulletin", "6月进度通报", "2016_06"],
    ]);
  });
});
