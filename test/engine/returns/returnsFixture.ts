import { join } from "path";
import { CellValue, GridSheet } from "../../../src/engine/kernel/grid";
import { ReturnedFile } from "../../../src/engine/returns/collectPlan";
import { readLedger } from "../../../src/engine/returns/readLedger";
import { readReturn } from "../../../src/engine/returns/readReturn";
import { ReturnForm } from "../../../src/engine/returns/returnForm";
import { returnFormSheet } from "../../../src/engine/returns/returnFormSheet";
import { readWorkbook } from "../../../src/xlsx/readWorkbook";

/** The 镇巴 sample ledger (分解表, 月度完成 with June to August, 报送登记, 加减分登记). */
export const zhenbaPath = join(__dirname, "../../../assets/samples/zhenba-2016.xlsx");

/** The sample's sheets, read as the CLI reads them. */
export function zhenbaSheets(): Promise<GridSheet[]> {
  return readWorkbook(zhenbaPath);
}

/** The sample's cumulative actuals of a month by indicator key, as its 月度完成 sheet holds them. */
export function actualsOf(sheets: readonly GridSheet[], month: number): Map<string, number> {
  const table = readLedger(sheets).table;
  const figures = new Map<string, number>();
  for (const record of table?.indicators ?? []) {
    const actual = record.actuals.find((candidate) => candidate.month === month);
    if (actual !== undefined && actual.value !== null) {
      figures.set(record.key, actual.value);
    }
  }
  return figures;
}

/** The sheets with cells of one sheet blanked ("E5", …), the others as they are. */
export function blanked(
  sheets: readonly GridSheet[],
  sheetName: string,
  cells: readonly string[]
): GridSheet[] {
  return sheets.map((sheet) => {
    if (sheet.name !== sheetName) {
      return sheet;
    }
    const values = sheet.values.map((row) => [...row]);
    for (const cell of cells) {
      const match = /^([A-Z])(\d+)$/.exec(cell) as RegExpExecArray;
      values[Number(match[2]) - 1][match[1].charCodeAt(0) - 65] = null;
    }
    return { ...sheet, values };
  });
}

/** What a unit writes into its form: figures by indicator key, and the 填报日期 cell. */
export interface Filling {
  readonly figures: ReadonlyMap<string, CellValue>;
  readonly date?: CellValue;
}

/** A form filled in as a unit would, as the grids of the returned workbook. */
export function filledForm(form: ReturnForm, filling: Filling): GridSheet[] {
  const laid = returnFormSheet(form);
  const values = laid.rows.map((row) => [...row]);
  const dateInput = laid.inputs.find((input) => input.kind === "date");
  if (dateInput !== undefined && filling.date !== undefined) {
    values[dateInput.row][dateInput.column] = filling.date;
  }
  form.indicators.forEach((indicator) => {
    const input = laid.inputs.find(
      (candidate) => candidate.kind === "decimal" && candidate.cell === indicator.cell
    );
    const figure = filling.figures.get(indicator.key);
    if (input !== undefined && figure !== undefined) {
      values[input.row][input.column] = figure;
    }
  });
  return [
    { name: laid.name, values, merges: [...laid.merges] },
    { name: laid.identitySheet, values: laid.identityRows.map((row) => [...row]), merges: [] },
  ];
}

/** A filled form as a returned file. */
export function returned(
  form: ReturnForm,
  filling: Filling,
  modifiedOn: string | null = null
): ReturnedFile {
  return {
    read: readReturn(filledForm(form, filling)),
    source: `报送表-${form.unit}-${form.month}月.xlsx`,
    modifiedOn,
  };
}

/** The 镇巴 forms of August: when each unit fills in its form; 县住建局 leaves the date blank (its file's day counts). */
export const FILLED: Readonly<Record<string, Date | null>> = {
  县统计局: new Date(Date.UTC(2016, 8, 8)),
  县财政局: new Date(Date.UTC(2016, 8, 13)),
  县发改局: new Date(Date.UTC(2016, 8, 12)),
  县经合局: new Date(Date.UTC(2016, 8, 18)), // late
  县经贸局: new Date(Date.UTC(2016, 8, 9)),
  县科技局: new Date(Date.UTC(2016, 8, 10)),
  县住建局: null,
  县文广局: new Date(Date.UTC(2016, 8, 15)),
  县环保局: new Date(Date.UTC(2016, 8, 11)),
};
