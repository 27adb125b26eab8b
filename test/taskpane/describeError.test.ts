import { AssessError } from "../../src/engine/kernel/errors";
import { WorkbookError } from "../../src/excel/workbookError";
import { describeError } from "../../src/taskpane/describeError";

describe("describeError", () => {
  it("speaks the clerk's language for the engine's errors", () => {
    const error = new AssessError("divisionByZero", "zeroTarget");
    expect(describeError(error, "zh-CN")).toBe("目标为0，无法计算比率");
    expect(describeError(error, "en-US")).toBe("The target is 0, so no ratio can be computed");
  });

  it("recognises errors thrown by another bundle (the preview's workbook) by name and key", () => {
    const foreign = Object.assign(new Error("目标为0，无法计算比率"), {
      name: "AssessError",
      key: "zeroTarget",
      params: {},
    });
    expect(foreign instanceof AssessError).toBe(false);
    expect(describeError(foreign, "en-US")).toBe("The target is 0, so no ratio can be computed");
    const workbook = new WorkbookError("payloadTooLarge");
    const copy = Object.assign(new Error(workbook.message), {
      name: "WorkbookError",
      key: workbook.key,
      params: workbook.params,
    });
    expect(describeError(copy, "zh-CN")).toBe(describeError(workbook, "zh-CN"));
  });

  it("falls back to the error's own text, never empty", () => {
    expect(describeError(new Error("磁盘已满"), "zh-CN")).toContain("磁盘已满");
    expect(describeError("", "zh-CN")).not.toBe("");
  });
});
