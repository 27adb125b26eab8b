import { diagnostic } from "../kernel/diagnostic";
import { MessageKey } from "../kernel/messages";
import { tableAddress } from "./tableAddress";
import { TableContext } from "./tableContext";
import { Diagnostic } from "./tableModel";

/** The parameters of a finding's message. */
type Params = Readonly<Record<string, string | number>>;

/**
 * 诊断收集: where the row readers of one table put their findings, in the order they are made
 * (the order the user reads them in, and the order tests and bad-input fixtures expect).
 */
export interface TableSink {
  /** Adds a finding about a cell of the table's sheet. */
  readonly report: (
    code: Diagnostic["code"],
    severity: Diagnostic["severity"],
    cell: string,
    key: MessageKey,
    params: Params
  ) => void;
  /**
   * Adds a finding about a cell once per merged area, at the area's top-left cell (a merged cell
   * is read on every row it covers): a second finding of the same code there is dropped.
   */
  readonly reportOnce: (
    row: number,
    column: number,
    code: Diagnostic["code"],
    severity: Diagnostic["severity"],
    key: MessageKey,
    params: Params
  ) => void;
}

/** A {@link TableSink} that pushes the findings about `context`'s sheet onto `diagnostics`. */
export function tableSink(context: TableContext, diagnostics: Diagnostic[]): TableSink {
  const reported = new Set<string>();
  const report: TableSink["report"] = (code, severity, cell, key, params) => {
    diagnostics.push(diagnostic(code, severity, context.sheetName, cell, key, params));
  };
  return {
    report,
    reportOnce: (row, column, code, severity, key, params) => {
      const area = context.index.area(row, column);
      const cell =
        area === undefined
          ? tableAddress(context, row, column)
          : tableAddress(context, area.top, area.left);
      const id = `${code}:${cell}`;
      if (reported.has(id)) {
        return;
      }
      reported.add(id);
      report(code, severity, cell, key, params);
    },
  };
}
