import { GridSheet } from "../kernel/grid";
import { finishRecord } from "./finishRecord";
import { readBlocks } from "./readBlocks";
import { readRow } from "./readRow";
import { SeenNames } from "./recordFor";
import { reportHeaderColumns } from "./reportHeaderColumns";
import { tableAddress } from "./tableAddress";
import { tableContext } from "./tableContext";
import { Diagnostic, HeaderMatch, IndicatorRecord, TableModel } from "./tableModel";
import { tableSink } from "./tableSink";

/**
 * 分解表读取（行）: reads the indicator rows under a header found by `findHeader`, in either layout —
 * seed (one row per indicator, measure and checkpoint, as seed 000) or ledger (one row per indicator
 * and measure, checkpoint targets and monthly actuals as columns). Merged cells give every row they
 * cover the top-left value (actual cells excepted: an actual belongs to the row it stands on); a
 * blank indicator cell continues the indicator above; blank rows end nothing; the header repeated
 * under itself (pasted printed pages) is passed over; a bad cell is reported and skipped, never
 * stopping the rest. Also reported: header cells repeating a role (`duplicate_column`), data rows
 * with no name to go by — blank at the start or after a heading, or an Excel error such as #REF!
 * (`missing_name`) — and a header with no indicator under it (`no_indicators`). Findings are
 * pushed onto `diagnostics`. Linear in the cells read; never throws.
 *
 * The readers, in the order a row meets them: `readBlocks` (which indicator a row belongs to),
 * `readRow` (`readMeasure`, `recordFor`, `readUnit`, `readPeople`, `readDirection`, `readTargets`,
 * `readActuals`), then `finishRecord` when a block ends.
 */
export function readTableRows(
  sheet: GridSheet,
  header: HeaderMatch,
  periods: number,
  diagnostics: Diagnostic[]
): TableModel {
  const context = tableContext(sheet, header, periods);
  const sink = tableSink(context, diagnostics);
  reportHeaderColumns(context, sink);
  const indicators: IndicatorRecord[] = [];
  const seen: SeenNames = new Map();
  readBlocks(context, sink, {
    row: (block, row, hasData) => readRow(context, sink, seen, block, row, hasData),
    end: (block) => {
      for (const record of block.records) {
        const finished = finishRecord(context, sink, record);
        if (finished !== null) {
          indicators.push(finished);
        }
      }
    },
  });
  if (indicators.length === 0) {
    sink.report(
      "no_indicators",
      "error",
      tableAddress(context, header.dataStart, context.indicatorColumn),
      "tableNoIndicators",
      {}
    );
  }
  return {
    sheet: context.sheetName,
    headerRows: header.headerRows,
    layout: header.layout,
    columns: header.columns,
    indicators,
  };
}
