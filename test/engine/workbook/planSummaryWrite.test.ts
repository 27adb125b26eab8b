import fc from "fast-check";
import { planSummaryWrite } from "../../../src/engine/workbook/planSummaryWrite";
import { sheetNameProblem } from "../../excel/fake";

const bulletin = { name: "7月进度通报", kind: "bulletin" as const };
const ranking = { name: "7月排名", kind: "ranking" as const };
const marker = (name: string, sheet: string, comment = "2016-07") => ({
  name,
  formula: `='${sheet}'!$A$1`,
  comment,
});

describe("planSummaryWrite", () => {
  it("writes under the wanted names in a workbook with none of them", () => {
    expect(planSummaryWrite("2016-07", [bulletin, ranking], ["分解表"], [])).toEqual({
      sheets: [
        {
          wanted: "7月进度通报",
          name: "7月进度通报",
          createAs: "7月进度通报",
          marker: "assess.run.2016_07.bulletin",
        },
        {
          wanted: "7月排名",
          name: "7月排名",
          createAs: "7月排名",
          marker: "assess.run.2016_07.ranking",
        },
      ],
      replaced: [],
      staleMarkers: [],
      renamed: [],
    });
  });

  it("replaces the run's own sheets through temporary names and fresh markers, and leaves another run's alone", () => {
    const plan = planSummaryWrite(
      "2016-07",
      [bulletin, ranking],
      ["分解表", "6月进度通报", "7月进度通报", "7月排名"],
      [
        marker("assess.run.2016_06.bulletin", "6月进度通报", "2016-06"),
        marker("assess.run.2016_07.bulletin", "7月进度通报"),
        marker("assess.run.2016_07.ranking", "7月排名"),
        { name: "assess.run.2016_07.late", formula: "=#REF!$A$1", comment: "2016-07" },
      ]
    );
    expect(plan).toEqual({
      sheets: [
        {
          wanted: "7月进度通报",
          name: "7月进度通报",
          createAs: "~7月进度通报",
          marker: "assess.run.2016_07.bulletin.1",
        },
        {
          wanted: "7月排名",
          name: "7月排名",
          createAs: "~7月排名",
          marker: "assess.run.2016_07.ranking.1",
        },
      ],
      replaced: ["7月进度通报", "7月排名"],
      staleMarkers: [
        "assess.run.2016_07.bulletin",
        "assess.run.2016_07.ranking",
        "assess.run.2016_07.late",
      ],
      renamed: [],
    });
  });

  it("tells sheet names apart as Excel does, without case, as the .xlsx writer does", () => {
    // The same workbook as test/xlsx/addSummarySheets.test.ts: same replaced sheet, same names.
    const plan = planSummaryWrite(
      "2016-07",
      [
        { name: "Jul进度通报", kind: "bulletin" },
        { name: "Aug排名", kind: "ranking" },
      ],
      ["分解表", "Jul进度通报", "AUG排名"],
      [
        { name: "assess.run.2016_07.bulletin", formula: "='JUL进度通报'!$A$1", comment: "" },
        { name: "八月第一", formula: "='aug排名'!$B$2" },
      ]
    );
    expect(plan.replaced).toEqual(["Jul进度通报"]);
    expect(plan.sheets.map((sheet) => [sheet.name, sheet.createAs])).toEqual([
      ["Jul进度通报", "~Jul进度通报"],
      ["Aug排名(2)", "Aug排名(2)"],
    ]);
    expect(plan.renamed).toEqual([{ wanted: "Aug排名", used: "Aug排名(2)" }]);
    expect(plan.staleMarkers).toEqual(["assess.run.2016_07.bulletin"]);
  });

  it("never plans to touch a sheet that is not the run's, and picks valid distinct names", () => {
    const sheetName = fc.constantFrom(
      "分解表",
      "7月进度通报",
      "7月进度通报(2)",
      "7月排名",
      "~7月排名",
      "Sheet1",
      "7月预警"
    );
    const run = fc.constantFrom("2016-07", "2016-06");
    fc.assert(
      fc.property(
        fc.uniqueArray(sheetName, { maxLength: 7, selector: (name) => name.toLowerCase() }),
        fc.array(fc.tuple(run, fc.constantFrom("bulletin", "ranking", "warnings"), fc.nat(6)), {
          maxLength: 6,
        }),
        (sheets, owned) => {
          const names = owned.map(([ownerRun, kind, index], position) => ({
            name: `assess.run.${ownerRun.replace("-", "_")}.${kind}.${position + 1}`,
            formula: index < sheets.length ? `='${sheets[index]}'!$A$1` : "=#REF!$A$1",
            comment: ownerRun,
          }));
          const ownedByRun = new Set(
            owned.flatMap(([ownerRun, , index]) =>
              ownerRun === "2016-07" && index < sheets.length ? [sheets[index]] : []
            )
          );
          const plan = planSummaryWrite(
            "2016-07",
            [bulletin, ranking, { name: "7月预警", kind: "warnings" }],
            sheets,
            names
          );
          expect([...plan.replaced].sort()).toEqual([...ownedByRun].sort());
          const finals = plan.sheets.map((sheet) => sheet.name.toLowerCase());
          const creations = plan.sheets.map((sheet) => sheet.createAs.toLowerCase());
          expect(new Set(finals).size).toBe(finals.length);
          expect(new Set(creations).size).toBe(creations.length);
          for (const sheet of plan.sheets) {
            expect(sheetNameProblem(sheet.name)).toBeNull();
            expect(sheetNameProblem(sheet.createAs)).toBeNull();
            // A final name is never a sheet that stays; a creation name is never any existing sheet.
            expect(
              sheets.filter((name) => !ownedByRun.has(name)).map((name) => name.toLowerCase())
            ).not.toContain(sheet.name.toLowerCase());
            expect(sheets.map((name) => name.toLowerCase())).not.toContain(
              sheet.createAs.toLowerCase()
            );
            expect(names.map((item) => item.name.toLowerCase())).not.toContain(
              sheet.marker.toLowerCase()
            );
          }
        }
      )
    );
  });
});
