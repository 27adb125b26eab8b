import ExcelJS from "exceljs";
import { addSummarySheets } from "../../src/xlsx/addSummarySheets";
import { bulletinSpec } from "./sheetSpecFixture";

/** A workbook whose sheet names differ from the names its defined names use only in case. */
function caseVariantWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("分解表").getCell("A1").value = "主要指标";
  // This tool's July bulletin, its marker written with the name in capitals.
  workbook.addWorksheet("Jul进度通报").getCell("A1").value = "上次的通报";
  workbook.definedNames.add("'JUL进度通报'!$A$1", "assess.run.2016_07.bulletin");
  // A clerk's sheet, and a clerk's defined name on it, written in lower case.
  workbook.addWorksheet("AUG排名").getCell("B2").value = 1;
  workbook.definedNames.add("'aug排名'!$B$2", "八月第一");
  return workbook;
}

describe("addSummarySheets", () => {
  it("tells sheet names apart as Excel does, without case", () => {
    const workbook = caseVariantWorkbook();
    const report = addSummarySheets(workbook, "2016-07", [
      bulletinSpec("Jul进度通报"),
      bulletinSpec("Aug排名", "ranking"),
    ]);
    // "JUL进度通报" in the marker is the sheet "Jul进度通报": the run's own sheet, replaced in place.
    // "Aug排名" is the clerk's "AUG排名": never touched, the summary goes to "Aug排名(2)".
    expect(report).toEqual({
      written: ["Jul进度通报", "Aug排名(2)"],
      renamed: [{ wanted: "Aug排名", used: "Aug排名(2)" }],
      replaced: ["Jul进度通报"],
    });
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual([
      "分解表",
      "Jul进度通报",
      "AUG排名",
      "Aug排名(2)",
    ]);
    expect(workbook.getWorksheet("Jul进度通报")!.getCell("A1").value).toBe(
      "镇巴县2016年7月市考指标进度通报"
    );
    expect(workbook.getWorksheet("AUG排名")!.getCell("B2").value).toBe(1);
    // The clerk's name on "aug排名" refers to the sheet "AUG排名", which stays: it is kept.
    expect(workbook.definedNames.model).toEqual(
      expect.arrayContaining([{ name: "八月第一", ranges: ["'aug排名'!$B$2"] }])
    );
    expect(
      workbook.definedNames.model
        .filter((definedName) => definedName.name.startsWith("assess.run."))
        .map((definedName) => [definedName.name, definedName.ranges])
    ).toEqual([
      ["assess.run.2016_07.bulletin", ["'Jul进度通报'!$A$1"]],
      ["assess.run.2016_07.ranking", ["'Aug排名(2)'!$A$1"]],
    ]);
  });
});
