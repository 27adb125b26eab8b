import { AssessError } from "../../src/engine";
import { evaluate, toExcelError } from "../../src/functions/excelError";

describe("evaluate", () => {
  it("returns a body's value as it is, and turns an engine error into the Excel error", () => {
    expect(evaluate(() => 7)).toBe(7);
    expect(() =>
      evaluate(() => {
        throw new AssessError("notAvailable", "notReported");
      })
    ).toThrow(expect.objectContaining({ code: "#N/A", message: "未报送：本月实际完成为空" }));
  });

  it("turns an engine error that rejects a body's promise into the Excel error", async () => {
    await expect(evaluate(async () => 7)).resolves.toBe(7);
    await expect(
      evaluate(async () => {
        throw new AssessError("divisionByZero", "zeroTarget");
      })
    ).rejects.toMatchObject({ code: "#DIV/0!" });
  });

  it("lets an Excel error through and rethrows a defect unchanged, at once or later", async () => {
    const excelError = new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, "x");
    expect(toExcelError(excelError)).toBe(excelError);
    const defect = new TypeError("a bug");
    expect(() =>
      evaluate(() => {
        throw defect;
      })
    ).toThrow(defect);
    await expect(evaluate(() => Promise.reject(defect))).rejects.toBe(defect);
  });
});
