import { CellRect, sheetColumns, wholeSheet } from "./cellRect";
import { BandResult, SheetRequest, SheetResult } from "./sheetReadJob";

/** The position of a loaded range, as a block. */
function rectOf(range: Excel.Range): CellRect {
  return {
    top: range.rowIndex,
    left: range.columnIndex,
    rows: range.rowCount,
    columns: range.columnCount,
  };
}

/**
 * 排入读取: queues one sheet's queries of one request (see `SheetReadJob.plan`) — used parts of
 * blocks (`getUsedRangeOrNullObject(true)`, ExcelApi 1.4), bands of values and number formats
 * (a band of the used range through `getIntersectionOrNullObject`, ExcelApi 1.4), their merged
 * areas (`getMergedAreasOrNullObject`, ExcelApi 1.13, when `merges`), their rows' hidden flag
 * (`rowHidden`, and `getRowProperties` for the rows of a band that has some hidden, ExcelApi 1.9,
 * when `hiddenRows`) — and gives, after the sync, the answers as plain data. No sync.
 */
export function queueSheetRequest(
  sheet: Excel.Worksheet,
  request: SheetRequest,
  options: { readonly merges: boolean; readonly hiddenRows: boolean }
): () => SheetResult {
  const at = (rect: CellRect): Excel.Range =>
    sheet.getRangeByIndexes(rect.top, rect.left, rect.rows, rect.columns);
  const measures = request.measures.map((rect) =>
    (rect === wholeSheet
      ? sheet.getUsedRangeOrNullObject(true)
      : at(rect).getUsedRangeOrNullObject(true)
    ).load("rowIndex,columnIndex,rowCount,columnCount")
  );
  const bands = request.bands.map((band) => {
    const cells =
      band.kind === "used"
        ? sheet
            .getUsedRange(true)
            .getIntersectionOrNullObject(
              sheet.getRangeByIndexes(band.rect.top, 0, band.rect.rows, sheetColumns)
            )
        : at(band.rect);
    cells.load("rowIndex,columnIndex,values,numberFormat");
    const merges = options.merges
      ? band.mergeBlocks.map((block) => at(block).getMergedAreasOrNullObject().load("address"))
      : [];
    const rows = options.hiddenRows
      ? at({ top: band.rect.top, left: 0, rows: band.rect.rows, columns: 1 }).load("rowHidden")
      : null;
    return { cells, nullable: band.kind === "used", merges, rows };
  });
  const rowProperties = request.rowProperties.map((rect) =>
    at(rect).getRowProperties({ rowHidden: true })
  );
  return () => ({
    measures: measures.map((range) => (range.isNullObject ? null : rectOf(range))),
    bands: bands.map(({ cells, nullable, merges, rows }): BandResult => ({
      block:
        nullable && cells.isNullObject
          ? null
          : {
              rowIndex: cells.rowIndex,
              columnIndex: cells.columnIndex,
              values: cells.values,
              numberFormats: cells.numberFormat,
            },
      mergedAddresses: merges.flatMap((areas) => (areas.isNullObject ? [] : [areas.address])),
      ...(rows === null ? {} : { rowHidden: rows.rowHidden }),
    })),
    rowProperties: rowProperties.map((result) => result.value.map((row) => row.rowHidden === true)),
  });
}
