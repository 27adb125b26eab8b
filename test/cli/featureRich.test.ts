import { createHash } from "crypto";
import ExcelJS from "exceljs";
import { readFile, writeFile } from "fs/promises";
import { join } from "path";
import { inflateRawSync } from "zlib";
import { run } from "../../src/cli/main";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { zipDirectory } from "../../src/xlsx/zipDirectory";
import { ZipPart, zipPackage } from "../../src/xlsx/zipPackage";
import { collectingIo, samplePath, temporaryDirectory } from "./cliFixture";

/**
 * A feature-rich workbook — the sample ledger saved by exceljs, then given by hand the parts
 * exceljs cannot write: a drawing with a text box and a chart, a sparkline group and a drop-down
 * list from another sheet (x14 extensions), two manual page breaks, a sheet-scoped and a
 * workbook-scoped name. `assess summary` must leave it byte for byte; `--copy` must say exactly
 * what the copy cannot keep.
 */

const summarySheets = [
  "7月进度通报",
  "7月排名",
  "7月加减分汇总",
  "7月预警",
  "7月预警通知",
  "7月迟报",
];
const x14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const xm = "http://schemas.microsoft.com/office/excel/2006/main";
const relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Every part of a zip, by name, unpacked. */
function partsOf(bytes: Buffer): Map<string, Buffer> {
  const parts = new Map<string, Buffer>();
  for (const entry of zipDirectory(bytes, "")) {
    const local = entry.headerOffset;
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const packed = bytes.subarray(start, start + entry.packedBytes);
    parts.set(entry.name, entry.method === 0 ? Buffer.from(packed) : inflateRawSync(packed));
  }
  return parts;
}

const drawing =
  '<?xml version="1.0" encoding="UTF-8"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
  "<xdr:twoCellAnchor><xdr:from><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>6</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>" +
  '<xdr:sp><xdr:nvSpPr><xdr:cNvPr id="2" name="文本框 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr/><xdr:txBody><a:bodyPr/><a:p><a:r><a:t>注：7月数据待核</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor>' +
  "<xdr:twoCellAnchor><xdr:from><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>8</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>15</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>" +
  '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="3" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"/></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>' +
  "</xdr:wsDr>";

const sheetAdditions =
  '<rowBreaks count="2" manualBreakCount="2"><brk id="30" max="16383" man="1"/><brk id="60" max="16383" man="1"/></rowBreaks>' +
  '<drawing r:id="rIdFeature1"/>' +
  `<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${x14}"><x14:sparklineGroups xmlns:xm="${xm}"><x14:sparklineGroup><x14:sparklines><x14:sparkline><xm:f>分解表!E3:E5</xm:f><xm:sqref>K3</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext>` +
  `<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${x14}"><x14:dataValidations count="1" xmlns:xm="${xm}"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>清单!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>H4:H95</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>`;

/** The sample ledger with the features added by hand, as bytes. */
async function featureRichWorkbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(samplePath("zhenba-2016.xlsx"));
  const list = book.addWorksheet("清单");
  ["县财政局", "县发改局", "县统计局"].forEach((unit, index) => {
    list.getCell(index + 1, 1).value = unit;
  });
  book.getWorksheet("分解表")!.getCell("L2").dataValidation = {
    type: "list",
    allowBlank: true,
    formulae: ['"是,否"'],
  };
  const parts = partsOf(Buffer.from((await book.xlsx.writeBuffer()) as ArrayBuffer));

  const sheet = parts.get("xl/worksheets/sheet1.xml")!.toString("utf8");
  expect(sheet).not.toContain("<drawing");
  parts.set(
    "xl/worksheets/sheet1.xml",
    Buffer.from(sheet.replace("</worksheet>", `${sheetAdditions}</worksheet>`))
  );
  const relsName = "xl/worksheets/_rels/sheet1.xml.rels";
  const rel = `<Relationship Id="rIdFeature1" Type="${relationships}/drawing" Target="../drawings/drawing1.xml"/>`;
  const rels = parts.get(relsName)?.toString("utf8");
  parts.set(
    relsName,
    Buffer.from(
      rels === undefined
        ? `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>`
        : rels.replace("</Relationships>", `${rel}</Relationships>`)
    )
  );
  parts.set("xl/drawings/drawing1.xml", Buffer.from(drawing));
  const names =
    '<definedName name="本表目标" localSheetId="0">分解表!$E$3</definedName>' +
    "<definedName name=\"全部目标\">'分解表'!$E$3:$E$95</definedName>";
  const workbook = parts.get("xl/workbook.xml")!.toString("utf8");
  parts.set(
    "xl/workbook.xml",
    Buffer.from(
      workbook.includes("<definedNames>")
        ? workbook.replace("<definedNames>", `<definedNames>${names}`)
        : workbook.replace("</sheets>", `</sheets><definedNames>${names}</definedNames>`)
    )
  );
  const zipParts: ZipPart[] = [...parts].map(([name, data]) => ({ name, data }));
  return zipPackage(zipParts);
}

const hashOf = (bytes: Buffer): string => createHash("sha256").update(bytes).digest("hex");

describe("a feature-rich workbook through assess summary", () => {
  let directory: { path: string; remove: () => Promise<void> };
  let input: string;
  let before: Map<string, Buffer>;
  beforeAll(async () => {
    directory = await temporaryDirectory();
    input = join(directory.path, "镇巴2016.xlsx");
    const bytes = await featureRichWorkbook();
    before = partsOf(bytes);
    await writeFile(input, bytes);
  });
  afterAll(() => directory.remove());

  it("leaves every part of the workbook byte for byte and writes the bulletin beside it", async () => {
    const io = collectingIo();
    expect(await run(["summary", input, "--month", "7"], io)).toBe(0);
    const after = partsOf(await readFile(input));
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [name, data] of before) {
      expect(`${name} ${hashOf(after.get(name)!)}`).toBe(`${name} ${hashOf(data)}`);
    }
    expect(after.get("xl/drawings/drawing1.xml")!.toString("utf8")).toContain("注：7月数据待核");
    const bulletin = join(directory.path, "镇巴2016.07月通报.xlsx");
    expect((await readWorkbook(bulletin)).map((sheet) => sheet.name)).toEqual(summarySheets);
    // Nothing is lost, so there is nothing to warn about.
    expect(io.err()).not.toContain("无法保留");
  });

  it("--copy says first, precisely, what the copy cannot keep", async () => {
    const io = collectingIo();
    const output = join(directory.path, "副本.xlsx");
    expect(await run(["summary", input, "--month", "7", "--copy", "--out", output], io)).toBe(0);
    const err = io.err();
    const heading = err.indexOf("注意：副本（--copy）无法保留原工作簿中的以下内容");
    expect(heading).toBeGreaterThanOrEqual(0);
    const losses = err
      .slice(heading)
      .split("\n")
      .slice(1)
      .filter((line) => line.startsWith("  "));
    expect(losses).toEqual([
      "  工作表“分解表”：文本框、形状 1 个",
      "  工作表“分解表”：图表 1 个",
      "  工作表“分解表”：迷你图 1 组",
      "  工作表“分解表”：引用其他工作表的下拉列表 1 处",
      "  工作表“分解表”：手动分页符 2 个",
      "  仅限本表的名称 1 个（将变为整个工作簿的名称，同名的只留一个）：本表目标（分解表）",
    ]);
    // The copy has the clerk's sheets and the summary; the input is still untouched.
    const names = (await readWorkbook(output)).map((sheet) => sheet.name);
    expect(names).toEqual([
      "分解表",
      "月度完成",
      "报送登记",
      "加减分登记",
      "全市排名",
      "清单",
      ...summarySheets,
    ]);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(output);
    expect(copy.getWorksheet("分解表")!.getCell("L2").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"是,否"'],
    });
    expect(copy.definedNames.model.map((name) => name.name)).toEqual(
      expect.arrayContaining(["全部目标", "本表目标"])
    );
    expect(hashOf(await readFile(input))).toBe(
      hashOf(zipPackage([...before].map(([name, data]) => ({ name, data }))))
    );
  });
});
