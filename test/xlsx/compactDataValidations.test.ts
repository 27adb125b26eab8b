import ExcelJS from "exceljs";
import { readFile } from "fs/promises";
import { join } from "path";
import { compactDataValidations, validationStore } from "../../src/xlsx/compactDataValidations";
import { copyWorkbook } from "../../src/xlsx/copyWorkbook";
import { bulletinSpec, temporaryDirectory } from "./sheetSpecFixture";
import { zipText } from "./zipText";

const yesNo: ExcelJS.DataValidation = { type: "list", allowBlank: true, formulae: ['"是,否"'] };
const direction: ExcelJS.DataValidation = {
  type: "list",
  allowBlank: true,
  formulae: ['"正向,逆向"'],
};

function cells(column: string, from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, index) => `${column}${from + index}`);
}

describe("compactDataValidations", () => {
  it.each<[string, Record<string, ExcelJS.DataValidation>, string[]]>([
    [
      "one column of cells",
      Object.fromEntries(cells("B", 5, 500).map((address) => [address, yesNo])),
      ["B5:B500"],
    ],
    [
      "two equal columns",
      Object.fromEntries(
        [...cells("B", 5, 20), ...cells("C", 5, 20)].map((address) => [address, yesNo])
      ),
      ["B5:C20"],
    ],
    [
      "a gap and a different rule",
      Object.fromEntries([
        ...cells("B", 5, 9).map((address) => [address, yesNo]),
        ...cells("B", 12, 12).map((address) => [address, yesNo]),
        ...cells("D", 5, 100).map((address) => [address, direction]),
      ]),
      ["B5:B9", "B12", "D5:D100"],
    ],
    ["a range kept", { "H4:H500": yesNo }, ["H4:H500"]],
  ])("compacts %s", (_label, model, addresses) => {
    const workbook = new ExcelJS.Workbook();
    const worksheet = workbook.addWorksheet("表");
    validationStore(worksheet).model = { ...model };
    compactDataValidations(worksheet);
    expect(Object.keys(validationStore(worksheet).model).sort()).toEqual([...addresses].sort());
  });

  it("keeps a clerk's validation as one range through the marked copy (no overlapping ranges)", async () => {
    const directory = await temporaryDirectory();
    try {
      const input = join(directory.path, "in.xlsx");
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("加减分登记");
      sheet.getCell("A1").value = "市考";
      validationStore(sheet).model["B5:B500"] = yesNo;
      await workbook.xlsx.writeFile(input);

      const copy = await copyWorkbook(await readFile(input), input, "2016-07", [bulletinSpec()]);
      const xml = zipText(copy.bytes, "xl/worksheets/sheet1.xml");
      expect(
        [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((match) => match[1])
      ).toEqual(["B5:B500"]);
    } finally {
      await directory.remove();
    }
  });
});
