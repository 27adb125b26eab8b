import { newSheetNames } from "../../../src/engine/workbook/newSheetNames";

describe("newSheetNames", () => {
  it("gives each wanted name, free beside the sheets that stay and the names before it", () => {
    expect(
      newSheetNames(["7月进度通报", "7月排名", "7月进度通报"], ["分解表", "7月进度通报"])
    ).toEqual({
      names: ["7月进度通报(2)", "7月排名", "7月进度通报(3)"],
      renamed: [
        { wanted: "7月进度通报", used: "7月进度通报(2)" },
        { wanted: "7月进度通报", used: "7月进度通报(3)" },
      ],
    });
  });

  it("takes a clerk's sheet whose name differs only in case as taken, as Excel does", () => {
    expect(newSheetNames(["Jul进度通报"], ["JUL进度通报"])).toEqual({
      names: ["Jul进度通报(2)"],
      renamed: [{ wanted: "Jul进度通报", used: "Jul进度通报(2)" }],
    });
  });

  it("renames nothing in a workbook with none of the names", () => {
    expect(newSheetNames(["7月进度通报", "7月排名"], ["分解表"])).toEqual({
      names: ["7月进度通报", "7月排名"],
      renamed: [],
    });
  });
});
