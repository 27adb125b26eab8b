import { problemMessage } from "../../src/cli/problemText";
import { FileProblem } from "../../src/xlsx/fileProblem";
import { readLimits } from "../../src/xlsx/readLimits";
import { readWorkbookBuffer } from "../../src/xlsx/readWorkbookBuffer";
import { zipPackage } from "../../src/xlsx/zipPackage";
import { inlineCell, packageOf, sheetXml, textPart } from "./packageFixture";

/** The FileProblem a read throws (the test fails when it throws none or something else). */
async function problemOf(bytes: Uint8Array, file = "台账.xlsx", limits = readLimits) {
  try {
    await readWorkbookBuffer(bytes, file, limits);
  } catch (error) {
    if (error instanceof FileProblem) {
      return error;
    }
    throw error;
  }
  throw new Error("the read did not fail");
}

describe("the sparse package reader (readWorkbookBuffer)", () => {
  it("reads inline strings, numbers, booleans, errors and a formula without its result as its text", async () => {
    const bytes = packageOf(
      sheetXml(
        `<row r="1">${inlineCell("A1", "地方财政收入")}<c r="B1"><v>13600</v></c><c r="C1" t="b"><v>1</v></c></row>` +
          `<row r="3"><c r="B3" t="e"><v>#N/A</v></c><c r="C3"><f>SUM(B1:B2)</f></c><c r="D3"><f>B1*2</f><v>27200</v></c></row>`
      )
    );
    const [grid] = await readWorkbookBuffer(bytes, "台账.xlsx");
    expect(grid.name).toBe("表");
    expect(grid.values).toEqual([
      ["地方财政收入", 13600, true],
      [],
      [null, "#N/A", "=SUM(B1:B2)", 27200],
    ]);
  });

  it("reads one value at XFD1048576 sparsely: one wide row, every other row shared, bounded memory", async () => {
    const bytes = packageOf(
      sheetXml(`<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>`),
      [],
      ""
    );
    expect(bytes.byteLength).toBeLessThan(2000);
    const before = process.memoryUsage().heapUsed;
    const [grid] = await readWorkbookBuffer(bytes, "stray.xlsx");
    const grown = process.memoryUsage().heapUsed - before;
    expect(grid.values).toHaveLength(1048576);
    expect(grid.values[1048575]).toHaveLength(16384);
    expect(grid.values[1048575][16383]).toBe(1);
    expect(grid.values[0]).toEqual([]);
    expect(grid.values[0]).toBe(grid.values[524288]); // one shared empty row, not a million
    // A rectangle would be 17 billion cells; the sparse grid is a row of slots and one wide row.
    expect(grown).toBeLessThan(100 * 1024 * 1024);
  });

  it("refuses a zip bomb before inflating it, naming the file and the part", async () => {
    const bomb = zipPackage([
      ...[
        "[Content_Types].xml",
        "_rels/.rels",
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
      ].map((name) => textPart(name, "<x/>")),
      { name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(64 * 1024 * 1024, 32) },
    ]);
    expect(bomb.byteLength).toBeLessThan(200 * 1024);
    const started = Date.now();
    const problem = await problemOf(bomb, "炸弹.xlsx");
    expect(Date.now() - started).toBeLessThan(2000);
    expect(problem.code).toBe("zipBomb");
    expect(problem.params).toMatchObject({ file: "炸弹.xlsx", part: "xl/worksheets/sheet1.xml" });
    expect(problemMessage("zh-CN", problem.code, problem.params)).toMatch(
      /^“炸弹\.xlsx”中的“xl\/worksheets\/sheet1\.xml”解压后会膨胀到 \d+ 倍（上限 100 倍）/
    );
  });

  it("refuses a part that inflates beyond the size its directory declares", async () => {
    const honest = packageOf(sheetXml(`<row r="1">${inlineCell("A1", "值")}</row>`));
    // Lower the declared unpacked size of the sheet part in the central directory.
    const lying = Buffer.from(honest);
    const name = Buffer.from("xl/worksheets/sheet1.xml");
    for (let offset = lying.length - 22; offset > 0; offset--) {
      if (
        lying.readUInt32LE(offset) === 0x02014b50 &&
        lying.subarray(offset + 46, offset + 46 + name.length).equals(name)
      ) {
        lying.writeUInt32LE(10, offset + 24);
        break;
      }
    }
    const problem = await problemOf(lying);
    expect(problem.code).toBe("damagedZip");
    expect(String(problem.params.detail)).toContain("xl/worksheets/sheet1.xml");
  });

  it.each<[string, string, string]>([
    [
      "a row never closed",
      sheetXml(`<row r="1"><c r="A1"><v>1</v></c>`),
      "</sheetData> closes <row>",
    ],
    [
      "a document type declaration",
      `<!DOCTYPE x [<!ENTITY a "b">]>${sheetXml("")}`,
      "document type",
    ],
    ["an unknown entity", sheetXml(`<row r="1">${inlineCell("A1", "&bogus;")}</row>`), "&bogus;"],
  ])(
    "says where broken sheet XML is (%s), in words, not JavaScript's",
    async (_label, xml, detail) => {
      const problem = await problemOf(packageOf(xml));
      expect(problem.code).toBe("damagedXml");
      expect(problem.params).toMatchObject({
        file: "台账.xlsx",
        part: "xl/worksheets/sheet1.xml",
        sheet: "表",
      });
      expect(String(problem.params.detail)).toContain(detail);
      const zh = problemMessage("zh-CN", problem.code, problem.params);
      expect(zh).toMatch(/^“台账\.xlsx”的工作表“表”（xl\/worksheets\/sheet1\.xml）内容已损坏（/);
      const en = problemMessage("en-US", problem.code, problem.params);
      expect(en).toContain('sheet "表" (xl/worksheets/sheet1.xml)');
      expect(`${zh}${en}`).not.toMatch(/Cannot|undefined|TypeError/);
    }
  );

  it("refuses a cell address beyond Excel's grid with badCellReference", async () => {
    const problem = await problemOf(
      packageOf(sheetXml(`<row r="1"><c r="ZZZZZ1"><v>1</v></c></row>`))
    );
    expect(problem.code).toBe("badCellReference");
    expect(problem.params).toMatchObject({ file: "台账.xlsx", sheet: "表", reference: "ZZZZZ1" });
    expect(problemMessage("en-US", problem.code, problem.params)).not.toContain(
      "Invalid column letter"
    );
  });

  it("refuses rows with values beyond the limit, with the limit named", async () => {
    const rows = Array.from(
      { length: 6 },
      (_unused, index) => `<row r="${index + 1}"><c r="A${index + 1}"><v>${index}</v></c></row>`
    ).join("");
    const problem = await problemOf(packageOf(sheetXml(rows)), "长表.xlsx", {
      ...readLimits,
      rowsPerSheet: 5,
    });
    expect(problem.code).toBe("tooManyRows");
    expect(problem.params).toEqual({ file: "长表.xlsx", sheet: "表", limit: 5 });
  });

  it.each<[string, Uint8Array, string]>([
    [
      "a password-protected workbook",
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(500),
        Buffer.from("EncryptedPackage", "utf16le"),
      ]),
      "encryptedWorkbook",
    ],
    [
      "an Excel 97–2003 .xls",
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(500),
      ]),
      "legacyXls",
    ],
    ["a text file", Buffer.from("这不是工作簿"), "notWorkbook"],
    [
      "a zip without a workbook",
      zipPackage([textPart("word/document.xml", "<w/>")]),
      "noWorkbookPart",
    ],
  ])("tells %s apart", async (_label, bytes, code) => {
    expect((await problemOf(bytes)).code).toBe(code);
  });

  it("says how to remove the password of an encrypted workbook (not .xls advice)", () => {
    const zh = problemMessage("zh-CN", "encryptedWorkbook", { file: "a.xlsx" });
    expect(zh).toContain("用密码进行加密");
    expect(zh).not.toContain(".xls）");
  });
});
