import { GridSheet } from "../kernel/grid";
import { readTitle } from "../table/readTitle";
import { TableModel } from "../table/tableModel";

/**
 * 标题信息: the county and year of the summary's titles — the settings' when given, else those of
 * the title rows above the table or of a sheet name (镇巴县2016年…, 2016年报送登记), else null.
 */
export function summaryTitle(
  table: TableModel,
  sheets: readonly GridSheet[],
  given: { readonly county: string | null; readonly year: number | null }
): { readonly county: string | null; readonly year: number | null } {
  const grid = sheets.find((sheet) => sheet.name === table.sheet);
  const title =
    grid === undefined
      ? { county: null, year: null }
      : readTitle(
          grid,
          table.headerRows[1],
          sheets.map((sheet) => String(sheet.name ?? ""))
        );
  return { county: given.county ?? title.county, year: given.year ?? title.year };
}
