import { toWorkbookError, WorkbookError } from "../../src/excel/workbookError";
import { FakeOfficeError } from "./fake";

describe("toWorkbookError", () => {
  it.each([
    ["RequestPayloadSizeLimitExceeded", undefined, "payloadTooLarge"],
    ["ItemNotFound", undefined, "itemNotFound"],
    ["ItemNotFound", "分解表", "sheetNotFound"],
    ["AccessDenied", undefined, "accessDenied"],
    ["InvalidOperationInCellEditMode", undefined, "cellEditMode"],
    ["InvalidArgument", undefined, "invalidArgument"],
    ["ApiNotFound", undefined, "apiNotFound"],
    ["GeneralException", undefined, "excelFailed"],
  ])("maps Office's %s (sheet %s) to %s, keeping the cause", (code, sheet, key) => {
    const cause = new FakeOfficeError(code, "详情");
    const error = toWorkbookError(cause, sheet);
    expect(error.key).toBe(key);
    expect(error.code).toBe(code);
    expect(error.cause).toBe(cause);
  });

  it("explains a cell-edit conflict to the clerk in both languages", () => {
    const error = toWorkbookError(new FakeOfficeError("InvalidOperationInCellEditMode", "busy"));
    expect(error.message).toBe("Excel 正处于单元格编辑状态，请先按回车或 Esc 结束编辑，再重试");
    expect(error.messageIn("en-US")).toBe(
      "Excel is editing a cell: press Enter or Esc to finish editing, then retry"
    );
  });

  it("wraps a plain error and passes a WorkbookError through", () => {
    const plain = toWorkbookError(new TypeError("x is undefined"));
    expect([plain.key, plain.code, plain.message]).toEqual([
      "excelFailed",
      "Error",
      "Excel 操作失败（Error）：x is undefined",
    ]);
    const own = new WorkbookError("marksRecordUnreadable");
    expect(toWorkbookError(own)).toBe(own);
  });
});
