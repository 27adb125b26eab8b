import fc from "fast-check";
import { CellValue, GridSheet } from "../../../src/engine/kernel/grid";
import { readLedger } from "../../../src/engine/returns/readLedger";
import { readReturn } from "../../../src/engine/returns/readReturn";
import { ReturnForm } from "../../../src/engine/returns/returnForm";
import { returnForms } from "../../../src/engine/returns/returnForms";
import { diagnosticTexts } from "../fixtures/diagnosticText";
import { filledForm, zhenbaSheets } from "./returnsFixture";

let forms: ReturnForm[];
let finance: ReturnForm;

beforeAll(async () => {
  const ledger = readLedger(await zhenbaSheets());
  forms = returnForms(ledger.table!, 8, { year: ledger.year });
  finance = forms.find((form) => form.unit === "县财政局")!;
});

/** The finance form filled with 8235 and 22.4, dated as given, then edited by `edit`. */
function financeReturn(
  date: CellValue,
  edit: (sheets: GridSheet[]) => void = () => undefined
): GridSheet[] {
  const sheets = filledForm(finance, {
    figures: new Map([
      ["地方财政收入|绝对量", 8235],
      ["地方财政收入|增幅", 22.4],
    ]),
    date,
  });
  edit(sheets);
  return sheets;
}

/** Sets a cell of the form's sheet ("B5"). */
function put(sheets: GridSheet[], cell: string, value: CellValue): void {
  const match = /^([A-Z])(\d+)$/.exec(cell) as RegExpExecArray;
  const values = sheets[0].values as CellValue[][];
  while (values.length < Number(match[2])) {
    values.push(new Array<CellValue>(8).fill(null));
  }
  values[Number(match[2]) - 1][match[1].charCodeAt(0) - 65] = value;
}

describe("readReturn", () => {
  it("reads the identity, the figures and the date of a filled form", () => {
    expect(readReturn(financeReturn("2016-09-12"))).toEqual({
      identity: finance.identity,
      intact: true,
      figures: [
        {
          key: "地方财政收入|绝对量",
          name: "地方财政收入",
          measureLabel: "绝对量",
          unit: "万元",
          value: 8235,
          cell: "G5",
        },
        {
          key: "地方财政收入|增幅",
          name: "地方财政收入",
          measureLabel: "增幅",
          unit: "%",
          value: 22.4,
          cell: "G6",
        },
      ],
      filledOn: "2016-09-12",
      dateCell: "'8月报送表'!G2",
      diagnostics: [],
    });
  });

  it("recognises every form of the sample, blank, as intact", () => {
    for (const form of forms) {
      const read = readReturn(filledForm(form, { figures: new Map() }));
      expect([read.identity?.unit, read.intact, read.diagnostics]).toEqual([form.unit, true, []]);
      expect(read.figures.map((figure) => figure.value)).toEqual(form.indicators.map(() => null));
    }
  });

  it.each([
    [42625, "2016-09-12"], // an Excel date serial
    ["2016年9月12日", "2016-09-12"],
    ["9月12日", "2016-09-12"], // no year: the due date's
    [null, null],
  ])("reads the date %j as %j", (date, expected) => {
    expect(readReturn(financeReturn(date)).filledOn).toBe(expected);
  });

  it("reports a date it cannot read", () => {
    const read = readReturn(financeReturn("下周一"));
    expect(read.filledOn).toBeNull();
    expect(diagnosticTexts(read.diagnostics).map((found) => found.message)).toEqual([
      "'8月报送表'!G2：填报日期“下周一”无法识别，改按文件日期登记",
    ]);
  });

  it("reports text in a number cell and reads the other figures", () => {
    const read = readReturn(financeReturn("2016-09-12", (sheets) => put(sheets, "G5", "约8200")));
    expect(read.figures.map((figure) => figure.value)).toEqual([null, 22.4]);
    expect(diagnosticTexts(read.diagnostics)).toEqual([
      {
        code: "return_not_a_number",
        severity: "error",
        sheet: "8月报送表",
        cell: "G5",
        message:
          "'8月报送表'!G5：县财政局填报的“地方财政收入”（绝对量）“约8200”不是数字，该项未汇总",
        messageEn:
          '\'8月报送表\'!G5: 县财政局 entered "约8200" for "地方财政收入" (absolute value): not a number; not collected',
      },
    ]);
  });

  it.each([
    ["a renamed indicator", "B5", "地方一般公共预算收入"],
    ["a changed unit", "D5", "亿元"],
    ["an added row", "B7", "税收收入"],
  ])("finds %s: the list no longer matches its checksum", (_, cell, text) => {
    const read = readReturn(financeReturn("2016-09-12", (sheets) => put(sheets, cell, text)));
    expect(read.intact).toBe(false);
    expect(read.diagnostics.map((found) => [found.code, found.sheet, found.cell])).toEqual([
      ["return_tampered", "8月报送表", "B5"],
    ]);
    expect(read.diagnostics[0].params.expected).toBe(finance.identity.checksum);
  });

  it("is not a form without its identity sheet, or with an identity missing a part", () => {
    const withoutIdentity = readReturn(financeReturn("2016-09-12").slice(0, 1));
    expect(diagnosticTexts(withoutIdentity.diagnostics).map((found) => found.message)).toEqual([
      "'8月报送表'：不是本工具生成的报送表（找不到隐藏的标识表“_identity”或其中的单位、月份、校验码），未汇总",
    ]);
    expect([withoutIdentity.identity, withoutIdentity.figures]).toEqual([null, []]);
    const noMonth = readReturn(
      financeReturn("2016-09-12", (sheets) => {
        (sheets[1].values[3] as CellValue[])[1] = "八月";
      })
    );
    expect(noMonth.diagnostics.map((found) => [found.code, found.sheet])).toEqual([
      ["return_identity_missing", "_identity"],
    ]);
  });

  it("is not a form when the sheet its identity names is gone", () => {
    const renamed = financeReturn("2016-09-12", (sheets) => {
      sheets[0] = { ...sheets[0], name: "Sheet1" };
    });
    const read = readReturn(renamed);
    expect([read.identity, read.intact, read.figures]).toEqual([finance.identity, false, []]);
    expect(diagnosticTexts(read.diagnostics).map((found) => found.message)).toEqual([
      "报送表中找不到工作表“8月报送表”，未汇总",
    ]);
  });

  it("never throws on any grid", () => {
    const cell = fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null));
    const grid = fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 9 });
    fc.assert(
      fc.property(grid, grid, (form, identity) => {
        const read = readReturn([
          { name: "8月报送表", values: form, merges: [] },
          { name: "_identity", values: identity, merges: [] },
        ]);
        expect(Array.isArray(read.diagnostics)).toBe(true);
      })
    );
  });
});
