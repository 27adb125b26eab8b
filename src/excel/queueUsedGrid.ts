import { GridSheet } from "../engine";
import { gridSheetOf } from "./gridSheetOf";

/**
 * 读取已用区域: queues the read of a small sheet's used range (values only: no formats, no merged
 * areas) and gives its values as a grid once the sync is done (its name left for the caller to
 * fill in: the sheet's name is known only after the sync). For the 设置 sheet.
 */
export function queueUsedGrid(sheet: Excel.Worksheet): () => GridSheet {
  const used = sheet.getUsedRangeOrNullObject(true).load("values,rowIndex,columnIndex");
  return () =>
    gridSheetOf({
      name: "",
      blocks: used.isNullObject
        ? []
        : [{ rowIndex: used.rowIndex, columnIndex: used.columnIndex, values: used.values }],
      mergedAddresses: [],
    });
}
