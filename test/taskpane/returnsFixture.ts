import ExcelJS from "exceljs";
import { GridSheet } from "../../src/engine/kernel/grid";
import { PickedReturn, PreparedForm } from "../../src/taskpane/returnsCase";
import { actualsOf, blanked, FILLED } from "../engine/returns/returnsFixture";

export { FILLED };

/** The files were saved on 14 September, at noon on this computer. */
export const SAVED_ON = new Date(2016, 8, 14, 12).getTime();

/** The 镇巴 ledger before August is entered: 月度完成!E5:E31 blank but 地方财政收入's 8235 (E7). */
export function ledgerBeforeAugust(sheets: readonly GridSheet[]): GridSheet[] {
  const cells = Array.from({ length: 27 }, (_, index) => `E${index + 5}`).filter(
    (cell) => cell !== "E7"
  );
  return blanked(sheets, "月度完成", cells);
}

/**
 * A unit's form filled in as the unit would in Excel: the sample's August figures (县财政局 reports
 * 8300 for 地方财政收入, where the ledger holds 8235: a conflict) and its 填报日期 (G2).
 */
export async function filledReturn(
  form: Pick<PreparedForm, "unit" | "fileName">,
  bytes: Uint8Array,
  original: readonly GridSheet[]
): Promise<PickedReturn> {
  const august = actualsOf(original, 8);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet("8月报送表")!;
  sheet.eachRow((row, number) => {
    if (number < 5) return;
    const key = `${String(row.getCell(2).value)}|${String(row.getCell(3).value)}`;
    row.getCell(7).value =
      form.unit === "县财政局" && key === "地方财政收入|绝对量" ? 8300 : (august.get(key) ?? null);
  });
  sheet.getCell("G2").value = FILLED[form.unit] ?? null;
  const filled = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  return { name: form.fileName, bytes: filled, lastModified: SAVED_ON };
}
